"""An identity-verification hold lifts once the verification is completed and passed."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from holdrules.findings import Violation
from holdrules.policy_resume import resume_due
from holdrules.records import (
    Account,
    AccountActivity,
    AccountKind,
    HoldKind,
    VerificationKind,
    VerificationRequest,
)
from tests.test_policy_factories import ACCOUNT, AS_OF, hold

PLACED = AS_OF - timedelta(days=10)
ID_HOLD = hold("h-id", Violation.IDENTITY, placed=PLACED, kind=HoldKind.IDENTITY_VERIFICATION)
CONTACT_HOLD = hold("h-con", Violation.CONTACT_SHARING, placed=PLACED)


def _activity(*requests: VerificationRequest) -> AccountActivity:
    return AccountActivity(
        account=Account(id=ACCOUNT, kind=AccountKind.FREELANCER,
                        created_at=AS_OF - timedelta(days=400)),
        verifications=requests,
        holds=(ID_HOLD, CONTACT_HOLD),
    )


def _request(request_id: str, *, completed: datetime | None,
             passed: bool | None) -> VerificationRequest:
    return VerificationRequest(id=request_id, kind=VerificationKind.ID_DOCUMENT,
                               requested_at=PLACED - timedelta(days=20),
                               due_at=PLACED - timedelta(days=6),
                               completed_at=completed, passed=passed)


def test_a_completed_and_passed_verification_lifts_only_the_identity_hold() -> None:
    done = _request("v1", completed=AS_OF - timedelta(days=1), passed=True)
    assert resume_due(_activity(done), [], AS_OF) == (ID_HOLD,)


@pytest.mark.parametrize(
    ("completed", "passed"),
    [(None, None), (AS_OF - timedelta(days=1), False), (AS_OF + timedelta(hours=1), True)],
    ids=["still-open", "failed", "completed-after-as-of"],
)
def test_the_hold_stays_until_the_verification_is_done(
    completed: datetime | None, passed: bool | None
) -> None:
    request = _request("v1", completed=completed, passed=passed)
    assert resume_due(_activity(request), [], AS_OF) == ()


def test_every_request_must_be_done() -> None:
    done = _request("v1", completed=AS_OF - timedelta(days=1), passed=True)
    open_request = _request("v2", completed=None, passed=None)
    assert resume_due(_activity(done, open_request), [], AS_OF) == ()


def test_no_request_on_record_lifts_nothing() -> None:
    assert resume_due(_activity(), [], AS_OF) == ()


def test_holds_from_the_ledger_count_and_resumed_ones_do_not() -> None:
    done = _request("v1", completed=AS_OF - timedelta(days=1), passed=True)
    activity = _activity(done).model_copy(update={"holds": ()})
    resumed = ID_HOLD.model_copy(update={"id": "h-old", "resumed_at": PLACED})
    assert resume_due(activity, [ID_HOLD, resumed], AS_OF) == (ID_HOLD,)
