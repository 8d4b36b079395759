"""Cryptocurrency receiving addresses, checked the way wallets check them.

- Bitcoin legacy (P2PKH, starts with 1) and P2SH (starts with 3): Base58Check with
  version byte 0x00 / 0x05 and a 20-byte hash.
- Bitcoin segwit (bc1q…, bc1p…): Bech32 / Bech32m.
- Ethereum and ERC-20 tokens (0x + 40 hex): EIP-55 mixed-case checksum over
  Keccak-256. All-lowercase or all-uppercase addresses carry no checksum; they are
  accepted as well-formed (that is how most people paste them).
- TRON, where USDT-TRC20 lives (T…): Base58Check with version byte 0x41.
"""

from __future__ import annotations

import re
from enum import StrEnum

from holdrules.validators.base58 import b58check_decode
from holdrules.validators.bech32 import decode_segwit_address
from holdrules.validators.keccak import keccak256

__all__ = [
    "CryptoAddressKind",
    "classify_crypto_address",
    "eip55_checksum_address",
    "is_valid_btc_address",
    "is_valid_eth_address",
    "is_valid_tron_address",
]

_ETH_SHAPE = re.compile(r"0x[0-9a-fA-F]{40}")


class CryptoAddressKind(StrEnum):
    BTC_LEGACY = "btc_legacy"
    BTC_P2SH = "btc_p2sh"
    BTC_SEGWIT = "btc_segwit"
    ETH = "eth"
    TRON = "tron"


def _base58_version(text: str) -> int | None:
    """The version byte of a 21-byte Base58Check payload, else None."""
    payload = b58check_decode(text)
    if payload is None or len(payload) != 21:
        return None
    return payload[0]


def is_valid_btc_address(text: str) -> bool:
    return classify_crypto_address(text) in (
        CryptoAddressKind.BTC_LEGACY,
        CryptoAddressKind.BTC_P2SH,
        CryptoAddressKind.BTC_SEGWIT,
    )


def eip55_checksum_address(hex40: str) -> str:
    """The EIP-55 spelling of an address given as 40 hex digits (any case, no 0x)."""
    lower = hex40.lower()
    digest = keccak256(lower.encode("ascii")).hex()
    return "0x" + "".join(
        char.upper() if char.isalpha() and int(digest[i], 16) >= 8 else char
        for i, char in enumerate(lower)
    )


def is_valid_eth_address(text: str) -> bool:
    """0x + 40 hex; when the letters are mixed-case they must match EIP-55."""
    if _ETH_SHAPE.fullmatch(text) is None:
        return False
    body = text[2:]
    if body == body.lower() or body == body.upper():
        return True
    return eip55_checksum_address(body) == text


def is_valid_tron_address(text: str) -> bool:
    return classify_crypto_address(text) is CryptoAddressKind.TRON


def classify_crypto_address(text: str) -> CryptoAddressKind | None:
    """Which kind of address `text` is, or None when it is not a valid one."""
    if not text.isascii() or not 14 <= len(text) <= 90:
        return None
    first = text[0]
    if first in "13" and 25 <= len(text) <= 35:
        version = _base58_version(text)
        if version == 0x00:
            return CryptoAddressKind.BTC_LEGACY
        if version == 0x05:
            return CryptoAddressKind.BTC_P2SH
        return None
    if first == "T" and len(text) == 34:
        return CryptoAddressKind.TRON if _base58_version(text) == 0x41 else None
    if text[:3].lower() == "bc1":
        return CryptoAddressKind.BTC_SEGWIT if decode_segwit_address("bc", text) else None
    if text[:2] == "0x":
        return CryptoAddressKind.ETH if is_valid_eth_address(text) else None
    return None
