"""Engine.evaluate_many with a hold-history lookup: lazy, one lookup per account."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from holdrules.engine import Engine
from holdrules.findings import Violation
from holdrules.ledger import HoldLedger
from holdrules.policy import Action, Policy
from holdrules.records import AccountActivity, HoldRecord
from holdrules.testing import T0, account, conversation
from tests.test_policy_factories import hold
from tests.toy_detectors import ShoutDetector


def _shouts(account_id: str) -> AccountActivity:
    return conversation(account(account_id), "c", [("me", "FORBIDDEN"), ("me", "FORBIDDEN!")])


def test_evaluate_many_looks_history_up_lazily_once_per_account() -> None:
    pulled = 0
    asked: list[tuple[str, datetime]] = []

    def source() -> Iterator[AccountActivity]:
        nonlocal pulled
        for i in range(100):
            pulled += 1
            yield _shouts(f"a{i}")

    def history_at(account_id: str, as_of: datetime) -> Sequence[HoldRecord]:
        asked.append((account_id, as_of))
        return ()

    engine = Engine([ShoutDetector()], policy=Policy.default())
    reports = engine.evaluate_many(source(), history_at=history_at)
    first = next(reports)
    assert first.account_id == "a0"
    assert pulled == 1
    assert asked == [("a0", T0 + timedelta(minutes=5))]  # the account's own as_of
    assert sum(1 for _ in reports) == 99
    assert pulled == 100
    assert [a for a, _ in asked] == [f"a{i}" for i in range(100)]


def test_without_a_policy_history_is_never_asked_for() -> None:
    def history_at(account_id: str, as_of: datetime) -> Sequence[HoldRecord]:
        raise AssertionError("no policy, no decision, no history needed")

    reports = Engine([ShoutDetector()]).evaluate_many([_shouts("a0")], history_at=history_at)
    assert [r.decision for r in reports] == [None]


def test_ledger_history_escalates_in_evaluate_many(tmp_path: Path) -> None:
    engine = Engine([ShoutDetector()], policy=Policy.default())
    with HoldLedger(tmp_path / "holds.db") as ledger:
        ledger.place(hold("h1", Violation.SPAM_HARASSMENT, placed=T0 - timedelta(days=40),
                          resumed=T0 - timedelta(days=39), account_id="a1"))
        reports = list(engine.evaluate_many([_shouts("a0"), _shouts("a1")],
                                            history_at=ledger.history_as_of))
    actions = [r.decision.action for r in reports if r.decision is not None]
    assert actions == [Action.WARN, Action.HOLD]  # two shouts, + an earlier hold for a1
