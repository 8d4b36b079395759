"""Top Rated eligibility and the stats behind it.

Each published criterion is a policy value and is reported as met or not with the
figure behind it, so an account holder can see what to work on. Two standing rules
can block an otherwise eligible account, each with its own date:

- Holds: a hold in force, or one resumed within the last `hold_cooldown_days` days
  (90 by default), makes the account ineligible. A hold resumed on day D (a calendar
  date in the policy's time zone) blocks until day D + 90, on which the account is
  eligible again: day 89 is still blocked, day 90 is not.
- The badge bar: directing or accepting payment outside the platform, or repeatedly
  communicating off the platform before a contract, removes every badge (new talent,
  Top Rated, Top Rated Plus) and bars earning them again for `bar_months` months
  from the violation's date. This is a separate rule from the hold cooldown because
  it applies whether or not a hold was ever placed.

Nothing here reads the clock: `as_of` is always passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from holdrules.findings import Finding
from holdrules.policy import Action, HoldDecision, hold_covers, occasion
from holdrules.policy_model import BadgeBarRule, Policy
from holdrules.policy_time import (
    add_months,
    days_between,
    end_of_window,
    local_date,
    within_last_days,
)
from holdrules.records import AccountActivity, AccountKind, AccountStatus, HoldRecord

__all__ = ["BadgeBar", "CriterionResult", "HoldStats", "TopRatedStatus", "top_rated_status"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CriterionResult(_Frozen):
    """One published criterion: met or not, the account's figure and the threshold."""

    name: str
    met: bool
    figure: str
    threshold: str
    detail: str


class HoldStats(_Frozen):
    """What the account's hold history contributes to its stats as of `as_of`."""

    total: int
    in_force: tuple[str, ...]
    resumed_recently: tuple[str, ...]
    last_resumed_on: date | None


class BadgeBar(_Frozen):
    """Badges removed on `since` and not earnable again before `until`."""

    since: date
    until: date
    reason: str


class TopRatedStatus(_Frozen):
    """Whether the account may hold the Top Rated badge as of `as_of`, and why.

    `eligible_again_on` is the first date on which the standing rules (hold cooldown
    and badge bar) stop blocking; it is None when they do not block, or when a hold is
    still in force (its date depends on when the hold is resumed). The other criteria
    must still be met on that date.
    """

    account_id: str
    as_of: datetime
    policy_version: str
    applicable: bool
    eligible: bool
    inactive: bool
    criteria: tuple[CriterionResult, ...]
    eligible_again_on: date | None
    badges_removed: bool
    badge_bar: BadgeBar | None
    holds: HoldStats


def top_rated_status(
    activity: AccountActivity,
    findings: Sequence[Finding],
    history: Sequence[HoldRecord],
    as_of: datetime,
    policy: Policy,
    *,
    decision: HoldDecision | None = None,
) -> TopRatedStatus:
    """Top Rated status of `activity.account` as of `as_of`.

    `history` adds holds (from the ledger) to those in `activity.holds`; a hold known to
    both is taken once, in its resumed state if either copy has one. A `decision` to
    hold today counts as a hold in force.
    """
    if as_of.tzinfo is None:
        raise ValueError("as_of must be timezone-aware")
    zone = policy.zone
    today = local_date(as_of, zone)
    holds = _merge_holds(activity.account_id, [*activity.holds, *history], as_of)
    hold_stats, cooldown_until = _hold_stats(holds, as_of, policy)
    bar = _badge_bar(findings, holds, as_of, policy)
    held_today = decision is not None and decision.action is Action.HOLD
    last_active = _last_activity(activity, as_of)
    active_recently = last_active is not None and within_last_days(
        local_date(last_active, zone), today, policy.top_rated.activity_window_days
    )
    inactive = activity.account.status is AccountStatus.INACTIVE or not active_recently

    criteria = (
        *_performance_criteria(activity, as_of, policy),
        _activity_criterion(last_active, as_of, policy),
        _standing_criterion(hold_stats, cooldown_until, held_today),
        _badge_criterion(bar),
    )
    blocked_until = [d for d in (cooldown_until, bar.until if bar else None) if d is not None]
    again = None
    if blocked_until and not hold_stats.in_force and not held_today:
        again = max(blocked_until)
    applicable = activity.account.kind is not AccountKind.CLIENT
    return TopRatedStatus(
        account_id=activity.account_id,
        as_of=as_of,
        policy_version=policy.version,
        applicable=applicable,
        eligible=applicable and all(c.met for c in criteria),
        inactive=inactive,
        criteria=criteria,
        eligible_again_on=again,
        badges_removed=bar is not None,
        badge_bar=bar,
        holds=hold_stats,
    )


def _merge_holds(account_id: str, holds: Iterable[HoldRecord], as_of: datetime) -> list[HoldRecord]:
    by_id: dict[str, HoldRecord] = {}
    for hold in holds:
        if hold.account_id != account_id or hold.placed_at > as_of:
            continue
        known = by_id.get(hold.id)
        if known is None or (known.resumed_at is None and hold.resumed_at is not None):
            by_id[hold.id] = hold
    return sorted(by_id.values(), key=lambda h: (h.placed_at, h.id))


def _hold_stats(
    holds: Sequence[HoldRecord], as_of: datetime, policy: Policy
) -> tuple[HoldStats, date | None]:
    zone = policy.zone
    today = local_date(as_of, zone)
    cooldown = policy.top_rated.hold_cooldown_days
    in_force = tuple(h.id for h in holds if h.active_at(as_of))
    resumed_days = {
        h.id: local_date(h.resumed_at, zone)
        for h in holds
        if h.resumed_at is not None and h.resumed_at <= as_of
    }
    recent = {
        hold_id: day for hold_id, day in resumed_days.items()
        if within_last_days(day, today, cooldown)
    }
    until = end_of_window(max(recent.values()), cooldown) if recent else None
    stats = HoldStats(
        total=len(holds),
        in_force=in_force,
        resumed_recently=tuple(sorted(recent)),
        last_resumed_on=max(resumed_days.values(), default=None),
    )
    return stats, until


def _badge_bar(
    findings: Sequence[Finding], holds: Sequence[HoldRecord], as_of: datetime, policy: Policy
) -> BadgeBar | None:
    """The bar in force as of `as_of` that ends last, if any."""
    zone = policy.zone
    today = local_date(as_of, zone)
    months = policy.badges.bar_months
    bars: list[BadgeBar] = []
    for rule in policy.badges.rules:
        for since, reason in _bar_triggers(rule, findings, holds, as_of, policy):
            until = add_months(since, months)
            if since <= today < until:
                bars.append(BadgeBar(since=since, until=until, reason=reason))
    return max(bars, key=lambda b: (b.until, b.since, b.reason), default=None)


def _bar_triggers(
    rule: BadgeBarRule,
    findings: Sequence[Finding],
    holds: Sequence[HoldRecord],
    as_of: datetime,
    policy: Policy,
) -> Iterable[tuple[date, str]]:
    zone = policy.zone
    knobs = policy.for_violation(rule.violation)
    first_seen: dict[str, date] = {}
    for f in findings:
        moment = f.occurred_at or as_of
        if (f.violation is rule.violation and moment <= as_of
                and (not rule.codes or f.code in rule.codes)
                and f.severity.rank >= knobs.min_severity.rank
                and f.confidence >= knobs.min_confidence):
            day, where = local_date(moment, zone), occasion(f)
            first_seen[where] = min(day, first_seen.get(where, day))
    # Two details in one message, or one finding reported twice, are one time, not
    # "repeatedly".
    days = sorted(first_seen.values())
    label = rule.violation.value.replace("_", " ")
    for i in range(rule.min_occasions - 1, len(days)):
        first, last = days[i - rule.min_occasions + 1], days[i]
        if days_between(first, last) < rule.window_days:
            yield last, (f"{label} on {rule.min_occasions} occasion(s) within "
                         f"{rule.window_days} days")
    if rule.holds_trigger:
        for hold in holds:
            if hold_covers(hold, rule.violation):
                yield local_date(hold.placed_at, zone), f"hold {hold.id} for {label}"


def _last_activity(activity: AccountActivity, as_of: datetime) -> datetime | None:
    """Latest proposal, accepted invitation, or earnings (paid contract) up to `as_of`."""
    moments = [p.submitted_at for p in activity.proposals]
    for contract in activity.contracts:
        if contract.paid > 0:
            moments.extend(m for m in (contract.started_at, contract.ended_at) if m)
    if activity.stats.last_activity_at is not None:
        moments.append(activity.stats.last_activity_at)
    past = [m for m in moments if m <= as_of]
    return max(past, default=None)


def _performance_criteria(
    activity: AccountActivity, as_of: datetime, policy: Policy
) -> list[CriterionResult]:
    knobs = policy.top_rated
    stats = activity.stats
    zone = policy.zone
    today = local_date(as_of, zone)
    results = []

    jss = stats.job_success_score
    results.append(CriterionResult(
        name="job_success_score",
        met=jss is not None and jss >= knobs.min_job_success_score,
        figure="none yet" if jss is None else f"{jss:g}%",
        threshold=f"at least {knobs.min_job_success_score:g}%",
        detail="Job Success Score, computed by the marketplace.",
    ))
    weeks = stats.weeks_meeting_jss_last_16
    results.append(CriterionResult(
        name="score_held",
        met=weeks >= knobs.min_weeks_meeting_score,
        figure=f"{weeks} of 16 weeks",
        threshold=f"at least {knobs.min_weeks_meeting_score} of 16 weeks",
        detail="Weeks in the last 16 with the required score or the new-talent badge.",
    ))
    first = stats.first_project_at
    age = None if first is None else days_between(local_date(first, zone), today)
    results.append(CriterionResult(
        name="first_project_age",
        met=age is not None and age > knobs.min_days_since_first_project,
        figure="no project yet" if age is None else f"{age} days ago",
        threshold=f"more than {knobs.min_days_since_first_project} days ago",
        detail="Time since the first project started.",
    ))
    agency = activity.account.kind is AccountKind.AGENCY
    floor = knobs.min_earnings_12m_agency if agency else knobs.min_earnings_12m
    results.append(CriterionResult(
        name="earnings_12m",
        met=stats.earnings_12m >= floor,
        figure=_dollars(stats.earnings_12m),
        threshold=f"at least {_dollars(floor)}" + (" (agency)" if agency else ""),
        detail="Earnings in the last 12 months.",
    ))
    profile = activity.profile
    complete = 0 if profile is None else profile.completeness_percent
    results.append(CriterionResult(
        name="profile_complete",
        met=profile is not None and complete >= knobs.min_profile_completeness,
        figure=f"{complete}%",
        threshold=f"{knobs.min_profile_completeness}%",
        detail="Profile completeness.",
    ))
    updated = None if profile is None else profile.availability_updated_at
    fresh = updated is not None and updated <= as_of and within_last_days(
        local_date(updated, zone), today, knobs.availability_max_age_days
    )
    results.append(CriterionResult(
        name="availability_current",
        met=fresh,
        figure="never set" if updated is None
        else f"updated {days_between(local_date(updated, zone), today)} days ago",
        threshold=f"updated within the last {knobs.availability_max_age_days} days",
        detail="Availability shown on the profile is up to date.",
    ))
    return results


def _activity_criterion(
    last_active: datetime | None, as_of: datetime, policy: Policy
) -> CriterionResult:
    zone = policy.zone
    window = policy.top_rated.activity_window_days
    today = local_date(as_of, zone)
    age = None if last_active is None else days_between(local_date(last_active, zone), today)
    return CriterionResult(
        name="recent_activity",
        met=age is not None and age < window,
        figure="no activity" if age is None else f"{age} days ago",
        threshold=f"within the last {window} days",
        detail="A proposal, an accepted invitation, or earnings. Without it the account is "
        "inactive.",
    )


def _standing_criterion(
    stats: HoldStats, cooldown_until: date | None, held_today: bool
) -> CriterionResult:
    if held_today:
        figure, detail = "hold decided today", "A hold is being placed as of this date."
    elif stats.in_force:
        figure = f"hold in force: {', '.join(stats.in_force)}"
        detail = "Eligible again 90 days after the hold is resumed."
    elif cooldown_until is not None:
        figure = f"hold resumed on {stats.last_resumed_on}"
        detail = f"Eligible again on {cooldown_until}."
    else:
        figure, detail = "no recent holds", "No hold in force or recently resumed."
    return CriterionResult(
        name="good_standing",
        met=not held_today and not stats.in_force and cooldown_until is None,
        figure=figure,
        threshold="no hold in force and none resumed within the cooldown",
        detail=f"{detail} Holds on record: {stats.total}.",
    )


def _badge_criterion(bar: BadgeBar | None) -> CriterionResult:
    return CriterionResult(
        name="no_badge_bar",
        met=bar is None,
        figure="no bar" if bar is None else f"badges removed on {bar.since}",
        threshold="no off-platform payment or repeated off-platform contact in the bar period",
        detail="Badges may be earned again." if bar is None
        else f"{bar.reason}; badges may be earned again from {bar.until}.",
    )


def _dollars(amount: Decimal) -> str:
    return f"${amount:,.2f}"
