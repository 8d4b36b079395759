"""Backtesting: which accounts a policy change would affect, and why."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta

from holdrules.backtest import compare, format_report, policy_changes
from holdrules.findings import Finding, Severity, Violation
from holdrules.policy import Action, Policy
from holdrules.records import Account, AccountActivity, AccountKind
from tests.test_policy_factories import AS_OF, POLICIES, finding, hold
from tests.test_standing import eligible_activity

DEFAULT = Policy.default()
STRICT = Policy.load(POLICIES / "contact_strict.toml")


def _activity(account_id: str) -> AccountActivity:
    base = eligible_activity()
    return base.model_copy(update={"account": base.account.model_copy(
        update={"id": account_id})})


FINDINGS = {
    "acct-warned": [finding("CON001", account_id="acct-warned", days_ago=3)],
    "acct-clean": [],
    "acct-held": [finding("PAY002", account_id="acct-held", severity=Severity.HIGH)],
}


class CountingDetectors:
    """Stands in for `Engine.findings_for` and counts how often it runs."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, activity: AccountActivity) -> Sequence[Finding]:
        self.calls.append(activity.account_id)
        return FINDINGS[activity.account_id]


def _stream() -> Iterator[AccountActivity]:
    yield from (_activity(account_id) for account_id in FINDINGS)


def test_a_stricter_policy_lists_only_the_accounts_it_changes() -> None:
    detectors = CountingDetectors()
    report = compare(_stream(), DEFAULT, STRICT, findings_for=detectors, as_of=AS_OF)
    assert detectors.calls == list(FINDINGS), "detectors run once per account"
    assert report.accounts == 3
    assert [c.account_id for c in report.changes] == ["acct-warned"]
    change = report.changes[0]
    assert (change.old.action, change.new.action) == (Action.WARN, Action.HOLD)
    assert change.why[0] == "action warn → hold"
    assert any("hold_at 1 → hold" in reason for reason in change.why)
    assert any(reason.startswith("before:") and "warn_at 1" in reason for reason in change.why)
    assert "Top Rated eligible → not eligible" in change.why[-1]
    assert (change.old_top_rated, change.new_top_rated) == (True, False)


def test_the_same_policy_changes_nothing() -> None:
    report = compare(_stream(), DEFAULT, DEFAULT, findings_for=CountingDetectors(), as_of=AS_OF)
    assert report.changes == ()
    assert report.policy_changes == ()
    assert format_report(report).endswith("0 of 3 accounts would change")


def test_policy_changes_name_every_knob_that_differs() -> None:
    assert policy_changes(DEFAULT, STRICT) == ["violations.contact_sharing.hold_at: 2 → 1"]
    codes = Policy.load(POLICIES / "payment_codes.toml")
    assert policy_changes(DEFAULT, codes) == [
        "violations.off_platform_payment.hold_immediately_codes: [PAY002, PAY003] → [PAY003]",
        "violations.off_platform_payment.review_codes: [] → [PAY002, PAY009]",
    ]


def test_top_rated_criteria_changes_are_listed_too() -> None:
    demanding = Policy.from_toml('extends = "default"\nversion = "jss-97"\n'
                                 "[top_rated]\nmin_job_success_score = 97\n")
    report = compare([_activity("acct-clean")], DEFAULT, demanding,
                     findings_for=CountingDetectors(), as_of=AS_OF)
    (change,) = report.changes
    assert change.old.action is change.new.action is Action.NONE
    assert change.why == ("Top Rated eligible → not eligible "
                          "(unmet before: none; now: job_success_score)",)


def test_without_as_of_each_account_is_judged_at_its_latest_record() -> None:
    activity = _activity("acct-warned")
    latest = AS_OF - timedelta(days=3)  # eligible_activity's latest is last_activity_at
    dated = [finding("CON001", account_id="acct-warned", days_ago=10, as_of=latest)]
    report = compare([activity], DEFAULT, STRICT, findings_for=lambda _: dated)
    (change,) = report.changes
    assert change.as_of == latest
    # Far in the future the finding has left the 30-day window under both policies.
    later = compare([activity], DEFAULT, STRICT, findings_for=lambda _: dated,
                    as_of=AS_OF + timedelta(days=60))
    assert later.changes == ()


def test_history_comes_from_the_caller_when_given() -> None:
    earlier = hold("h1", Violation.CONTACT_SHARING, placed=AS_OF - timedelta(days=100),
                   resumed=AS_OF - timedelta(days=98), account_id="acct-warned")
    report = compare([_activity("acct-warned")], DEFAULT, STRICT,
                     findings_for=CountingDetectors(), as_of=AS_OF,
                     history_for=lambda _: [earlier])
    # With an earlier hold, even the default policy holds: nothing changes.
    assert report.changes == ()


def test_format_report_reads_as_a_list_of_accounts() -> None:
    report = compare(_stream(), DEFAULT, STRICT, findings_for=CountingDetectors(), as_of=AS_OF)
    text = format_report(report)
    assert text.splitlines()[0] == "policy 2026-11-25 → 2026-12-02-contact-strict"
    assert "  violations.contact_sharing.hold_at: 2 → 1" in text
    assert "acct-warned (as of 2026-11-25T12:00:00+00:00):\n  action warn → hold\n" in text
    assert text.endswith("1 of 3 accounts would change")


def test_client_accounts_are_compared_on_decisions_alone() -> None:
    client = AccountActivity(account=Account(id="acct-warned", kind=AccountKind.CLIENT,
                                             created_at=AS_OF - timedelta(days=30)))
    report = compare([client], DEFAULT, STRICT, findings_for=CountingDetectors(), as_of=AS_OF)
    (change,) = report.changes
    assert change.old_top_rated is change.new_top_rated is False
