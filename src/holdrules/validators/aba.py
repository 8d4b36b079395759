"""US ABA routing transit numbers: nine digits, a valid Federal Reserve prefix, and a
weighted checksum (3, 7, 1 repeated) divisible by 10.
"""

from __future__ import annotations

__all__ = ["aba_check_digit", "is_valid_aba_routing"]

_WEIGHTS = (3, 7, 1, 3, 7, 1, 3, 7, 1)


def _prefix_allowed(prefix: int) -> bool:
    """Federal Reserve routing symbols: 00-12, 21-32, 61-72 (electronic) and 80 (traveler's
    cheques)."""
    return prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80


def aba_check_digit(first_eight: str) -> str:
    """The ninth digit that makes `first_eight` a valid routing number."""
    total = sum(int(d) * w for d, w in zip(first_eight, _WEIGHTS, strict=False))
    return str((10 - total % 10) % 10)


def is_valid_aba_routing(text: str) -> bool:
    """True for exactly nine ASCII digits with an allowed prefix and a correct checksum."""
    if len(text) != 9 or not text.isascii() or not text.isdigit():
        return False
    if not _prefix_allowed(int(text[:2])):
        return False
    return sum(int(d) * w for d, w in zip(text, _WEIGHTS, strict=True)) % 10 == 0
