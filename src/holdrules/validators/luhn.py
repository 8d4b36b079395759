"""Payment card numbers: 13 to 19 digits, an issuer prefix a card network uses, and the
Luhn (mod-10) check digit. The check rules out typos and most random digit runs; the
issuer prefix rules out order numbers that pass Luhn by chance (one in ten do).
"""

from __future__ import annotations

__all__ = ["card_network", "is_valid_card_number", "luhn_check_digit"]


def luhn_check_digit(body: str) -> str:
    """The digit that makes `body` + digit pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # doubled: these become the odd positions once the check is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _luhn_ok(digits: str) -> bool:
    return luhn_check_digit(digits[:-1]) == digits[-1]


def card_network(digits: str) -> str | None:
    """The card network whose issuer prefix and length `digits` has, else None."""
    n = len(digits)
    if digits.startswith("4") and n in (13, 16, 19):
        return "visa"
    two, four = int(digits[:2]), int(digits[:4])
    if n == 16 and (51 <= two <= 55 or 2221 <= four <= 2720):
        return "mastercard"
    if n == 15 and two in (34, 37):
        return "amex"
    if n in (16, 19) and (digits.startswith(("6011", "65")) or 644 <= int(digits[:3]) <= 649):
        return "discover"
    if 16 <= n <= 19 and 3528 <= four <= 3589:
        return "jcb"
    if 16 <= n <= 19 and digits.startswith("62"):
        return "unionpay"
    return None


def is_valid_card_number(text: str) -> bool:
    """True for 13-19 ASCII digits with a known network's prefix and a valid Luhn digit."""
    if not (13 <= len(text) <= 19) or not text.isascii() or not text.isdigit():
        return False
    return card_network(text) is not None and _luhn_ok(text)
