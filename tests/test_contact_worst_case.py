"""Adversarial inputs finish in linear time: t(4n) / t(n) stays near 4, never near 16.

Machines are noisy, so each ratio takes the best of five runs and is only required to
stay under 10 (quadratic behaviour gives 16). The 1 MB and 100 k zero-width cases also
run once through the detector with its default size limit.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

import pytest

from holdrules.detectors.base import Surface
from holdrules.detectors.contact import ContactSharingDetector
from holdrules.detectors.contact_scan import default_policy, scan_contacts
from holdrules.text import normalize
from tests.contact_helpers import activity_with

UNITS = {
    "digits": "0123456789",
    "at_and_dots": "@.",
    "mixed": "1@2.3+4 5-6.7@8(9)0.a@b.",
    "zero_width": "\u200b\u200c\u200d\u2060",
    "spelled_digits": "nine one ",
    "near_miss_email": "a.a.a.a@a.a.a.a-",
    "spaced_letters": "a b ",
    "bracket_words": "x (at) y (dot) ",
    "emails": "ana@gmail.com ",
    "links": "www.a.com/x ",
}
UNLIMITED = dataclasses.replace(default_policy(), max_text_chars=10**8)


def _best_of(work: Callable[[], object], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("name", sorted(UNITS))
def test_scan_is_linear(name: str) -> None:
    small, large = _text(UNITS[name], 8_000), _text(UNITS[name], 32_000)
    scan_contacts(small[:400], policy=UNLIMITED)  # warm the lazily built patterns
    t_small = _best_of(lambda: scan_contacts(small, policy=UNLIMITED))
    t_large = _best_of(lambda: scan_contacts(large, policy=UNLIMITED))
    assert t_large < 10 * max(t_small, 2e-3), (name, t_small, t_large)


@pytest.mark.parametrize("name", ["digits", "at_and_dots", "mixed", "zero_width"])
def test_normalize_is_linear(name: str) -> None:
    small, large = _text(UNITS[name], 16_000), _text(UNITS[name], 64_000)
    normalize(small[:400])  # warm the lazily built patterns
    t_small = _best_of(lambda: normalize(small))
    t_large = _best_of(lambda: normalize(large))
    assert t_large < 10 * max(t_small, 2e-3), (name, t_small, t_large)


def test_one_megabyte_and_100k_zero_width_finish_through_the_detector() -> None:
    detector = ContactSharingDetector()
    for text in (_text("0123456789", 1_000_000), _text("@.", 1_000_000),
                 _text("1@2.3+4 5-6.7@8(9)0.a@b.", 1_000_000), "\u200b" * 100_000):
        start = time.perf_counter()
        detector.detect(activity_with(text, Surface.PROFILE))
        assert time.perf_counter() - start < 10.0


def test_text_beyond_the_limit_is_not_read() -> None:
    email = "ana@gmail.com"
    text = "x" * 100_000 + " " + email
    assert scan_contacts(text) == []
    assert scan_contacts(text, policy=UNLIMITED)[0].excerpt == email
