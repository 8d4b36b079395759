"""Durable hold history in SQLite: holds placed, resumed, and the decisions behind them.

The ledger is what makes a decision stick: `decide` is pure and can be re-run at any
time, the ledger remembers what was acted on. Guarantees:

- One transaction per change, in WAL mode with `synchronous=FULL`: once a method
  returns, the change survives a crash of the process (or the machine). A writer
  killed mid-transaction leaves no half-written hold.
- Idempotent by decision: applying the same `HoldDecision` twice places one hold, so a
  retried job cannot hold an account twice for the same evidence.
- Reading back yields the `HoldRecord`s the policy and Top Rated status need.

One `HoldLedger` per thread (sqlite3 connections are not shared across threads);
several processes may open the same file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from holdrules.policy import Action, HoldDecision, hold_covers
from holdrules.records import HoldRecord

__all__ = ["HoldLedger", "LedgerError", "hold_from_decision"]

_SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    decision_id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    as_of_utc TEXT NOT NULL,
    action TEXT NOT NULL,
    policy_version TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_by_account ON decisions (account_id, as_of_utc);
CREATE TABLE IF NOT EXISTS holds (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    placed_at_utc TEXT NOT NULL,
    resumed_at_utc TEXT,
    decision_id TEXT UNIQUE,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS holds_by_account ON holds (account_id, placed_at_utc);
"""


class LedgerError(RuntimeError):
    """A change the ledger refuses: unknown hold, conflicting resume, clashing id."""


def _utc(moment: datetime) -> str:
    """Sortable text for a moment: UTC, fixed width, microseconds."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def hold_from_decision(decision: HoldDecision, *, hold_id: str | None = None) -> HoldRecord:
    """The hold a `hold` decision places, dated at the decision's `as_of`."""
    if decision.action is not Action.HOLD or decision.hold_kind is None:
        raise ValueError(f"decision {decision.decision_id} is {decision.action}, not a hold")
    held = [r for r in decision.reasons if r.action is Action.HOLD]
    return HoldRecord(
        id=hold_id or f"hold-{decision.decision_id}",
        account_id=decision.account_id,
        kind=decision.hold_kind,
        placed_at=decision.as_of,
        violations=tuple(v.value for v in decision.violations),
        finding_codes=decision.finding_codes,
        reason="; ".join(r.detail for r in held),
        decision_id=decision.decision_id,
    )


class HoldLedger:
    """Hold history in one SQLite file; use as a context manager or call `close`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        with self._transaction():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, _SCHEMA_VERSION):
                raise LedgerError(f"{self.path}: ledger schema {version} is newer than this "
                                  f"holdrules ({_SCHEMA_VERSION})")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")

    @classmethod
    def open_read_only(cls, path: str | Path) -> HoldLedger:
        """An existing ledger opened so that SQLite itself refuses every write.

        For dry runs: nothing is created, upgraded or changed, not even on open (the
        ordinary constructor creates the file and its tables). SQLite may leave its
        `-wal` and `-shm` side files beside a WAL database; they hold no changes.
        """
        target = Path(path)
        if not target.is_file():
            raise LedgerError(f"{target}: no such ledger file")
        ledger = cls.__new__(cls)
        ledger.path = target
        ledger._db = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True,
                                     isolation_level=None, timeout=30.0)
        try:
            version = ledger._db.execute("PRAGMA user_version").fetchone()[0]
            if version != _SCHEMA_VERSION:
                raise LedgerError(f"{target}: not a holdrules ledger of schema "
                                  f"{_SCHEMA_VERSION} (found schema {version})")
        except BaseException:
            ledger._db.close()
            raise
        return ledger

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> HoldLedger:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock up front, so two writers queue instead of
        # failing half-way with "database is locked" on upgrade from a read lock.
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # --- writes -------------------------------------------------------------------

    def record(self, decision: HoldDecision) -> bool:
        """Keep `decision` (any action); False when it was already recorded."""
        with self._transaction():
            return self._insert_decision(decision)

    def place(self, hold: HoldRecord, decision: HoldDecision | None = None) -> HoldRecord:
        """Place `hold` (and keep the decision behind it) in one transaction.

        Placing the same hold again returns the stored one; a different hold under an
        existing id, or a second hold for the same decision, is refused.
        """
        if decision is not None and hold.decision_id not in (None, decision.decision_id):
            raise LedgerError(f"hold {hold.id} names decision {hold.decision_id}, "
                              f"not {decision.decision_id}")
        if decision is not None and hold.decision_id is None:
            hold = hold.model_copy(update={"decision_id": decision.decision_id})
        with self._transaction():
            if decision is not None:
                self._insert_decision(decision)
            return self._insert_hold(hold)

    def apply(self, decision: HoldDecision) -> HoldRecord | None:
        """Record `decision` and, if it holds, place its hold unless one already covers it.

        Returns the hold placed (or placed earlier for this same decision), or None when
        the decision does not hold or holds already in force cover every violation in it.
        """
        with self._transaction():
            self._insert_decision(decision)
            if decision.action is not Action.HOLD:
                return None
            existing = self._hold_for_decision(decision.decision_id)
            if existing is not None:
                return existing
            in_force = [h for h in self._history(decision.account_id)
                        if h.active_at(decision.as_of)]
            if all(any(hold_covers(h, v) for h in in_force) for v in decision.violations):
                return None
            return self._insert_hold(hold_from_decision(decision))

    def resume(self, hold_id: str, at: datetime) -> HoldRecord:
        """Mark `hold_id` resumed at `at`; resuming again at the same moment is a no-op."""
        if at.tzinfo is None:
            raise ValueError("resume time must be timezone-aware")
        with self._transaction():
            hold = self._hold(hold_id)
            if hold is None:
                raise LedgerError(f"no hold {hold_id!r} in {self.path}")
            if hold.resumed_at is not None:
                if hold.resumed_at == at:
                    return hold
                raise LedgerError(f"hold {hold_id} was already resumed at "
                                  f"{hold.resumed_at.isoformat()}")
            if at < hold.placed_at:
                raise LedgerError(f"hold {hold_id} cannot resume at {at.isoformat()}, before it "
                                  f"was placed at {hold.placed_at.isoformat()}")
            resumed = hold.model_copy(update={"resumed_at": at})
            self._db.execute(
                "UPDATE holds SET resumed_at_utc = ?, body = ? WHERE id = ?",
                (_utc(at), resumed.model_dump_json(), hold_id),
            )
            return resumed

    # --- reads --------------------------------------------------------------------

    def history(self, account_id: str) -> list[HoldRecord]:
        """Every hold on `account_id`, oldest first: the `history` `decide` takes."""
        return self._history(account_id)

    def history_as_of(self, account_id: str, as_of: datetime) -> list[HoldRecord]:
        """The holds on `account_id` as the ledger stood just before `as_of`, oldest first.

        Holds placed at `as_of` itself or later are left out, and a resumption after
        `as_of` is not shown yet: a hold placed at `as_of` is what deciding at `as_of`
        produced, not what the decision knew. So deciding again at the same `as_of`
        sees the same history, reaches the same `decision_id`, and `apply` finds that
        decision and its hold already recorded: a re-run changes nothing.
        """
        if as_of.tzinfo is None:
            raise ValueError("as_of must be timezone-aware")
        rows = self._db.execute(
            "SELECT body FROM holds WHERE account_id = ? AND placed_at_utc < ? "
            "ORDER BY placed_at_utc, id",
            (account_id, _utc(as_of)),
        ).fetchall()
        holds = [HoldRecord.model_validate_json(body) for (body,) in rows]
        return [h.model_copy(update={"resumed_at": None})
                if h.resumed_at is not None and h.resumed_at > as_of else h
                for h in holds]

    def has_decision(self, decision_id: str) -> bool:
        """Whether the decision `decision_id` is recorded."""
        row = self._db.execute(
            "SELECT 1 FROM decisions WHERE decision_id = ?", (decision_id,)
        ).fetchone()
        return row is not None

    def hold(self, hold_id: str) -> HoldRecord | None:
        return self._hold(hold_id)

    def decisions(self, account_id: str) -> list[HoldDecision]:
        """Every decision recorded for `account_id`, in `as_of` order."""
        rows = self._db.execute(
            "SELECT body FROM decisions WHERE account_id = ? ORDER BY as_of_utc, decision_id",
            (account_id,),
        ).fetchall()
        return [HoldDecision.model_validate_json(body) for (body,) in rows]

    def accounts(self) -> list[str]:
        rows = self._db.execute(
            "SELECT account_id FROM holds UNION SELECT account_id FROM decisions ORDER BY 1"
        ).fetchall()
        return [account_id for (account_id,) in rows]

    # --- inside a transaction -----------------------------------------------------

    def _insert_decision(self, decision: HoldDecision) -> bool:
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO decisions "
            "(decision_id, account_id, as_of_utc, action, policy_version, body) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (decision.decision_id, decision.account_id, _utc(decision.as_of),
             decision.action.value, decision.policy_version, decision.model_dump_json()),
        )
        return cursor.rowcount == 1

    def _insert_hold(self, hold: HoldRecord) -> HoldRecord:
        known = self._hold(hold.id)
        if known is not None:
            if known.model_copy(update={"resumed_at": None}) != hold.model_copy(
                update={"resumed_at": None}
            ):
                raise LedgerError(f"a different hold with id {hold.id!r} is already recorded")
            return known
        if hold.decision_id is not None:
            earlier = self._hold_for_decision(hold.decision_id)
            if earlier is not None:
                raise LedgerError(f"decision {hold.decision_id} already placed hold {earlier.id}")
        self._db.execute(
            "INSERT INTO holds (id, account_id, placed_at_utc, resumed_at_utc, decision_id, body) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (hold.id, hold.account_id, _utc(hold.placed_at),
             _utc(hold.resumed_at) if hold.resumed_at else None,
             hold.decision_id, hold.model_dump_json()),
        )
        return hold

    def _hold(self, hold_id: str) -> HoldRecord | None:
        row = self._db.execute("SELECT body FROM holds WHERE id = ?", (hold_id,)).fetchone()
        return None if row is None else HoldRecord.model_validate_json(row[0])

    def _hold_for_decision(self, decision_id: str) -> HoldRecord | None:
        row = self._db.execute(
            "SELECT body FROM holds WHERE decision_id = ?", (decision_id,)
        ).fetchone()
        return None if row is None else HoldRecord.model_validate_json(row[0])

    def _history(self, account_id: str) -> list[HoldRecord]:
        rows = self._db.execute(
            "SELECT body FROM holds WHERE account_id = ? ORDER BY placed_at_utc, id",
            (account_id,),
        ).fetchall()
        return [HoldRecord.model_validate_json(body) for (body,) in rows]
