"""Calendar arithmetic for policy windows, done on dates in one declared time zone.

Every window in the policy ("within the last 90 days", "six months") is counted in
whole calendar days in the policy's time zone, never as multiples of 24 hours: a
24-hour step across a daylight-saving change lands an hour off and can move a
boundary onto the wrong day. Converting each instant to its local calendar date
first makes the boundary the same for a record written in Tokyo and one in New York.

The convention, used everywhere: an event on date D is "within the last N days" of
`as_of` while `as_of`'s date is before D + N days. On day D + N it no longer is, so an
account whose hold was resumed on D becomes eligible again on D + N.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from holdrules.records import AccountActivity

__all__ = [
    "add_months",
    "days_between",
    "end_of_window",
    "latest_record_time",
    "local_date",
    "within_last_days",
]


def local_date(moment: datetime, zone: ZoneInfo) -> date:
    """The calendar date of an aware `moment` as seen in `zone`."""
    if moment.tzinfo is None:
        raise ValueError("policy dates need timezone-aware datetimes")
    return moment.astimezone(zone).date()


def days_between(earlier: date, later: date) -> int:
    """Whole calendar days from `earlier` to `later` (negative if `later` is first)."""
    return (later - earlier).days


def within_last_days(event: date, as_of: date, days: int) -> bool:
    """True while `as_of` is before `event + days` (and not before `event`).

    Day `days` itself is outside: an event 90 days ago is not "within the last 90 days".
    """
    return 0 <= days_between(event, as_of) < days


def add_months(day: date, months: int) -> date:
    """`day` moved by whole calendar months, clamped to the end of a shorter month.

    31 August + 6 months is 28 (or 29) February: the bar ends on the last day that
    month has rather than spilling into March.
    """
    month_index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(month_index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last_day))


def end_of_window(event: date, days: int) -> date:
    """The first date on which `event` is no longer within the last `days` days."""
    return event + timedelta(days=days)


def latest_record_time(activity: AccountActivity) -> datetime:
    """The latest timestamp anywhere in `activity`: the default `as_of`.

    Evaluating "as of the newest thing we know" keeps a batch deterministic without
    reading the clock: the same export gives the same decisions tomorrow.
    """
    moments: list[datetime] = [activity.account.created_at]
    profile = activity.profile
    if profile is not None:
        moments.extend(m for m in (profile.updated_at, profile.availability_updated_at) if m)
    moments.extend(m.sent_at for m in activity.messages)
    moments.extend(p.submitted_at for p in activity.proposals)
    for contract in activity.contracts:
        moments.extend(m for m in (contract.started_at, contract.ended_at) if m)
    moments.extend(login.at for login in activity.logins)
    for request in activity.verifications:
        moments.append(request.requested_at)
        if request.completed_at:
            moments.append(request.completed_at)
    moments.extend(f.left_at for f in activity.feedback)
    moments.extend(f.created_at for f in activity.flags)
    moments.extend(p.added_at for p in activity.payment_methods)
    for hold in activity.holds:
        moments.append(hold.placed_at)
        if hold.resumed_at:
            moments.append(hold.resumed_at)
    stats = activity.stats
    moments.extend(m for m in (stats.first_project_at, stats.last_activity_at) if m)
    return max(moments)
