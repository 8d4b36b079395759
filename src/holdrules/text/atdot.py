"""The "at"/"dot" stage: "john (at) gmail (dot) com" read as "john@gmail.com".

Every mark (a written "at" or "dot" in any listed language, bracketed, dashed or
bare) is found on its own first, then the name before it and the labels after it
are read; a bare "at" counts only inside an email shape whose dots are written too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from holdrules.text._common import AT_DOT_WORDS, SPACING, leet_to_letters, word_set
from holdrules.text.fastpath import anchor_patterns
from holdrules.text.lexicon import Lexicon, lexicon
from holdrules.text.normalized import Edit, _Seq, apply_edits

__all__ = ["read_at_dot_words"]


@functools.cache
def _at_dot_patterns() -> tuple[
    re.Pattern[str], regex.Pattern[str], re.Pattern[str], regex.Pattern[str]
]:
    """(an "at" in any written form, what follows it in an email, a written-out dot,
    the labels that follow a written-out dot).

    The two finders match only the mark itself, starting on a bracket, a dash, a
    space or "@", so the standard library's `re` skips most of a text in C; the
    spaces around a mark are taken in afterwards.
    """
    lex = lexicon()

    def alt(words: frozenset[str]) -> str:
        return "|".join(_leet_word(w) for w in sorted(words, key=len, reverse=True))

    at_w, dot_w = alt(lex.at_words), alt(lex.dot_words)
    at_br = alt(lex.at_words | lex.bracket_only_at)
    dot_br = alt(lex.dot_words | lex.bracket_only_dot)
    open_, close = r"[\[({<\"']", r"[\])}>\"']"
    # Each mark starts on one character class (a bracket, a dash, a space or "@"),
    # so `re` skips in C to those characters; a lookbehind then picks the branch.
    # A bare word's match takes in the space before it: callers widen every mark
    # over its spaces anyway.
    at_mark = re.compile(
        r"[\[({<\"'\-_* \t@](?:"
        rf"(?<={open_})[ \t]{{0,3}}+(?:{at_br})[ \t]{{0,3}}+{close}"
        rf"|(?<=[-_*])[-_*]?+(?:{at_w})[-_*]{{1,2}}+"
        rf"|(?<=[ \t])(?:{at_w})(?=[ \t])"
        r"|(?<=@))"
    )
    dot_mark = re.compile(
        r"[\[({<\"'\-_* \t](?:"
        rf"(?<={open_})[ \t]{{0,3}}+(?:{dot_br})[ \t]{{0,3}}+{close}"
        rf"|(?<=[-_*])[-_*]?+(?:{dot_w})[-_*]{{1,2}}+"
        rf"|(?<=[ \t])(?:{dot_w})(?=[ \t]))"
    )
    dot = (
        rf"(?P<dot>[ \t]*+{open_}[ \t]*+(?:{dot_br})[ \t]*+{close}[ \t]*+"
        rf"|[ \t]*+[-_*]{{1,2}}+(?:{dot_w})[-_*]{{1,2}}+[ \t]*+"
        rf"|[ \t]++(?:{dot_w})[ \t]++"
        # A plain "." with a space before it, or with no space at all: "gmail . com"
        # and "gmail .com" are spaced-out addresses, "gmail.com. Thanks" ends a sentence.
        rf"|[ \t]++\.[ \t]*+|\.(?![ \t]))"
    )
    dot_only = (
        rf"(?P<dot>[ \t]*+{open_}[ \t]*+(?:{dot_br})[ \t]*+{close}[ \t]*+"
        rf"|[ \t]*+[-_*]{{1,2}}+(?:{dot_w})[-_*]{{1,2}}+[ \t]*+"
        rf"|[ \t]++(?:{dot_w})[ \t]++)"
    )
    label = r"[^\W_][\w-]{0,62}"
    # A label of two to six letters spaced apart ("c o m", "a o l"): too short for the
    # spacing stage's run of four, read here because the at/dot mark beside it says
    # an address is being written.
    spaced = r"[^\W_](?:[ \t][^\W_]){1,5}+(?![\w])"
    tail = regex.compile(
        rf"(?P<dom>{spaced}|{label})(?:{dot}(?P<lbl>{spaced}|{label})){{1,4}}(?![\w])"
    )
    chain = regex.compile(rf"(?P<lbl>{label})(?:{dot_only}(?P<lbl>{label})){{0,3}}(?![\w])")
    return at_mark, tail, dot_mark, chain


def _with_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen `[start, end)` over the spaces and tabs on either side."""
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    while end < len(text) and text[end] in " \t":
        end += 1
    return start, end


def _name_before(text: str, end: int, chars: str) -> int:
    """Start of the name that ends at `end` (letters, digits and `chars`), or `end`.

    The name must start with a letter or digit and be the whole run (not the tail
    of a longer one), at most 64 characters.
    """
    i = end
    while i > 0 and end - i < _MAX_LOCAL and (text[i - 1].isalnum() or text[i - 1] in chars):
        i -= 1
    while i < end and not text[i].isalnum():
        i += 1
    if i > 0 and (text[i - 1].isalnum() or text[i - 1] in chars):
        return end
    return i


_LEET_LETTERS = {"o": "[o0]", "a": "[a4]", "e": "[e3]", "i": "[i1]", "t": "[t7]"}


def _leet_word(word: str) -> str:
    """An at/dot word as a pattern that also accepts "d0t", "p0int", "4t"."""
    return "".join(_LEET_LETTERS.get(c, regex.escape(c)) for c in word)


_SPACED_AT_OR_DOT = re.compile(r"[ \t]@|@[ \t]|[ \t]\.")
_PLAIN_AT = regex.compile(r"[ \t]*+@[ \t]*+")
_PLAIN_DOT = regex.compile(r"[ \t]*+\.[ \t]*+")
_BARE_WORD = regex.compile(r"[ \t]++\S++[ \t]++")


def read_at_dot_words(seq: _Seq) -> _Seq:
    """Read "at"/"dot" words (any listed language, bare or in brackets) as "@"/".".

    A bare "at" is read only in an email shape whose dots are also written out or
    bracketed ("john at gmail dot com") and whose name part is not an English word
    ("look at google.com" stays prose). Bracketed forms ("john [at] gmail") always
    count: nobody brackets "at" in a sentence.
    """
    at_mark, tail, dot_mark, chain = _at_dot_patterns()
    lex = lexicon()
    text = seq.text
    edits: list[Edit] = []
    words = word_set(leet_to_letters(text))
    bracket, dashed = anchor_patterns()
    marked = bracket.search(text) is not None or dashed.search(text) is not None
    dots_written = marked or not words.isdisjoint(lex.dot_words)
    named = dots_written or not words.isdisjoint(lex.mail_providers)
    at_word = named and not words.isdisjoint(lex.at_words)
    if not (marked or dots_written or at_word or _SPACED_AT_OR_DOT.search(text)):
        # Only plain "@" and "." are left, with no space beside them: every email
        # shape would read them as they are ("jo\u200bhn@gmail.com" once folded).
        return seq
    has_at = "@" in text or marked or at_word
    for shape in _email_shapes(at_mark, tail, text) if has_at else ():
        at_text = text[shape.at_start : shape.at_end]
        if not shape.last_label.isalpha() or len(shape.last_label) < 2:
            continue
        dots_obfuscated = any(not _PLAIN_DOT.fullmatch(text, s, e) for s, e in shape.dots)
        bare_at = (
            leet_to_letters(at_text.strip()) in lex.at_words
            and _BARE_WORD.fullmatch(at_text) is not None
        )
        provider = shape.first_label in lex.mail_providers
        if bare_at and (shape.local in lex.local_stopwords or not (dots_obfuscated or provider)):
            continue
        spans = [(shape.at_start, shape.at_end, "@")] + [(s, e, ".") for s, e in shape.dots]
        edits.extend(
            Edit(s, e, ((char, s, e),), _flag_for(text, s, e))
            for s, e, char in spans
            if text[s:e] != char
        )
        edits.extend(_joined_label(text, s, e) for s, e in shape.spaced_labels)
    if dots_written:
        edits.extend(_written_domain_dots(dot_mark, chain, text, lex))
    return apply_edits(seq, _without_overlaps(edits))


@dataclass(frozen=True, slots=True)
class _EmailShape:
    local: str
    at_start: int
    at_end: int
    dots: list[tuple[int, int]]
    first_label: str
    last_label: str
    spaced_labels: list[tuple[int, int]]


_MAX_LOCAL = 64


def _email_shapes(
    at_mark: re.Pattern[str], tail: regex.Pattern[str], text: str
) -> Iterator[_EmailShape]:
    """Email shapes found from their "at": the name before it, the domain after it.

    Anchoring on the "at" (a rare thing) rather than on every word that could start
    an address keeps this cheap, and a rejected shape cannot hide a real one.
    """
    for at in at_mark.finditer(text):
        start, end = _with_spaces(text, at.start(), at.end())
        name_start = _name_before(text, start, "._+-")
        if name_start == start:
            continue
        m = tail.match(text, end)
        if m is None:
            continue
        name_start = _spaced_name_start(text, name_start, start)
        labels = [(name_start, start), m.span("dom"), *m.spans("lbl")]
        yield _EmailShape(
            _unspaced(text[name_start:start]), start, end, m.spans("dot"),
            _unspaced(m.group("dom")), _unspaced(m.captures("lbl")[-1]),
            [(s, e) for s, e in labels if " " in text[s:e] or "\t" in text[s:e]],
        )


def _spaced_name_start(text: str, name_start: int, end: int) -> int:
    """Where a name of two to six letters spaced apart ("b o b") ends at `end`.

    The spacing stage joins runs of four or more; a shorter name is read only here,
    right before its "at". `name_start` is returned unchanged unless the name found
    is one character with more single characters, spaced, before it.
    """
    if end - name_start != 1:
        return name_start
    i = name_start
    while (
        name_start - i < 10
        and i >= 2
        and text[i - 1] in " \t"
        and text[i - 2].isalnum()
        and (i == 2 or not text[i - 3].isalnum())
    ):
        i -= 2
    return i


def _unspaced(label: str) -> str:
    return label.replace(" ", "").replace("\t", "")


def _written_domain_dots(
    dot_mark: re.Pattern[str], chain: regex.Pattern[str], text: str, lex: Lexicon
) -> Iterator[Edit]:
    """Dots written as words or brackets inside a domain: "janedoe (dot) design".

    Found from each written dot: the name before it and the labels after it. The
    last label must look like a top-level name, unless the whole thing is the name
    part of an address ("maria {dot} lopez@gmail.com").
    """
    done_until = -1
    for mark in dot_mark.finditer(text):
        start, end = _with_spaces(text, mark.start(), mark.end())
        if start < done_until:
            continue
        name_start = _name_before(text, start, "-")
        if name_start == start or text[name_start:start] in lex.label_stopwords:
            continue
        if name_start > 0 and text[name_start - 1] in ".@":
            continue
        m = chain.match(text, end)
        if m is None:
            continue
        last = m.captures("lbl")[-1]
        local_part = text.startswith("@", m.end())
        if not local_part and (not last.isalpha() or len(last) < 2):
            continue
        done_until = m.end()
        yield Edit(start, end, ((".", start, end),), AT_DOT_WORDS)
        for s, e in m.spans("dot"):
            yield Edit(s, e, ((".", s, e),), AT_DOT_WORDS)


def _joined_label(text: str, start: int, end: int) -> Edit:
    """The letters of a spaced-out label ("c o m") joined, each mapped to itself."""
    pieces = tuple((text[i], i, i + 1) for i in range(start, end) if text[i] not in " \t")
    return Edit(start, end, pieces, SPACING)


def _flag_for(text: str, start: int, end: int) -> int:
    """Only spaces around a real "@"/"." is spacing; a word or bracket is at/dot words."""
    piece = text[start:end]
    if _PLAIN_AT.fullmatch(piece) or _PLAIN_DOT.fullmatch(piece):
        return SPACING
    return AT_DOT_WORDS


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    kept: list[Edit] = []
    end = -1
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.start >= end:
            kept.append(edit)
            end = edit.end
    return kept
