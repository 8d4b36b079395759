"""The normalisation stages, each a small named step from one `_Seq` to the next.

Order matters and is fixed: characters first (so later stages see plain lowercase
ASCII where the person used look-alikes), then spaced-apart letters are joined, then
spelled-out digits become digits, then "at"/"dot" words become "@" and ".". Every
pattern is linear: bounded repetition, atomic separators, and anchors that make a
failed start cost O(1).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from holdrules.text.lexicon import Lexicon, lexicon
from holdrules.text.normalized import Edit, Transform, _Seq, apply_edits, word_view

__all__ = [
    "ascii_needs_stages",
    "ascii_plain_words",
    "fold_characters",
    "fold_confusables",
    "fold_leetspeak",
    "join_spaced_characters",
    "read_at_dot_words",
    "read_spelled_digits",
]

# Transform bits as plain ints: IntFlag arithmetic is slow in the per-character loops.
_CONFUSABLES = int(Transform.CONFUSABLES)
_ZERO_WIDTH = int(Transform.ZERO_WIDTH)
_SPELLED_DIGITS = int(Transform.SPELLED_DIGITS)
_AT_DOT_WORDS = int(Transform.AT_DOT_WORDS)
_SPACING = int(Transform.SPACING)
_LEETSPEAK = int(Transform.LEETSPEAK)

# Characters that render as nothing (or as a plain space) and are used to break up
# an address so a naive matcher misses it. Category Cf covers zero-width space/joiners,
# bidi controls and the soft hyphen; the rest are letters/symbols that display blank.
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e\u034f")
_DOTS = frozenset("\u3002\uff61\u2024\u00b7\u2022\u30fb")


@functools.lru_cache(maxsize=8192)
def _fold_char(ch: str) -> tuple[str, int]:
    """(replacement, transform bits) for one non-ASCII character."""
    category = unicodedata.category(ch)
    if ch in _INVISIBLE or category == "Cf" or (category == "Mn" and _is_variation(ch)):
        return "", _ZERO_WIDTH
    if category == "Mn":
        return "", _CONFUSABLES  # combining marks stacked on letters
    if ch in _DOTS:
        return ".", _CONFUSABLES
    if category == "Pd":
        return "-", _CONFUSABLES
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", ch).casefold())
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", folded) if unicodedata.category(c) != "Mn"
    )
    folded = unicodedata.normalize("NFC", stripped) if stripped else folded
    out = []
    for c in folded:
        digit = unicodedata.decimal(c, None) if not c.isascii() else None
        out.append(str(digit) if digit is not None else c)
    result = "".join(out)
    changed = result != ch.lower()
    return result, (_CONFUSABLES if changed else 0)


def _is_variation(ch: str) -> bool:
    code = ord(ch)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def fold_characters(original: str) -> _Seq:
    """NFKC, casefold, strip invisibles and combining marks, fold other scripts' digits.

    Dropped characters pass their transform to the next kept character, so a
    zero-width space inside "jo\u200bhn" is reported against the span "john".
    """
    if original.isascii():
        return _Seq(original.lower())
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    flags: list[int] = []
    pending = 0
    pos = 0
    # ASCII runs are copied with slices and ranges (C speed); only the non-ASCII
    # characters between them go through the per-character fold.
    for m in _NON_ASCII_RUN.finditer(original):
        if m.start() > pos:
            out.append(original[pos:m.start()].lower())
            starts.extend(range(pos, m.start()))
            ends.extend(range(pos + 1, m.start() + 1))
            flags.append(pending)
            flags.extend([0] * (m.start() - pos - 1))
            pending = 0
        for i in range(m.start(), m.end()):
            rep, bits = _fold_char(original[i])
            if not rep:
                pending |= bits
                continue
            for c in rep:
                out.append(c)
                starts.append(i)
                ends.append(i + 1)
                flags.append(bits | pending)
            pending = 0
        pos = m.end()
    if pos < len(original):
        out.append(original[pos:].lower())
        starts.extend(range(pos, len(original)))
        ends.extend(range(pos + 1, len(original) + 1))
        flags.append(pending)
        flags.extend([0] * (len(original) - pos - 1))
    return _Seq("".join(out), starts, ends, flags)


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]++")


_TOKEN = regex.compile(r"\S{1,200}+")
_ASCII_ANCHOR = regex.compile(r"[a-z0-9@.]")


def fold_confusables(seq: _Seq) -> _Seq:
    """Fold Cyrillic/Greek look-alikes to Latin inside tokens that mix them with ASCII.

    A whole-Cyrillic word ("точка") is left alone: it is a real word, and the at/dot
    stage may need to read it. "john@gmail.com" typed with a Cyrillic "o" mixes
    scripts, which people only do to dodge a filter.
    """
    table = lexicon().confusables
    text = seq.text
    if text.isascii():
        return seq
    edits: list[Edit] = []
    for m in _TOKEN.finditer(text):
        token = m.group()
        if token.isascii() or not _ASCII_ANCHOR.search(token):
            continue
        base = m.start()
        for j, c in enumerate(token):
            rep = table.get(c)
            if rep is not None:
                k = base + j
                edits.append(Edit(k, k + 1, ((rep, k, k + 1),), _CONFUSABLES))
    return apply_edits(seq, edits)


# Single letters or digits each followed by a short separator, at least four in a
# row: "j o h n", "9-1-7-5", "g.m.a.i.l". Separators are atomic so a failing run
# costs one step per character.
_SEP_CHARS = r"[ \t\-_*|~/\\,.:;+@'\"]"
_SPACED_RUN = re.compile(
    rf"(?<![^\W_])(?:[^\W_](?>{_SEP_CHARS}{{1,3}})){{3,}}[^\W_](?![^\W_])"
)
_SEP_PIECE = re.compile(rf"{_SEP_CHARS}{{1,3}}+")


def join_spaced_characters(seq: _Seq) -> _Seq:
    """Join letters or digits written apart; keep "@" and "." separators as one char."""
    edits: list[Edit] = []
    text = seq.text
    if text.isascii() and not _has_single_character_run(word_view(text)):
        return seq
    for m in _SPACED_RUN.finditer(text):
        pieces: list[tuple[str, int, int]] = []
        pos = m.start()
        end = m.end()
        has_letters = any(c.isalpha() for c in m.group())
        while pos < end:
            pieces.append((text[pos], pos, pos + 1))
            pos += 1
            sep = _SEP_PIECE.match(text, pos, end)
            if sep is None:
                continue
            kept = _kept_separator(sep.group(), has_letters)
            if kept:
                pieces.append((kept, sep.start(), sep.end()))
            pos = sep.end()
        joined = "".join(p[0] for p in pieces)
        if joined != m.group():
            edits.append(Edit(m.start(), end, tuple(pieces), _SPACING))
    return apply_edits(seq, edits)


def _kept_separator(sep: str, has_letters: bool) -> str:
    """The one character of a separator that carries meaning, or "".

    "@" always does; "." and "/" do between letters ("g m a i l . c o m",
    "b e h a n c e . n e t / o l e n a") but not between digits ("9.1.7.5").
    """
    if "@" in sep:
        return "@"
    if has_letters and "." in sep:
        return "."
    if has_letters and "/" in sep:
        return "/"
    return ""


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
    words = _words(text)
    if _number_words().isdisjoint(words) and not any(
        len(w) >= 9 and _glued_numbers().search(w) for w in words
    ):
        return seq
    for m in _number_run_pattern().finditer(text):
        if m.group().isdigit() or m.end() - m.start() < 5:
            continue
        pieces, word_count = _spell_run(text, m.start(), m.end(), lex)
        digits = sum(len(p[0]) for p in pieces)
        if word_count >= 3 or (word_count >= 2 and digits >= 5):
            edits.append(Edit(m.start(), m.end(), tuple(pieces), _SPELLED_DIGITS))
    return apply_edits(seq, edits)


def _spell_run(
    text: str, start: int, end: int, lex: Lexicon
) -> tuple[list[tuple[str, int, int]], int]:
    numbers, tens, repeats = lex.number_words, lex.tens_words, lex.repeat_words
    tokens = [(t.group(), t.start(), t.end()) for t in
              _number_word_pattern().finditer(text, start, end)]
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


@functools.cache
def _at_dot_patterns() -> tuple[re.Pattern[str], regex.Pattern[str], re.Pattern[str],
                                regex.Pattern[str]]:
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
    at_mark = re.compile(
        rf"{open_}[ \t]{{0,3}}+(?:{at_br})[ \t]{{0,3}}+{close}"
        rf"|[-_*]{{1,2}}+(?:{at_w})[-_*]{{1,2}}+"
        rf"|(?<=[ \t])(?:{at_w})(?=[ \t])"
        r"|@"
    )
    dot_mark = re.compile(
        rf"{open_}[ \t]{{0,3}}+(?:{dot_br})[ \t]{{0,3}}+{close}"
        rf"|[-_*]{{1,2}}+(?:{dot_w})[-_*]{{1,2}}+"
        rf"|(?<=[ \t])(?:{dot_w})(?=[ \t])"
    )
    dot = (
        rf"(?P<dot>[ \t]*+{open_}[ \t]*+(?:{dot_br})[ \t]*+{close}[ \t]*+"
        rf"|[ \t]*+[-_*]{{1,2}}+(?:{dot_w})[-_*]{{1,2}}+[ \t]*+"
        rf"|[ \t]++(?:{dot_w})[ \t]++"
        rf"|[ \t]*+\.[ \t]*+)"
    )
    dot_only = (
        rf"(?P<dot>[ \t]*+{open_}[ \t]*+(?:{dot_br})[ \t]*+{close}[ \t]*+"
        rf"|[ \t]*+[-_*]{{1,2}}+(?:{dot_w})[-_*]{{1,2}}+[ \t]*+"
        rf"|[ \t]++(?:{dot_w})[ \t]++)"
    )
    label = r"[^\W_][\w-]{0,62}"
    tail = regex.compile(rf"(?P<dom>{label})(?:{dot}(?P<lbl>{label})){{1,4}}(?![\w])")
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
    words = _words(text.translate(_LEET_TO_LETTERS))
    bracket, dashed = _anchor_patterns()
    marked = bracket.search(text) is not None or dashed.search(text) is not None
    dots_written = marked or not words.isdisjoint(lex.dot_words)
    has_at = "@" in text or marked or (dots_written and not words.isdisjoint(lex.at_words))
    if not has_at and not dots_written:
        return seq
    for shape in _email_shapes(at_mark, tail, text) if has_at else ():
        at_text = text[shape.at_start:shape.at_end]
        if not shape.last_label.isalpha() or len(shape.last_label) < 2:
            continue
        dots_obfuscated = any(not _PLAIN_DOT.fullmatch(text, s, e) for s, e in shape.dots)
        bare_at = (
            at_text.strip().translate(_LEET_TO_LETTERS) in lex.at_words
            and _BARE_WORD.fullmatch(at_text) is not None
        )
        if bare_at and (shape.local in lex.local_stopwords or not dots_obfuscated):
            continue
        spans = [(shape.at_start, shape.at_end, "@")] + [(s, e, ".") for s, e in shape.dots]
        edits.extend(
            Edit(s, e, ((char, s, e),), _flag_for(text, s, e))
            for s, e, char in spans
            if text[s:e] != char
        )
    if dots_written:
        edits.extend(_written_domain_dots(dot_mark, chain, text, lex))
    return apply_edits(seq, _without_overlaps(edits))


@dataclass(frozen=True, slots=True)
class _EmailShape:
    local: str
    at_start: int
    at_end: int
    dots: list[tuple[int, int]]
    last_label: str


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
        yield _EmailShape(text[name_start:start], start, end, m.spans("dot"),
                          m.captures("lbl")[-1])


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
        yield Edit(start, end, ((".", start, end),), _AT_DOT_WORDS)
        for s, e in m.spans("dot"):
            yield Edit(s, e, ((".", s, e),), _AT_DOT_WORDS)


def _flag_for(text: str, start: int, end: int) -> int:
    """Only spaces around a real "@"/"." is spacing; a word or bracket is at/dot words."""
    piece = text[start:end]
    if _PLAIN_AT.fullmatch(piece) or _PLAIN_DOT.fullmatch(piece):
        return _SPACING
    return _AT_DOT_WORDS


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    kept: list[Edit] = []
    end = -1
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.start >= end:
            kept.append(edit)
            end = edit.end
    return kept


_LEET_TOKEN = regex.compile(r"(?<![\w@$!|])[a-z0-9@$!|]{3,64}+(?![\w@$!|])")


def fold_leetspeak(seq: _Seq) -> _Seq:
    """Fold digits and symbols used as letters inside words: "sk1pe", "wh@tsapp".

    A separate view (`normalize(text, leet=True)`): it would turn a phone number's
    digits into letters, so phone and email matchers read the default view.
    """
    table = lexicon().leet
    text = seq.text
    edits: list[Edit] = []
    for m in _LEET_TOKEN.finditer(text):
        token = m.group()
        letters = sum(c.isalpha() for c in token)
        leet = sum(c in table for c in token)
        if letters < 2 or leet == 0 or leet > letters or token.isdigit():
            continue
        base = m.start()
        for j, c in enumerate(token):
            rep = table.get(c)
            if rep is not None:
                k = base + j
                edits.append(Edit(k, k + 1, ((rep, k, k + 1),), _LEETSPEAK))
    return apply_edits(seq, edits)


def _words(text: str) -> set[str]:
    """The words of `text`, punctuation read as spaces ("(dot)" -> "dot")."""
    return set(text.translate(_PUNCT_TO_SPACE).split())


@functools.cache
def _number_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset({*lex.number_words, *lex.tens_words, *lex.repeat_words, *lex.sign_words})


@functools.cache
def _glued_numbers() -> re.Pattern[str]:
    """Three number words written as one ("nineoneseven"), as spaced letters join to."""
    lex = lexicon()
    words = sorted({*lex.number_words, *lex.tens_words}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(words) + "){3}")


_LEET_TO_LETTERS = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "7": "t"})
_PUNCT_TO_SPACE = str.maketrans(dict.fromkeys("!\"#$%&'()*+,-./:;<=>?[\\]^_`{|}~", " "))
# Punctuation as spaces and leetspeak digits as letters, in one pass: "(d0t)" -> " dot ".

@functools.cache
def _anchor_words() -> frozenset[str]:
    """Words that can start a rewrite: number words, dot words, non-English at-words.

    The English "at" is left out: it is in most sentences, and a bare "at" is only
    read inside an email shape whose dots are written as words or brackets, which
    the other anchors catch.
    """
    lex = lexicon()
    words = {*lex.number_words, *lex.tens_words, *lex.repeat_words, *lex.sign_words,
             *lex.dot_words, *lex.at_words}
    return frozenset(w for w in words if w.isascii() and w not in _COMMON_ENGLISH)


_COMMON_ENGLISH = frozenset({"at", "et"})


@functools.cache
def _anchor_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Anchors that are not whole words, each a small pattern with a cheap first step.

    Compiled with the standard library's `re` (faster on short text than `regex`);
    every quantifier is bounded or possessive, so each is linear.
    """
    lex = lexicon()

    def alt(words: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)
                        if w.isascii())

    at_words, dot_words = alt(lex.at_words), alt(lex.dot_words)
    return (
        re.compile(rf"[\[({{<\"'][ \t]{{0,3}}+(?:{at_words}|{dot_words}|@|\.|a)[ \t]{{0,3}}+"
                   r"[\])}>\"']"),
        re.compile(rf"[-_*](?:{at_words})[-_*]"),
    )


def ascii_plain_words(lower: str) -> list[str] | None:
    """The words of this lowercase ASCII text when no stage could change it, else None.

    The fast path: word-list lookups and a few small patterns, each linear.
    """
    if "@ " in lower or (" @" in lower and _SPACED_AT_DOMAIN.search(lower)):
        return None
    words = word_view(lower)
    hits = _anchor_words().intersection(words)
    if hits and (not hits <= _number_words() or _number_pair().search(lower)):
        return None
    if _has_single_character_run(words):
        return None
    bracket, dashed = _anchor_patterns()
    if bracket.search(lower) or dashed.search(lower):
        return None
    return words


def ascii_needs_stages(lower: str) -> bool:
    """False when no stage could change this lowercase ASCII text (the fast path)."""
    return ascii_plain_words(lower) is None


_SPACED_AT_DOMAIN = re.compile(r"\s@[a-z0-9-]{1,63}+\.[a-z]")


def _has_single_character_run(words: list[str]) -> bool:
    """Four one-character words in a row: "j o h n", "9-1-7-5" (letters spaced apart)."""
    run = 0
    for word in words:
        if len(word) == 1:
            run += 1
            if run == 4:
                return True
        else:
            run = 0
    return False


@functools.cache
def _number_pair() -> re.Pattern[str]:
    """Two number words, or a number word and a digit, next to each other."""
    words = "|".join(sorted(_number_words(), key=len, reverse=True))
    sep = r"[ \t,\-./]{0,3}+"
    return re.compile(rf"(?<![a-z])(?:{words}){sep}(?:{words}|\d)|\d{sep}(?:{words})(?![a-z])")
