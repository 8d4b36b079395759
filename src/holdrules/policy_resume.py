"""Holds the records themselves show can be lifted: "holds until completed".

An identity-verification hold exists because a verification was overdue or failed; it
is lifted by a fact the platform records (the verification completed and passed), so
it can be resumed without a person deciding. Every other kind of hold is lifted by a
step only a person can confirm (acknowledging the policy, resolving a contract with a
client) and is never resumed from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from holdrules.records import AccountActivity, HoldKind, HoldRecord, VerificationRequest

__all__ = ["resume_due"]


def resume_due(
    activity: AccountActivity, history: Sequence[HoldRecord], as_of: datetime
) -> tuple[HoldRecord, ...]:
    """Identity-verification holds in force at `as_of` whose verifications are now done.

    Done means: at least one verification request was made by `as_of`, and every
    request made by then was completed by then and passed. A failed or still-open
    request keeps the hold, whatever else was completed.
    """
    if as_of.tzinfo is None:
        raise ValueError("as_of must be timezone-aware")
    requests = [r for r in activity.verifications if r.requested_at <= as_of]
    if not requests or not all(_passed_by(r, as_of) for r in requests):
        return ()
    holds = {h.id: h for h in (*activity.holds, *history) if h.account_id == activity.account_id}
    return tuple(sorted(
        (h for h in holds.values()
         if h.kind is HoldKind.IDENTITY_VERIFICATION and h.active_at(as_of)),
        key=lambda h: (h.placed_at, h.id),
    ))


def _passed_by(request: VerificationRequest, as_of: datetime) -> bool:
    return (
        request.completed_at is not None
        and request.completed_at <= as_of
        and request.passed is True
    )
