"""Eligibility is monotone in the date a hold was resumed."""

from __future__ import annotations

import random
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from holdrules.findings import Violation
from holdrules.policy import Policy
from holdrules.standing import top_rated_status
from tests.test_policy_factories import AS_OF, finding, hold
from tests.test_standing import eligible_activity

POLICY = Policy.default()
ACTIVITY = eligible_activity()
minutes = st.integers(min_value=0, max_value=200 * 24 * 60)


@settings(max_examples=200, deadline=None)
@given(minutes, minutes, st.integers(1, 60), st.sampled_from(list(Violation)))
def test_a_later_resumption_is_never_more_eligible(
    a: int, b: int, hold_days: int, violation: Violation
) -> None:
    earlier, later = sorted((a, b))
    placed = AS_OF - timedelta(days=120 + hold_days)
    results = []
    for minutes_after in (earlier, later):
        # Resumed `minutes_after` minutes after 120 days before as_of; some of these lie
        # after as_of, where the hold is still in force.
        resumed = AS_OF - timedelta(days=120) + timedelta(minutes=minutes_after)
        record = hold("h1", violation, placed=placed, resumed=resumed)
        results.append(top_rated_status(ACTIVITY, [], [record], AS_OF, POLICY))
    first, second = results
    assert first.eligible or not second.eligible
    if first.eligible_again_on and second.eligible_again_on:
        assert first.eligible_again_on <= second.eligible_again_on


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(["PAY001", "CON001", "CON002", "SPM001"]),
                       st.integers(0, 200)), max_size=6),
    st.lists(st.tuples(st.sampled_from(list(Violation)), st.integers(0, 300),
                       st.one_of(st.none(), st.integers(0, 30))), max_size=4),
    st.randoms(),
)
def test_status_is_the_same_for_the_same_inputs_in_any_order(
    raw_findings: list[tuple[str, int]],
    raw_holds: list[tuple[Violation, int, int | None]],
    rng: random.Random,
) -> None:
    findings = [finding(code, days_ago=days, record_id=f"r{i}")
                for i, (code, days) in enumerate(raw_findings)]
    holds = [
        hold(f"h{i}", violation, placed=AS_OF - timedelta(days=days),
             resumed=None if lasted is None else AS_OF - timedelta(days=days - lasted))
        for i, (violation, days, lasted) in enumerate(raw_holds)
    ]
    shuffled_findings, shuffled_holds = findings[:], holds[:]
    rng.shuffle(shuffled_findings)
    rng.shuffle(shuffled_holds)
    first = top_rated_status(ACTIVITY, findings, holds, AS_OF, POLICY)
    assert first == top_rated_status(ACTIVITY, shuffled_findings, shuffled_holds, AS_OF, POLICY)
