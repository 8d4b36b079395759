# ruff: noqa: RUF001  (look-alike characters are test input)
"""Hypothesis properties of the contact scanner, the detector and `redact`."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from holdrules.detectors.base import Surface
from holdrules.detectors.contact import ContactSharingDetector
from holdrules.detectors.contact_scan import scan_contacts
from holdrules.findings import TextEvidence
from holdrules.redact import DEFAULT_MASK, contact_spans, redact
from tests.contact_helpers import activity_with

# Pieces that build contact-like text, obfuscated text and near misses.
_PIECES = st.sampled_from([
    "ana", "k85", "@", ".", " ", "-", "(", ")", "[at]", " at ", " dot ", "(dot)", "gmail",
    "com", "co.uk", "+44", "7911", "123456", "917", "555", "0123", "nine", "one", "double",
    "skype:", "telegram", "wa.me/", "linkedin.com/in/", "www.", "https://", "example.com",
    "\u200b", "\u202e", "а", "о", "ｊ", "𝟗", "٣", "точка", "собака", "$", "#", "v1.2.3",
    "2024-01-15", ",", "\n", "j o h n", "5 5 5",
])
TEXTS = st.lists(_PIECES, max_size=30).map("".join) | st.text(max_size=80)
DETECTOR = ContactSharingDetector()


@settings(max_examples=250, deadline=None)
@given(TEXTS, st.sampled_from([None, "US", "GB", "IN", "BR"]))
def test_every_span_lies_inside_the_original_and_matches_its_excerpt(
    text: str, region: str | None
) -> None:
    for match in scan_contacts(text, region=region):
        assert 0 <= match.start < match.end <= len(text)
        assert match.excerpt == text[match.start:match.end]


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.sampled_from(list(Surface)), st.booleans())
def test_detector_never_raises_and_evidence_is_exact(
    text: str, surface: Surface, contract_active: bool
) -> None:
    activity = activity_with(text or "x", surface, contract_active=contract_active)
    for finding in DETECTOR.detect(activity):
        for evidence in finding.evidence:
            assert isinstance(evidence, TextEvidence)
            assert evidence.excerpt == (text or "x")[evidence.start:evidence.end]


@settings(max_examples=250, deadline=None)
@given(TEXTS)
def test_redact_keeps_every_non_contact_region_unchanged(text: str) -> None:
    spans = contact_spans(text)
    assert all(a[1] < b[0] for a, b in pairwise(spans))
    same_length = redact(text, mask=None)
    assert len(same_length) == len(text)
    covered = {i for start, end in spans for i in range(start, end)}
    for i, ch in enumerate(text):
        if i not in covered:
            assert same_length[i] == ch
    masked = redact(text)
    gaps = [text[a:b] for a, b in zip([0] + [e for _, e in spans],
                                      [s for s, _ in spans] + [len(text)], strict=True)]
    assert masked == DEFAULT_MASK.join(gaps)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_redacted_text_holds_no_contact_information(text: str) -> None:
    assert scan_contacts(redact(text)) == []
