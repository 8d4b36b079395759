"""Properties of `decide` over generated findings and hold histories."""

from __future__ import annotations

import random
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from holdrules.findings import Finding, Severity, Violation
from holdrules.policy import HoldDecision, Policy, decide
from holdrules.policy_model import VIOLATION_CODE_PREFIX
from holdrules.records import HoldKind, HoldRecord, RecordKind
from tests.test_policy_factories import ACCOUNT, AS_OF, finding

POLICY = Policy.default()

findings_st = st.builds(
    lambda violation, number, days, severity, confidence, record, kind: finding(
        f"{VIOLATION_CODE_PREFIX[violation]}{number:03d}",
        days_ago=days,
        severity=severity,
        confidence=confidence,
        record_id=f"r{record}",
        record_kind=kind,
    ),
    st.sampled_from(list(Violation)),
    st.integers(1, 4),
    st.one_of(st.none(), st.floats(-5, 120, allow_nan=False)),
    st.sampled_from(list(Severity)),
    st.floats(0, 1, allow_nan=False),
    st.integers(0, 30),
    st.sampled_from([RecordKind.MESSAGE, RecordKind.PROFILE]),
)


@st.composite
def holds_st(draw: st.DrawFn) -> HoldRecord:
    placed_days = draw(st.floats(0, 500, allow_nan=False))
    placed = AS_OF - timedelta(days=placed_days)
    resumed_after = draw(st.one_of(st.none(), st.floats(0, 60, allow_nan=False)))
    return HoldRecord(
        id=f"h{draw(st.integers(0, 10_000))}",
        account_id=ACCOUNT,
        kind=draw(st.sampled_from(list(HoldKind))),
        placed_at=placed,
        resumed_at=None if resumed_after is None else placed + timedelta(days=resumed_after),
        violations=(draw(st.sampled_from(list(Violation))).value,),
    )


def _decide(findings: list[Finding], history: list[HoldRecord]) -> HoldDecision:
    return decide(findings, history, AS_OF, POLICY, account_id=ACCOUNT)


@settings(max_examples=150, deadline=None)
@given(st.lists(findings_st, max_size=8), st.lists(holds_st(), max_size=3,
                                                    unique_by=lambda h: h.id), findings_st)
def test_adding_a_finding_never_makes_the_decision_more_lenient(
    findings: list[Finding], history: list[HoldRecord], extra: Finding
) -> None:
    before = _decide(findings, history)
    after = _decide([*findings, extra], history)
    assert after.action.rank >= before.action.rank
    assert set(after.violations) >= set(before.violations)
    assert set(after.findings) >= set(before.findings)


@settings(max_examples=100, deadline=None)
@given(st.lists(findings_st, max_size=8), st.lists(holds_st(), max_size=3,
                                                    unique_by=lambda h: h.id), st.randoms())
def test_decisions_are_identical_for_the_same_inputs_in_any_order(
    findings: list[Finding], history: list[HoldRecord], rng: random.Random
) -> None:
    shuffled_findings = findings[:]
    shuffled_history = history[:]
    rng.shuffle(shuffled_findings)
    rng.shuffle(shuffled_history)
    assert _decide(findings, history) == _decide(shuffled_findings, shuffled_history)
