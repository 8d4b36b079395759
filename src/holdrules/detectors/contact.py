"""Contact-information sharing: emails, phones, messaging handles and outside links.

Policy: a profile may not carry an email, phone number, messaging handle, a link to a
personal website or to a third-party profile or certification. Proposals and messages
to potential clients (no contract active between the two) may not either. Once a
contract is active, sharing in messages to that client is allowed by default
(`allow_in_active_contract_messages`). Only text the account wrote counts: a message
it *received* is never a finding against it.

The scanning itself lives in `contact_scan` (candidates -> validators -> guards); this
module decides which text is in scope and turns each match into a finding whose
evidence is the exact span the person typed. A text longer than `max_text_chars` is
scanned up to the limit and reported as CON016, so unread text never passes as clean;
so is a text with more phone-like runs than `max_phone_candidates`, whose runs past
the limit were never validated.
"""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Annotated, ClassVar, NamedTuple

from pydantic import Field

from holdrules._unvalidated import build_unvalidated
from holdrules.detectors.base import Detector, DetectorConfig, Surface, TextItem, text_items
from holdrules.detectors.contact_data import contact_data
from holdrules.detectors.contact_rules import RULES, TRUNCATED, rule_for
from holdrules.detectors.contact_scan import (
    FALLBACK_REGIONS,
    ContactKind,
    ContactMatch,
    PhoneRunLimit,
    ScanPolicy,
    scan_with_limits,
)
from holdrules.findings import (
    Evidence,
    Finding,
    MeasureEvidence,
    Rule,
    TextEvidence,
    Violation,
)
from holdrules.records import AccountActivity, RecordKind

__all__ = ["ContactSharingConfig", "ContactSharingDetector", "explain_transforms"]


def _allowed_domains() -> tuple[str, ...]:
    return contact_data().allowed


def _allowed_suffixes() -> tuple[str, ...]:
    return contact_data().allowed_suffixes


class ContactSharingConfig(DetectorConfig):
    """Allow lists, surface switches and limits of the contact-sharing detector."""

    allowed_domains: tuple[str, ...] = Field(
        default_factory=_allowed_domains,
        description="Domains (and their subdomains) never reported: the marketplace's own "
        "and the reserved example domains.",
    )
    allowed_suffixes: tuple[str, ...] = Field(
        default_factory=_allowed_suffixes,
        description="Reserved top-level names never reported (test, example, invalid, "
        "localhost, local).",
    )
    allow_in_active_contract_messages: bool = Field(
        default=True,
        description="Allow contact details in messages sent while a contract between the "
        "two parties is active.",
    )
    scan_profile: bool = Field(default=True, description="Scan profile text and links.")
    scan_proposals: bool = Field(default=True, description="Scan proposal cover letters.")
    scan_messages: bool = Field(default=True, description="Scan messages the account sent.")
    default_region: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] | None = Field(
        default="US",
        description="Country used to read national-format phone numbers when neither the "
        "account nor the profile has one.",
    )
    fallback_regions: tuple[Annotated[str, Field(pattern=r"^[A-Z]{2}$")], ...] = Field(
        default=FALLBACK_REGIONS,
        description="Countries also tried, after the account's own, for national-format "
        "numbers of 9 digits or more (where most of the marketplace's freelancers write "
        "from). Empty to read national numbers under the account's country only.",
    )
    max_text_chars: Annotated[int, Field(ge=1)] = Field(
        default=100_000,
        description="Characters scanned per text field, so a huge field can never stall "
        "a worker; a longer text is scanned up to the limit and reported as CON016 "
        "for a person to read the rest.",
    )
    max_phone_candidates: Annotated[int, Field(ge=1)] = Field(
        default=200,
        description="Phone-like digit runs validated with phonenumbers per text field, "
        "so a text full of numbers can never stall a worker; a text with more is "
        "reported as CON016 for a person to check the runs past the limit.",
    )


_TRANSFORM_WORDS = {
    "confusables": "look-alike or stylised characters",
    "zero_width": "invisible characters",
    "spelled_digits": "digits spelled out as words",
    "at_dot_words": "'at'/'dot' words",
    "spacing": "characters spaced or punctuated apart",
    "leetspeak": "leetspeak",
}

# How much of the unread tail a CON016 finding quotes, to show where reading stopped.
_TAIL_EXCERPT_CHARS = 40

_SURFACE_WORDS = {
    Surface.PROFILE: "profile",
    Surface.MESSAGE: "message to a potential client",
    Surface.PROPOSAL: "proposal",
}


@functools.lru_cache(maxsize=128)
def explain_transforms(transforms: frozenset[str]) -> str:
    """Plain words for the obfuscations undone, e.g. "'at'/'dot' words and spaced..."."""
    words = [_TRANSFORM_WORDS[t] for t in sorted(transforms) if t in _TRANSFORM_WORDS]
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]


class ContactSharingDetector(Detector):
    """Finds contact information shared where the policy forbids it (CON001-CON015),
    and reports text too long, or too full of numbers, to check in full (CON016)."""

    violation: ClassVar[Violation] = Violation.CONTACT_SHARING
    rules: ClassVar[tuple[Rule, ...]] = RULES
    config_model: ClassVar[type[DetectorConfig]] = ContactSharingConfig

    def __init__(self, config: DetectorConfig | None = None) -> None:
        super().__init__(config)
        assert isinstance(self.config, ContactSharingConfig)
        self.settings: ContactSharingConfig = self.config
        self.policy = ScanPolicy(
            allowed_domains=tuple(d.lower() for d in self.settings.allowed_domains),
            allowed_suffixes=tuple(s.lower() for s in self.settings.allowed_suffixes),
            default_region=self.settings.default_region,
            max_text_chars=self.settings.max_text_chars,
            max_phone_candidates=self.settings.max_phone_candidates,
            fallback_regions=self.settings.fallback_regions,
        )

    def in_scope(self, item: TextItem) -> bool:
        """Whether the policy restricts contact details in this piece of text."""
        cfg = self.settings
        if not item.authored_by_account:
            return False
        if item.surface is Surface.PROFILE:
            return cfg.scan_profile
        if item.surface is Surface.PROPOSAL:
            return cfg.scan_proposals
        if not cfg.scan_messages:
            return False
        return not (item.contract_active and cfg.allow_in_active_contract_messages)

    def detect(self, activity: AccountActivity) -> list[Finding]:
        region = activity.account.country or (
            activity.profile.country if activity.profile is not None else None
        ) or self.settings.default_region
        findings: list[Finding] = []
        limit = self.settings.max_text_chars
        for item in text_items(activity):
            if not self.in_scope(item):
                continue
            scan = scan_with_limits(item.text, region=region, policy=self.policy)
            for match in scan.matches:
                findings.append(self._finding(activity.account_id, item, match))
            if len(item.text) > limit:
                findings.append(self._truncated(activity.account_id, item, limit))
            if scan.phone_limit is not None:
                findings.append(self._phones_unvalidated(activity.account_id, item,
                                                         scan.phone_limit))
        return findings

    def _phones_unvalidated(
        self, account_id: str, item: TextItem, limit: PhoneRunLimit
    ) -> Finding:
        """CON016 for phone-like runs past `max_phone_candidates`: how many, and the
        first one left unvalidated, so the unchecked numbers never pass as clean."""
        explanation = (
            f"The {_SURFACE_WORDS[item.surface]} ({item.field}) holds {limit.runs:,} "
            f"phone-like runs; only the first {limit.validated:,} were validated as phone "
            f"numbers. A person should check the rest, from character {limit.start:,} on."
        )
        measure = _Measure("phone_like_runs", limit.runs, limit.validated, "digit runs")
        return _partly_read(account_id, item, (limit.start, limit.end), measure, explanation)

    def _truncated(self, account_id: str, item: TextItem, limit: int) -> Finding:
        """CON016: where the unread tail starts, and how long the text is."""
        size = len(item.text)
        tail_end = min(size, limit + _TAIL_EXCERPT_CHARS)
        explanation = (
            f"The {_SURFACE_WORDS[item.surface]} ({item.field}) is {size:,} characters "
            f"long; only the first {limit:,} were scanned for contact details. A person "
            f"should read the rest, from character {limit:,} on."
        )
        measure = _Measure("text_chars", size, limit, "characters")
        return _partly_read(account_id, item, (limit, tail_end), measure, explanation)

    def _finding(self, account_id: str, item: TextItem, match: ContactMatch) -> Finding:
        rule = rule_for(match.kind, item.surface)
        evidence = _text_evidence(item, match)
        return _contact_finding(
            rule,
            account_id,
            evidence,
            _explanation(item, match),
            match.confidence,
            item.at,
            item.recipient_id if item.surface is not Surface.PROFILE else None,
        )


# A finding's fields come from records, the rule table and the scanner, every one
# already of the type validation would store; validating them again cost about as much
# as finding an email in the first place. `_text_evidence` and `_contact_finding` check
# what validation would check beyond the types (span order and excerpt length, the
# confidence range) and go through validation whenever anything is unusual, so they
# return exactly what the validated constructors return (tests compare both paths).
_EVIDENCE_FIELDS_SET = frozenset(
    ("record_kind", "record_id", "field", "start", "end", "excerpt", "normalized")
)
_FINDING_FIELDS_SET = frozenset(
    ("code", "name", "violation", "severity", "confidence", "account_id", "evidence",
     "explanation", "occurred_at", "counterparty_id")
)


def _text_evidence(item: TextItem, match: ContactMatch) -> TextEvidence:
    """`TextEvidence` for `match` in `item`, equal to the validated one."""
    start, end, excerpt, normalized = match.start, match.end, match.excerpt, match.normalized
    if not (
        type(start) is int and type(end) is int and 0 <= start <= end
        and type(excerpt) is str and len(excerpt) == end - start
        and type(normalized) is str and type(item.record_kind) is RecordKind
        and type(item.record_id) is str and type(item.field) is str
    ):
        return TextEvidence(record_kind=item.record_kind, record_id=item.record_id,
                            field=item.field, start=start, end=end, excerpt=excerpt,
                            normalized=normalized)
    return build_unvalidated(TextEvidence, {
        "kind": "text",
        "record_kind": item.record_kind,
        "record_id": item.record_id,
        "field": item.field,
        "start": start,
        "end": end,
        "excerpt": excerpt,
        "normalized": normalized,
    }, _EVIDENCE_FIELDS_SET)


def _contact_finding(
    rule: Rule,
    account_id: str,
    evidence: TextEvidence,
    explanation: str,
    confidence: float,
    occurred_at: datetime | None,
    counterparty_id: str | None,
) -> Finding:
    """`Finding.from_rule(rule, ...)` with one text evidence, equal to the validated one."""
    if not (
        type(confidence) is float and 0.0 <= confidence <= 1.0
        and type(account_id) is str and type(explanation) is str
        and (occurred_at is None or type(occurred_at) is datetime)
        and (counterparty_id is None or type(counterparty_id) is str)
    ):
        return Finding.from_rule(rule, account_id=account_id, evidence=(evidence,),
                                 explanation=explanation, confidence=confidence,
                                 occurred_at=occurred_at, counterparty_id=counterparty_id)
    return build_unvalidated(Finding, {
        "code": rule.code,
        "name": rule.name,
        "violation": rule.violation,
        "severity": rule.severity,
        "confidence": confidence,
        "account_id": account_id,
        "evidence": (evidence,),
        "explanation": explanation,
        "occurred_at": occurred_at,
        "counterparty_id": counterparty_id,
    }, _FINDING_FIELDS_SET)


def _explanation(item: TextItem, match: ContactMatch) -> str:
    what = {
        ContactKind.EMAIL: "Email address",
        ContactKind.PHONE: "Phone number",
        ContactKind.HANDLE: match.detail.capitalize(),
        ContactKind.PERSONAL_SITE: "Link to a personal website",
        ContactKind.THIRD_PARTY_PROFILE: f"Link to a third-party profile ({match.detail})",
    }[match.kind]
    text = f"{what} {match.normalized!r} in the {_SURFACE_WORDS[item.surface]} ({item.field})"
    undone = explain_transforms(match.transforms)
    if undone:
        text += f", written with {undone} (undone before matching)"
    return text + "."


class _Measure(NamedTuple):
    """The figure that says how much of a text went unchecked."""

    metric: str
    value: int
    threshold: int
    unit: str


def _partly_read(account_id: str, item: TextItem, span: tuple[int, int], measure: _Measure,
                 explanation: str) -> Finding:
    """CON016: a text only partly checked (too long, or too many phone-like runs), which
    the default policy routes to a person. Evidence: the span where the unchecked part
    starts, and the measured figure."""
    start, end = span
    evidence: tuple[Evidence, ...] = (
        TextEvidence(record_kind=item.record_kind, record_id=item.record_id,
                     field=item.field, start=start, end=end, excerpt=item.text[start:end]),
        MeasureEvidence(metric=measure.metric, value=measure.value,
                        threshold=measure.threshold, unit=measure.unit,
                        record_ids=(item.record_id,)),
    )
    return Finding.from_rule(
        TRUNCATED,
        account_id=account_id,
        evidence=evidence,
        explanation=explanation,
        confidence=1.0,
        occurred_at=item.at,
        counterparty_id=item.recipient_id if item.surface is not Surface.PROFILE else None,
    )
