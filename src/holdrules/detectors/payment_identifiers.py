"""Payment identifiers in free text: candidates found by shape, kept only when valid.

Candidates come from the original text (crypto addresses are case-sensitive, and
EIP-55 lives in the letter case), with separators allowed where people put them
(IBAN groups, spaced-out digits). Each candidate then meets its validator: a
mod-97 IBAN, a Base58Check/Bech32/EIP-55 address, an ABA checksum. Bank account
numbers and BICs have no usable checksum, so they count only behind a label
("account number:", "SWIFT:").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files

import regex

from holdrules.validators import (
    CryptoAddressKind,
    classify_crypto_address,
    is_valid_aba_routing,
    is_valid_bic,
    is_valid_card_number,
    is_valid_iban,
)
from holdrules.validators._data import iban_lengths

__all__ = ["IdentifierHit", "IdentifierKind", "find_identifiers", "is_documentation_example"]


class IdentifierKind(StrEnum):
    IBAN = "iban"
    BIC = "bic"
    ABA_ROUTING = "aba_routing"
    BANK_ACCOUNT = "bank_account"
    SORT_CODE = "sort_code"
    IFSC = "ifsc"
    MOBILE_MONEY_MERCHANT = "mobile_money_merchant"
    CARD = "card_number"
    BTC_ADDRESS = "btc_address"
    ETH_ADDRESS = "eth_address"
    TRON_ADDRESS = "tron_address"


@dataclass(frozen=True, slots=True)
class IdentifierHit:
    """A validated identifier at `[start, end)` of the original text."""

    kind: IdentifierKind
    start: int
    end: int
    value: str


_IBAN_CANDIDATE = regex.compile(r"(?i)(?<![\w])[a-z]{2}\d{2}(?:[ \-]?+[a-z0-9]){10,32}+")
_BASE58 = "[1-9A-HJ-NP-Za-km-z]"
_CRYPTO_CANDIDATE = regex.compile(
    rf"(?<![\w])(?:[13]{_BASE58}{{25,34}}+|T{_BASE58}{{33}}+|(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{{8,87}}+"
    r"|0x[0-9a-fA-F]{40}+)(?![\w])"
)
_LABEL_GAP = r"[\s:#\-=.]{0,4}+"
_BIC_CANDIDATE = regex.compile(
    r"(?i)\b(?:swift|bic)(?:[\s/\-]{0,3}+(?:bic|code|number|no|\#))?" + _LABEL_GAP
    + r"([a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?)\b"
)
_ROUTING_CANDIDATE = regex.compile(
    r"(?i)\b(?:routing|aba|rtn|transit)(?:[\s\-]{0,3}+(?:number|no|num|\#|code))?"
    + _LABEL_GAP + r"(\d(?:[\s\-]?+\d){8})(?!\d)"
)
_ACCOUNT_CANDIDATE = regex.compile(
    r"(?i)\b(?:bank[\s\-]{0,3}+)?(?:account|acct|acc|a/c)[\s\-]{0,3}+(?:number|no|num|\#|nr)"
    + _LABEL_GAP + r"(\d(?:[\s\-]?+\d){5,16})(?!\d)"
)
_SORT_CODE_CANDIDATE = regex.compile(
    r"(?i)\bsort[\s\-]?+code" + _LABEL_GAP + r"(\d\d[\s\-]?+\d\d[\s\-]?+\d\d)(?![\d\-])"
)
"""A UK sort code, labelled: six digits, often as 20-45-77 (no public checksum)."""
_IFSC_CANDIDATE = regex.compile(r"(?i)\bifsc(?:[\s\-]{0,3}+code)?" + _LABEL_GAP
                                + r"([a-z]{4}0[a-z0-9]{6})\b")
"""An Indian bank branch code, labelled: four letters, a zero, six letters or digits."""
_MERCHANT_CANDIDATE = regex.compile(
    r"(?i)\b(?:till[\s\-]{0,3}+(?:number|no|num|nr|\#)|pay[\s\-]?+bill"
    r"(?:[\s\-]{0,3}+(?:number|no|num|nr|\#))?|buy[\s\-]{1,3}+goods(?:[\s\-]{1,3}+till)?)"
    + _LABEL_GAP + r"(\d{5,7})(?!\d)"
)
"""A mobile-money merchant number, labelled ("M-Pesa Till No. 5123984", "Paybill
400200"): shorter than a phone number, and only ever somewhere to send money."""
_BARE_ACCOUNT_CANDIDATE = regex.compile(
    r"(?i)\b(?:account|acct|acc|a/c)" + _LABEL_GAP + r"(\d(?:[\s\-]?+\d){5,16})(?!\d)"
)
""""account 43918265": a number after the bare word, taken only beside a bank code."""
_CARD_CANDIDATE = regex.compile(
    r"(?i)\b(?:card|cards|visa|mastercard|master\s?card|amex|cc)\b[^\d\n]{0,25}?"
    r"(\d(?:[ \-]?+\d){12,18})(?!\d)"
)
"""A card number after a word that names it as one ("card number", "my Visa"): a bare
16-digit run is as likely an order or tracking number."""
_CRYPTO_KINDS = {
    CryptoAddressKind.BTC_LEGACY: IdentifierKind.BTC_ADDRESS,
    CryptoAddressKind.BTC_P2SH: IdentifierKind.BTC_ADDRESS,
    CryptoAddressKind.BTC_SEGWIT: IdentifierKind.BTC_ADDRESS,
    CryptoAddressKind.ETH: IdentifierKind.ETH_ADDRESS,
    CryptoAddressKind.TRON: IdentifierKind.TRON_ADDRESS,
}


@cache
def _documentation_examples() -> frozenset[str]:
    text = (files("holdrules") / "data" / "payment_example_identifiers.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def is_documentation_example(hit: IdentifierHit) -> bool:
    """True for identifiers printed in standards and docs (guard: job about payments)."""
    return hit.value in _documentation_examples()


def _iban_hits(text: str) -> list[IdentifierHit]:
    """IBANs, trimmed to their country's length (the candidate may run into a word)."""
    hits = []
    for match in _IBAN_CANDIDATE.finditer(text):
        length = iban_lengths().get(match.group()[:2].upper())
        if length is None:
            continue
        positions = [i for i in range(match.start(), match.end()) if text[i].isalnum()]
        if len(positions) < length:
            continue
        end = positions[length - 1] + 1
        if end < len(text) and text[end].isalnum():
            continue  # the IBAN would end inside a word: not a standalone identifier
        value = "".join(text[i] for i in positions[:length]).upper()
        if is_valid_iban(value):
            hits.append(IdentifierHit(IdentifierKind.IBAN, match.start(), end, value))
    return hits


def _crypto_hits(text: str) -> list[IdentifierHit]:
    hits = []
    for match in _CRYPTO_CANDIDATE.finditer(text):
        kind = classify_crypto_address(match.group())
        if kind is not None:
            hits.append(IdentifierHit(_CRYPTO_KINDS[kind], match.start(), match.end(),
                                      match.group()))
    return hits


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _labelled_hits(text: str) -> list[IdentifierHit]:
    hits = []
    for match in _BIC_CANDIDATE.finditer(text):
        code = match.group(1).upper()
        if is_valid_bic(code):
            hits.append(IdentifierHit(IdentifierKind.BIC, match.start(1), match.end(1), code))
    for match in _ROUTING_CANDIDATE.finditer(text):
        digits = _digits(match.group(1))
        if is_valid_aba_routing(digits):
            hits.append(IdentifierHit(IdentifierKind.ABA_ROUTING, match.start(1), match.end(1),
                                      digits))
    for match in _CARD_CANDIDATE.finditer(text):
        digits = _digits(match.group(1))
        if is_valid_card_number(digits):
            hits.append(IdentifierHit(IdentifierKind.CARD, match.start(1), match.end(1), digits))
    for match in _SORT_CODE_CANDIDATE.finditer(text):
        hits.append(IdentifierHit(IdentifierKind.SORT_CODE, match.start(1), match.end(1),
                                  _digits(match.group(1))))
    for match in _IFSC_CANDIDATE.finditer(text):
        hits.append(IdentifierHit(IdentifierKind.IFSC, match.start(1), match.end(1),
                                  match.group(1).upper()))
    for match in _MERCHANT_CANDIDATE.finditer(text):
        hits.append(IdentifierHit(IdentifierKind.MOBILE_MONEY_MERCHANT, match.start(1),
                                  match.end(1), match.group(1)))
    # a bare "account 12345678" is a bank account only beside a bank code; alone it may
    # be an order, a ticket or a customer number
    accounts = [_ACCOUNT_CANDIDATE, *([_BARE_ACCOUNT_CANDIDATE] if hits else [])]
    seen: set[int] = set()
    for candidate in accounts:
        for match in candidate.finditer(text):
            digits = _digits(match.group(1))
            # "000000" is a placeholder, not an account
            if len(set(digits)) > 1 and match.start(1) not in seen:
                seen.add(match.start(1))
                hits.append(IdentifierHit(IdentifierKind.BANK_ACCOUNT, match.start(1),
                                          match.end(1), digits))
    return hits


def find_identifiers(text: str) -> list[IdentifierHit]:
    """Every validated payment identifier in `text`, in order of position."""
    hits = [*_iban_hits(text), *_crypto_hits(text), *_labelled_hits(text)]
    return sorted(hits, key=lambda h: (h.start, h.end))
