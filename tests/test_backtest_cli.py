"""`holdrules diff --policy OLD --policy NEW DATA`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from holdrules.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from holdrules.engine import Engine
from tests.test_policy_cli import SHOUTER
from tests.test_policy_factories import POLICIES
from tests.toy_detectors import ShoutDetector

DEFAULT = str(Path(__file__).parents[1] / "src" / "holdrules" / "data" / "policy.toml")
STRICT = str(POLICIES / "spam_strict.toml")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    quiet = json.loads(json.dumps(SHOUTER))
    quiet["account"]["id"] = "f2"
    quiet["messages"][0]["text"] = "all fine"
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(SHOUTER) + "\n" + json.dumps(quiet) + "\n")
    return path


@pytest.fixture
def engine() -> Engine:
    return Engine([ShoutDetector()])


def test_diff_lists_the_changed_account_and_why(data: Path, engine: Engine,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    args = ["diff", "--policy", DEFAULT, "--policy", STRICT, str(data)]
    assert main(args, engine=engine) == EXIT_OK
    out = capsys.readouterr().out
    assert "policy 2026-11-25 → 2026-12-02-spam-strict" in out
    assert "violations.spam_harassment.hold_at: 3 → 1" in out
    assert "f1 (as of 2025-02-01T10:00:00+02:00):\n  action warn → hold\n" in out
    assert "f2" not in out
    assert out.rstrip().endswith("1 of 2 accounts would change")


def test_diff_json_has_one_line_per_change(data: Path, engine: Engine,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    args = ["diff", "--format", "json", "--policy", DEFAULT, "--policy", STRICT, str(data)]
    assert main(args, engine=engine) == EXIT_OK
    (line,) = capsys.readouterr().out.splitlines()
    change = json.loads(line)
    assert change["account_id"] == "f1"
    assert (change["old"]["action"], change["new"]["action"]) == ("warn", "hold")


def test_diff_needs_two_policies(data: Path, engine: Engine,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--policy", STRICT, str(data)], engine=engine) == EXIT_USAGE
    assert "exactly two --policy files" in capsys.readouterr().err


def test_diff_reports_rejected_lines_and_compares_the_rest(
    data: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    with data.open("a") as stream:
        stream.write("{not json\n")
    args = ["diff", "--policy", DEFAULT, "--policy", STRICT, str(data)]
    assert main(args, engine=engine) == EXIT_REJECTED
    captured = capsys.readouterr()
    assert "1 of 2 accounts would change" in captured.out
    assert "in.jsonl:3" in captured.err
