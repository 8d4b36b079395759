"""Spelled-out digits read as digits: "nine one seven", "double five", "fifty five"."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

import regex

from holdrules.text._common import SPELLED_DIGITS, number_words, word_set
from holdrules.text.lexicon import Lexicon, lexicon
from holdrules.text.normalized import Edit, _Seq, apply_edits

__all__ = ["has_glued_number_words", "number_pair", "read_spelled_digits"]


@functools.cache
def _number_run_pattern() -> re.Pattern[str]:
    lex = lexicon()
    words = sorted({*lex.number_words, *lex.tens_words, *lex.repeat_words}, key=len, reverse=True)
    alternation = "|".join(regex.escape(w) for w in words)
    signs = "|".join(regex.escape(w) for w in lex.sign_words)
    token = rf"(?:(?:{alternation})++(?![a-z])|\d{{1,15}}+(?![a-z]))"
    return re.compile(
        rf"(?<![a-z0-9])(?:(?:{signs})[ \t]++)?{token}(?:(?>[ \t,\-./]{{1,3}}){token})*"
    )


@functools.cache
def _number_word_pattern() -> re.Pattern[str]:
    lex = lexicon()
    words = sorted(
        {*lex.number_words, *lex.tens_words, *lex.repeat_words, *lex.sign_words},
        key=len,
        reverse=True,
    )
    return re.compile("|".join(re.escape(w) for w in words) + r"|\d{1,15}+")


def read_spelled_digits(seq: _Seq) -> _Seq:
    """Turn runs of spelled-out digits into digits: "nine one seven" -> "917".

    Only runs with at least three number words (or two and five digits in all) are
    read, so "one or two days" and "two 3-hour calls" stay words.
    """
    lex = lexicon()
    edits: list[Edit] = []
    text = seq.text
    words = word_set(text)
    if number_words().isdisjoint(words) and not has_glued_number_words(words):
        return seq
    for m in _number_run_pattern().finditer(text):
        if m.group().isdigit() or m.end() - m.start() < 5:
            continue
        pieces, word_count = _spell_run(text, m.start(), m.end(), lex)
        digits = sum(len(p[0]) for p in pieces)
        if word_count >= 3 or (word_count >= 2 and digits >= 5):
            edits.append(Edit(m.start(), m.end(), tuple(pieces), SPELLED_DIGITS))
    return apply_edits(seq, edits)


def _spell_run(
    text: str, start: int, end: int, lex: Lexicon
) -> tuple[list[tuple[str, int, int]], int]:
    numbers, tens, repeats = lex.number_words, lex.tens_words, lex.repeat_words
    tokens = [
        (t.group(), t.start(), t.end()) for t in _number_word_pattern().finditer(text, start, end)
    ]
    pieces: list[tuple[str, int, int]] = []
    words = 0
    repeat = 1
    i = 0
    while i < len(tokens):
        word, s, e = tokens[i]
        if word in lex.sign_words:
            if i == 0:
                pieces.append((lex.sign_words[word], s, e))
        elif word.isdigit():
            pieces.append((word[0] * repeat + word[1:], s, e))
            repeat = 1
        elif word in repeats:
            repeat = repeats[word]
            words += 1
        elif word in tens:
            words += 1
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt and nxt[0] in numbers and len(numbers[nxt[0]]) == 1 and numbers[nxt[0]] != "0":
                pieces.append((tens[word] + numbers[nxt[0]], s, nxt[2]))
                words += 1
                i += 1
            else:
                pieces.append((tens[word] + "0", s, e))
        else:
            digits = numbers[word]
            pieces.append((digits[0] * repeat + digits[1:], s, e))
            repeat = 1
            words += 1
        i += 1
    return pieces, words


def has_glued_number_words(words: Iterable[str]) -> bool:
    """A word made of three number words run together ("nineoneseven")."""
    long_words = [w for w in words if len(w) >= 9]
    return bool(long_words) and any(_glued_numbers().search(w) for w in long_words)


@functools.cache
def _glued_numbers() -> re.Pattern[str]:
    """Three number words written as one ("nineoneseven"), as spaced letters join to.

    Only whether it matches is used. The words are a trie-shaped alternation (shared
    prefixes written once: "s(?:even(?:t(?:een|y))?|ix...)"), the same set of strings
    as the plain alternation, tried at about half its cost at each position.
    """
    lex = lexicon()
    return re.compile("(?:" + word_trie_pattern({*lex.number_words, *lex.tens_words}) + "){3}")


def word_trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching exactly `words` (non-empty), prefixes factored."""
    root: dict[str, Any] = {}
    for word in words:
        if not word:
            raise ValueError("empty word")
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@functools.cache
def number_pair() -> re.Pattern[str]:
    """Two number words, or a number word and a digit, next to each other."""
    words = "|".join(sorted(number_words(), key=len, reverse=True))
    sep = r"[ \t,\-./]{0,3}+"
    return re.compile(rf"(?<![a-z])(?:{words}){sep}(?:{words}|\d)|\d{sep}(?:{words})(?![a-z])")
