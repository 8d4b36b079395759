"""Records: strict validation and lossless JSON round trips."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from holdrules.records import (
    Account,
    AccountActivity,
    AccountKind,
    Contract,
    ContractStatus,
    HoldKind,
    HoldRecord,
    Message,
    Profile,
    input_json_schema,
)
from holdrules.testing import T0, account, conversation

aware = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30)),
                               timezone(timedelta(hours=-8))]),
)
ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)


@st.composite
def activities(draw: st.DrawFn) -> AccountActivity:
    owner = Account(id=draw(ids), kind=draw(st.sampled_from(list(AccountKind))),
                    created_at=draw(aware))
    messages = tuple(
        Message(id=f"m{i}", sender_id=owner.id, recipient_id=draw(ids), sent_at=draw(aware),
                text=draw(st.text(max_size=200)))
        for i in range(draw(st.integers(0, 4)))
    )
    contracts = tuple(
        Contract(id=f"k{i}", client_id=draw(ids), freelancer_id=owner.id,
                 status=draw(st.sampled_from(list(ContractStatus))), started_at=draw(aware),
                 amount=Decimal(draw(st.integers(0, 10**6))) / 100)
        for i in range(draw(st.integers(0, 2)))
    )
    profile = Profile(id="p", overview=draw(st.text(max_size=100)),
                      skills=tuple(draw(st.lists(st.text(max_size=10), max_size=3))))
    return AccountActivity(account=owner, messages=messages, contracts=contracts,
                           profile=profile)


@given(activities())
@settings(max_examples=60, deadline=None)
def test_activity_round_trips_through_json(activity: AccountActivity) -> None:
    assert AccountActivity.model_validate_json(activity.model_dump_json()) == activity


def test_naive_datetime_is_rejected_with_field_name() -> None:
    with pytest.raises(ValidationError) as info:
        Account(id="a", kind=AccountKind.CLIENT, created_at=datetime(2026, 1, 1))
    assert info.value.errors()[0]["loc"] == ("created_at",)
    assert "time zone" in str(info.value)


def test_unknown_field_is_rejected_not_ignored() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Account.model_validate({"id": "a", "kind": "client", "created_at": "2026-01-01T00:00Z",
                                "kinda": "x"})


def test_records_are_frozen() -> None:
    owner = account()
    with pytest.raises(ValidationError):
        owner.id = "other"  # type: ignore[misc]


def test_contract_active_window_is_start_inclusive_end_exclusive() -> None:
    contract = Contract(id="k", client_id="c", freelancer_id="f", status=ContractStatus.ENDED,
                        started_at=T0, ended_at=T0 + timedelta(days=3))
    assert not contract.is_active_at(T0 - timedelta(seconds=1))
    assert contract.is_active_at(T0)
    assert contract.is_active_at(T0 + timedelta(days=3) - timedelta(seconds=1))
    assert not contract.is_active_at(T0 + timedelta(days=3))


def test_open_ended_contract_counts_only_while_running() -> None:
    running = Contract(id="k", client_id="c", freelancer_id="f", status=ContractStatus.ACTIVE,
                       started_at=T0)
    offered = running.model_copy(update={"status": ContractStatus.OFFERED})
    assert running.is_active_at(T0 + timedelta(days=400))
    assert not offered.is_active_at(T0 + timedelta(days=1))


def test_contract_between_is_symmetric_in_the_pair() -> None:
    activity = conversation(account("f"), "c", [("me", "hello")], contract=True)
    at = activity.messages[0].sent_at
    assert activity.contract_active_between("f", "c", at)
    assert activity.contract_active_between("c", "f", at)
    assert not activity.contract_active_between("f", "someone-else", at)


def test_hold_active_until_resumed() -> None:
    hold = HoldRecord(id="h", account_id="a", kind=HoldKind.POLICY_VIOLATION, placed_at=T0,
                      resumed_at=T0 + timedelta(days=2))
    assert hold.active_at(T0 + timedelta(days=1))
    assert not hold.active_at(T0 + timedelta(days=2))


def test_schema_describes_every_record() -> None:
    schema = input_json_schema()
    assert schema["title"] == "AccountActivity"
    for name in ("Account", "Profile", "Message", "Proposal", "Contract", "LoginEvent",
                 "VerificationRequest", "Feedback", "Flag", "PaymentMethod", "HoldRecord"):
        assert name in schema["$defs"], name
