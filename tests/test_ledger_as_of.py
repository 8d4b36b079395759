"""The ledger as of a moment (what a decision at that moment knew) and read-only opening."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from holdrules.findings import Violation
from holdrules.ledger import HoldLedger, LedgerError
from holdrules.policy import Policy, decide
from tests.test_policy_factories import ACCOUNT, AS_OF, finding, hold

POLICY = Policy.default()


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[HoldLedger]:
    with HoldLedger(tmp_path / "holds.db") as opened:
        yield opened


def test_history_as_of_leaves_out_holds_placed_at_or_after_it(ledger: HoldLedger) -> None:
    for hold_id, days in (("before", -1), ("at", 0), ("after", 1)):
        ledger.place(hold(hold_id, Violation.CONTACT_SHARING,
                          placed=AS_OF + timedelta(days=days)))
    assert [h.id for h in ledger.history_as_of(ACCOUNT, AS_OF)] == ["before"]
    assert [h.id for h in ledger.history_as_of(ACCOUNT, AS_OF + timedelta(days=2))] == [
        "before", "at", "after"]
    assert ledger.history_as_of("someone-else", AS_OF) == []


def test_history_as_of_does_not_show_a_later_resumption(ledger: HoldLedger) -> None:
    ledger.place(hold("h1", Violation.CONTACT_SHARING, placed=AS_OF - timedelta(days=5)))
    ledger.resume("h1", AS_OF + timedelta(days=1))
    (then,) = ledger.history_as_of(ACCOUNT, AS_OF)
    assert then.resumed_at is None
    assert then.active_at(AS_OF)
    (later,) = ledger.history_as_of(ACCOUNT, AS_OF + timedelta(days=1))
    assert later.resumed_at == AS_OF + timedelta(days=1)


def test_deciding_again_at_the_same_moment_reaches_the_same_decision(
        ledger: HoldLedger) -> None:
    findings = [finding("CON001", days_ago=2), finding("CON002", days_ago=1)]
    first = decide(findings, ledger.history_as_of(ACCOUNT, AS_OF), AS_OF, POLICY,
                   account_id=ACCOUNT)
    placed = ledger.apply(first)
    assert placed is not None
    assert ledger.has_decision(first.decision_id)
    again = decide(findings, ledger.history_as_of(ACCOUNT, AS_OF), AS_OF, POLICY,
                   account_id=ACCOUNT)
    assert again == first
    assert ledger.apply(again) == placed
    assert len(ledger.decisions(ACCOUNT)) == 1
    assert len(ledger.history(ACCOUNT)) == 1


def test_read_only_ledger_reads_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "holds.db"
    with HoldLedger(path) as writer:
        writer.place(hold("h1", Violation.CONTACT_SHARING, placed=AS_OF))
    before = path.read_bytes()
    with HoldLedger.open_read_only(path) as reader:
        assert [h.id for h in reader.history(ACCOUNT)] == ["h1"]
        assert not reader.has_decision("nope")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.place(hold("h2", Violation.CONTACT_SHARING, placed=AS_OF))
    assert path.read_bytes() == before


def test_read_only_opening_creates_nothing_and_checks_the_schema(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match="no such ledger file"):
        HoldLedger.open_read_only(tmp_path / "missing.db")
    assert list(tmp_path.iterdir()) == []
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    with pytest.raises(LedgerError, match="not a holdrules ledger"):
        HoldLedger.open_read_only(empty)
