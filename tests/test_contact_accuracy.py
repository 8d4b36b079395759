"""Precision and recall of contact detection on the labelled set, per difficulty.

`pytest -s tests/test_contact_accuracy.py` prints the report table. Targets (issue #3):
recall >= 0.98 on plain and >= 0.90 on obfuscated contact information, and at most one
false positive per 300 clean marketplace messages.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from holdrules.detectors.contact_scan import scan_contacts

CASES_FILE = Path(__file__).parent / "data" / "contact_cases.jsonl"


@dataclass
class Tally:
    cases: int = 0
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    texts_with_false_pos: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        total = self.true_pos + self.false_neg
        return self.true_pos / total if total else None

    @property
    def precision(self) -> float | None:
        total = self.true_pos + self.false_pos
        return self.true_pos / total if total else None


def _load() -> list[dict[str, object]]:
    with CASES_FILE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _evaluate(rows: list[dict[str, object]]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for row in rows:
        text = str(row["text"])
        country = row["country"]
        expected = set(row["expected"])  # type: ignore[call-overload]
        found = {m.kind.value for m in scan_contacts(text, region=country)}  # type: ignore[arg-type]
        for key in (str(row["difficulty"]), f"{row.get('split', 'dev')}:{row['difficulty']}"):
            tally = tallies[key]
            tally.cases += 1
            tally.true_pos += len(found & expected)
            tally.false_pos += len(found - expected)
            tally.false_neg += len(expected - found)
            if found - expected:
                tally.texts_with_false_pos += 1
            if found != expected:
                tally.misses.append(f"{text!r}: expected {sorted(expected)}, got {sorted(found)}")
    return tallies


def _fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def _report(tallies: dict[str, Tally]) -> str:
    lines = [
        f"{'difficulty':<26}{'cases':>6}{'TP':>5}{'FP':>5}{'FN':>5}"
        f"{'recall':>8}{'precision':>11}{'texts w/ FP':>13}"
    ]
    for key in sorted(tallies):
        t = tallies[key]
        lines.append(
            f"{key:<26}{t.cases:>6}{t.true_pos:>5}{t.false_pos:>5}{t.false_neg:>5}"
            f"{_fmt(t.recall):>8}{_fmt(t.precision):>11}{t.texts_with_false_pos:>13}"
        )
    return "\n".join(lines)


@pytest.fixture(scope="module")
def tallies() -> dict[str, Tally]:
    result = _evaluate(_load())
    print("\n" + _report(result))
    for key in sorted(result):
        for miss in result[key].misses:
            if ":" in key:
                print(f"  [{key}] {miss}")
    return result


def test_labelled_set_is_large_and_varied() -> None:
    rows = _load()
    assert len(rows) >= 400
    by_difficulty = defaultdict(int)
    for row in rows:
        by_difficulty[row["difficulty"]] += 1
    assert by_difficulty["clean"] >= 300
    assert by_difficulty["plain"] >= 50
    assert by_difficulty["obfuscated"] >= 50
    assert by_difficulty["hard_negative"] >= 40
    countries = {row["country"] for row in rows if "phone" in row["expected"]}  # type: ignore[operator]
    assert len(countries) >= 9


def test_recall_on_plain_contact_info(tallies: dict[str, Tally]) -> None:
    recall = tallies["plain"].recall
    assert recall is not None
    assert recall >= 0.98, tallies["plain"].misses


def test_recall_on_obfuscated_contact_info(tallies: dict[str, Tally]) -> None:
    recall = tallies["obfuscated"].recall
    assert recall is not None
    assert recall >= 0.90, tallies["obfuscated"].misses


def test_false_positives_on_clean_messages(tallies: dict[str, Tally]) -> None:
    clean = tallies["clean"]
    assert clean.texts_with_false_pos * 300 <= clean.cases, clean.misses


def test_hard_negatives_mostly_pass(tallies: dict[str, Tally]) -> None:
    hard = tallies["hard_negative"]
    assert hard.texts_with_false_pos <= hard.cases * 0.05, hard.misses
