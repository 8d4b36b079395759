"""Precision guards: named checks that drop a candidate which only looks like contact info.

Like detect-secrets' filters, each guard is a plain function of the normalised text and
the candidate's span, returns True when the candidate is *not* contact information,
and is tested alone. The scanner records which guards a candidate passed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from holdrules.detectors.contact_data import contact_data

__all__ = [
    "PHONE_GUARDS",
    "is_date",
    "is_decimal_or_grouped_amount",
    "is_git_remote",
    "is_hex_colour",
    "is_identifier_tail",
    "is_ip_address",
    "is_isbn",
    "is_labelled_identifier",
    "is_long_numeric_id",
    "is_price",
    "is_quantity",
    "is_sentence_joint",
    "is_time_range",
    "is_version_number",
    "is_zip_plus_four",
    "looks_like_code_member",
]

Guard = Callable[[str, int, int], bool]

_DATE = re.compile(
    r"\d{4}+[-/.]\d{1,2}+[-/.]\d{1,2}+(?!\d)|(?<!\d)\d{1,2}+[-/.]\d{1,2}+[-/.](?:\d{4}|\d{2})(?!\d)"
)
_TIME_RANGE = re.compile(r"\d{1,2}+[.:]\d{2}+[ \t]*+[-/][ \t]*+\d{1,2}+[.:]\d{2}+")
_DOTTED_VERSION = re.compile(r"\d{1,3}+(?:\.\d{1,3}+){2,}+")
_IP = re.compile(r"(?:\d{1,3}+\.){3}\d{1,3}+(?::\d{1,5}+)?")
_GROUPED = re.compile(r"\d{1,3}+(?:[,.' ]\d{3}+)++(?:[.,]\d{1,2}+)?|\d++[.,]\d++")
_ZIP4 = re.compile(r"\d{5}+-\d{4}+")
_SEPARATORS = re.compile(r"[^\d+]")
_VERSION_PREFIX = re.compile(r"(?:\bv|\bver\.?|\bversion|\brelease|\bbuild)[ \t]*+$")


def is_date(text: str, start: int, end: int) -> bool:
    """A calendar date or a range of them: "2024-01-15", "15/01/2024 - 20/01/2024"."""
    return _DATE.search(text, start, end) is not None


def is_time_range(text: str, start: int, end: int) -> bool:
    """Office hours like "9.30-17.30" or "10:00 - 11:30"."""
    lo = max(0, start - 3)
    return _TIME_RANGE.search(text, lo, min(len(text), end + 3)) is not None or (
        end < len(text) and text[end] == ":"
    )


def is_version_number(text: str, start: int, end: int) -> bool:
    """"v2.10.3.1045", "version 10.0.19041.1", or dotted short groups."""
    if _VERSION_PREFIX.search(text, max(0, start - 10), start):
        return True
    return _DOTTED_VERSION.fullmatch(text, start, end) is not None and not _IP.fullmatch(
        text, start, end
    )


def is_ip_address(text: str, start: int, end: int) -> bool:
    """A dotted quad: "192.168.100.254"."""
    return _IP.fullmatch(text, start, end) is not None


def is_decimal_or_grouped_amount(text: str, start: int, end: int) -> bool:
    """"1,250,000", "3.14159265", "12 500 000": amounts, not numbers to dial."""
    return _GROUPED.fullmatch(text, start, end) is not None


def is_zip_plus_four(text: str, start: int, end: int) -> bool:
    """A US ZIP+4 code in an address: "New York, NY 10001-1234"."""
    return _ZIP4.fullmatch(text, start, end) is not None


def is_long_numeric_id(text: str, start: int, end: int) -> bool:
    """An unbroken run of 14 or more digits with no "+": an id, not a phone number.

    E.164 numbers have at most 15 digits, and people write long ones with a "+" or
    spaces; a separated run of more than 15 digits goes on to be split into numbers.
    """
    span = text[start:end]
    if not span.isdigit():
        return False  # separated groups may be several numbers in a row
    return len(span) >= 14


@functools.cache
def _label_pattern() -> re.Pattern[str]:
    labels = sorted(contact_data().id_labels, key=len, reverse=True)
    alternation = "|".join(re.escape(label) for label in labels)
    return re.compile(
        rf"(?<![a-z])(?:{alternation})[ \t]*+(?:#|no\.?|num(?:ber)?\.?|id)?[ \t]*+[:#.=-]?[ \t]*+$"
    )


def is_labelled_identifier(text: str, start: int, end: int) -> bool:
    """A number introduced as an id: "order #12345678", "invoice no. 2024 0012 33"."""
    window = text[max(0, start - 30) : start]
    return _label_pattern().search(window) is not None


def is_identifier_tail(text: str, start: int, end: int) -> bool:
    """The digits end a compound code: "#K-8746143", "INV-2024-0012345", "SN/88123456"."""
    if start < 2 or text[start - 1] not in "-/_":
        return False
    return (text[start - 2].isalnum() and not text[start - 2].isdigit()) or (
        text[start - 2] == "#"
    )


def is_isbn(text: str, start: int, end: int) -> bool:
    """An ISBN: labelled, or 13 digits starting 978/979 with a valid check digit."""
    if "isbn" in text[max(0, start - 12) : start]:
        return True
    if end - start < 13:
        return False  # thirteen digits need at least thirteen characters
    digits = "".join(c for c in text[start:end] if c.isdigit())
    if len(digits) != 13 or not digits.startswith(("978", "979")):
        return False
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def is_hex_colour(text: str, start: int, end: int) -> bool:
    """"#1234567"-like runs right after "#" or inside a hex token: colours and hashes."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return before == "#" or (after != "" and after in "abcdef")


@functools.cache
def _currency_pattern() -> re.Pattern[str]:
    symbols = sorted(contact_data().currency, key=len, reverse=True)
    alternation = "|".join(re.escape(s) for s in symbols)
    return re.compile(rf"(?:^|[^a-z])(?:{alternation})[ \t]*+~?[ \t]*+$")


def is_price(text: str, start: int, end: int) -> bool:
    """A price: a currency symbol or code right before ("$1 250 000", "rs. 1500000")."""
    return _currency_pattern().search(text, max(0, start - 6), start) is not None


_NEXT_WORD = re.compile(r"[ \t]*+(/?[a-z]{1,12}+)")


def is_quantity(text: str, start: int, end: int) -> bool:
    """A number followed by a unit: "1 500 000 words", "2 000 000 usd", "100 000 k"."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in contact_data().units


_GIT_REMOTE = re.compile(r":[\w.-]{1,100}+/")


def is_git_remote(text: str, start: int, end: int) -> bool:
    """"git@github.com:org/repo.git" is a repository address, not an email."""
    return text[max(0, start) : start + 4] == "git@" and (
        _GIT_REMOTE.match(text, end) is not None
    )


_CODE_MEMBER_BEFORE = re.compile(r"(?:self|this|obj|os|np|pd|df|req|res|ctx)\.$")


def looks_like_code_member(text: str, start: int, end: int) -> bool:
    """"user.name(", "this.id", "config.app" are code, not domains."""
    after = text[end] if end < len(text) else ""
    if after != "" and after in "([=":
        return True
    first = text[start:end].split(".", 1)[0]
    if first in contact_data().code_identifiers:
        return True
    return _CODE_MEMBER_BEFORE.search(text, max(0, start - 5), start) is not None


def is_sentence_joint(original: str, dot: int) -> bool:
    """"Thanks.Best regards" is two sentences without a space, not a domain.

    Reads the *original* text: an uppercase letter after the dot, lowercase before.
    """
    if not 0 < dot < len(original) - 1:
        return False
    return original[dot + 1].isupper() and original[dot - 1].islower()


PHONE_GUARDS: tuple[tuple[str, Guard], ...] = (
    ("date", is_date),
    ("grouped amount", is_decimal_or_grouped_amount),
    ("price", is_price),
    ("quantity", is_quantity),
    ("time range", is_time_range),
    ("version number", is_version_number),
    ("ip address", is_ip_address),
    ("zip+4 code", is_zip_plus_four),
    ("long numeric id", is_long_numeric_id),
    ("labelled identifier", is_labelled_identifier),
    ("identifier tail", is_identifier_tail),
    ("isbn", is_isbn),
    ("hex colour or hash", is_hex_colour),
)
"""Guards every phone candidate must pass, cheapest first, before phonenumbers runs."""
