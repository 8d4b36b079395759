"""IBAN (ISO 13616): country, length per country, then the mod-97 check digits.

The length check comes first on purpose: mod 97 alone accepts about one random
string in 97, and chat is full of long alphanumeric strings (order ids, hashes).
"""

from __future__ import annotations

from holdrules.validators._data import iban_lengths

__all__ = ["compact_iban", "iban_check_digits", "is_valid_iban"]

_SEPARATORS = str.maketrans("", "", " -\u00a0")


def compact_iban(text: str) -> str:
    """`text` without the spaces and dashes people group IBANs with, uppercased."""
    return text.translate(_SEPARATORS).upper()


def _mod97(digits_and_letters: str) -> int:
    """Remainder of the IBAN number (letters as 10..35) modulo 97, computed in chunks."""
    remainder = 0
    for char in digits_and_letters:
        value = int(char, 36)
        remainder = (remainder * (100 if value > 9 else 10) + value) % 97
    return remainder


def iban_check_digits(country: str, bban: str) -> str:
    """The two check digits that make `country` + digits + `bban` a valid IBAN."""
    return f"{98 - _mod97(bban.upper() + country.upper() + '00'):02d}"


def is_valid_iban(text: str) -> bool:
    """True for a well-formed IBAN (spaces/dashes allowed) whose check digits hold."""
    iban = compact_iban(text)
    if len(iban) < 15 or not iban.isascii() or not iban.isalnum():
        return False
    country, check, bban = iban[:2], iban[2:4], iban[4:]
    if iban_lengths().get(country) != len(iban) or not check.isdigit():
        return False
    return _mod97(bban + country + check) == 1
