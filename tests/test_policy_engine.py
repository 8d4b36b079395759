"""The engine with a policy: reports carry the decision and the Top Rated status."""

from __future__ import annotations

from datetime import timedelta

import pytest

from holdrules.engine import Engine
from holdrules.findings import Violation
from holdrules.policy import Action, Policy
from holdrules.testing import T0, account, conversation
from tests.test_policy_factories import hold
from tests.toy_detectors import ShoutDetector

SHOUTS = conversation(account("acct-1"), "c1", [("me", "FORBIDDEN"), ("me", "FORBIDDEN!")])


def test_without_a_policy_reports_carry_findings_only() -> None:
    report = Engine([ShoutDetector()]).evaluate(SHOUTS)
    assert report.decision is None
    assert report.top_rated is None


def test_with_a_policy_the_report_decides_as_of_the_latest_record() -> None:
    engine = Engine([ShoutDetector()], policy=Policy.default())
    report = engine.evaluate(SHOUTS)
    assert report.decision is not None
    assert report.decision.action is Action.WARN
    assert report.decision.as_of == T0 + timedelta(minutes=5)
    # The notice quotes what the person wrote, where and when, and the rule's own reason.
    assert "- In a message on 2026-01-05: \u201cFORBIDDEN\u201d [SPM900]" in report.decision.notice
    assert "Why this is against our Terms of Service: test" in report.decision.notice
    assert report.top_rated is not None
    assert not report.top_rated.eligible


def test_an_explicit_as_of_and_ledger_history_are_used() -> None:
    as_of = T0 + timedelta(days=1)
    earlier = hold("h1", Violation.SPAM_HARASSMENT, placed=T0 - timedelta(days=40),
                   resumed=T0 - timedelta(days=39))
    engine = Engine([ShoutDetector()]).with_policy(Policy.default(), as_of=as_of)
    report = engine.evaluate(SHOUTS, history=[earlier])
    assert report.decision is not None
    assert report.decision.as_of == as_of
    assert report.decision.action is Action.HOLD  # two shouts + an earlier hold = 3
    assert report.top_rated is not None
    assert report.top_rated.holds.total == 1


def test_a_naive_as_of_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Engine([], policy=Policy.default(), as_of=T0.replace(tzinfo=None))
