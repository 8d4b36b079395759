"""The contact detector builds its findings without re-validating them: the result must
equal, field for field and byte for byte, what the validated constructors give."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from benchmarks.corpus import generate
from holdrules.detectors.base import Surface, TextItem
from holdrules.detectors.contact import (
    ContactSharingDetector,
    _contact_finding,
    _text_evidence,
)
from holdrules.detectors.contact_rules import RULES
from holdrules.detectors.contact_scan import ContactKind, ContactMatch
from holdrules.engine import Engine
from holdrules.findings import Finding, TextEvidence
from holdrules.records import RecordKind

CASES_FILE = Path(__file__).parent / "data" / "contact_cases.jsonl"


def _texts() -> list[tuple[str, str, str | None]]:
    cases = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines()]
    texts = [(c["text"], c["surface"], c["country"]) for c in cases]
    texts += [(s.text, "message", None) for s in generate(600, seed=7)]
    return texts


def _validated(finding: Finding) -> Finding:
    evidence = tuple(
        TextEvidence(record_kind=ev.record_kind, record_id=ev.record_id, field=ev.field,
                     start=ev.start, end=ev.end, excerpt=ev.excerpt, normalized=ev.normalized)
        if isinstance(ev, TextEvidence) and ev.normalized is not None
        else ev  # CON016's evidence is built by the validated constructors already
        for ev in finding.evidence
    )
    fields = {name: getattr(finding, name) for name in Finding.model_fields}
    return Finding(**{**fields, "evidence": evidence})


def test_findings_equal_the_validated_ones() -> None:
    engine = Engine([ContactSharingDetector()])
    seen = 0
    for text, surface, country in _texts():
        for finding in engine.scan_text(text, surface=surface, country=country):  # type: ignore[arg-type]
            seen += 1
            validated = _validated(finding)
            assert finding == validated
            assert finding.model_dump_json() == validated.model_dump_json()
            assert finding.model_fields_set == validated.model_fields_set
            assert hash(finding) == hash(validated)
            for ev, ev_validated in zip(finding.evidence, validated.evidence, strict=True):
                assert ev.model_fields_set == ev_validated.model_fields_set
                assert ev.__dict__ == ev_validated.__dict__
                assert list(ev.__dict__) == list(ev_validated.__dict__)
                if isinstance(ev, TextEvidence) and finding.code != "CON016":
                    assert 0 <= ev.start <= ev.end <= len(text)
                    assert ev.excerpt == text[ev.start:ev.end]
            assert list(finding.__dict__) == list(validated.__dict__)
            with pytest.raises(ValidationError):
                finding.code = "CON999"  # type: ignore[misc]
    assert seen > 100


def _item() -> TextItem:
    return TextItem(Surface.MESSAGE, RecordKind.MESSAGE, "m1", "text", "mail a@b.co",
                    True, "me", "you", datetime(2026, 1, 1, tzinfo=UTC), False)


def _match(start: int, end: int, excerpt: str, confidence: float = 0.9) -> ContactMatch:
    return ContactMatch(ContactKind.EMAIL, start, end, excerpt, "a@b.co", frozenset(),
                        "email", confidence)


@pytest.mark.parametrize(("start", "end", "excerpt"), [(5, 3, ""), (5, 11, "a@b"), (-1, 2, "abc")])
def test_bad_spans_are_refused_as_validation_would(start: int, end: int, excerpt: str) -> None:
    with pytest.raises(ValidationError):
        _text_evidence(_item(), _match(start, end, excerpt))


@pytest.mark.parametrize("confidence", [1.5, -0.1])
def test_bad_confidence_is_refused_as_validation_would(confidence: float) -> None:
    evidence = _text_evidence(_item(), _match(5, 11, "a@b.co"))
    with pytest.raises(ValidationError):
        _contact_finding(RULES[0], "me", evidence, "x", confidence, None, None)


def test_an_int_confidence_is_stored_as_validation_stores_it() -> None:
    evidence = _text_evidence(_item(), _match(5, 11, "a@b.co"))
    finding = _contact_finding(RULES[0], "me", evidence, "x", 1, None, None)  # type: ignore[arg-type]
    assert type(finding.confidence) is float
    assert finding == Finding.from_rule(RULES[0], account_id="me", evidence=(evidence,),
                                        explanation="x", confidence=1.0)
