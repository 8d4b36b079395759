"""Checksum and format validators for payment identifiers.

Each turns a regex candidate into a checked fact (Presidio's `validate_result`
idea): an IBAN whose mod-97 holds, a wallet address whose checksum holds. Every
function takes any string and returns a bool (or None), never raises.
"""

from __future__ import annotations

from holdrules.validators.aba import is_valid_aba_routing
from holdrules.validators.crypto import (
    CryptoAddressKind,
    classify_crypto_address,
    is_valid_btc_address,
    is_valid_eth_address,
    is_valid_tron_address,
)
from holdrules.validators.iban import is_valid_iban
from holdrules.validators.luhn import is_valid_card_number
from holdrules.validators.swift import is_valid_bic

__all__ = [
    "CryptoAddressKind",
    "classify_crypto_address",
    "is_valid_aba_routing",
    "is_valid_bic",
    "is_valid_btc_address",
    "is_valid_card_number",
    "is_valid_eth_address",
    "is_valid_iban",
    "is_valid_tron_address",
]
