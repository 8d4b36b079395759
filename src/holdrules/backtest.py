"""Backtesting a policy change: the same accounts under two policies, side by side.

Trust-and-safety teams change the policy weekly and need to see the effect before it
ships. `compare` runs the detectors once per account (findings do not depend on the
policy), decides under the old and the new policy at the same `as_of`, and lists the
accounts whose decision or Top Rated eligibility would change, each with the clauses
that fired differently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from holdrules.findings import Finding, Rule
from holdrules.policy import HoldDecision, Policy, decide
from holdrules.policy_time import latest_record_time
from holdrules.records import AccountActivity, HoldRecord
from holdrules.standing import TopRatedStatus, top_rated_status

__all__ = [
    "BacktestReport",
    "DecisionChange",
    "compare",
    "format_report",
    "policy_changes",
]

FindingsFor = Callable[[AccountActivity], Sequence[Finding]]
HistoryFor = Callable[[AccountActivity], Sequence[HoldRecord]]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DecisionChange(_Frozen):
    """One account whose outcome differs between the two policies, and why."""

    account_id: str
    as_of: datetime
    old: HoldDecision
    new: HoldDecision
    old_top_rated: bool
    new_top_rated: bool
    why: tuple[str, ...]


class BacktestReport(_Frozen):
    old_version: str
    new_version: str
    policy_changes: tuple[str, ...]
    accounts: int
    changes: tuple[DecisionChange, ...]


def compare(
    activities: Iterable[AccountActivity],
    old: Policy,
    new: Policy,
    *,
    findings_for: FindingsFor,
    as_of: datetime | None = None,
    history_for: HistoryFor | None = None,
    rules: Mapping[str, Rule] | None = None,
) -> BacktestReport:
    """Accounts whose decision or Top Rated eligibility changes from `old` to `new`.

    `findings_for` is usually `Engine.findings_for`. Without `as_of`, each account is
    judged as of its own latest record, never the clock. `history_for` supplies holds
    (from a ledger, say); by default the holds in the activity are used.
    """
    changes: list[DecisionChange] = []
    accounts = 0
    for activity in activities:
        accounts += 1
        moment = as_of or latest_record_time(activity)
        findings = findings_for(activity)
        history = history_for(activity) if history_for else activity.holds
        before = _outcome(activity, findings, history, moment, old, rules)
        after = _outcome(activity, findings, history, moment, new, rules)
        why = _explain(before, after)
        if why:
            changes.append(DecisionChange(
                account_id=activity.account_id,
                as_of=moment,
                old=before[0],
                new=after[0],
                old_top_rated=before[1].eligible,
                new_top_rated=after[1].eligible,
                why=why,
            ))
    return BacktestReport(
        old_version=old.version,
        new_version=new.version,
        policy_changes=tuple(policy_changes(old, new)),
        accounts=accounts,
        changes=tuple(changes),
    )


def _outcome(
    activity: AccountActivity,
    findings: Sequence[Finding],
    history: Sequence[HoldRecord],
    as_of: datetime,
    policy: Policy,
    rules: Mapping[str, Rule] | None,
) -> tuple[HoldDecision, TopRatedStatus]:
    decision = decide(findings, history, as_of, policy, account_id=activity.account_id,
                      rules=rules)
    status = top_rated_status(activity, findings, history, as_of, policy, decision=decision)
    return decision, status


def _explain(
    before: tuple[HoldDecision, TopRatedStatus], after: tuple[HoldDecision, TopRatedStatus]
) -> tuple[str, ...]:
    old, old_status = before
    new, new_status = after
    why: list[str] = []
    if old.action is not new.action:
        why.append(f"action {old.action.value} → {new.action.value}")
    if old.hold_kind is not new.hold_kind:
        why.append(f"hold kind {_name(old.hold_kind)} → {_name(new.hold_kind)}")
    if old.violations != new.violations:
        why.append(f"violations {_names(old.violations)} → {_names(new.violations)}")
    if why:
        old_reasons = {r.detail for r in old.reasons}
        new_reasons = {r.detail for r in new.reasons}
        why.extend(f"now: {detail}" for detail in sorted(new_reasons - old_reasons))
        why.extend(f"before: {detail}" for detail in sorted(old_reasons - new_reasons))
    if old_status.eligible is not new_status.eligible:
        unmet = [c.name for c in new_status.criteria if not c.met]
        was_unmet = [c.name for c in old_status.criteria if not c.met]
        why.append(
            f"Top Rated {_eligible(old_status.eligible)} → {_eligible(new_status.eligible)}"
            f" (unmet before: {', '.join(was_unmet) or 'none'};"
            f" now: {', '.join(unmet) or 'none'})"
        )
    return tuple(why)


def _name(value: object | None) -> str:
    return "none" if value is None else str(value)


def _names(values: Sequence[object]) -> str:
    return ", ".join(str(v) for v in values) or "none"


def _eligible(flag: bool) -> str:
    return "eligible" if flag else "not eligible"


def policy_changes(old: Policy, new: Policy) -> list[str]:
    """Every knob that differs, as `dotted.key: old → new`, sorted by key."""
    before = _flatten(old.model_dump(mode="json"))
    after = _flatten(new.model_dump(mode="json"))
    lines = []
    for key in sorted(before.keys() | after.keys()):
        if key == "version":
            continue
        if before.get(key) != after.get(key):
            lines.append(f"{key}: {_show(before.get(key))} → {_show(after.get(key))}")
    return lines


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        flat: dict[str, Any] = {}
        for key, inner in value.items():
            flat.update(_flatten(inner, f"{prefix}{key}."))
        return flat
    return {prefix.rstrip("."): value}


def _show(value: Any) -> str:
    if value is None:
        return "(unset)"
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return str(value)


def format_report(report: BacktestReport) -> str:
    """The plain-text listing `holdrules diff` prints."""
    lines = [f"policy {report.old_version} → {report.new_version}"]
    if report.policy_changes:
        lines.append("changed knobs:")
        lines.extend(f"  {change}" for change in report.policy_changes)
    else:
        lines.append("changed knobs: none")
    lines.append("")
    for change in report.changes:
        lines.append(f"{change.account_id} (as of {change.as_of.isoformat()}):")
        lines.extend(f"  {reason}" for reason in change.why)
    if report.changes:
        lines.append("")
    lines.append(f"{len(report.changes)} of {report.accounts} accounts would change")
    return "\n".join(lines)
