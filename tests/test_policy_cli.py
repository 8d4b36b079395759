"""`holdrules evaluate` with decisions: --policy, --as-of, --explain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from holdrules.cli import EXIT_OK, EXIT_USAGE, main
from holdrules.engine import Engine
from tests.test_policy_factories import POLICIES
from tests.toy_detectors import ShoutDetector

SHOUTER = {
    "account": {"id": "f1", "kind": "freelancer", "created_at": "2025-01-01T00:00:00Z"},
    "messages": [{"id": "m1", "sender_id": "f1", "recipient_id": "c1",
                  "sent_at": "2025-02-01T10:00:00+02:00", "text": "this is FORBIDDEN"}],
}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(SHOUTER) + "\n")
    return path


@pytest.fixture
def engine() -> Engine:
    return Engine([ShoutDetector()])


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    (line,) = capsys.readouterr().out.splitlines()
    parsed: dict[str, object] = json.loads(line)
    return parsed


def test_table_shows_decision_and_top_rated(data: Path, engine: Engine,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(data)], engine=engine) == EXIT_OK
    out = capsys.readouterr().out
    header, _, row = out.splitlines()[:3]
    assert header.split() == ["account", "findings", "codes", "decision", "top", "rated"]
    assert row.split()[:4] == ["f1", "1", "SPM900", "warn"]
    assert "inactive" in row


def test_policy_file_changes_the_decision(data: Path, engine: Engine,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    args = ["evaluate", "--format", "json", "--policy", str(POLICIES / "spam_strict.toml")]
    assert main([*args, str(data)], engine=engine) == EXIT_OK
    report = _json(capsys)
    decision = report["decision"]
    assert isinstance(decision, dict)
    assert decision["action"] == "hold"
    assert decision["policy_version"] == "2026-12-02-spam-strict"
    assert isinstance(report["top_rated"], dict)


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("latest", "2025-02-01T10:00:00+02:00"),
        ("2025-02-03", "2025-02-03T23:59:59.999999Z"),
        ("2025-02-03T09:30:00+01:00", "2025-02-03T08:30:00Z"),
    ],
)
def test_as_of_forms(data: Path, engine: Engine, capsys: pytest.CaptureFixture[str],
                     as_of: str, expected: str) -> None:
    args = ["evaluate", "--format", "json", "--as-of", as_of, str(data)]
    assert main(args, engine=engine) == EXIT_OK
    decision = _json(capsys)["decision"]
    assert isinstance(decision, dict)
    assert decision["as_of"] == expected


def test_as_of_today_reads_the_clock_once_and_still_decides(
    data: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", "--format", "json", "--as-of", "today", str(data)],
                engine=engine) == EXIT_OK
    decision = _json(capsys)["decision"]
    assert isinstance(decision, dict)
    assert decision["action"] == "none"  # the 2025 message has left every window


@pytest.mark.parametrize(
    ("as_of", "message"),
    [("yesterday", "expected latest, today"), ("2025-02-03T09:30:00", "needs a time zone")],
)
def test_bad_as_of_is_a_usage_error(data: Path, engine: Engine,
                                    capsys: pytest.CaptureFixture[str],
                                    as_of: str, message: str) -> None:
    assert main(["evaluate", "--as-of", as_of, str(data)], engine=engine) == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_bad_policy_is_a_usage_error_naming_the_key(data: Path, engine: Engine,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    bad = str(POLICIES / "bad_typo.toml")
    assert main(["evaluate", "--policy", bad, str(data)], engine=engine) == EXIT_USAGE
    assert "violations.contact_sharing.hold_att: unknown key" in capsys.readouterr().err


def test_explain_prints_reasons_and_the_notice(data: Path, engine: Engine,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--explain", str(data)], engine=engine) == EXIT_OK
    out = capsys.readouterr().out
    assert "== f1: warn" in out
    assert "reason: spam_harassment: 1 occasion(s) within 30 days ≥ warn_at 1 → warn" in out
    assert "This is a warning about activity on your account." in out
    assert "top rated: unmet" in out
