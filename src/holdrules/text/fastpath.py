"""The fast path: tell, cheaply, that no stage could change a plain ASCII text."""

from __future__ import annotations

import functools
import re

from holdrules.text._common import number_words
from holdrules.text.lexicon import lexicon
from holdrules.text.normalized import word_view_text
from holdrules.text.numbers import has_glued_number_words, number_pair

__all__ = ["SINGLE_CHARACTER_RUN", "anchor_patterns", "ascii_needs_stages", "ascii_plain_words"]


@functools.cache
def _anchor_words() -> frozenset[str]:
    """Words that can start a rewrite: number words, dot words, non-English at-words.

    The English "at" is left out: it is in most sentences, and a bare "at" is only
    read inside an email shape whose dots are written as words or brackets, which
    the other anchors catch.
    """
    lex = lexicon()
    words = {
        *lex.mail_providers,
        *lex.number_words,
        *lex.tens_words,
        *lex.repeat_words,
        *lex.sign_words,
        *lex.dot_words,
        *lex.at_words,
    }
    return frozenset(w for w in words if w.isascii() and w not in _COMMON_ENGLISH)


_COMMON_ENGLISH = frozenset({"at", "et"})


@functools.cache
def anchor_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Anchors that are not whole words, each a small pattern with a cheap first step.

    Compiled with the standard library's `re` (faster on short text than `regex`);
    every quantifier is bounded or possessive, so each is linear.
    """
    lex = lexicon()

    def alt(words: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w.isascii())

    at_words, dot_words = alt(lex.at_words), alt(lex.dot_words)
    return (
        re.compile(
            rf"[\[({{<\"'][ \t]{{0,3}}+(?:{at_words}|{dot_words}|@|\.|a)[ \t]{{0,3}}+"
            r"[\])}>\"']"
        ),
        re.compile(rf"[-_*](?:{at_words})[-_*]"),
    )


def ascii_plain_words(lower: str) -> list[str] | None:
    """The words of this lowercase ASCII text when no stage could change it, else None.

    The fast path: word-list lookups and a few small patterns, each linear.
    """
    if "@" in lower and (
        "@ " in lower or " ." in lower or (" @" in lower and _SPACED_AT_DOMAIN.search(lower))
    ):
        return None
    view = word_view_text(lower)
    words = view.split()
    hits = _anchor_words().intersection(words)
    if hits and _needs_stages(hits, words, lower):
        return None
    # Each check is one C-level scan; Python loops only over what a scan found.
    if SINGLE_CHARACTER_RUN.search(" " + view):
        return None
    # Glued number words need a word of 9+ letters: one C-level pass over the lengths.
    if words and max(map(len, words)) >= 9 and has_glued_number_words(words):
        return None
    if _anchor_marks().search(lower):
        return None
    return words


def _needs_stages(hits: frozenset[str], words: list[str], lower: str) -> bool:
    """Whether the anchor words found can start a rewrite.

    Number words need a neighbour ("nine one"); a mail provider needs an at-word
    ("ana at gmail.com"); dot words and other at-words always can.
    """
    lex = lexicon()
    providers = hits & lex.mail_providers
    numbers = hits & number_words()
    if len(providers) + len(numbers) < len(hits):
        return True
    if providers and not lex.at_words.isdisjoint(words):
        return True
    return bool(numbers) and number_pair().search(lower) is not None


def ascii_needs_stages(lower: str) -> bool:
    """False when no stage could change this lowercase ASCII text (the fast path)."""
    return ascii_plain_words(lower) is None


# Four one-character words in a row, searched in " " + the word view: starting on a
# whitespace character lets `re` skip to the spaces instead of trying every position.
SINGLE_CHARACTER_RUN = re.compile(r"\s\S\s++\S\s++\S\s++\S(?!\S)")
_BRACKET_OPEN = r"[\[({<\"']"
_DASH = r"[-_*]"


@functools.cache
def _anchor_marks() -> re.Pattern[str]:
    """Both `anchor_patterns` in one pattern, for one scan of the text instead of two.

    It starts on one character class (an opening bracket or a dash), so `re` skips
    in C to those characters; a lookbehind then picks the branch.
    """
    bracket, dashed = anchor_patterns()
    if not (bracket.pattern.startswith(_BRACKET_OPEN) and dashed.pattern.startswith(_DASH)):
        raise AssertionError("anchor_patterns changed: update _anchor_marks")
    after_bracket = bracket.pattern[len(_BRACKET_OPEN):]
    after_dash = dashed.pattern[len(_DASH):]
    return re.compile(
        rf"[\[({{<\"'\-_*](?:(?<={_BRACKET_OPEN}){after_bracket}|(?<={_DASH}){after_dash})"
    )
_SPACED_AT_DOMAIN = re.compile(r"\s@[a-z0-9-]{1,63}+\.[a-z]")
