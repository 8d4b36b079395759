"""The notice a person reads: what was found, why it is against policy, how to resume.

What was found quotes what the person wrote (the evidence spans, exactly as typed) with
where and when; a finding with no text evidence falls back to its explanation, which
is written for reviewers and may name patterns and guards. Why it is against policy
comes from the rules' own docs when the caller passes them (each `Rule` has a reason),
so the notice says the same thing as `docs/rules/`; without them it falls back to the
policy's plain-language text per violation. The policy cannot import the detectors to
look rules up itself: that would make deciding depend on loading every word list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC
from typing import TYPE_CHECKING

from holdrules.findings import Finding, Rule, TextEvidence
from holdrules.policy_model import Action
from holdrules.records import HoldKind, RecordKind

if TYPE_CHECKING:
    from holdrules.policy import ViolationAssessment

__all__ = ["compose_notice"]

_HOLD_KIND_WORDS = {
    HoldKind.IDENTITY_VERIFICATION: "until your identity is verified",
    HoldKind.POLICY_VIOLATION: "because of a Terms of Service violation",
    HoldKind.PAYMENT: "because of payment arranged outside the platform",
    HoldKind.PERFORMANCE: "because of undelivered contract work",
    HoldKind.SUSPENSION: "and suspended pending review",
}

_MAX_LISTED = 5

_OPENINGS = {
    Action.WARN: "This is a warning about activity on your account. "
    "Your account has not been restricted.",
    Action.REVIEW: "Some activity on your account has been passed to our Trust & Safety team "
    "for review. You do not need to do anything now; we will contact you if we need to.",
}


def compose_notice(
    action: Action,
    hold_kind: HoldKind | None,
    acting: Sequence[ViolationAssessment],
    resume_steps: Sequence[str],
    reversible: bool,
    holds_in_force: Sequence[str],
    rules: Mapping[str, Rule] | None,
) -> str:
    """Plain text, several short paragraphs, no markup."""
    if action is Action.NONE:
        text = ("No new action: nothing in this account's recent activity calls for a "
                "warning or a hold.")
        if holds_in_force:
            text += (f" The hold already in force ({', '.join(holds_in_force)}) stays until the "
                     "steps in its notice are completed.")
        return text
    if action is Action.HOLD:
        words = _HOLD_KIND_WORDS[hold_kind or HoldKind.POLICY_VIOLATION]
        opening = f"Your account has been placed on hold {words}."
    else:
        opening = _OPENINGS[action]
    paragraphs = [opening]
    ranked = sorted(acting, key=lambda a: -a.action.rank)
    for assessment in ranked:
        paragraphs.append(_what_and_why(assessment, rules or {}))
    if action is Action.WARN:
        paragraphs.extend(_next_time(a) for a in ranked if a.action is Action.WARN)
    if action is Action.HOLD:
        heading = "To have the hold lifted:" if reversible else (
            "This hold is not lifted automatically. To ask for it to be reconsidered:")
    else:
        heading = "To avoid a hold:"
    if resume_steps and action is not Action.REVIEW:
        numbered = "\n".join(f"{i}. {step}" for i, step in enumerate(resume_steps, start=1))
        paragraphs.append(f"{heading}\n{numbered}")
    return "\n\n".join(paragraphs)


def _what_and_why(assessment: ViolationAssessment, rules: Mapping[str, Rule]) -> str:
    """What was found and why it matters; review items are not yet accusations."""
    knobs = assessment.knobs
    if assessment.action is Action.REVIEW:
        return f"Passed to a person for review, with no decision yet: {knobs.summary}"
    found: dict[str, str] = {}
    reasons: dict[str, None] = {}
    shown = assessment.counted or assessment.findings
    for finding in sorted(shown, key=_chronological):
        found.setdefault(finding.fingerprint, f"{_what_was_written(finding)} [{finding.code}]")
        rule = rules.get(finding.code)
        if rule:
            reasons.setdefault(rule.why, None)
    lines = [f"What we found: {knobs.summary}"]
    listed = list(found.values())
    lines.extend(f"- {item}" for item in listed[:_MAX_LISTED])
    if len(listed) > _MAX_LISTED:
        lines.append(f"- and {len(listed) - _MAX_LISTED} more")
    why = " ".join(reasons) if reasons else knobs.why
    lines.append(f"Why this is against our Terms of Service: {why}")
    return "\n".join(lines)


_PLACES = {
    RecordKind.MESSAGE: "In a message",
    RecordKind.PROPOSAL: "In a proposal",
    RecordKind.FEEDBACK: "In feedback",
}
_MAX_QUOTE = 160


def _what_was_written(finding: Finding) -> str:
    """Where, when, and the words themselves: what a person needs to recognise it.

    Only spans of the first quoted record are shown: for an agreement, that is the
    account's own reply, not the other side's proposal it answered.
    """
    spans = [ev for ev in finding.evidence if isinstance(ev, TextEvidence)]
    if not spans:
        return finding.explanation
    first = spans[0]
    quote = " … ".join(
        ev.excerpt for ev in spans
        if (ev.record_kind, ev.record_id, ev.field) == (first.record_kind, first.record_id,
                                                        first.field)
    )
    quote = " ".join(quote.split())
    if len(quote) > _MAX_QUOTE:
        quote = quote[: _MAX_QUOTE - 1] + "…"
    if first.record_kind is RecordKind.PROFILE:
        place = f"In your profile ({first.field})"
    else:
        place = _PLACES.get(first.record_kind, f"In a {first.record_kind.value} record")
    when = f" on {finding.occurred_at.astimezone(UTC).date().isoformat()}" if (
        finding.occurred_at and first.record_kind is not RecordKind.PROFILE) else ""
    return f"{place}{when}: \u201c{quote}\u201d"


def _chronological(finding: Finding) -> tuple[bool, str, str, str]:
    when = finding.occurred_at.astimezone(UTC).isoformat() if finding.occurred_at else ""
    return (finding.occurred_at is None, when, finding.code, finding.fingerprint)


def _next_time(assessment: ViolationAssessment) -> str:
    knobs = assessment.knobs
    if knobs.hold_at is None:
        return "If this happens again, it may be reviewed by our Trust & Safety team."
    more = max(knobs.hold_at - assessment.count, 1)
    times = "once more" if more == 1 else f"{more} more times"
    return (f"If this happens {times} within {knobs.window_days} days, "
            "your account will be placed on hold.")
