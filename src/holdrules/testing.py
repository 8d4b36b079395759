"""Helpers for testing detectors: ours and the ones users write.

Builders make small, valid `AccountActivity` values with fixed timestamps, and
`check_evidence` verifies the promise every text finding makes: its span lies inside
the original text and its excerpt is exactly what the person typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from holdrules.findings import Finding, TextEvidence
from holdrules.records import (
    Account,
    AccountActivity,
    AccountKind,
    Contract,
    ContractStatus,
    Message,
    RecordKind,
)

__all__ = [
    "T0",
    "account",
    "check_evidence",
    "conversation",
    "original_text",
]

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
"""A fixed moment builders count from, so tests never depend on the clock."""


def account(
    account_id: str = "acct-1",
    kind: AccountKind = AccountKind.FREELANCER,
    *,
    country: str | None = None,
) -> Account:
    return Account(id=account_id, kind=kind, created_at=T0 - timedelta(days=365), country=country)


def conversation(
    owner: Account,
    other_id: str,
    turns: Iterable[tuple[str, str]],
    *,
    contract: bool = False,
    start: datetime = T0,
    gap: timedelta = timedelta(minutes=5),
) -> AccountActivity:
    """An activity for `owner` holding one conversation with `other_id`.

    `turns` are (who, text) pairs with who either "me" (the owner) or "them".
    With `contract`, a contract between the two runs from before the first message.
    """
    messages = []
    for i, (who, text) in enumerate(turns):
        if who not in ("me", "them"):
            raise ValueError(f"turn {i}: who must be 'me' or 'them', not {who!r}")
        sender, recipient = (owner.id, other_id) if who == "me" else (other_id, owner.id)
        messages.append(
            Message(id=f"m{i + 1}", sender_id=sender, recipient_id=recipient,
                    sent_at=start + gap * i, text=text,
                    contract_id="k1" if contract else None)
        )
    contracts: tuple[Contract, ...] = ()
    if contract:
        client, freelancer = (
            (owner.id, other_id) if owner.kind is AccountKind.CLIENT else (other_id, owner.id)
        )
        contracts = (Contract(id="k1", client_id=client, freelancer_id=freelancer,
                              status=ContractStatus.ACTIVE, started_at=start - timedelta(days=1)),)
    return AccountActivity(account=owner, messages=tuple(messages), contracts=contracts)


def original_text(activity: AccountActivity, evidence: TextEvidence) -> str:
    """The full original text of the field an evidence span points into."""
    if evidence.record_kind is RecordKind.MESSAGE:
        return next(m.text for m in activity.messages if m.id == evidence.record_id)
    if evidence.record_kind is RecordKind.PROPOSAL:
        return next(p.cover_letter for p in activity.proposals if p.id == evidence.record_id)
    if evidence.record_kind is RecordKind.PROFILE and activity.profile is not None:
        value: object = activity.profile
        for part in evidence.field.replace("]", "").replace("[", ".").split("."):
            value = value[int(part)] if part.isdigit() else getattr(value, part)  # type: ignore[index]
        if isinstance(value, str):
            return value
    raise LookupError(f"no text for {evidence.record_kind} {evidence.record_id} {evidence.field}")


def check_evidence(activity: AccountActivity, findings: Iterable[Finding]) -> None:
    """Raise AssertionError unless every text span is inside its text and quotes it exactly."""
    for finding in findings:
        assert finding.account_id == activity.account_id, (
            f"{finding.code}: finding against {finding.account_id}, "
            f"evaluated {activity.account_id}"
        )
        for ev in finding.evidence:
            if not isinstance(ev, TextEvidence):
                continue
            text = original_text(activity, ev)
            assert 0 <= ev.start <= ev.end <= len(text), f"{finding.code}: span outside text"
            assert text[ev.start:ev.end] == ev.excerpt, (
                f"{finding.code}: excerpt {ev.excerpt!r} != text {text[ev.start:ev.end]!r}"
            )
