"""Properties of the payment detector: it never raises, its spans quote exactly what
was typed, checksummed identifiers are found and corrupted ones are not, and no input
makes it stall."""

from __future__ import annotations

import string
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from holdrules.detectors.payment import OffPlatformPaymentConfig, OffPlatformPaymentDetector
from holdrules.records import AccountKind
from holdrules.testing import account, check_evidence, conversation
from holdrules.validators.base58 import b58check_encode
from holdrules.validators.crypto import eip55_checksum_address
from holdrules.validators.iban import iban_check_digits

DETECTOR = OffPlatformPaymentDetector()
FREELANCER = account("fl", AccountKind.FREELANCER)
WORDS = ["pay", "me", "via", "PayPal", "sure", "no", "outside", "the", "platform", "fees",
         "IBAN", "@", "$", "0x", "!", "milestone", "can't", "1", "p4yp4l", "ok", "\u200b", ".",
         "Zelle", "wise", "directly", "reported", "bank", "transfer", "\n", "\uff41", "\u00e9"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["me", "them"]),
                          st.text(max_size=80) | st.lists(st.sampled_from(WORDS), max_size=20)
                          .map(" ".join)), min_size=1, max_size=4))
def test_never_raises_and_spans_quote_the_original(turns: list[tuple[str, str]]) -> None:
    activity = conversation(FREELANCER, "cl", turns)
    findings = DETECTOR.detect(activity)
    check_evidence(activity, findings)
    assert all(f.account_id == "fl" for f in findings)


OBFUSCATIONS = [str.upper, lambda w: " ".join(w), lambda w: w.replace("a", "\u0430"),
                lambda w: "\u200b".join(w), lambda w: w.replace("a", "4").replace("e", "3"),
                lambda w: "".join(chr(ord(c) + 0xFEE0) if c.isalpha() else c for c in w),
                lambda w: w[:1] + "\u0301" + w[1:],
                lambda w: " ".join(w.replace("a", "4").replace("i", "1"))]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(range(len(OBFUSCATIONS) + 1))),
                min_size=1, max_size=14))
def test_fast_path_never_skips_what_a_full_read_flags(words: list[tuple[str, int]]) -> None:
    text = " ".join(w if k == len(OBFUSCATIONS) else OBFUSCATIONS[k](w) for w, k in words)
    forced = [s for s in DETECTOR.read(text, force=True).violating
              if s.pattern not in REPLY_ONLY]
    if forced:
        assert DETECTOR.read(text).violating, text


REPLY_ONLY = frozenset({"details.bare_handle"})
"""Readings made only of a reply (a forced read): a bare "pay@pay.pay" is payment
details as the answer to a proposal, and nothing on its own, so the fast path, which
serves unforced reads, rightly skips it."""


@st.composite
def ibans(draw: st.DrawFn) -> str:
    bban = draw(st.text(string.digits, min_size=18, max_size=18))
    return "DE" + iban_check_digits("DE", bban) + bban


@settings(max_examples=60, deadline=None)
@given(ibans(), st.sampled_from(["Here is my IBAN: {}", "{}", "send it to {} thanks"]))
def test_valid_iban_is_shared_details(iban: str, template: str) -> None:
    activity = conversation(FREELANCER, "cl", [("me", template.format(iban))])
    (finding,) = DETECTOR.detect(activity)
    assert finding.code == "PAY002"
    assert any(getattr(e, "excerpt", None) == iban for e in finding.evidence)


@settings(max_examples=60, deadline=None)
@given(ibans(), st.integers(4, 21), st.sampled_from(string.digits))
def test_iban_with_one_wrong_digit_is_not_details(iban: str, position: int, digit: str) -> None:
    if iban[position] == digit:
        return
    corrupted = iban[:position] + digit + iban[position + 1 :]
    assert not DETECTOR.read(f"reference {corrupted}").violating


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=20, max_size=20), st.sampled_from(["tron", "btc", "eth"]))
def test_valid_wallet_is_details_and_case_flip_is_not(payload: bytes, kind: str) -> None:
    if kind == "eth":
        address = eip55_checksum_address(payload.hex())
    else:
        address = b58check_encode((b"\x41" if kind == "tron" else b"\x00") + payload)
    assert DETECTOR.read(f"wallet {address}").violating
    letters = [i for i, c in enumerate(address) if c.isalpha() and i > 2]
    i = letters[len(letters) // 2]
    flipped = address[:i] + address[i].swapcase() + address[i + 1 :]
    body = flipped[2:]
    if kind == "eth" and body in (body.lower(), body.upper()):
        return  # no mixed case left: carries no checksum
    assert not DETECTOR.read(f"wallet {flipped}").violating


ADVERSARIAL = [
    "pay " * 5000,
    "outside the " * 3000,
    "a" * 100_000,
    "0x" + "a" * 10_000,
    "1" * 50_000,
    "de89 " * 4000,
    "no need to " * 3000,
    "my paypal is " + "a." * 10_000,
    "p a y p a l " * 3000,
    "close the contract and " * 2000,
    "@" * 20_000 + "x",
    "sure! " * 5000,
    ("send " + "you " * 50) * 200,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:16]))
def test_adversarial_input_finishes_quickly(text: str) -> None:
    detector = OffPlatformPaymentDetector(OffPlatformPaymentConfig(max_text_chars=20_000))
    activity = conversation(FREELANCER, "cl", [("them", "Can I pay you via PayPal?"), ("me", text)])
    started = time.perf_counter()
    detector.detect(activity)
    assert time.perf_counter() - started < 3.0


def test_long_text_is_truncated_and_says_so() -> None:
    detector = OffPlatformPaymentDetector(OffPlatformPaymentConfig(max_text_chars=200))
    signals = detector.read("hello " * 100 + " pay me via PayPal")
    assert signals.truncated
    assert not signals.violating


def test_long_text_is_scanned_up_to_the_limit_and_the_finding_says_truncated() -> None:
    # the beginning is read and reported; past the limit nothing is, and a long text
    # with nothing in its beginning is no finding (only a `truncated` signal)
    detector = OffPlatformPaymentDetector(OffPlatformPaymentConfig(max_text_chars=200))
    early = "pay me via PayPal, " + "hello " * 100
    activity = conversation(FREELANCER, "cl", [("me", early)])
    findings = detector.detect(activity)
    assert [f.code for f in findings] == ["PAY001"]
    assert "longer than 200 characters" in findings[0].explanation
    late = conversation(FREELANCER, "cl", [("me", "hello " * 100 + " pay me via PayPal")])
    assert detector.detect(late) == []
    short = conversation(FREELANCER, "cl", [("me", "pay me via PayPal")])
    assert "longer than" not in detector.detect(short)[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "send it via \uff30\uff41\uff59\uff30\uff41\uff4c",  # fullwidth
        "send it via p\u0430yp\u0430l",  # Cyrillic a
        "send it via pa\u200byp\u200bal",  # zero-width spaces
        "send it via p\u0301aypal",  # combining accent
        "\uff56\uff49\uff41 p 4 y p 4 l",  # fullwidth "via", spaced leetspeak
        "pay me via W3stern Uni0n",
    ],
)
def test_obfuscated_solicitations_pass_the_fast_path(text: str) -> None:
    assert DETECTOR.read(text).violating
