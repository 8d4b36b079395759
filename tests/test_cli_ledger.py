"""`holdrules evaluate --ledger`: history read before deciding, decisions applied after.

The toy ShoutDetector under the default policy: spam_harassment warns at one occasion
and holds at three, and each earlier hold within a year adds one to the count.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest

from holdrules.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from holdrules.detectors.base import Detector
from holdrules.engine import Engine
from holdrules.findings import Finding, Rule, Violation
from holdrules.ledger import HoldLedger
from holdrules.records import AccountActivity
from tests.toy_detectors import BrokenDetector, ShoutDetector

DAY1 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
DAY2 = datetime(2026, 1, 20, 9, 0, tzinfo=UTC)


def _activity(account_id: str, start: datetime, *texts: str) -> dict[str, Any]:
    return {
        "account": {"id": account_id, "kind": "freelancer",
                    "created_at": "2025-01-01T00:00:00Z"},
        "messages": [{"id": f"{account_id}-{start:%m%d}-{i}", "sender_id": account_id,
                      "recipient_id": "c1",
                      "sent_at": (start + timedelta(minutes=5 * i)).isoformat(),
                      "text": text}
                     for i, text in enumerate(texts)],
    }


def _write(path: Path, *lines: dict[str, Any] | str) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n"
                            for x in lines))
    return path


@pytest.fixture
def engine() -> Engine:
    return Engine([ShoutDetector(), BrokenDetector()])


def _run_json(capsys: pytest.CaptureFixture[str], engine: Engine, *argv: str,
              status: int = EXIT_OK) -> list[dict[str, Any]]:
    assert main(["evaluate", "--format", "json", *argv], engine=engine) == status
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _contents(path: Path) -> dict[str, Any]:
    with HoldLedger.open_read_only(path) as ledger:
        return {account: (ledger.history(account), ledger.decisions(account))
                for account in ledger.accounts()}


def test_a_repeat_escalates_across_two_runs(tmp_path: Path, engine: Engine,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    ledger_path = tmp_path / "holds.sqlite"
    day1 = _write(tmp_path / "day1.jsonl",
                  _activity("f1", DAY1, "FORBIDDEN", "FORBIDDEN again", "so FORBIDDEN"))
    (first,) = _run_json(capsys, engine, "--ledger", str(ledger_path), str(day1))
    assert first["decision"]["action"] == "hold"
    assert first["ledger"]["history"] == []
    assert first["ledger"]["written"] == "new"
    placed = first["ledger"]["hold"]
    assert placed["decision_id"] == first["decision"]["decision_id"]
    # Trust & Safety lifts the hold; the next day's export has two new shouts only.
    with HoldLedger(ledger_path) as ledger:
        ledger.resume(placed["id"], DAY1 + timedelta(days=2))
    day2 = _write(tmp_path / "day2.jsonl", _activity("f1", DAY2, "FORBIDDEN", "FORBIDDEN!"))
    # Without the ledger two occasions only warn ...
    (alone,) = _run_json(capsys, engine, str(day2))
    assert alone["decision"]["action"] == "warn"
    assert "ledger" not in alone
    # ... with it, the earlier hold counts too: 2 + 1 reaches hold_at 3.
    (second,) = _run_json(capsys, engine, "--ledger", str(ledger_path), str(day2))
    assert second["decision"]["action"] == "hold"
    assert any("1 earlier hold(s)" in r["detail"] for r in second["decision"]["reasons"])
    (used,) = second["ledger"]["history"]
    assert used["id"] == placed["id"]
    assert used["resumed_at"] == "2026-01-07T09:00:00Z"
    assert second["ledger"]["hold"]["id"] != placed["id"]
    with HoldLedger(ledger_path) as ledger:
        assert [h.id for h in ledger.history("f1")] == [placed["id"],
                                                        second["ledger"]["hold"]["id"]]


@pytest.mark.parametrize("as_of", [[], ["--as-of", "2026-01-06"]])
def test_a_rerun_on_the_same_data_changes_nothing(
        tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str],
        as_of: list[str]) -> None:
    ledger_path = tmp_path / "holds.sqlite"
    data = _write(tmp_path / "in.jsonl",
                  _activity("f1", DAY1, "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"),
                  _activity("f2", DAY1, "FORBIDDEN"),
                  _activity("f3", DAY1, "all fine"))
    argv = ["--ledger", str(ledger_path), *as_of, str(data)]
    first = _run_json(capsys, engine, *argv)
    after_first = _contents(ledger_path)
    second = _run_json(capsys, engine, *argv)
    assert _contents(ledger_path) == after_first
    assert len(after_first["f1"][0]) == 1  # one hold, however often the job runs
    assert [r["ledger"]["written"] for r in first] == ["new"] * 3
    assert [r["ledger"]["written"] for r in second] == ["already_recorded"] * 3
    # The same decisions, the same history and the same hold, reported the same way.
    for before, again in zip(first, second, strict=True):
        assert {**before, "ledger": None} == {**again, "ledger": None}
        assert before["ledger"]["history"] == again["ledger"]["history"]
        assert before["ledger"]["hold"] == again["ledger"]["hold"]
    assert main(["evaluate", *argv], engine=engine) == EXIT_OK
    assert ("ledger " + str(ledger_path) + ": 3 decisions applied (0 new), 0 holds placed"
            in capsys.readouterr().out)


def test_dry_run_reads_history_and_writes_nothing(
        tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    ledger_path = tmp_path / "holds.sqlite"
    day1 = _write(tmp_path / "day1.jsonl",
                  _activity("f1", DAY1, "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"))
    _run_json(capsys, engine, "--ledger", str(ledger_path), str(day1))
    before_bytes = ledger_path.read_bytes()
    before = _contents(ledger_path)
    day2 = _write(tmp_path / "day2.jsonl", _activity("f1", DAY2, "FORBIDDEN", "FORBIDDEN"))
    (report,) = _run_json(capsys, engine, "--ledger", str(ledger_path), "--dry-run", str(day2))
    assert report["decision"]["action"] == "hold"  # the history was read (2 + 1 ≥ 3)
    assert len(report["ledger"]["history"]) == 1
    assert report["ledger"]["written"] == "dry_run"
    assert report["ledger"]["hold"] is None
    assert ledger_path.read_bytes() == before_bytes
    assert _contents(ledger_path) == before
    assert main(["evaluate", "--ledger", str(ledger_path), "--dry-run", str(day2)],
                engine=engine) == EXIT_OK
    assert "dry run, history read for 1 accounts, nothing written" in capsys.readouterr().out


def test_dry_run_on_a_missing_ledger_creates_nothing(
        tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    ledger_path = tmp_path / "new.sqlite"
    data = _write(tmp_path / "in.jsonl", _activity("f1", DAY1, "FORBIDDEN"))
    (report,) = _run_json(capsys, engine, "--ledger", str(ledger_path), "--dry-run", str(data))
    assert report["ledger"]["history"] == []
    assert list(tmp_path.iterdir()) == [data]


def test_dry_run_without_a_ledger_is_a_usage_error(
        tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    data = _write(tmp_path / "in.jsonl", _activity("f1", DAY1, "FORBIDDEN"))
    assert main(["evaluate", "--dry-run", str(data)], engine=engine) == EXIT_USAGE
    assert "holdrules: --dry-run needs --ledger" in capsys.readouterr().err


def test_rejected_lines_write_nothing_and_the_rest_is_applied(
        tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    ledger_path = tmp_path / "holds.sqlite"
    naive = _activity("f2", DAY1, "FORBIDDEN")
    naive["messages"][0]["sent_at"] = "2026-01-05T09:00:00"  # no time zone: rejected
    data = _write(tmp_path / "in.jsonl",
                  _activity("f1", DAY1, "FORBIDDEN"),
                  "{not json",
                  naive,
                  _activity("boom", DAY1, "FORBIDDEN"),  # a detector fails on it
                  _activity("f3", DAY1, "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"))
    assert main(["evaluate", "--format", "json", "--ledger", str(ledger_path), str(data)],
                engine=engine) == EXIT_REJECTED
    out, err = capsys.readouterr()
    assert [json.loads(line)["account_id"] for line in out.splitlines()] == ["f1", "f3"]
    assert "in.jsonl:2: invalid JSON" in err
    assert "in.jsonl:3: field messages[0].sent_at" in err
    with HoldLedger(ledger_path) as ledger:
        assert ledger.accounts() == ["f1", "f3"]
        assert len(ledger.history("f3")) == 1


def test_a_crash_mid_batch_leaves_whole_accounts_and_a_rerun_finishes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    class Crash(Detector):
        """Stops the process (a BaseException, not a detector bug) on account 'crash'."""

        violation: ClassVar[Violation] = Violation.SPAM_HARASSMENT
        rules: ClassVar[tuple[Rule, ...]] = ()

        def detect(self, activity: AccountActivity) -> list[Finding]:
            if activity.account_id == "crash":
                raise KeyboardInterrupt
            return []

    lines = [_activity(f"f{i}", DAY1, *["FORBIDDEN"] * (i % 4)) for i in range(6)]
    data = _write(tmp_path / "in.jsonl", *lines[:3], _activity("crash", DAY1, "x"), *lines[3:])
    crashed = tmp_path / "crashed.sqlite"
    with pytest.raises(KeyboardInterrupt):
        main(["evaluate", "--ledger", str(crashed), str(data)],
             engine=Engine([ShoutDetector(), Crash()]))
    with HoldLedger(crashed) as ledger:
        assert ledger.accounts() == ["f0", "f1", "f2"]
        assert all(len(ledger.decisions(a)) == 1 for a in ledger.accounts())
    # The retried job (the bug fixed) finishes the batch as one clean run would have.
    clean = tmp_path / "clean.sqlite"
    retry = Engine([ShoutDetector()])
    assert main(["evaluate", "--ledger", str(crashed), str(data)], engine=retry) == EXIT_OK
    assert main(["evaluate", "--ledger", str(clean), str(data)], engine=retry) == EXIT_OK
    capsys.readouterr()
    assert _contents(crashed) == _contents(clean)
    assert len(_contents(clean)["f3"][0]) == 1


def test_a_ledger_in_a_missing_folder_is_a_usage_error(
        tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    data = _write(tmp_path / "in.jsonl", _activity("f1", DAY1, "FORBIDDEN"))
    missing = tmp_path / "no-such-dir" / "holds.sqlite"
    assert main(["evaluate", "--ledger", str(missing), str(data)], engine=engine) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.err == (f"holdrules: --ledger {missing}: folder {missing.parent} does not "
                            "exist (the ledger file is created on first use, its folder is "
                            "not)\n")
    assert captured.out == ""
    assert not missing.parent.exists()


def test_a_file_that_is_not_a_ledger_is_a_usage_error(
        tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    data = _write(tmp_path / "in.jsonl", _activity("f1", DAY1, "FORBIDDEN"))
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database, just notes\n" * 100)
    for extra in ([], ["--dry-run"]):
        assert main(["evaluate", "--ledger", str(bogus), *extra, str(data)],
                    engine=engine) == EXIT_USAGE
        err = capsys.readouterr().err
        assert err.startswith(f"holdrules: --ledger {bogus}: cannot open: ")
        assert "Traceback" not in err
    assert bogus.read_text() == "not a database, just notes\n" * 100


def test_table_output_ends_with_what_the_ledger_did(
        tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    ledger_path = tmp_path / "holds.sqlite"
    data = _write(tmp_path / "in.jsonl",
                  _activity("f1", DAY1, "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"),
                  _activity("f2", DAY1, "fine"))
    assert main(["evaluate", "--ledger", str(ledger_path), str(data)], engine=engine) == EXIT_OK
    out = capsys.readouterr().out
    assert out.endswith("2 accounts evaluated, 3 findings, 0 lines rejected\n"
                        f"ledger {ledger_path}: 2 decisions applied (2 new), 1 holds placed\n")
    assert "hold (policy_violation)" in out


def test_a_ledger_locked_by_another_writer_stops_the_run_with_status_2(
        tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    ledger_path = tmp_path / "holds.sqlite"
    data = _write(tmp_path / "in.jsonl", _activity("f1", DAY1, "FORBIDDEN"))

    def broken(self: HoldLedger, decision: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(HoldLedger, "apply", broken)
    assert main(["evaluate", "--ledger", str(ledger_path), str(data)],
                engine=engine) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "cannot apply the decision for" in err
    assert "database is locked" in err
    assert "running again finishes the rest" in err
