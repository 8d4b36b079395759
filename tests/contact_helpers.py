"""Build minimal AccountActivity values around one piece of text, for contact tests."""

from __future__ import annotations

from datetime import UTC, datetime

from holdrules.detectors.base import Surface
from holdrules.records import (
    Account,
    AccountActivity,
    AccountKind,
    Contract,
    ContractStatus,
    Message,
    Profile,
    Proposal,
)

ME = "fl-1"
CLIENT = "cl-1"
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
SENT = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def activity_with(
    text: str,
    surface: Surface,
    *,
    country: str | None = None,
    contract_active: bool = False,
    received: bool = False,
) -> AccountActivity:
    """One account (ME) whose only text is `text` on `surface`."""
    account = Account(id=ME, kind=AccountKind.FREELANCER, created_at=T0, country=country)
    if surface is Surface.PROFILE:
        return AccountActivity(account=account, profile=Profile(id="pr-1", overview=text))
    if surface is Surface.PROPOSAL:
        proposal = Proposal(id="po-1", job_id="job-1", client_id=CLIENT, submitted_at=SENT,
                            cover_letter=text)
        return AccountActivity(account=account, proposals=(proposal,))
    sender, recipient = (CLIENT, ME) if received else (ME, CLIENT)
    message = Message(id="m-1", sender_id=sender, recipient_id=recipient, sent_at=SENT,
                      text=text)
    contracts: tuple[Contract, ...] = ()
    if contract_active:
        contracts = (Contract(id="c-1", client_id=CLIENT, freelancer_id=ME,
                              status=ContractStatus.ACTIVE, started_at=T0),)
    return AccountActivity(account=account, messages=(message,), contracts=contracts)


def surface_of_rule(name: str) -> Surface:
    """The surface a contact rule's kebab-case name says it covers."""
    where = name.split("-in-", 1)[1]
    if where == "profile":
        return Surface.PROFILE
    if where == "proposal":
        return Surface.PROPOSAL
    return Surface.MESSAGE
