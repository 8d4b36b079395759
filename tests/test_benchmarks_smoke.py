"""Smoke test of the benchmark harness: a tiny run must produce well-formed figures.

No timing assertions: speed is what `python -m benchmarks.run` reports, not something a
test on a shared machine can judge. These tests only check that every section is
present, that figures are positive numbers or an explained skip, and that the corpus
generator is deterministic and labelled.
"""

from __future__ import annotations

import importlib.util
import json
import math
import statistics
from typing import Any

import pytest

from benchmarks import run as bench
from benchmarks.corpus import Label, adversarial_inputs, describe, generate, stratified_subset

TINY = ["--quick", "--messages", "60", "--repeats", "1", "--worst-size", "2048"]


def _positive(value: object) -> bool:
    return isinstance(value, float | int) and math.isfinite(value) and value > 0


def _check_shares(part: dict[str, Any]) -> None:
    if "status" in part:  # an explained skip
        assert part["status"] == "skipped"
        assert part["note"]
        return
    assert set(part) == {label.value for label in Label}
    for figures in part.values():
        share = figures["flagged_share"]
        assert share is None or 0.0 <= share <= 1.0


@pytest.fixture(scope="module")
def tiny_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    assert bench.main([*TINY, "--json", str(out)]) == 0
    loaded: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return loaded


def test_meta_describes_the_run(tiny_results: dict[str, Any]) -> None:
    meta = tiny_results["meta"]
    assert meta["corpus"]["messages"] == 60
    assert sum(meta["corpus"]["labels"].values()) == 60
    assert meta["settings"]["quick"] is True
    assert meta["network_attempts"] == []


def test_throughput_rows_are_ratios_or_explained_skips(tiny_results: dict[str, Any]) -> None:
    rows = tiny_results["throughput"]
    baseline = rows[0]
    assert baseline["name"].startswith("re:")
    assert baseline["status"] == "ok"
    assert baseline["ratio_vs_re"] is None
    assert _positive(baseline["seconds"])
    assert len(rows) >= 3
    for row in rows[1:]:
        assert row["status"] in {"ok", "skipped"}, (row["name"], row["note"])
        if row["status"] == "ok":
            assert row["messages"] == 60
            for key in ("seconds", "us_per_message", "messages_per_s", "ratio_vs_re"):
                assert _positive(row[key]), (row["name"], key)
        else:
            assert row["note"], row["name"]


def test_cost_by_group_covers_every_label(tiny_results: dict[str, Any]) -> None:
    section = tiny_results["by_group"]
    assert section.get("status") != "error", section.get("note")
    assert set(section["groups"]) <= {label.value for label in Label} | {bench.FAST_PATH_GROUP}
    assert sum(section["groups"][label.value] for label in Label
               if label.value in section["groups"]) == 60
    for figures in section["detectors"].values():
        assert figures["timed"]
        for group in section["groups"]:
            assert _positive(figures["by_group"][group]["ratio_vs_re"]), group


def test_accuracy_shares_are_fractions(tiny_results: dict[str, Any]) -> None:
    accuracy = tiny_results["accuracy"]
    if accuracy["status"] != "ok":
        assert accuracy["note"]
        return
    _check_shares(accuracy["CON"])
    _check_shares(accuracy["PAY"])


def test_worst_case_reports_growth_for_every_input(tiny_results: dict[str, Any]) -> None:
    worst = tiny_results["worst_case"]
    assert worst["status"] == "ok"
    assert worst["targets"]
    for target in worst["targets"]:
        if target["status"] != "ok":
            assert target["status"] == "skipped"
            assert target["note"]
            continue
        assert {case["input"] for case in target["cases"]} == set(adversarial_inputs(8))
        for case in target["cases"]:
            assert case["4n_chars"] == 4 * case["n_chars"]
            assert _positive(case["seconds_n"])
            assert _positive(case["growth_4n_over_n"])


def test_budgets_are_reported_not_enforced(tiny_results: dict[str, Any]) -> None:
    for budget in tiny_results["budgets"]:
        assert budget["budget"]
        assert budget["figure"]
        assert isinstance(budget["met"], bool)


def test_presidio_was_not_run_without_the_flag(tiny_results: dict[str, Any]) -> None:
    assert tiny_results["presidio"] is None


def test_table_renders_every_section(tiny_results: dict[str, Any]) -> None:
    table = bench.render(tiny_results)
    for heading in ("throughput", "re: one plain pass", "flagged share", "worst case",
                    "network: blocked"):
        assert heading in table


@pytest.mark.skipif(
    importlib.util.find_spec("presidio_analyzer") is None
    or importlib.util.find_spec(bench.PRESIDIO_MODEL) is None,
    reason="Presidio side by side needs the bench extra: pip install -e '.[bench]'",
)
def test_presidio_side_by_side_runs_offline() -> None:
    settings = bench.Settings.quick_settings(repeats=1, presidio=True, presidio_per_label=3)
    corpus = generate(120, seed=settings.seed)
    with bench.network_blocked() as guard:
        section = bench.presidio_section(bench.Ours.load(), corpus, settings)
    assert guard.attempts == []
    assert section["status"] == "ok", section.get("note")
    assert section["subset"]["messages"] == 3 * len(Label)
    assert _positive(section["presidio"]["ratio_vs_re"])
    assert _positive(section["presidio"]["ratio_vs_re_corpus_mix"])
    _check_shares(section["accuracy"]["presidio"])
    for figures in section["ours"].values():
        assert _positive(figures["presidio_time_over_ours"])


def test_corpus_is_deterministic_and_labelled() -> None:
    first = generate(400, seed=7)
    assert first == generate(400, seed=7)
    assert first != generate(400, seed=8)
    assert {s.label for s in first} == set(Label)
    assert all(s.text and s.kind for s in first)
    summary = describe(first)
    assert summary["messages"] == 400
    assert 70 <= statistics.median(len(s.text) for s in first) <= 110


def test_stratified_subset_caps_each_label() -> None:
    corpus = generate(300, seed=3)
    subset = stratified_subset(corpus, 5)
    assert len(subset) == 5 * len(Label)
    assert all(subset.count(s) <= corpus.count(s) for s in subset)


def test_adversarial_inputs_have_the_requested_size() -> None:
    for name, text in adversarial_inputs(1000).items():
        assert len(text) == 1000, name


def test_hotspots_prints_a_profile_or_a_skip() -> None:
    from benchmarks.hotspots import profile_detector

    texts = [s.text for s in generate(20, seed=5)]
    report = profile_detector("contact", texts, top=3)
    assert "function calls" in report or "skipped" in report
