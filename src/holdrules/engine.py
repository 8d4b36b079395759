"""The engine: run a set of detectors over accounts and collect their findings.

Streaming by design: `evaluate_many` takes any iterable and yields one report per
account, holding nothing but the account in hand, so memory stays flat however large
the export. Cross-account detectors see other accounts only through an explicit
`BatchIndex` passed in by the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict

from holdrules.detectors import default_detectors
from holdrules.detectors.base import BatchIndex, CrossAccountDetector, Detector
from holdrules.findings import Finding, Rule
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

__all__ = ["AccountReport", "Engine"]

SurfaceName = Literal["message", "profile", "proposal"]
SenderRole = Literal["freelancer", "client"]

# scan_text builds a synthetic account around one text. Its timestamps are fixed
# constants, not the clock, so the same text always gives the same findings.
_SCAN_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_SCAN_ACCOUNT = "scan-sender"
_SCAN_COUNTERPARTY = "scan-recipient"


class AccountReport(BaseModel):
    """Everything the engine concluded about one account."""

    model_config = ConfigDict(frozen=True)

    account_id: str
    findings: tuple[Finding, ...]


def _finding_order(finding: Finding) -> tuple[float, str, str]:
    when = finding.occurred_at.timestamp() if finding.occurred_at else float("-inf")
    return (when, finding.code, finding.fingerprint)


class Engine:
    """Holds detectors and runs them; safe to share between threads (detectors are pure)."""

    def __init__(self, detectors: Sequence[Detector]) -> None:
        codes: dict[str, str] = {}
        for detector in detectors:
            for rule in detector.rules:
                owner = codes.setdefault(rule.code, type(detector).__name__)
                if owner != type(detector).__name__:
                    raise ValueError(f"rule code {rule.code} is emitted by both {owner} and "
                                     f"{type(detector).__name__}")
        self.detectors: tuple[Detector, ...] = tuple(detectors)

    @classmethod
    def default(cls) -> Engine:
        """An engine with every shipped detector in its default configuration."""
        return cls(default_detectors())

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every rule the engine's detectors can emit, sorted by code."""
        return tuple(sorted((r for d in self.detectors for r in d.rules), key=lambda r: r.code))

    def findings_for(
        self, activity: AccountActivity, index: BatchIndex | None = None
    ) -> list[Finding]:
        """All detectors' findings on one account, in time then code order."""
        findings: list[Finding] = []
        for detector in self.detectors:
            if index is not None and isinstance(detector, CrossAccountDetector):
                findings.extend(detector.detect_with_index(activity, index))
            else:
                findings.extend(detector.detect(activity))
        findings.sort(key=_finding_order)
        return findings

    def evaluate(
        self, activity: AccountActivity, index: BatchIndex | None = None
    ) -> AccountReport:
        """Run every detector on one account."""
        return AccountReport(
            account_id=activity.account_id,
            findings=tuple(self.findings_for(activity, index)),
        )

    def evaluate_many(
        self, activities: Iterable[AccountActivity], index: BatchIndex | None = None
    ) -> Iterator[AccountReport]:
        """Lazily evaluate a stream of accounts, one report per account, in input order."""
        for activity in activities:
            yield self.evaluate(activity, index)

    def scan_text(
        self,
        text: str,
        *,
        surface: SurfaceName = "message",
        sender_role: SenderRole = "freelancer",
        contract_active: bool = False,
        country: str | None = None,
    ) -> list[Finding]:
        """Findings for one piece of text, as if `sender_role` wrote it on `surface`.

        For pre-send checks and notebooks: wraps the text in a minimal account so the
        same detectors, with the same context rules, decide. With `contract_active`, a
        message is sent inside a running contract between the two parties.
        """
        activity = _activity_for_text(text, surface, sender_role, contract_active, country)
        return self.findings_for(activity)


def _activity_for_text(
    text: str,
    surface: SurfaceName,
    sender_role: SenderRole,
    contract_active: bool,
    country: str | None,
) -> AccountActivity:
    sender_is_client = sender_role == "client"
    account = Account(
        id=_SCAN_ACCOUNT,
        kind=AccountKind.CLIENT if sender_is_client else AccountKind.FREELANCER,
        created_at=_SCAN_EPOCH,
        country=country,
    )
    sent_at = _SCAN_EPOCH + timedelta(days=1)
    if surface == "profile":
        return AccountActivity(account=account, profile=Profile(id="scan-profile", overview=text))
    if surface == "proposal":
        proposal = Proposal(
            id="scan-proposal",
            job_id="scan-job",
            client_id=_SCAN_COUNTERPARTY,
            submitted_at=sent_at,
            cover_letter=text,
        )
        return AccountActivity(account=account, proposals=(proposal,))
    contracts: tuple[Contract, ...] = ()
    if contract_active:
        client, freelancer = (
            (_SCAN_ACCOUNT, _SCAN_COUNTERPARTY)
            if sender_is_client
            else (_SCAN_COUNTERPARTY, _SCAN_ACCOUNT)
        )
        contracts = (
            Contract(
                id="scan-contract",
                client_id=client,
                freelancer_id=freelancer,
                status=ContractStatus.ACTIVE,
                started_at=_SCAN_EPOCH,
            ),
        )
    message = Message(
        id="scan-message",
        sender_id=_SCAN_ACCOUNT,
        recipient_id=_SCAN_COUNTERPARTY,
        sent_at=sent_at,
        text=text,
        contract_id="scan-contract" if contract_active else None,
    )
    return AccountActivity(account=account, messages=(message,), contracts=contracts)
