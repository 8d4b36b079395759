"""Meta tests: rule codes, docs pages and the code cannot drift apart."""

from __future__ import annotations

import re
from pathlib import Path

from holdrules.docs import REQUIRED_SECTIONS, check_pages, render_rule_page
from holdrules.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "rules"


def test_committed_rule_pages_are_current() -> None:
    detectors = [type(d) for d in Engine.default().detectors]
    assert check_pages(detectors, DOCS) == [], "run `holdrules docs` and commit docs/rules"


def test_every_page_has_every_section_filled() -> None:
    for detector in Engine.default().detectors:
        for rule in detector.rules:
            page = render_rule_page(rule, type(detector))
            for section in REQUIRED_SECTIONS:
                assert section in page, (rule.code, section)
            for field in (rule.summary, rule.why, rule.example, rule.allowed):
                assert field.strip(), rule.code


def test_options_named_in_docs_exist() -> None:
    for detector in Engine.default().detectors:
        page_options = set()
        for rule in detector.rules:
            page = render_rule_page(rule, type(detector))
            page_options |= set(re.findall(r"^\| `(\w+)` \|", page, flags=re.MULTILINE))
        assert page_options == set(detector.config_model.model_fields)


def test_rule_names_are_unique() -> None:
    names = [r.name for r in Engine.default().rules]
    assert len(names) == len(set(names))
