"""What detectors return: findings with evidence a reviewer can check.

Evidence is a small tagged union rather than a bag of optional fields: a span of
text, a reference to a record, or a measured figure against its threshold. A finding's
identity (its fingerprint) is separate from its volatile details, so re-runs,
baselines and appeals can refer to the same finding.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from holdrules.records import RecordKind

__all__ = [
    "Evidence",
    "Finding",
    "MeasureEvidence",
    "RecordEvidence",
    "Rule",
    "Severity",
    "TextEvidence",
    "Violation",
]


class Violation(StrEnum):
    """The seven violations named by the marketplace's policy."""

    IDENTITY = "identity"
    OFF_PLATFORM_PAYMENT = "off_platform_payment"
    NON_PERFORMANCE = "non_performance"
    MULTIPLE_ACCOUNTS = "multiple_accounts"
    CONTACT_SHARING = "contact_sharing"
    SPAM_HARASSMENT = "spam_harassment"
    FEEDBACK_ABUSE = "feedback_abuse"


class Severity(StrEnum):
    """Ordered severities; compare with `.rank`, not with string order."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.LOW: 0, Severity.MEDIUM: 1, Severity.HIGH: 2, Severity.CRITICAL: 3}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TextEvidence(_Frozen):
    """A `[start, end)` span of the *original* text of one field of one record.

    `excerpt` equals `original[start:end]`; `normalized` is what the detector read
    after undoing obfuscation (e.g. "john@gmail.com" for "john (at) gmail dot com").
    """

    kind: Literal["text"] = "text"
    record_kind: RecordKind
    record_id: str
    field: str
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    excerpt: str
    normalized: str | None = None

    @model_validator(mode="after")
    def _span_ordered(self) -> TextEvidence:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        if len(self.excerpt) != self.end - self.start:
            raise ValueError("excerpt length must equal end - start")
        return self


class RecordEvidence(_Frozen):
    """A whole record that contributed (a login, a contract, a verification request)."""

    kind: Literal["record"] = "record"
    record_kind: RecordKind
    record_id: str
    note: str = ""


class MeasureEvidence(_Frozen):
    """A measured figure against the threshold it crossed (e.g. 40 messages in 1 h)."""

    kind: Literal["measure"] = "measure"
    metric: str
    value: float
    threshold: float
    unit: str = ""
    record_ids: tuple[str, ...] = ()


Evidence = Annotated[TextEvidence | RecordEvidence | MeasureEvidence, Field(discriminator="kind")]


class Rule(_Frozen):
    """Metadata of one rule; docs pages are generated from it.

    Codes are stable forever and never reused; `name` is kebab-case.
    """

    code: Annotated[str, Field(pattern=r"^(IDN|PAY|PRF|ACC|CON|SPM|FBK)\d{3}$")]
    name: Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    violation: Violation
    severity: Severity
    summary: str
    why: str
    example: str
    allowed: str


class Finding(_Frozen):
    """One rule firing on one account, with the evidence behind it."""

    code: str
    name: str
    violation: Violation
    severity: Severity
    confidence: Annotated[float, Field(ge=0.0, le=1.0)]
    account_id: str
    evidence: tuple[Evidence, ...]
    explanation: str
    occurred_at: datetime | None = None
    counterparty_id: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def fingerprint(self) -> str:
        """Stable identity: rule code, account and the records (and excerpts) involved.

        Offsets are left out on purpose: the same email moved to another line of the
        same overview is the same finding for baselines and appeals.
        """
        parts = [self.code, self.account_id]
        for ev in self.evidence:
            if isinstance(ev, TextEvidence):
                parts.append(f"t:{ev.record_kind}:{ev.record_id}:{ev.field}:{ev.excerpt}")
            elif isinstance(ev, RecordEvidence):
                parts.append(f"r:{ev.record_kind}:{ev.record_id}")
            else:
                parts.append(f"m:{ev.metric}:{','.join(ev.record_ids)}")
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
        return digest[:20]

    @classmethod
    def from_rule(
        cls,
        rule: Rule,
        *,
        account_id: str,
        evidence: tuple[Evidence, ...] | list[Evidence],
        explanation: str,
        confidence: float = 1.0,
        severity: Severity | None = None,
        occurred_at: datetime | None = None,
        counterparty_id: str | None = None,
    ) -> Finding:
        """Build a finding whose code, name and violation come from `rule`."""
        return cls(
            code=rule.code,
            name=rule.name,
            violation=rule.violation,
            severity=severity or rule.severity,
            confidence=confidence,
            account_id=account_id,
            evidence=tuple(evidence),
            explanation=explanation,
            occurred_at=occurred_at,
            counterparty_id=counterparty_id,
        )
