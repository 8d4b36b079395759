"""Phone-number validation for digit runs that passed the precision guards.

Only candidate spans reach phonenumbers (the parser costs tens of microseconds per
call). A number in international form ("+44 ...", "0044 ...") is read as written. A
number in national form is read under the account's country first, then under the
marketplace's most common countries (`fallback_regions`): a Filipino freelancer with
a UK account still writes "0917 123 4567". A run of 11-13 digits that starts with a
country code but lost its "+" ("639171234567", often after spacing tricks) is read as
international last. Each later reading is a little less certain, and says so.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

__all__ = ["PhoneReading", "read_phone_numbers"]

_MAX_SINGLE_DIGITS = 15  # E.164
# Short national numbers (7-8 digits) are valid somewhere in the world more often than
# they are phone numbers: only the account's own country may read them.
_MIN_FALLBACK_DIGITS = 9


@dataclass(frozen=True, slots=True)
class PhoneReading:
    """A valid number found in a chunk: offsets into the chunk, E.164, confidence."""

    start: int
    end: int
    e164: str
    confidence: float


def read_phone_numbers(chunk: str, regions: tuple[str, ...]) -> list[PhoneReading]:
    """The valid phone numbers in `chunk` (a guarded digit run), under `regions`."""
    import phonenumbers

    digits = "".join(c for c in chunk if c.isdigit())
    if len(digits) > _MAX_SINGLE_DIGITS:
        return _split_run(chunk, regions[0] if regions else "US")
    international = chunk.startswith("+") or digits.startswith("00")
    tries: list[tuple[str, str, float]] = []
    if international:
        tries.append((chunk, regions[0] if regions else "US", 0.9))
    else:
        tries.append((chunk, regions[0], 0.9))
        if len(digits) >= _MIN_FALLBACK_DIGITS:
            tries.extend((chunk, region, _FALLBACK) for region in regions[1:])
        if 11 <= len(digits) <= 13 and not digits.startswith("0"):
            tries.append(("+" + digits, "US", 0.75))
    for text, region, confidence in tries:
        number = _quick_national(digits, region) if confidence == _FALLBACK else None
        if number is None:
            try:
                number = phonenumbers.parse(text, region)
            except phonenumbers.NumberParseException:
                continue
        if phonenumbers.is_valid_number(number):
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            return [PhoneReading(0, len(chunk), e164, confidence)]
    return []


_FALLBACK = 0.8


@functools.lru_cache(maxsize=64)
def _region_prefix(region: str) -> tuple[int, str | None]:
    """(country calling code, national trunk prefix) of a region."""
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = metadata.national_prefix if metadata is not None else None
    return phonenumbers.country_code_for_region(region), prefix


def _quick_national(digits: str, region: str) -> Any:
    """A national-format number read under `region` without the full parser.

    Parsing costs ~15 us; building the number from the country code and the digits
    after the trunk prefix costs a fraction, which matters when several fallback
    regions are tried. Regions whose numbers keep a leading zero fall back to parse.
    """
    import phonenumbers

    code, prefix = _region_prefix(region)
    if not code:
        return None
    national = digits
    if prefix and digits.startswith(prefix):
        national = digits[len(prefix):]
    elif digits.startswith("0"):
        return None
    if not national or len(national) > 14:
        return None
    return phonenumbers.PhoneNumber(country_code=code, national_number=int(national))


def _split_run(chunk: str, region: str) -> list[PhoneReading]:
    """Several numbers written one after another: let phonenumbers' matcher split them."""
    import phonenumbers

    found: list[PhoneReading] = []
    matcher = phonenumbers.PhoneNumberMatcher(chunk, region, leniency=phonenumbers.Leniency.VALID)
    for match in matcher:
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        found.append(PhoneReading(match.start, match.end, e164, 0.85))
    return found
