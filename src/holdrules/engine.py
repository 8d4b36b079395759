"""The engine: run a set of detectors over accounts and collect their findings.

Streaming by design: `evaluate_many` takes any iterable and yields one report per
account, holding nothing but the account in hand, so memory stays flat however large
the export. Cross-account detectors see other accounts only through an explicit
`BatchIndex` passed in by the caller.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict

from holdrules._unvalidated import replaced
from holdrules.detectors import default_detectors
from holdrules.detectors.base import BatchIndex, CrossAccountDetector, Detector
from holdrules.findings import Finding, Rule
from holdrules.policy import HoldDecision, Policy, decide
from holdrules.policy_time import latest_record_time
from holdrules.records import (
    Account,
    AccountActivity,
    AccountKind,
    Contract,
    ContractStatus,
    HoldRecord,
    Message,
    Profile,
    Proposal,
)
from holdrules.standing import TopRatedStatus, top_rated_status

__all__ = ["AccountReport", "Engine", "HistoryLookup"]

SurfaceName = Literal["message", "profile", "proposal"]
SenderRole = Literal["freelancer", "client"]

HistoryLookup = Callable[[str, datetime], Sequence[HoldRecord]]
"""(account id, as_of) → the holds known for that account when deciding at `as_of`.

`HoldLedger.history_as_of` is one; the engine asks once per account, only when it has
a policy, after it knows the account's `as_of` and before it decides.
"""

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
    decision: HoldDecision | None = None
    top_rated: TopRatedStatus | None = None


def _finding_order(finding: Finding) -> tuple[float, str, str]:
    when = finding.occurred_at.timestamp() if finding.occurred_at else float("-inf")
    return (when, finding.code, finding.fingerprint)


class Engine:
    """Holds detectors and runs them; safe to share between threads (detectors are pure)."""

    def __init__(
        self,
        detectors: Sequence[Detector],
        *,
        policy: Policy | None = None,
        as_of: datetime | None = None,
    ) -> None:
        """With a `policy`, reports also carry the decision and Top Rated status, judged
        as of `as_of` or, without it, as of each account's latest record (never the clock).
        """
        codes: dict[str, str] = {}
        for detector in detectors:
            for rule in detector.rules:
                owner = codes.setdefault(rule.code, type(detector).__name__)
                if owner != type(detector).__name__:
                    raise ValueError(f"rule code {rule.code} is emitted by both {owner} and "
                                     f"{type(detector).__name__}")
        self.detectors: tuple[Detector, ...] = tuple(detectors)
        if as_of is not None and as_of.tzinfo is None:
            raise ValueError("as_of must be timezone-aware")
        self.policy = policy
        self.as_of = as_of
        self._rules_by_code = {r.code: r for d in self.detectors for r in d.rules}

    @classmethod
    def default(cls, *, policy: Policy | None = None, as_of: datetime | None = None) -> Engine:
        """An engine with every shipped detector in its default configuration."""
        return cls(default_detectors(), policy=policy, as_of=as_of)

    def with_policy(self, policy: Policy, *, as_of: datetime | None = None) -> Engine:
        """The same detectors, deciding under `policy`."""
        return Engine(self.detectors, policy=policy, as_of=as_of)

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
        if len(findings) > 1:  # the order key hashes each finding's fingerprint
            findings.sort(key=_finding_order)
        return findings

    def evaluate(
        self,
        activity: AccountActivity,
        index: BatchIndex | None = None,
        *,
        history: Sequence[HoldRecord] = (),
        history_at: HistoryLookup | None = None,
    ) -> AccountReport:
        """Run every detector on one account, then decide if the engine has a policy.

        `history` adds holds (from a `HoldLedger`) to those in the activity;
        `history_at` is asked for more once the account's `as_of` is known.
        """
        findings = self.findings_for(activity, index)
        if self.policy is None:
            return AccountReport(account_id=activity.account_id, findings=tuple(findings))
        as_of = self.as_of or latest_record_time(activity)
        if history_at is not None:
            history = (*history, *history_at(activity.account_id, as_of))
        holds = _merge_history(activity.holds, history)
        decision = decide(findings, holds, as_of, self.policy,
                          account_id=activity.account_id, rules=self._rules_by_code)
        return AccountReport(
            account_id=activity.account_id,
            findings=tuple(findings),
            decision=decision,
            top_rated=top_rated_status(activity, findings, holds, as_of, self.policy,
                                       decision=decision),
        )

    def evaluate_many(
        self,
        activities: Iterable[AccountActivity],
        index: BatchIndex | None = None,
        *,
        history_at: HistoryLookup | None = None,
    ) -> Iterator[AccountReport]:
        """Lazily evaluate a stream of accounts, one report per account, in input order.

        With `history_at` (say `ledger.history_as_of`), each account's hold history is
        looked up as that account is evaluated, so a repeat offence escalates; nothing
        is read ahead and nothing is kept after the report is yielded.
        """
        for activity in activities:
            yield self.evaluate(activity, index, history_at=history_at)

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


def _merge_history(
    known: Sequence[HoldRecord], extra: Sequence[HoldRecord]
) -> list[HoldRecord]:
    """Holds from the activity and the ledger, once each (the resumed copy wins)."""
    by_id: dict[str, HoldRecord] = {}
    for hold in (*known, *extra):
        kept = by_id.get(hold.id)
        if kept is None or (kept.resumed_at is None and hold.resumed_at is not None):
            by_id[hold.id] = hold
    return list(by_id.values())


@functools.lru_cache(maxsize=256)
def _scan_account(sender_is_client: bool, country: str | None) -> Account:
    """The synthetic sender of `scan_text`: frozen, so one per role and country is
    shared by every call (pre-send checks call this per message)."""
    return Account(
        id=_SCAN_ACCOUNT,
        kind=AccountKind.CLIENT if sender_is_client else AccountKind.FREELANCER,
        created_at=_SCAN_EPOCH,
        country=country,
    )


def _activity_for_text(
    text: str,
    surface: SurfaceName,
    sender_role: SenderRole,
    contract_active: bool,
    country: str | None,
) -> AccountActivity:
    """The synthetic account around `text`: a validated template per context, copied.

    Validating a new record per call cost more than some detectors; the text is the
    only field that varies, and a `str` needs no validation, so each call copies a
    template (built and validated once per surface, role, contract and country) with
    the text swapped in. The copy equals what validating the same fields would give.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if type(text) is not str:  # a str subclass: let validation decide what is stored
        return _validated_activity_for_text(text, surface, sender_role, contract_active, country)
    template = _activity_template(surface, sender_role == "client", contract_active, country)
    if surface == "profile":
        assert template.profile is not None
        return replaced(template, "profile", replaced(template.profile, "overview", text))
    if surface == "proposal":
        proposal = replaced(template.proposals[0], "cover_letter", text)
        return replaced(template, "proposals", (proposal,))
    return replaced(template, "messages", (replaced(template.messages[0], "text", text),))


@functools.lru_cache(maxsize=256)
def _activity_template(
    surface: SurfaceName,
    sender_is_client: bool,
    contract_active: bool,
    country: str | None,
) -> AccountActivity:
    """The validated account `scan_text` wraps every text of one context in (text "")."""
    return _validated_activity_for_text(
        "", surface, "client" if sender_is_client else "freelancer", contract_active, country
    )


def _validated_activity_for_text(
    text: str,
    surface: SurfaceName,
    sender_role: SenderRole,
    contract_active: bool,
    country: str | None,
) -> AccountActivity:
    sender_is_client = sender_role == "client"
    account = _scan_account(sender_is_client, country)
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
