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
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["PhoneReading", "read_phone_numbers"]

_MAX_SINGLE_DIGITS = 15  # E.164
_NOT_DIGIT = re.compile(r"\D")
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
    digits = _NOT_DIGIT.sub("", chunk)  # a guarded run: digits, "+" and separators only
    first = regions[0] if regions else "US"
    if len(digits) > _MAX_SINGLE_DIGITS:
        return _split_run(chunk, first)
    if chunk.startswith("+") or digits.startswith("00"):
        return _reading(chunk, _international(digits.removeprefix("00")), None, 0.9) or (
            _reading(chunk, _parsed(chunk, first), None, 0.9)
        )
    found = _reading(chunk, _national(digits, first), first, 0.9)
    if not found and _parser_may_differ(digits, first):
        found = _reading(chunk, _parsed(chunk, first), first, 0.9)
    if found:
        return found
    if 11 <= len(digits) <= 13 and not digits.startswith("0"):
        found = _reading(chunk, _international(digits), None, 0.75)
        if found:
            return found
    if len(digits) >= _MIN_FALLBACK_DIGITS:
        for region in regions[1:]:
            found = _reading(chunk, _national(digits, region), region, 0.8)
            if found:
                return found
    return []


def _international(digits: str) -> Any:
    """The number whose country code starts `digits`, built without the full parser.

    Calling codes are prefix-free, so at most one of the 1-3 digit prefixes is one.
    None when no prefix is a calling code (the parser then gets its turn).
    """
    import phonenumbers

    for k in (1, 2, 3):
        code = int(digits[:k]) if len(digits) > k else 0
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = digits[k:]
            if national.startswith("0"):
                return None  # "+44 (0) 7911 ...": let the parser drop the trunk zero
            return phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    return None


def _parsed(text: str, region: str) -> Any:
    import phonenumbers

    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _reading(chunk: str, number: Any, region: str | None, confidence: float) -> list[PhoneReading]:
    """`number` as a reading of the whole chunk if it is valid (for `region` if given)."""
    import phonenumbers

    if number is None:
        return []
    if region is not None:
        valid = phonenumbers.is_valid_number_for_region(number, region)
    else:  # international: the calling code's main region first, then all of them
        main = phonenumbers.region_code_for_country_code(number.country_code)
        valid = phonenumbers.is_valid_number_for_region(number, main) or (
            phonenumbers.is_valid_number(number)
        )
    if not valid:
        return []
    return [PhoneReading(0, len(chunk), _e164(number), confidence)]


def _e164(number: Any) -> str:
    """E.164 text of a parsed number (what format_number(..., E164) returns, faster)."""
    zeros = "0" * (number.number_of_leading_zeros or 1) if number.italian_leading_zero else ""
    return f"+{number.country_code}{zeros}{number.national_number}"


@functools.lru_cache(maxsize=64)
def _region_prefix(region: str) -> tuple[int, str | None, frozenset[int]]:
    """(country calling code, national trunk prefix, possible national lengths)."""
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return 0, None, frozenset()
    general = metadata.general_desc
    lengths = frozenset(general.possible_length or ()) if general is not None else frozenset()
    return phonenumbers.country_code_for_region(region), metadata.national_prefix, lengths


def _national(digits: str, region: str) -> Any:
    """A national-format number read under `region` without the full parser.

    Parsing costs ~15 us; building the number from the country code and the digits
    after the trunk prefix costs a fraction, which matters when several fallback
    regions are tried. Regions whose numbers keep a leading zero fall back to parse.
    """
    import phonenumbers

    code, prefix, lengths = _region_prefix(region)
    if not code:
        return None
    national = digits
    if prefix and digits.startswith(prefix):
        national = digits[len(prefix):]
    elif digits.startswith("0"):
        return None
    if len(national) not in lengths:
        return None  # cheaper than asking is_valid_number to say so
    return phonenumbers.PhoneNumber(country_code=code, national_number=int(national))


def _parser_may_differ(digits: str, region: str) -> bool:
    """Whether the full parser could read `digits` under `region` where `_national`
    could not: the region strips more than its trunk prefix (carrier codes, mobile
    tokens), or the number keeps a leading zero. Otherwise a number of impossible
    length stays invalid, and the parser's ~15 us are saved.
    """
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return False
    parsing = metadata.national_prefix_for_parsing
    simple = parsing is None or parsing == metadata.national_prefix
    return not simple or (digits.startswith("0") and not metadata.national_prefix)


def _split_run(chunk: str, region: str) -> list[PhoneReading]:
    """Several numbers written one after another: let phonenumbers' matcher split them."""
    import phonenumbers

    found: list[PhoneReading] = []
    matcher = phonenumbers.PhoneNumberMatcher(chunk, region, leniency=phonenumbers.Leniency.VALID)
    for match in matcher:
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        found.append(PhoneReading(match.start, match.end, e164, 0.85))
    return found
