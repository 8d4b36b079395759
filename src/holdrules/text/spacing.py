"""Letters or digits written apart ("j o h n", "9-1-7-5") joined back together."""

from __future__ import annotations

import re
from collections import Counter

from holdrules.text._common import SPACING
from holdrules.text.fastpath import SINGLE_CHARACTER_RUN as _SINGLE_CHARACTER_RUN
from holdrules.text.normalized import Edit, _Seq, apply_edits, word_view_text

__all__ = ["join_spaced_characters"]


# Single letters or digits each followed by a short separator, at least four in a
# row: "j o h n", "9-1-7-5", "g.m.a.i.l". Separators are atomic so a failing run
# costs one step per character.
_SEP_CHARS = r"[ \t\-_*|~/\\,.:;+@'\"]"
_SPACED_RUN = re.compile(rf"(?<![^\W_])(?:[^\W_](?>{_SEP_CHARS}{{1,3}})){{3,}}[^\W_](?![^\W_])")


_SEP_PIECE = re.compile(rf"{_SEP_CHARS}{{1,3}}+")


def join_spaced_characters(seq: _Seq) -> _Seq:
    """Join letters or digits written apart; keep "@" and "." separators as one char.

    In a run spaced with single spaces, a wider gap (two spaces or more, with no "@",
    "." or "/" in it) is read as the gap between words: "s e n d  t o  m y  p a y p a l"
    is "send to my paypal", not one word. Runs spaced evenly wide ("j  o  h  n") join
    as before.
    """
    edits: list[Edit] = []
    text = seq.text
    if text.isascii() and not _SINGLE_CHARACTER_RUN.search(" " + word_view_text(text)):
        return seq
    for m in _SPACED_RUN.finditer(text):
        has_letters = any(c.isalpha() for c in m.group())
        seps = _SEP_PIECE.findall(m.group())
        # Letters punctuated apart by bare dots ("s.k.y.p.e"): those dots only space
        # the letters out; a different separator in the run (" @ ", " . ") still counts.
        dotted = bool(seps) and Counter(seps).most_common(1)[0][0] == "."
        for start, end in _words_of_run(text, m.start(), m.end(), seps):
            edit = _joined(text, start, end, has_letters=has_letters, dotted=dotted)
            if edit is not None:
                edits.append(edit)
    return apply_edits(seq, edits)


def _words_of_run(text: str, start: int, end: int, seps: list[str]) -> list[tuple[int, int]]:
    """The run `[start, end)` cut at its word gaps, if it has single-space gaps too.

    Parts of one character are left out: a lone letter between word gaps ("a") is a
    word as typed.
    """
    if not any(sep in (" ", "\t") for sep in seps):
        return [(start, end)]
    usual = Counter(seps).most_common(1)[0][0]
    if not any(_is_word_gap(sep, usual) for sep in seps):
        return [(start, end)]
    parts: list[tuple[int, int]] = []
    part_start = start
    for sep in _SEP_PIECE.finditer(text, start, end):
        if _is_word_gap(sep.group(), usual):
            parts.append((part_start, sep.start()))
            part_start = sep.end()
    parts.append((part_start, end))
    return [(s, e) for s, e in parts if e - s > 1]


_WORD_GAP = re.compile(r"[^@./]*[ \t]{2}[^@./]*")


_CLAUSE_MARK = re.compile(r"[,;:] ")


def _is_word_gap(sep: str, usual: str) -> bool:
    """Two spaces, or a comma, semicolon or colon with a space in a run spaced some
    other way: "V e n m o, I pay now" is "venmo, i", not "venmoi"."""
    if _WORD_GAP.fullmatch(sep) is not None:
        return True
    return sep != usual and _CLAUSE_MARK.search(sep) is not None


def _joined(text: str, start: int, end: int, *, has_letters: bool, dotted: bool) -> Edit | None:
    """The edit that joins the characters spaced apart in `[start, end)`, or None."""
    pieces: list[tuple[str, int, int]] = []
    pos = start
    while pos < end:
        pieces.append((text[pos], pos, pos + 1))
        pos += 1
        sep = _SEP_PIECE.match(text, pos, end)
        if sep is None:
            continue
        bare_dot = dotted and sep.group() == "."
        kept = "" if bare_dot else _kept_separator(sep.group(), has_letters)
        if kept:
            pieces.append((kept, sep.start(), sep.end()))
        pos = sep.end()
    joined = "".join(p[0] for p in pieces)
    if joined == text[start:end]:
        return None
    return Edit(start, end, tuple(pieces), SPACING)


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
