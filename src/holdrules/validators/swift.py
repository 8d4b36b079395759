"""SWIFT/BIC codes (ISO 9362): format and country only; the standard has no checksum.

A BIC is 8 or 11 characters: 4 letters (bank), 2 letters (an ISO country), 2
letters/digits (location), optionally 3 letters/digits (branch). The country check keeps
ordinary uppercase words from passing; the detector still demands a "SWIFT"/"BIC"
word nearby, because many words have a country code in position 5-6.
"""

from __future__ import annotations

import re

from holdrules.validators._data import country_codes

__all__ = ["is_valid_bic"]

_BIC_SHAPE = re.compile(r"[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?")


def is_valid_bic(text: str) -> bool:
    """True when `text` (exactly, uppercase) has the shape of a BIC with a real country."""
    match = _BIC_SHAPE.fullmatch(text)
    if match is None:
        return False
    # Location "0" as the second character marks a test BIC; real messages don't use it.
    return match.group(1) in country_codes() and text[7] != "0"
