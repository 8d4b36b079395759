"""Card numbers: the Luhn check and the networks' issuer prefixes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from holdrules.detectors.payment import OffPlatformPaymentDetector
from holdrules.detectors.payment_signals import SignalKind
from holdrules.validators import is_valid_card_number
from holdrules.validators.luhn import card_network, luhn_check_digit

DETECTOR = OffPlatformPaymentDetector()


@pytest.mark.parametrize(("number", "network"), [
    ("4111111111111111", "visa"),
    ("5555555555554444", "mastercard"),
    ("2223003122003222", "mastercard"),
    ("378282246310005", "amex"),
    ("6011111111111117", "discover"),
    ("3566002020360505", "jcb"),
])
def test_published_test_numbers_are_valid(number: str, network: str) -> None:
    assert is_valid_card_number(number)
    assert card_network(number) == network


@pytest.mark.parametrize("number", [
    "4111111111111112",  # Luhn digit off by one
    "1234567812345670",  # passes Luhn, no network starts with 1
    "41111111111",  # too short
    "4111-1111-1111-1111",  # separators are the caller's to strip
    "",
])
def test_invalid_numbers_are_rejected(number: str) -> None:
    assert not is_valid_card_number(number)


@st.composite
def visa_numbers(draw: st.DrawFn) -> str:
    body = "4" + draw(st.text("0123456789", min_size=14, max_size=14))
    return body + luhn_check_digit(body)


@given(visa_numbers(), st.integers(0, 15), st.sampled_from("0123456789"))
def test_generated_numbers_pass_and_single_digit_corruption_fails(
    number: str, position: int, digit: str
) -> None:
    assert is_valid_card_number(number)
    corrupted = number[:position] + digit + number[position + 1:]
    if corrupted != number:
        assert not is_valid_card_number(corrupted)


def test_a_labelled_card_number_is_payment_details() -> None:
    signals = DETECTOR.read("My card number is 4539 1488 0343 6467, exp 09/28.")
    assert [s.pattern for s in signals.of(SignalKind.DETAILS)] == ["identifier.card_number"]


@pytest.mark.parametrize("text", [
    "Order number 4539148803436467 shipped today.",  # valid digits, but not called a card
    "Use the Stripe test card 4242 4242 4242 4242 to check the checkout.",  # published
    "My card number is 4539 1488 0343 6469.",  # Luhn fails
])
def test_unlabelled_published_or_invalid_numbers_are_not(text: str) -> None:
    assert not DETECTOR.read(text).has(SignalKind.DETAILS)
