"""The payment detector's fast path: word-set lookups that say when no pattern can
match a text, so most messages skip normalisation and every pattern.

Readings here are for the gate only, never for evidence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from holdrules.detectors.payment_vocabulary import WORD, PaymentVocabulary
from holdrules.text.characters import capital_i_as_l, l_for_capital_i
from holdrules.text.lexicon import lexicon

__all__ = ["gate_reading", "leet_fold", "leetspeak_matters", "might_mention_payment"]


_BANG_IN_WORD = re.compile(r"[a-z]![a-z]")
_LETTER_BY_DIGIT = re.compile(r"[a-z][0-9]|[0-9][a-z]")


def _leet_hint(reading: str) -> bool:
    """A leetspeak character inside a word ("p4yp4l", "p@ypal", "pa!d"): only then can
    folding change a word. Cheaper than one regex: the symbols are rare, and words
    mixing letters and digits are spotted with str methods."""
    if "@" in reading or "$" in reading or "|" in reading:
        return True
    if "!" in reading and _BANG_IN_WORD.search(reading) is not None:
        return True
    # a word mixing letters and digits has a letter next to a digit: one C-level search
    return _LETTER_BY_DIGIT.search(reading) is not None


_INVISIBLE = (
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
"""Zero-width and bidi characters people put inside words to break filters."""


@cache
def leet_fold() -> dict[int, str]:
    return str.maketrans(lexicon().leet)


@cache
def _gate_fold() -> dict[int, str | None]:
    """Look-alike letters (the text layer's own table) to ASCII, invisible marks away."""
    table: dict[int, str | None] = {ord(k): v for k, v in lexicon().confusables.items()}
    table.update(dict.fromkeys(map(ord, _INVISIBLE)))
    return table


def gate_reading(text: str) -> str:
    """A cheap lowercase reading for the fast path only (never for evidence): plain
    ASCII as is; other text NFKC-casefolded with look-alikes and invisible marks
    folded away, so fullwidth "PayPal" or a Cyrillic "a" cannot slip past the gate while
    ordinary non-ASCII chat ("Merci — à demain") skips the full normalisation."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    folded = unicodedata.normalize("NFKC", lowered).casefold().translate(_gate_fold())
    return "".join(  # accents and stacked marks off: "ṕaypal" reads "paypal"
        ch for ch in unicodedata.normalize("NFD", folded) if not unicodedata.combining(ch)
    )


def _has_hidden_marks(reading: str) -> bool:
    """Format characters left after folding (an invisible mark we do not list): a sign
    of evasion, so the text takes the slow path."""
    return not reading.isascii() and any(
        unicodedata.category(ch) == "Cf" for ch in reading if not ch.isascii()
    )


def might_mention_payment(text: str, vocab: PaymentVocabulary) -> bool:
    """The fast path: False when no pattern of the detector can match `text`.

    Word-set lookups instead of normalisation and dozens of patterns: payment words,
    service names and identifier shapes among the words of `gate_reading(text)`, or
    among them once leetspeak digits are folded ("p4yp4l").
    """
    if capital_i_as_l(text):  # "PayPaI", "ZeII3": a capital I written for an l
        text = l_for_capital_i(text)
    reading = gate_reading(text)
    tokens = WORD.findall(reading)
    gate = vocab.prefilter
    if gate.hits(set(tokens)) or gate.has_shape(tokens) or _has_hidden_marks(reading):
        return True
    # No gate word as written: does folding leetspeak bring one into view? Spaced-out
    # leetspeak ("p 4 y p 4 l") joins into a word only after folding, hence has_shape.
    if not _leet_hint(reading):
        return False
    folded = reading.translate(leet_fold())
    if folded == reading:
        return False
    folded_tokens = WORD.findall(folded)
    return bool(gate.hits(set(folded_tokens))) or gate.has_shape(folded_tokens)


def leetspeak_matters(lowered: str, tokens: list[str], vocab: PaymentVocabulary) -> bool:
    """Folding leetspeak ("p4yp4l", "f33s") brings a payment word into view. Cheap (one
    str.translate and a word lookup), so the text layer's costly leet view is computed
    only for the few messages where it can change the reading."""
    if not _leet_hint(lowered):
        return False
    folded = lowered.translate(leet_fold())
    return folded != lowered and vocab.prefilter.adds_words(tokens, folded)

