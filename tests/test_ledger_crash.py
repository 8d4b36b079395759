"""A writer killed with SIGKILL loses nothing it acknowledged.

The writer process places holds (and resumes every third) and prints an
acknowledgement after each call returns. We kill it at an arbitrary moment, mid-write
more often than not, restart it once (placing again must be a no-op), kill it again,
and then check that every acknowledged change is in the file and the file is intact.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from holdrules.ledger import HoldLedger

WRITER = """
import sys
from datetime import UTC, datetime, timedelta
from holdrules.ledger import HoldLedger
from holdrules.records import HoldKind, HoldRecord

base = datetime(2026, 1, 1, tzinfo=UTC)
with HoldLedger(sys.argv[1]) as ledger:
    i = 0
    while True:
        hold = HoldRecord(id=f"h{i}", account_id=f"acct-{i % 7}", kind=HoldKind.PAYMENT,
                          placed_at=base + timedelta(minutes=i),
                          violations=("off_platform_payment",))
        ledger.place(hold)
        print(f"placed h{i}", flush=True)
        if i % 3 == 0:
            ledger.resume(f"h{i}", base + timedelta(minutes=i, seconds=30))
            print(f"resumed h{i}", flush=True)
        i += 1
"""
BASE = datetime(2026, 1, 1, tzinfo=UTC)


def _run_and_kill(path: Path, acknowledgements: int) -> list[str]:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    lines: list[str] = []
    while len(lines) < acknowledgements:
        line = writer.stdout.readline()
        if not line:
            pytest.fail(f"writer stopped early with code {writer.wait()}")
        lines.append(line)
    writer.send_signal(signal.SIGKILL)
    rest, _ = writer.communicate(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    # Lines the writer printed before the kill were acknowledged too, even if unread.
    lines.extend(line for line in rest.splitlines(keepends=True))
    return [line.strip() for line in lines if line.endswith("\n")]


def test_every_acknowledged_write_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "holds.db"
    acked = _run_and_kill(path, 25) + _run_and_kill(path, 60)
    placed = {line.split()[1] for line in acked if line.startswith("placed")}
    resumed = {line.split()[1] for line in acked if line.startswith("resumed")}
    assert len(placed) >= 40

    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    with HoldLedger(path) as ledger:
        holds = {h.id: h for account in ledger.accounts() for h in ledger.history(account)}
    assert placed <= set(holds)
    for hold_id in resumed:
        index = int(hold_id[1:])
        assert holds[hold_id].resumed_at == BASE + timedelta(minutes=index, seconds=30)
    # Nothing half-written: every stored hold is complete and well-formed.
    for hold_id, hold in holds.items():
        assert hold.placed_at == BASE + timedelta(minutes=int(hold_id[1:]))
