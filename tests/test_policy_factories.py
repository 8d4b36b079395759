"""Builders shared by the policy, standing, ledger and backtest tests (no tests here).

Findings are built directly with `Finding(...)` so the policy can be exercised for
codes no detector emits yet (an overdue identity verification, a payment agreement).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from holdrules.findings import Finding, RecordEvidence, Severity, Violation
from holdrules.policy_model import VIOLATION_CODE_PREFIX
from holdrules.records import HoldKind, HoldRecord, RecordKind

POLICIES = Path(__file__).parent / "data" / "policies"
AS_OF = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ACCOUNT = "acct-1"


def finding(
    code: str,
    *,
    days_ago: float | None = 1,
    severity: Severity = Severity.MEDIUM,
    confidence: float = 0.9,
    record_id: str | None = None,
    account_id: str = ACCOUNT,
    as_of: datetime = AS_OF,
    record_kind: RecordKind = RecordKind.MESSAGE,
) -> Finding:
    """A finding for `code`, dated `days_ago` before `as_of` (None: undated)."""
    violation = next(v for v, p in VIOLATION_CODE_PREFIX.items() if code.startswith(p))
    occurred = None if days_ago is None else as_of - timedelta(days=days_ago)
    return Finding(
        code=code,
        name="synthetic-rule",
        violation=violation,
        severity=severity,
        confidence=confidence,
        account_id=account_id,
        evidence=(RecordEvidence(record_kind=record_kind,
                                 record_id=record_id or f"{code}-{days_ago}-{severity}"),),
        explanation=f"Synthetic {code} finding.",
        occurred_at=occurred,
    )


def hold(
    hold_id: str,
    violation: Violation,
    *,
    placed: datetime,
    resumed: datetime | None = None,
    kind: HoldKind = HoldKind.POLICY_VIOLATION,
    account_id: str = ACCOUNT,
) -> HoldRecord:
    return HoldRecord(
        id=hold_id,
        account_id=account_id,
        kind=kind,
        placed_at=placed,
        resumed_at=resumed,
        violations=(violation.value,),
    )
