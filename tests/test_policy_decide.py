"""Every escalation path of `decide`, with synthetic findings and hold histories."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from holdrules.findings import Finding, Rule, Severity, TextEvidence, Violation
from holdrules.policy import Action, HoldDecision, Policy, decide
from holdrules.records import HoldKind, HoldRecord, RecordKind
from tests.test_policy_factories import ACCOUNT, AS_OF, POLICIES, finding, hold

DEFAULT = Policy.default()


def run(
    *findings_: Finding,
    history: Sequence[HoldRecord] = (),
    policy: Policy = DEFAULT,
    as_of: datetime = AS_OF,
) -> HoldDecision:
    return decide(list(findings_), list(history), as_of, policy, account_id=ACCOUNT)


def test_no_findings_no_action() -> None:
    decision = run()
    assert decision.action is Action.NONE
    assert decision.violations == ()
    assert decision.hold_kind is None
    assert "No new action" in decision.notice


def test_first_contact_sharing_finding_warns() -> None:
    decision = run(finding("CON001", days_ago=2))
    assert decision.action is Action.WARN
    assert decision.violations == (Violation.CONTACT_SHARING,)
    assert decision.reasons[0].clause == "warn_at"
    assert "once more within 30 days" in decision.notice
    assert decision.hold_kind is None


def test_repeat_contact_sharing_within_the_window_holds() -> None:
    decision = run(finding("CON001", days_ago=20), finding("CON002", days_ago=1))
    assert decision.action is Action.HOLD
    assert decision.hold_kind is HoldKind.POLICY_VIOLATION
    assert decision.finding_codes == ("CON001", "CON002")
    assert len(decision.findings) == 2
    assert decision.reversible
    assert any("Remove email addresses" in step for step in decision.resume_steps)
    assert "2 occasion(s) within 30 days ≥ hold_at 2 → hold" in decision.reasons[-1].detail
    assert "To have the hold lifted:\n1. Remove email addresses" in decision.notice
    assert "If this happens" not in decision.notice


@pytest.mark.parametrize(("days_ago", "action"), [(29, Action.HOLD), (30, Action.WARN)])
def test_contact_window_is_counted_in_calendar_days(days_ago: int, action: Action) -> None:
    decision = run(finding("CON001", days_ago=days_ago), finding("CON002", days_ago=0))
    assert decision.action is action


def test_off_platform_payment_request_warns_but_agreement_holds_at_once() -> None:
    asked = run(finding("PAY001", severity=Severity.HIGH))
    assert asked.action is Action.WARN
    asked_again = run(finding("PAY001", severity=Severity.HIGH),
                      finding("PAY001", days_ago=60, record_id="m-earlier"))
    assert asked_again.action is Action.HOLD
    for code in ("PAY002", "PAY003"):  # payment details shared; an agreement
        agreed = run(finding(code, severity=Severity.LOW))
        assert agreed.action is Action.HOLD
        assert agreed.hold_kind is HoldKind.PAYMENT
        assert [r.clause for r in agreed.reasons] == ["hold_immediately"]
    assert run(finding("PAY001", severity=Severity.CRITICAL)).action is Action.HOLD


def test_hold_immediately_codes_and_review_codes_from_a_policy_file() -> None:
    policy = Policy.load(POLICIES / "payment_codes.toml")
    assert run(finding("PAY003", severity=Severity.LOW), policy=policy).action is Action.HOLD
    assert run(finding("PAY001", severity=Severity.HIGH), policy=policy).action is Action.WARN
    for code in ("PAY002", "PAY009"):
        review = run(finding(code, severity=Severity.HIGH), policy=policy)
        assert review.action is Action.REVIEW
        assert review.reasons[0].clause == "review_codes"


def test_overdue_identity_verification_holds_until_completed() -> None:
    decision = run(finding("IDN001", severity=Severity.HIGH))
    assert decision.action is Action.HOLD
    assert decision.hold_kind is HoldKind.IDENTITY_VERIFICATION
    assert decision.resume_steps[0].startswith("Complete identity verification")
    assert "until your identity is verified" in decision.notice


def test_low_confidence_goes_to_review_and_lower_is_ignored() -> None:
    assert run(finding("CON001", confidence=0.5)).action is Action.REVIEW
    assert run(finding("CON001", confidence=0.3)).action is Action.NONE
    review = run(finding("CON001", confidence=0.5))
    assert review.reasons[0].clause == "review_min_confidence"
    assert "no decision yet" in review.notice


def test_severity_floor_ignores_minor_findings() -> None:
    assert run(finding("PRF001", severity=Severity.LOW)).action is Action.NONE
    assert run(finding("PRF001", severity=Severity.MEDIUM)).action is Action.WARN


def test_spam_escalates_on_the_third_and_threats_hold_at_once() -> None:
    two = [finding("SPM001", days_ago=d) for d in (1, 2)]
    assert run(*two).action is Action.WARN
    assert run(*two, finding("SPM001", days_ago=3)).action is Action.HOLD
    assert run(finding("SPM002", severity=Severity.CRITICAL)).action is Action.HOLD


def test_linked_accounts_are_reviewed_unless_near_certain() -> None:
    assert run(finding("ACC001", confidence=0.6)).action is Action.REVIEW
    certain = run(finding("ACC001", confidence=0.95))
    assert certain.action is Action.HOLD
    assert certain.hold_kind is HoldKind.SUSPENSION
    assert not certain.reversible
    assert "not lifted automatically" in certain.notice


def test_a_repeat_after_an_earlier_hold_escalates() -> None:
    earlier = hold("h1", Violation.CONTACT_SHARING, placed=AS_OF - timedelta(days=100),
                   resumed=AS_OF - timedelta(days=95))
    decision = run(finding("CON001", days_ago=1), history=[earlier])
    assert decision.action is Action.HOLD
    assert "1 earlier hold(s)" in decision.reasons[-1].detail


def test_an_earlier_hold_beyond_the_lookback_does_not_escalate() -> None:
    ancient = hold("h1", Violation.CONTACT_SHARING, placed=AS_OF - timedelta(days=400),
                   resumed=AS_OF - timedelta(days=390))
    assert run(finding("CON001", days_ago=1), history=[ancient]).action is Action.WARN


def test_findings_dealt_with_by_a_hold_are_not_counted_again() -> None:
    placed = AS_OF - timedelta(days=5)
    resumed_hold = hold("h1", Violation.CONTACT_SHARING, placed=placed,
                        resumed=AS_OF - timedelta(days=3))
    old = [finding("CON001", days_ago=10), finding("CON002", days_ago=6)]
    decision = run(*old, history=[resumed_hold])
    assert decision.action is Action.NONE
    assert decision.holds_in_force == ()


def test_a_hold_for_another_violation_does_not_settle_these_findings() -> None:
    payment_hold = hold("h1", Violation.OFF_PLATFORM_PAYMENT, placed=AS_OF - timedelta(days=5),
                        kind=HoldKind.PAYMENT)
    decision = run(finding("CON001", days_ago=10), finding("CON002", days_ago=6),
                   history=[payment_hold])
    assert decision.action is Action.HOLD
    assert decision.holds_in_force == ("h1",)


def test_overlapping_holds_are_all_reported_in_force() -> None:
    history = [
        hold("h-id", Violation.IDENTITY, placed=AS_OF - timedelta(days=20),
             kind=HoldKind.IDENTITY_VERIFICATION),
        hold("h-pay", Violation.OFF_PLATFORM_PAYMENT, placed=AS_OF - timedelta(days=10),
             kind=HoldKind.PAYMENT),
        hold("h-old", Violation.CONTACT_SHARING, placed=AS_OF - timedelta(days=30),
             resumed=AS_OF - timedelta(days=25)),
    ]
    decision = run(history=history)
    assert decision.action is Action.NONE
    assert decision.holds_in_force == ("h-id", "h-pay")
    assert "stays until the steps" in decision.notice


def test_several_holding_violations_pick_the_kind_by_priority() -> None:
    decision = run(finding("IDN001"), finding("PAY002", severity=Severity.HIGH))
    assert decision.action is Action.HOLD
    assert decision.hold_kind is HoldKind.IDENTITY_VERIFICATION
    assert decision.violations == (Violation.IDENTITY, Violation.OFF_PLATFORM_PAYMENT)
    joined = " ".join(decision.resume_steps)
    assert "identity verification" in joined
    assert "every payment" in joined


def test_future_findings_are_ignored_and_undated_ones_count_now() -> None:
    assert run(finding("CON001", days_ago=-1)).action is Action.NONE
    assert run(finding("CON001", days_ago=None)).action is Action.WARN


def test_holds_placed_after_as_of_are_not_yet_history() -> None:
    later = hold("h1", Violation.CONTACT_SHARING, placed=AS_OF + timedelta(days=1))
    decision = run(finding("CON001", days_ago=1), history=[later])
    assert decision.action is Action.WARN
    assert decision.holds_in_force == ()


def test_findings_for_another_account_are_refused() -> None:
    with pytest.raises(ValueError, match="other accounts"):
        run(finding("CON001", account_id="acct-2"))


def test_naive_as_of_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        run(as_of=AS_OF.replace(tzinfo=None))


def test_notice_quotes_the_rule_docs_when_given() -> None:
    rule = Rule(code="CON001", name="email-before-contract", violation=Violation.CONTACT_SHARING,
                severity=Severity.MEDIUM,
                summary="An email address in a message before a contract.",
                why="Emails move the conversation where we cannot protect either side.",
                example="mail me at a@b.co", allowed="a@b.co in a contract room")
    decision = decide([finding("CON001")], [], AS_OF, DEFAULT, account_id=ACCOUNT,
                      rules={"CON001": rule})
    assert "- Synthetic CON001 finding. [CON001]" in decision.notice
    assert "Terms of Service: Emails move the conversation" in decision.notice
    without = decide([finding("CON001")], [], AS_OF, DEFAULT, account_id=ACCOUNT)
    assert "Terms of Service: Before a contract starts" in without.notice


def test_decision_id_is_stable_across_order_and_time_zone_spelling() -> None:
    items = [finding("CON001", days_ago=3), finding("PAY001", days_ago=2)]
    tokyo = AS_OF.astimezone(ZoneInfo("Asia/Tokyo"))
    first = run(*items)
    second = run(*reversed(items), as_of=tokyo)
    assert first.decision_id == second.decision_id
    assert first.model_dump(exclude={"as_of"}) == second.model_dump(exclude={"as_of"})


def test_decision_id_changes_with_the_policy_and_the_moment() -> None:
    base = run(finding("CON001"))
    strict = run(finding("CON001"), policy=Policy.load(POLICIES / "contact_strict.toml"))
    later = run(finding("CON001"), as_of=AS_OF + timedelta(hours=1))
    assert len({base.decision_id, strict.decision_id, later.decision_id}) == 3


def test_windows_follow_the_policy_time_zone() -> None:
    new_york = Policy.load(POLICIES / "new_york.toml")
    # 2026-11-25 03:00 UTC is still 24 November in New York.
    as_of = AS_OF.replace(hour=3)
    first = finding("CON001", days_ago=30, as_of=as_of.replace(hour=12))  # 26 Oct 12:00 UTC
    repeat = finding("CON002", days_ago=0, as_of=as_of)
    # In UTC the first finding is 30 days old (outside); in New York only 29.
    assert run(first, repeat, as_of=as_of).action is Action.WARN
    assert run(first, repeat, as_of=as_of, policy=new_york).action is Action.HOLD
    assert as_of.astimezone(timezone(timedelta(hours=-5))).day == 24


def test_the_same_finding_twice_counts_once() -> None:
    once = finding("CON001", days_ago=2, record_id="m1")
    assert run(once, once).action is Action.WARN
    copy_later = finding("CON001", days_ago=1, record_id="m1")
    assert copy_later.fingerprint == once.fingerprint
    assert run(once, copy_later).action is Action.WARN


def _profile_finding(code: str, days_ago: float) -> Finding:
    return Finding(
        code=code, name="synthetic-rule", violation=Violation.CONTACT_SHARING,
        severity=Severity.MEDIUM, confidence=0.9, account_id=ACCOUNT,
        evidence=(TextEvidence(record_kind=RecordKind.PROFILE, record_id="p1",
                               field="overview", start=0, end=5, excerpt="a@b.c"),),
        explanation="Email address in the profile.",
        occurred_at=AS_OF - timedelta(days=days_ago),
    )


def test_profile_text_counts_as_current_while_it_stays_up() -> None:
    old_profile = _profile_finding("CON001", days_ago=200)
    assert run(old_profile).action is Action.WARN
    assert run(finding("CON002", days_ago=200)).action is Action.NONE  # an old message
    assert run(_profile_finding("CON001", days_ago=-3)).action is Action.NONE  # not yet written


def test_profile_text_still_up_after_a_resumed_hold_counts_again() -> None:
    resumed = hold("h1", Violation.CONTACT_SHARING, placed=AS_OF - timedelta(days=20),
                   resumed=AS_OF - timedelta(days=15))
    decision = run(_profile_finding("CON001", days_ago=200), history=[resumed])
    assert decision.action is Action.HOLD  # one current finding + the earlier hold


def test_a_policy_without_ongoing_records_dates_profile_text_when_written() -> None:
    dated = Policy.from_toml('extends = "default"\nversion = "dated"\nongoing_record_kinds = []\n')
    assert run(_profile_finding("CON001", days_ago=200), policy=dated).action is Action.NONE


def test_the_notice_lists_at_most_five_findings() -> None:
    many = [finding("SPM001", days_ago=d, record_id=f"m{d}") for d in range(1, 9)]
    decision = run(*many)
    assert decision.action is Action.HOLD
    assert decision.notice.count("- Synthetic SPM001 finding. [SPM001]") == 5
    assert "- and 3 more" in decision.notice


def test_findings_in_one_message_are_one_occasion_not_a_repeat() -> None:
    email = finding("CON002", days_ago=2, record_id="m1")
    phone = finding("CON005", days_ago=2, record_id="m1")
    assert email.fingerprint != phone.fingerprint
    one_message = run(email, phone)
    assert one_message.action is Action.WARN
    assert one_message.finding_codes == ("CON002", "CON005")
    assert "1 occasion(s)" in one_message.reasons[0].detail
    assert run(email, finding("CON005", days_ago=1, record_id="m2")).action is Action.HOLD
