"""Top Rated eligibility: every criterion, the 90-day hold boundary, the badge bar."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from holdrules.findings import Finding, Severity, Violation
from holdrules.policy import Policy, decide
from holdrules.policy_time import add_months
from holdrules.records import (
    Account,
    AccountActivity,
    AccountKind,
    AccountStats,
    AccountStatus,
    HoldKind,
    HoldRecord,
    Profile,
)
from holdrules.standing import TopRatedStatus, top_rated_status
from tests.test_policy_factories import ACCOUNT, AS_OF, POLICIES, finding, hold

DEFAULT = Policy.default()
NEW_YORK = Policy.load(POLICIES / "new_york.toml")
NY = ZoneInfo("America/New_York")


def eligible_activity(
    *,
    kind: AccountKind = AccountKind.FREELANCER,
    status: AccountStatus = AccountStatus.ACTIVE,
    as_of: datetime = AS_OF,
    **stats_changes: object,
) -> AccountActivity:
    """An account meeting every criterion as of `as_of`; change one thing per test."""
    stats = AccountStats(
        job_success_score=96,
        weeks_meeting_jss_last_16=15,
        first_project_at=as_of - timedelta(days=400),
        earnings_12m=Decimal(25_000),
        last_activity_at=as_of - timedelta(days=3),
    ).model_copy(update=stats_changes)
    return AccountActivity(
        account=Account(id=ACCOUNT, kind=kind, status=status,
                        created_at=as_of - timedelta(days=800)),
        profile=Profile(id="p1", completeness_percent=100,
                        availability_updated_at=as_of - timedelta(days=5)),
        stats=stats,
    )


def status(
    activity: AccountActivity | None = None,
    *,
    findings: Sequence[Finding] = (),
    history: Sequence[HoldRecord] = (),
    as_of: datetime = AS_OF,
    policy: Policy = DEFAULT,
) -> TopRatedStatus:
    return top_rated_status(activity or eligible_activity(as_of=as_of), findings, history,
                            as_of, policy)


def criterion(result: TopRatedStatus, name: str) -> bool:
    return next(c.met for c in result.criteria if c.name == name)


def test_an_account_meeting_every_criterion_is_eligible() -> None:
    result = status()
    assert result.eligible
    assert result.applicable
    assert not result.inactive
    assert not result.badges_removed
    assert result.eligible_again_on is None
    assert {c.name for c in result.criteria} == {
        "job_success_score", "score_held", "first_project_age", "earnings_12m",
        "profile_complete", "availability_current", "recent_activity", "good_standing",
        "no_badge_bar",
    }
    jss = next(c for c in result.criteria if c.name == "job_success_score")
    assert (jss.figure, jss.threshold) == ("96%", "at least 90%")


@pytest.mark.parametrize(
    ("changes", "failing"),
    [
        ({"job_success_score": 89.9}, "job_success_score"),
        ({"job_success_score": None}, "job_success_score"),
        ({"weeks_meeting_jss_last_16": 12}, "score_held"),
        ({"first_project_at": AS_OF - timedelta(days=90)}, "first_project_age"),
        ({"first_project_at": None}, "first_project_age"),
        ({"earnings_12m": Decimal("999.99")}, "earnings_12m"),
        ({"last_activity_at": AS_OF - timedelta(days=90)}, "recent_activity"),
    ],
)
def test_each_published_criterion_can_fail_alone(changes: dict[str, object], failing: str) -> None:
    result = status(eligible_activity(**changes))
    assert not result.eligible
    assert [c.name for c in result.criteria if not c.met] == [failing]


def test_first_project_must_be_more_than_90_days_ago() -> None:
    assert criterion(status(eligible_activity(first_project_at=AS_OF - timedelta(days=91))),
                     "first_project_age")


def test_agencies_need_ten_thousand_dollars() -> None:
    agency = eligible_activity(kind=AccountKind.AGENCY, earnings_12m=Decimal(5000))
    result = status(agency)
    assert not criterion(result, "earnings_12m")
    assert "(agency)" in next(c.threshold for c in result.criteria if c.name == "earnings_12m")
    assert criterion(status(eligible_activity(earnings_12m=Decimal(5000))), "earnings_12m")


def test_incomplete_profile_and_stale_availability_fail() -> None:
    base = eligible_activity()
    assert base.profile is not None
    incomplete = base.model_copy(update={"profile": base.profile.model_copy(
        update={"completeness_percent": 95})})
    assert [c.name for c in status(incomplete).criteria if not c.met] == ["profile_complete"]
    stale = base.model_copy(update={"profile": base.profile.model_copy(
        update={"availability_updated_at": AS_OF - timedelta(days=90)})})
    assert [c.name for c in status(stale).criteria if not c.met] == ["availability_current"]


def test_clients_are_not_applicable() -> None:
    result = status(eligible_activity(kind=AccountKind.CLIENT))
    assert not result.applicable
    assert not result.eligible


def test_inactive_accounts_are_reported_as_such() -> None:
    idle = status(eligible_activity(last_activity_at=AS_OF - timedelta(days=200)))
    assert idle.inactive
    assert not idle.eligible
    marked = status(eligible_activity(status=AccountStatus.INACTIVE))
    assert marked.inactive


def test_a_recent_proposal_counts_as_activity() -> None:
    from holdrules.records import Proposal

    activity = eligible_activity(last_activity_at=None).model_copy(update={"proposals": (
        Proposal(id="pr1", job_id="j1", submitted_at=AS_OF - timedelta(days=10),
                 cover_letter="Hello", invited=True),
    )})
    assert criterion(status(activity), "recent_activity")


def test_a_hold_in_force_blocks_with_no_date_yet() -> None:
    held = hold("h1", Violation.CONTACT_SHARING, placed=AS_OF - timedelta(days=2))
    result = status(history=[held])
    assert not result.eligible
    assert result.eligible_again_on is None
    assert result.holds.in_force == ("h1",)
    assert not criterion(result, "good_standing")


def _resumed_on(day: date, zone: ZoneInfo, hour: int = 12) -> HoldRecord:
    resumed = datetime(day.year, day.month, day.day, hour, tzinfo=zone)
    return hold("h1", Violation.SPAM_HARASSMENT, placed=resumed - timedelta(days=7),
                resumed=resumed)


@pytest.mark.parametrize(("days_after", "eligible"), [(89, False), (90, True), (91, True)])
@pytest.mark.parametrize("hour", [0, 23])
def test_hold_cooldown_boundary_in_calendar_days(days_after: int, eligible: bool,
                                                  hour: int) -> None:
    resumed_day = date(2026, 5, 10)
    as_of_day = resumed_day + timedelta(days=days_after)
    as_of = datetime(as_of_day.year, as_of_day.month, as_of_day.day, hour, 59, tzinfo=UTC)
    result = status(history=[_resumed_on(resumed_day, ZoneInfo("UTC"), hour=23 - hour)],
                    as_of=as_of)
    assert result.eligible is eligible
    expected = None if eligible else date(2026, 8, 8)
    assert result.eligible_again_on == expected
    assert result.holds.last_resumed_on == resumed_day


def test_boundary_across_a_daylight_saving_change_in_new_york() -> None:
    # Resumed late on 1 March 2026 (EST); clocks go forward on 8 March. Day 90 is 30 May.
    resumed = _resumed_on(date(2026, 3, 1), NY, hour=23)
    last_blocked = datetime(2026, 5, 29, 23, 59, tzinfo=NY)
    first_free = datetime(2026, 5, 30, 0, 0, tzinfo=NY)
    blocked = status(history=[resumed], as_of=last_blocked, policy=NEW_YORK)
    assert not blocked.eligible
    assert blocked.eligible_again_on == date(2026, 5, 30)
    assert status(history=[resumed], as_of=first_free, policy=NEW_YORK).eligible


def test_boundary_across_the_autumn_change_with_an_ambiguous_hour() -> None:
    # 01:30 on 1 November 2026 happens twice in New York; either way it is 1 November.
    for fold in (0, 1):
        moment = datetime(2026, 11, 1, 1, 30, tzinfo=NY, fold=fold)
        resumed = hold("h1", Violation.SPAM_HARASSMENT, placed=moment - timedelta(days=3),
                       resumed=moment)
        day_89 = datetime(2027, 1, 29, 12, tzinfo=NY)
        day_90 = datetime(2027, 1, 30, 0, 1, tzinfo=NY)
        assert not status(history=[resumed], as_of=day_89, policy=NEW_YORK).eligible
        assert status(history=[resumed], as_of=day_90, policy=NEW_YORK).eligible


def test_the_policy_time_zone_decides_which_day_a_resumption_fell_on() -> None:
    # 02:00 UTC on 1 June is still 31 May in New York (and already 1 June in Tokyo).
    resumed_at = datetime(2026, 6, 1, 11, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    resumed = hold("h1", Violation.SPAM_HARASSMENT, placed=resumed_at - timedelta(days=2),
                   resumed=resumed_at)
    as_of = datetime(2026, 8, 29, 16, tzinfo=UTC)  # 29 August in both zones
    in_utc = status(history=[resumed], as_of=as_of)
    in_new_york = status(history=[resumed], as_of=as_of, policy=NEW_YORK)
    assert (in_utc.eligible, in_utc.eligible_again_on) == (False, date(2026, 8, 30))
    assert (in_new_york.eligible, in_new_york.eligible_again_on) == (True, None)


def test_several_overlapping_holds_take_the_latest_resumption() -> None:
    history = [
        hold("h-a", Violation.IDENTITY, placed=AS_OF - timedelta(days=120),
             resumed=AS_OF - timedelta(days=50), kind=HoldKind.IDENTITY_VERIFICATION),
        hold("h-b", Violation.FEEDBACK_ABUSE, placed=AS_OF - timedelta(days=60),
             resumed=AS_OF - timedelta(days=10)),
        hold("h-c", Violation.NON_PERFORMANCE, placed=AS_OF - timedelta(days=300),
             resumed=AS_OF - timedelta(days=200), kind=HoldKind.PERFORMANCE),
    ]
    result = status(history=history)
    assert not result.eligible
    assert result.holds.total == 3
    assert result.holds.resumed_recently == ("h-a", "h-b")
    assert result.eligible_again_on == (AS_OF - timedelta(days=10)).date() + timedelta(days=90)
    still_held = [*history, hold("h-d", Violation.SPAM_HARASSMENT,
                                 placed=AS_OF - timedelta(days=1))]
    assert status(history=still_held).eligible_again_on is None


def test_a_hold_known_to_the_activity_and_the_ledger_is_taken_once_resumed() -> None:
    placed = AS_OF - timedelta(days=200)
    open_copy = hold("h1", Violation.SPAM_HARASSMENT, placed=placed)
    resumed_copy = open_copy.model_copy(update={"resumed_at": placed + timedelta(days=5)})
    activity = eligible_activity().model_copy(update={"holds": (open_copy,)})
    result = status(activity, history=[resumed_copy])
    assert result.eligible
    assert result.holds.total == 1


def test_a_hold_decided_today_blocks() -> None:
    agreed = finding("PAY002", severity=Severity.HIGH, days_ago=0)
    decision = decide([agreed], [], AS_OF, DEFAULT, account_id=ACCOUNT)
    result = top_rated_status(eligible_activity(), [agreed], [], AS_OF, DEFAULT,
                              decision=decision)
    assert not criterion(result, "good_standing")
    assert result.eligible_again_on is None


def test_off_platform_payment_removes_badges_for_six_months() -> None:
    payment = finding("PAY001", days_ago=30)
    result = status(findings=[payment])
    assert result.badges_removed
    assert result.badge_bar is not None
    since = (AS_OF - timedelta(days=30)).date()
    assert result.badge_bar.since == since
    assert result.badge_bar.until == add_months(since, 6) == date(2027, 4, 26)
    assert result.eligible_again_on == date(2027, 4, 26)
    assert not criterion(result, "no_badge_bar")
    assert criterion(result, "good_standing")


def test_the_badge_bar_ends_after_six_months() -> None:
    old = finding("PAY001", days_ago=200)
    assert not status(findings=[old]).badges_removed


def test_one_contact_finding_keeps_badges_but_repeats_remove_them() -> None:
    assert not status(findings=[finding("CON002", days_ago=5)]).badges_removed
    repeated = [finding("CON005", days_ago=25), finding("CON002", days_ago=5)]
    assert status(findings=repeated).badges_removed
    spread = [finding("CON005", days_ago=60), finding("CON002", days_ago=5)]
    assert not status(findings=spread).badges_removed


def test_contact_details_in_a_profile_are_not_communicating_with_anyone() -> None:
    profile_only = [finding("CON001", days_ago=25), finding("CON004", days_ago=5)]
    assert not status(findings=profile_only).badges_removed


def test_only_a_payment_hold_bars_badges_on_its_own() -> None:
    placed = AS_OF - timedelta(days=150)
    for violation, barred in ((Violation.OFF_PLATFORM_PAYMENT, True),
                              (Violation.CONTACT_SHARING, False),
                              (Violation.SPAM_HARASSMENT, False)):
        record = hold("h1", violation, placed=placed, resumed=placed + timedelta(days=1))
        assert status(history=[record]).badges_removed is barred


def test_a_payment_hold_bars_badges_from_the_day_it_was_placed() -> None:
    placed = AS_OF - timedelta(days=150)
    payment_hold = hold("h1", Violation.OFF_PLATFORM_PAYMENT, placed=placed,
                        resumed=placed + timedelta(days=2), kind=HoldKind.PAYMENT)
    result = status(history=[payment_hold])
    assert result.badge_bar is not None
    assert result.badge_bar.until == add_months(placed.date(), 6)
    assert result.eligible_again_on == result.badge_bar.until


def test_eligible_again_on_is_the_later_of_cooldown_and_bar() -> None:
    resumed = hold("h1", Violation.SPAM_HARASSMENT, placed=AS_OF - timedelta(days=12),
                   resumed=AS_OF - timedelta(days=2))
    bar_only = status(findings=[finding("PAY001", days_ago=170)])
    both = status(findings=[finding("PAY001", days_ago=170)], history=[resumed])
    assert bar_only.eligible_again_on is not None
    assert both.eligible_again_on == (AS_OF - timedelta(days=2)).date() + timedelta(days=90)
    assert both.eligible_again_on > bar_only.eligible_again_on


def test_add_months_clamps_to_the_end_of_the_month() -> None:
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 1, 15), 12) == date(2027, 1, 15)


def test_one_contact_finding_reported_twice_is_not_a_repeat() -> None:
    twice = [finding("CON002", days_ago=5, record_id="m1"),
             finding("CON002", days_ago=4, record_id="m1")]
    assert not status(findings=twice).badges_removed


def test_two_details_in_one_message_are_not_repeated_contact() -> None:
    one_message = [finding("CON002", days_ago=5, record_id="m1"),
                   finding("CON005", days_ago=5, record_id="m1")]
    assert not status(findings=one_message).badges_removed
