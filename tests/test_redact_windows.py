"""`redact` masks the whole text, also past the scanner's `max_text_chars` and past
its `max_phone_candidates`: a redaction that leaves contact details visible in the
tail of a long text would be a privacy leak, not a limit."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from itertools import pairwise

import pytest

from holdrules.detectors.contact_scan import default_policy, scan_contacts
from holdrules.redact import DEFAULT_MASK, contact_spans, redact, window_overlap

LIMIT = 1_000
POLICY = dataclasses.replace(default_policy(), max_text_chars=LIMIT)
FILLER = "The store migration is on track; staging looks good and the theme is done. "
EMAIL = "ana.k.design@gmail.com"
PHONE = "+44 7911 123456"


def _filler(size: int) -> str:
    return (FILLER * (size // len(FILLER) + 1))[:size]


@pytest.mark.parametrize("contact", [EMAIL, PHONE, "t.me/maxedits", "skype: jane.doe85"])
@pytest.mark.parametrize("offset", [LIMIT + 10, 3 * LIMIT + 123, 7 * LIMIT])
def test_a_contact_past_the_limit_is_masked(contact: str, offset: int) -> None:
    text = _filler(offset) + " " + contact + " " + _filler(200)
    masked = redact(text, policy=POLICY)
    assert contact not in masked
    assert DEFAULT_MASK in masked
    assert scan_contacts(masked[-LIMIT:], policy=POLICY) == []


@pytest.mark.parametrize("contact", [EMAIL, PHONE, "wa.me/15551234567"])
@pytest.mark.parametrize("boundary", [LIMIT, 2 * LIMIT - window_overlap(LIMIT)])
@pytest.mark.parametrize("shift", [1, 5, 9])
def test_a_contact_straddling_a_window_boundary_is_masked_whole(
    contact: str, boundary: int, shift: int
) -> None:
    start = boundary - shift  # the contact starts just before the cut and ends after it
    text = _filler(start - 1) + " " + contact + " " + _filler(400)
    [span] = contact_spans(text, policy=POLICY)
    assert span[0] <= start
    assert span[1] >= start + len(contact)
    assert text[span[0]:span[1]].strip() == contact


def test_spans_in_several_windows_stay_sorted_and_disjoint() -> None:
    text = "".join(_filler(LIMIT // 3) + f" write to ana{i}@gmail.com " for i in range(12))
    spans = contact_spans(text, policy=POLICY)
    assert len(spans) == 12
    assert all(a[1] < b[0] for a, b in pairwise(spans))
    assert redact(text, mask=None, policy=POLICY).count("\u2588") == sum(
        e - s for s, e in spans)


def test_a_number_past_the_phone_candidate_limit_is_masked() -> None:
    policy = dataclasses.replace(default_policy(), max_phone_candidates=5)
    text = "; ".join(f"Run 1000 0000 00{i}" for i in range(12)) + "; call " + PHONE
    assert PHONE not in redact(text, policy=policy)


def test_text_within_the_limit_is_masked_as_before() -> None:
    text = f"Write to {EMAIL} or call {PHONE}."
    assert redact(text, policy=POLICY) == (
        f"Write to {DEFAULT_MASK} or call {DEFAULT_MASK}.")


def _best_of(work: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("unit", [FILLER, "ana@gmail.com 1000 0000 001 ", "0123456789"])
def test_redact_stays_linear_in_the_text_length(unit: str) -> None:
    small = (unit * (8 * LIMIT // len(unit) + 1))[: 8 * LIMIT]
    large = small * 4
    redact(small[:LIMIT], policy=POLICY)
    t_small = _best_of(lambda: redact(small, policy=POLICY))
    t_large = _best_of(lambda: redact(large, policy=POLICY))
    assert t_large < 10 * max(t_small, 2e-3), (t_small, t_large)


def test_a_text_packed_with_numbers_is_masked_in_linear_time() -> None:
    """Windows cut short by the phone limit shrink instead of re-reading a whole
    `max_text_chars` window for every `max_phone_candidates` runs (which costs
    n * n / (distance per window) while the text fits one window)."""
    policy = dataclasses.replace(default_policy(), max_phone_candidates=100)
    unit = "Run 1234567 and "  # a run every 16 characters, cheap to validate
    small = unit * 1_250
    large = small * 4
    assert len(large) < policy.max_text_chars
    redact(small[:1_000], policy=policy)
    t_small = _best_of(lambda: redact(small, policy=policy))
    t_large = _best_of(lambda: redact(large, policy=policy))
    assert t_large < 10 * max(t_small, 2e-3), (t_small, t_large)
