"""Bech32 / Bech32m segwit addresses (BIP-173, BIP-350).

Witness version 0 must use the Bech32 constant, versions 1-16 the Bech32m constant
(a v1 Taproot address checksummed as Bech32 is invalid: that is BIP-350's point).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["CHARSET", "decode_segwit_address", "encode_segwit_address"]

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_INDEX = {char: i for i, char in enumerate(CHARSET)}
_BECH32_CONST = 1
_BECH32M_CONST = 0x2BC830A3
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: Sequence[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                checksum ^= generator
    return checksum


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: Sequence[int], from_bits: int, to_bits: int, pad: bool) -> list[int] | None:
    accumulator, bits, result = 0, 0, []
    max_value = (1 << to_bits) - 1
    for value in data:
        if value < 0 or value >> from_bits:
            return None
        accumulator = (accumulator << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            result.append((accumulator >> bits) & max_value)
    if pad:
        if bits:
            result.append((accumulator << (to_bits - bits)) & max_value)
    elif bits >= from_bits or ((accumulator << (to_bits - bits)) & max_value):
        return None
    return result


def _bech32_decode(text: str) -> tuple[str, list[int], int] | None:
    """(hrp, data without checksum, checksum constant) or None."""
    if len(text) > 90 or not text.isascii() or (text.lower() != text and text.upper() != text):
        return None
    text = text.lower()
    separator = text.rfind("1")
    if separator < 1 or separator + 7 > len(text):
        return None
    hrp = text[:separator]
    if any(ord(c) < 33 or ord(c) > 126 for c in hrp):
        return None
    data = [_CHARSET_INDEX.get(c, -1) for c in text[separator + 1 :]]
    if -1 in data:
        return None
    return hrp, data[:-6], _polymod(_hrp_expand(hrp) + data)


def decode_segwit_address(hrp: str, text: str) -> tuple[int, bytes] | None:
    """(witness version, program) when `text` is a valid segwit address for `hrp`."""
    decoded = _bech32_decode(text)
    if decoded is None:
        return None
    found_hrp, data, constant = decoded
    if found_hrp != hrp or not data or data[0] > 16:
        return None
    version = data[0]
    if constant != (_BECH32_CONST if version == 0 else _BECH32M_CONST):
        return None
    program = _convert_bits(data[1:], 5, 8, pad=False)
    if program is None or not 2 <= len(program) <= 40:
        return None
    if version == 0 and len(program) not in (20, 32):
        return None
    return version, bytes(program)


def encode_segwit_address(hrp: str, version: int, program: bytes) -> str:
    """The segwit address of `program` (used to build valid test identifiers)."""
    data = [version, *(_convert_bits(list(program), 8, 5, pad=True) or [])]
    constant = _BECH32_CONST if version == 0 else _BECH32M_CONST
    polymod = _polymod([*_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ constant
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + checksum)
