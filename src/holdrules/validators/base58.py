"""Base58Check (Bitcoin's encoding of legacy addresses; TRON uses it too).

A payload is a version byte plus data, followed by the first four bytes of
sha256(sha256(payload)). Only the standard library is needed.
"""

from __future__ import annotations

import hashlib

__all__ = ["ALPHABET", "b58check_decode", "b58check_encode"]

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_INDEX = {char: i for i, char in enumerate(ALPHABET)}
_MAX_CHARS = 120  # no address is this long; refusing keeps big-int work bounded


def _checksum(payload: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]


def _b58decode(text: str) -> bytes | None:
    number = 0
    for char in text:
        digit = _INDEX.get(char)
        if digit is None:
            return None
        number = number * 58 + digit
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    leading_zeros = len(text) - len(text.lstrip("1"))
    return b"\x00" * leading_zeros + body


def b58check_decode(text: str) -> bytes | None:
    """The payload (version byte + data) when `text` is valid Base58Check, else None."""
    if not 5 <= len(text) <= _MAX_CHARS:
        return None
    raw = _b58decode(text)
    if raw is None or len(raw) < 5:
        return None
    payload, check = raw[:-4], raw[-4:]
    return payload if _checksum(payload) == check else None


def b58check_encode(payload: bytes) -> str:
    """Base58Check text of `payload` (used to build valid test identifiers)."""
    raw = payload + _checksum(payload)
    number = int.from_bytes(raw, "big")
    chars: list[str] = []
    while number:
        number, digit = divmod(number, 58)
        chars.append(ALPHABET[digit])
    leading_zeros = len(raw) - len(raw.lstrip(b"\x00"))
    return "1" * leading_zeros + "".join(reversed(chars))
