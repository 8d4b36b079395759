"""The hold ledger: round trips, idempotence, refusals, and feeding `decide`."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from holdrules.findings import Severity, Violation
from holdrules.ledger import HoldLedger, LedgerError, hold_from_decision
from holdrules.policy import Action, Policy, decide
from holdrules.records import HoldKind
from tests.test_policy_factories import ACCOUNT, AS_OF, finding, hold

POLICY = Policy.default()


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[HoldLedger]:
    with HoldLedger(tmp_path / "holds.db") as opened:
        yield opened


def test_a_placed_hold_reads_back_identically(ledger: HoldLedger) -> None:
    tokyo = AS_OF.astimezone(ZoneInfo("Asia/Tokyo"))
    placed = hold("h1", Violation.IDENTITY, placed=tokyo, kind=HoldKind.IDENTITY_VERIFICATION)
    assert ledger.place(placed) == placed
    assert ledger.history(ACCOUNT) == [placed]
    assert ledger.history("someone-else") == []


def test_the_ledger_uses_wal_and_full_sync(ledger: HoldLedger) -> None:
    db = sqlite3.connect(ledger.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_history_is_oldest_first_across_time_zones(ledger: HoldLedger) -> None:
    later = hold("a-later", Violation.SPAM_HARASSMENT, placed=AS_OF)
    earlier = hold("z-earlier", Violation.SPAM_HARASSMENT,
                   placed=(AS_OF - timedelta(hours=1)).astimezone(ZoneInfo("Pacific/Kiritimati")))
    ledger.place(later)
    ledger.place(earlier)
    assert [h.id for h in ledger.history(ACCOUNT)] == ["z-earlier", "a-later"]


def test_placing_the_same_hold_twice_is_a_no_op(ledger: HoldLedger) -> None:
    placed = hold("h1", Violation.SPAM_HARASSMENT, placed=AS_OF)
    ledger.place(placed)
    ledger.place(placed)
    assert len(ledger.history(ACCOUNT)) == 1


def test_a_different_hold_under_an_existing_id_is_refused(ledger: HoldLedger) -> None:
    ledger.place(hold("h1", Violation.SPAM_HARASSMENT, placed=AS_OF))
    with pytest.raises(LedgerError, match="different hold with id 'h1'"):
        ledger.place(hold("h1", Violation.IDENTITY, placed=AS_OF))


def test_resume_rules(ledger: HoldLedger) -> None:
    ledger.place(hold("h1", Violation.SPAM_HARASSMENT, placed=AS_OF))
    with pytest.raises(LedgerError, match="no hold 'nope'"):
        ledger.resume("nope", AS_OF)
    with pytest.raises(LedgerError, match="before it was placed"):
        ledger.resume("h1", AS_OF - timedelta(seconds=1))
    at = AS_OF + timedelta(days=2)
    resumed = ledger.resume("h1", at)
    assert resumed.resumed_at == at
    assert ledger.resume("h1", at) == resumed
    with pytest.raises(LedgerError, match="already resumed"):
        ledger.resume("h1", at + timedelta(days=1))
    assert ledger.history(ACCOUNT)[0].resumed_at == at


def test_apply_places_one_hold_per_decision(ledger: HoldLedger) -> None:
    decision = decide([finding("PAY002", severity=Severity.HIGH)], [], AS_OF, POLICY,
                      account_id=ACCOUNT)
    first = ledger.apply(decision)
    assert first is not None
    assert first == hold_from_decision(decision)
    assert first.kind is HoldKind.PAYMENT
    assert first.violations == ("off_platform_payment",)
    assert ledger.apply(decision) == first
    assert len(ledger.history(ACCOUNT)) == 1
    assert ledger.decisions(ACCOUNT) == [decision]


def test_apply_keeps_non_hold_decisions_without_placing(ledger: HoldLedger) -> None:
    warn = decide([finding("CON001")], [], AS_OF, POLICY, account_id=ACCOUNT)
    assert warn.action is Action.WARN
    assert ledger.apply(warn) is None
    assert ledger.history(ACCOUNT) == []
    assert [d.action for d in ledger.decisions(ACCOUNT)] == [Action.WARN]
    assert not ledger.record(warn)


def test_apply_does_not_stack_a_hold_on_one_already_in_force(ledger: HoldLedger) -> None:
    ledger.place(hold("h0", Violation.OFF_PLATFORM_PAYMENT, placed=AS_OF - timedelta(days=3),
                      kind=HoldKind.PAYMENT))
    decision = decide([finding("PAY002", severity=Severity.HIGH, days_ago=0)],
                      ledger.history(ACCOUNT), AS_OF, POLICY, account_id=ACCOUNT)
    assert decision.action is Action.HOLD
    assert ledger.apply(decision) is None
    assert [h.id for h in ledger.history(ACCOUNT)] == ["h0"]


def test_a_second_hold_for_the_same_decision_is_refused(ledger: HoldLedger) -> None:
    decision = decide([finding("IDN001")], [], AS_OF, POLICY, account_id=ACCOUNT)
    ledger.place(hold_from_decision(decision), decision)
    with pytest.raises(LedgerError, match="already placed hold"):
        ledger.place(hold_from_decision(decision, hold_id="other"), decision)


def test_hold_from_a_non_hold_decision_is_refused() -> None:
    decision = decide([], [], AS_OF, POLICY, account_id=ACCOUNT)
    with pytest.raises(ValueError, match="not a hold"):
        hold_from_decision(decision)


def test_ledger_history_escalates_the_next_decision(ledger: HoldLedger) -> None:
    """A contact-sharing hold, resumed, then one new finding: the repeat holds at once."""
    day0 = AS_OF - timedelta(days=60)
    repeated = [finding("CON001", days_ago=5, as_of=day0), finding("CON002", as_of=day0)]
    first = decide(repeated, [], day0, POLICY, account_id=ACCOUNT)
    placed = ledger.apply(first)
    assert placed is not None
    ledger.resume(placed.id, day0 + timedelta(days=2))
    again = [*repeated, finding("CON003", days_ago=1)]
    second = decide(again, ledger.history(ACCOUNT), AS_OF, POLICY, account_id=ACCOUNT)
    assert second.action is Action.HOLD
    assert second.finding_codes == ("CON003",)


def test_data_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "holds.db"
    with HoldLedger(path) as ledger:
        ledger.place(hold("h1", Violation.SPAM_HARASSMENT, placed=AS_OF))
    with HoldLedger(path) as reopened:
        assert [h.id for h in reopened.history(ACCOUNT)] == ["h1"]
        assert reopened.accounts() == [ACCOUNT]


def test_two_handles_on_one_file_see_each_others_commits(tmp_path: Path) -> None:
    path = tmp_path / "holds.db"
    with HoldLedger(path) as writer, HoldLedger(path) as reader:
        writer.place(hold("h1", Violation.SPAM_HARASSMENT, placed=AS_OF))
        assert [h.id for h in reader.history(ACCOUNT)] == ["h1"]


def test_a_ledger_from_a_newer_holdrules_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "holds.db"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.close()
    with pytest.raises(LedgerError, match="newer"):
        HoldLedger(path)


def test_apply_adds_a_hold_for_a_violation_no_hold_in_force_covers(ledger: HoldLedger) -> None:
    """Overlapping holds: an identity hold in force does not cover a new payment hold."""
    ledger.place(hold("h-id", Violation.IDENTITY, placed=AS_OF - timedelta(days=3),
                      kind=HoldKind.IDENTITY_VERIFICATION))
    decision = decide([finding("PAY002", severity=Severity.HIGH, days_ago=0)],
                      ledger.history(ACCOUNT), AS_OF, POLICY, account_id=ACCOUNT)
    placed = ledger.apply(decision)
    assert placed is not None
    assert placed.kind is HoldKind.PAYMENT
    in_force = [h.id for h in ledger.history(ACCOUNT) if h.active_at(AS_OF)]
    assert in_force == ["h-id", placed.id]
    ledger.resume("h-id", AS_OF + timedelta(days=1))
    later = AS_OF + timedelta(days=2)
    assert [h.id for h in ledger.history(ACCOUNT) if h.active_at(later)] == [placed.id]
