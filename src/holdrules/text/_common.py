"""Small pieces several normalisation stages share: transform bits, word views."""

from __future__ import annotations

import functools

from holdrules.text.lexicon import lexicon
from holdrules.text.normalized import Transform, ascii_translator

__all__ = [
    "AT_DOT_WORDS",
    "CONFUSABLES",
    "LEETSPEAK",
    "LEET_TO_LETTERS",
    "PUNCT_TO_SPACE",
    "SPACING",
    "SPELLED_DIGITS",
    "ZERO_WIDTH",
    "leet_to_letters",
    "number_words",
    "punct_to_space",
    "word_set",
]


# Transform bits as plain ints: IntFlag arithmetic is slow in the per-character loops.
CONFUSABLES = int(Transform.CONFUSABLES)
ZERO_WIDTH = int(Transform.ZERO_WIDTH)
SPELLED_DIGITS = int(Transform.SPELLED_DIGITS)
AT_DOT_WORDS = int(Transform.AT_DOT_WORDS)
SPACING = int(Transform.SPACING)
LEETSPEAK = int(Transform.LEETSPEAK)
LEET_TO_LETTERS = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "7": "t"})
PUNCT_TO_SPACE = str.maketrans(dict.fromkeys("!\"#$%&'()*+,-./:;<=>?[\\]^_`{|}~", " "))
leet_to_letters = ascii_translator({"0": "o", "1": "i", "3": "e", "4": "a", "7": "t"})
punct_to_space = ascii_translator(dict.fromkeys("!\"#$%&'()*+,-./:;<=>?[\\]^_`{|}~", " "))


def word_set(text: str) -> set[str]:
    """The words of `text`, punctuation read as spaces ("(dot)" -> "dot")."""
    return set(punct_to_space(text).split())


@functools.cache
def number_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset({*lex.number_words, *lex.tens_words, *lex.repeat_words, *lex.sign_words})

