"""The holdrules command on good and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from holdrules.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from holdrules.engine import Engine
from tests.toy_detectors import BrokenDetector, ShoutDetector

GOOD = {
    "account": {"id": "f1", "kind": "freelancer", "created_at": "2025-01-01T00:00:00Z"},
    "messages": [{"id": "m1", "sender_id": "f1", "recipient_id": "c1",
                  "sent_at": "2025-02-01T10:00:00+02:00", "text": "this is FORBIDDEN"}],
}


def _line(obj: object) -> str:
    return json.dumps(obj) + "\n"


@pytest.fixture
def engine() -> Engine:
    return Engine([ShoutDetector(), BrokenDetector()])


def test_evaluate_json_output(tmp_path: Path, engine: Engine,
                              capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text(_line(GOOD))
    assert main(["evaluate", "--format", "json", str(data)], engine=engine) == EXIT_OK
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert out[0]["account_id"] == "f1"
    (finding,) = out[0]["findings"]
    assert finding["code"] == "SPM900"
    assert finding["evidence"][0] == {
        "kind": "text", "record_kind": "message", "record_id": "m1", "field": "text",
        "start": 8, "end": 17, "excerpt": "FORBIDDEN", "normalized": None}
    assert len(finding["fingerprint"]) == 20


def test_bad_lines_are_named_and_the_rest_is_evaluated(
        tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    naive = json.loads(json.dumps(GOOD))
    naive["account"]["id"] = "f2"
    naive["messages"][0]["sent_at"] = "2025-02-01T10:00:00"
    last = json.loads(json.dumps(GOOD))
    last["account"]["id"] = "f3"
    data = tmp_path / "in.jsonl"
    data.write_text(_line(GOOD) + "{not json\n" + "\n" + _line(naive) + "[1, 2]\n"
                    + _line(last))
    assert main(["evaluate", "--format", "json", str(data)], engine=engine) == EXIT_REJECTED
    captured = capsys.readouterr()
    assert [json.loads(x)["account_id"] for x in captured.out.splitlines()] == ["f1", "f3"]
    assert f"{data}:2: invalid JSON at column 2" in captured.err
    assert f"{data}:4: field messages[0].sent_at: Value error, datetime must include a time " \
           "zone" in captured.err
    assert f"{data}:5: expected a JSON object, got list" in captured.err
    assert "Traceback" not in captured.err


def test_invalid_utf8_line_is_rejected_alone(tmp_path: Path, engine: Engine,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "in.jsonl"
    data.write_bytes(b'{"x": "\xff"}\n' + _line(GOOD).encode())
    assert main(["evaluate", "--format", "json", str(data)], engine=engine) == EXIT_REJECTED
    captured = capsys.readouterr()
    assert f"{data}:1: not UTF-8 text" in captured.err
    assert json.loads(captured.out)["account_id"] == "f1"


def test_detector_bug_on_one_account_does_not_stop_the_batch(
        tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    boom = json.loads(json.dumps(GOOD))
    boom["account"]["id"] = "boom"
    data = tmp_path / "in.jsonl"
    data.write_text(_line(boom) + _line(GOOD))
    assert main(["evaluate", "--format", "json", str(data)], engine=engine) == EXIT_REJECTED
    captured = capsys.readouterr()
    assert "in.jsonl:1: account boom: internal error (RuntimeError: detector bug)" in captured.err
    assert json.loads(captured.out)["account_id"] == "f1"


def test_folder_input_and_table_output(tmp_path: Path, engine: Engine,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "b.jsonl").write_text(_line(GOOD))
    other = json.loads(json.dumps(GOOD))
    other["account"]["id"] = "a0"
    other["messages"][0]["text"] = "fine"
    (tmp_path / "a.jsonl").write_text(_line(other))
    (tmp_path / "notes.txt").write_text("ignored")
    assert main(["evaluate", str(tmp_path)], engine=engine) == EXIT_OK
    out = capsys.readouterr().out
    assert out.index("a0") < out.index("f1")
    assert "SPM900" in out
    assert "2 accounts evaluated, 1 findings, 0 lines rejected" in out


def test_missing_path_is_a_usage_error(engine: Engine,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "/no/such/path.jsonl"], engine=engine) == EXIT_USAGE
    assert "holdrules: /no/such/path.jsonl: no such file or folder" in capsys.readouterr().err


def test_output_file_appears_complete_or_not_at_all(tmp_path: Path, engine: Engine) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text(_line(GOOD))
    target = tmp_path / "out.jsonl"
    assert main(["evaluate", "--format", "json", "-o", str(target), str(data)],
                engine=engine) == EXIT_OK
    assert json.loads(target.read_text())["account_id"] == "f1"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_rules_and_schema(engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "json"], engine=engine) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["code"] == "SPM900"
    assert main(["schema"], engine=engine) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["title"] == "AccountActivity"


def test_docs_check_reports_missing_then_passes(tmp_path: Path, engine: Engine,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "rules")
    assert main(["docs", "--check", "--out", out], engine=engine) == EXIT_REJECTED
    assert "SPM900.md: missing" in capsys.readouterr().err
    assert main(["docs", "--out", out], engine=engine) == EXIT_OK
    assert main(["docs", "--check", "--out", out], engine=engine) == EXIT_OK
