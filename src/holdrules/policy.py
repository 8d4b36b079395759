"""From findings to a decision: the aggregator the platform acts on.

`decide` reads findings, the account's hold history and an explicit `as_of` under a
`Policy`, and returns a `HoldDecision`: what to do (none < warn < review < hold), which
clause of the policy made it so, and a notice the account holder can read. It never
reads the clock; the same inputs in any order give the same decision and the same
`decision_id`, which is what lets the ledger place a hold exactly once.

Three rules keep re-evaluation honest:
- Findings dated after `as_of` have not happened yet at that date and are ignored; an
  undated finding (a profile never re-saved) counts as current.
- Findings of a violation at or before a hold already placed for that violation were
  dealt with by that hold and are not counted again; otherwise an account resumed on
  Monday would be held again on Tuesday for the same message.
- Each earlier hold for the violation adds one to the count once a new finding follows
  it, so a repeat after a hold escalates even after the old findings left the window.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from holdrules.findings import Finding, RecordEvidence, Rule, TextEvidence, Violation
from holdrules.policy_model import (
    VIOLATION_CODE_PREFIX,
    Action,
    Policy,
    PolicyError,
    ViolationPolicy,
)
from holdrules.policy_notice import compose_notice
from holdrules.policy_resume import resume_due
from holdrules.policy_time import local_date, within_last_days
from holdrules.records import HoldKind, HoldRecord

__all__ = [
    "Action",
    "HoldDecision",
    "Policy",
    "PolicyError",
    "Reason",
    "decide",
    "hold_covers",
    "occasion",
    "resume_due",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Reason(_Frozen):
    """One policy clause that fired, in words a reviewer can check against the file."""

    violation: Violation
    action: Action
    clause: str
    detail: str


class HoldDecision(_Frozen):
    """What the policy says to do with one account as of one moment, and why."""

    decision_id: str
    account_id: str
    as_of: datetime
    policy_version: str
    action: Action
    hold_kind: HoldKind | None
    violations: tuple[Violation, ...]
    finding_codes: tuple[str, ...]
    findings: tuple[str, ...]
    reversible: bool
    resume_steps: tuple[str, ...]
    reasons: tuple[Reason, ...]
    holds_in_force: tuple[str, ...]
    notice: str


@dataclass
class ViolationAssessment:
    """The outcome for one violation; the notice is written from these."""

    violation: Violation
    knobs: ViolationPolicy
    action: Action = Action.NONE
    reasons: list[Reason] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    counted: list[Finding] = field(default_factory=list)
    count: int = 0

    def raise_to(self, action: Action, clause: str, detail: str) -> None:
        self.reasons.append(Reason(violation=self.violation, action=action, clause=clause,
                                   detail=f"{self.violation.value}: {detail} → {action.value}"))
        if action.rank > self.action.rank:
            self.action = action


def hold_covers(hold: HoldRecord, violation: Violation) -> bool:
    """Whether `hold` was placed for `violation` (by name or by one of its rule codes)."""
    prefix = VIOLATION_CODE_PREFIX[violation]
    return violation.value in hold.violations or any(
        code.startswith(prefix) for code in hold.finding_codes
    )


def decide(
    findings: Sequence[Finding],
    history: Sequence[HoldRecord],
    as_of: datetime,
    policy: Policy,
    *,
    account_id: str,
    rules: Mapping[str, Rule] | None = None,
) -> HoldDecision:
    """The decision for `account_id` as of `as_of`.

    `rules` (code → Rule, from the detectors) lets the notice quote each rule's own
    summary and reason; without it the notice uses the policy's text per violation.
    """
    if as_of.tzinfo is None:
        raise ValueError("as_of must be timezone-aware")
    strangers = sorted({f.account_id for f in findings} - {account_id})
    if strangers:
        raise ValueError(f"findings for other accounts {strangers} passed for {account_id}")
    ordered = sorted(findings, key=lambda f: (f.code, f.fingerprint))
    holds = sorted((h for h in history if h.account_id == account_id),
                   key=lambda h: (h.placed_at, h.id))
    assessments = [
        _assess(violation, ordered, holds, as_of, policy)
        for violation in Violation
    ]
    acting = [a for a in assessments if a.action is not Action.NONE]
    action = max((a.action for a in acting), key=lambda a: a.rank, default=Action.NONE)
    holding = [a for a in acting if a.action is Action.HOLD]
    hold_kind = _hold_kind(holding, policy)
    steps_from = holding if holding else [a for a in acting if a.action is Action.WARN]
    resume_steps = _unique(
        policy.resume_steps[key] for a in steps_from for key in a.knobs.resume_steps
    )
    behind = [f for a in acting for f in a.findings]
    in_force = tuple(h.id for h in holds if h.active_at(as_of))
    reversible = all(a.knobs.reversible for a in holding)
    return HoldDecision(
        decision_id=_decision_id(account_id, as_of, policy, ordered, holds),
        account_id=account_id,
        as_of=as_of,
        policy_version=policy.version,
        action=action,
        hold_kind=hold_kind,
        violations=tuple(a.violation for a in acting),
        finding_codes=tuple(sorted({f.code for f in behind})),
        findings=tuple(sorted({f.fingerprint for f in behind})),
        reversible=reversible,
        resume_steps=resume_steps,
        reasons=tuple(r for a in assessments for r in a.reasons),
        holds_in_force=in_force,
        notice=compose_notice(action, hold_kind, acting, resume_steps, reversible, in_force,
                              rules),
    )


def _assess(
    violation: Violation,
    findings: Sequence[Finding],
    holds: Sequence[HoldRecord],
    as_of: datetime,
    policy: Policy,
) -> ViolationAssessment:
    knobs = policy.for_violation(violation)
    zone = policy.zone
    today = local_date(as_of, zone)
    assessment = ViolationAssessment(violation=violation, knobs=knobs)
    prior = [h for h in holds if h.placed_at <= as_of and hold_covers(h, violation)]
    settled_until = prior[-1].placed_at if prior else None

    counted: list[Finding] = []
    for_review: list[Finding] = []
    review_floor = knobs.min_confidence
    if knobs.review_min_confidence is not None:
        review_floor = knobs.review_min_confidence
    for finding in findings:
        if finding.violation is not violation:
            continue
        moment = _moment(finding, as_of, policy)
        if moment > as_of or not within_last_days(local_date(moment, zone), today,
                                                  knobs.window_days):
            continue
        if settled_until is not None and moment <= settled_until:
            continue
        if finding.severity.rank < knobs.min_severity.rank or finding.confidence < review_floor:
            continue
        if finding.code in knobs.review_codes or finding.confidence < knobs.min_confidence:
            for_review.append(finding)
        else:
            counted.append(finding)

    # A finding is counted once however many copies arrive (the fingerprint is its
    # identity), and a copy never cancels another: both keep decisions monotone.
    if for_review:
        codes = ", ".join(sorted({f.code for f in for_review}))
        clause = "review_codes" if any(f.code in knobs.review_codes for f in for_review) \
            else "review_min_confidence"
        distinct = len({f.fingerprint for f in for_review})
        assessment.raise_to(Action.REVIEW, clause,
                            f"{distinct} finding(s) ({codes}) need a person's judgement")
        assessment.findings.extend(for_review)
    if not counted:
        return assessment
    assessment.findings.extend(counted)
    assessment.counted.extend(counted)

    immediate = sorted({
        f.code for f in counted
        if f.code in knobs.hold_immediately_codes
        or (knobs.hold_immediately_min_severity is not None
            and f.severity.rank >= knobs.hold_immediately_min_severity.rank)
    })
    if immediate:
        assessment.raise_to(Action.HOLD, "hold_immediately",
                            f"{', '.join(immediate)} hold at once")

    recent_holds = [
        h for h in prior
        if within_last_days(local_date(h.placed_at, zone), today,
                            knobs.prior_hold_lookback_days)
    ]
    occasions = len({occasion(f) for f in counted})
    count = occasions + len(recent_holds)
    assessment.count = count
    tally = f"{occasions} occasion(s) within {knobs.window_days} days"
    if recent_holds:
        tally += f" + {len(recent_holds)} earlier hold(s)"
    if knobs.hold_at is not None and count >= knobs.hold_at:
        assessment.raise_to(Action.HOLD, "hold_at", f"{tally} ≥ hold_at {knobs.hold_at}")
    elif assessment.action is Action.HOLD:
        pass  # held at once; a lower count threshold would only add noise to the reasons
    elif knobs.warn_at is not None and count >= knobs.warn_at:
        assessment.raise_to(Action.WARN, "warn_at", f"{tally} ≥ warn_at {knobs.warn_at}")
    elif assessment.action is Action.NONE:
        assessment.raise_to(Action.NONE, "below_threshold", f"{tally}, below every threshold")
    return assessment


def occasion(finding: Finding) -> str:
    """Where a finding happened: findings in the same record are one occasion.

    An email and a phone number in one message, or two links in one profile, are one
    act of sharing contact details, not a repeat; a second message is a repeat.
    """
    for evidence in finding.evidence:
        if isinstance(evidence, TextEvidence | RecordEvidence):
            return f"{evidence.record_kind}:{evidence.record_id}"
    return f"finding:{finding.fingerprint}"


def _moment(finding: Finding, as_of: datetime, policy: Policy) -> datetime:
    """When a finding counts as happening: undated and ongoing ones count as `as_of`.

    Text in an ongoing record (the profile, shown to every visitor) breaks the rule on
    every day it stays up, not only on the day it was written.
    """
    written = finding.occurred_at or as_of
    ongoing = set(policy.ongoing_record_kinds)
    if written <= as_of and finding.evidence and all(
        isinstance(evidence, TextEvidence | RecordEvidence) and evidence.record_kind in ongoing
        for evidence in finding.evidence
    ):
        return as_of
    return written


def _hold_kind(holding: Sequence[ViolationAssessment], policy: Policy) -> HoldKind | None:
    kinds = {a.knobs.hold_kind for a in holding}
    for kind in policy.hold_kind_priority:
        if kind in kinds:
            return kind
    return None


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """Items in first-seen order without repeats (two violations may share a step)."""
    return tuple(dict.fromkeys(items))


def _decision_id(
    account_id: str,
    as_of: datetime,
    policy: Policy,
    findings: Sequence[Finding],
    holds: Sequence[HoldRecord],
) -> str:
    """Same account, moment, policy, findings and history → same id, in any order."""
    parts = [
        account_id,
        as_of.astimezone(policy.zone).isoformat(),
        policy.version,
        policy.digest,
        *sorted(f.fingerprint for f in findings),
        *sorted(f"{h.id}@{h.resumed_at.isoformat() if h.resumed_at else ''}" for h in holds),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]
