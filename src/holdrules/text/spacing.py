"""Letters or digits written apart ("j o h n", "9-1-7-5") joined back together."""

from __future__ import annotations

import re
from collections import Counter

from holdrules.text._common import SPACING, has_single_character_run
from holdrules.text.normalized import Edit, _Seq, apply_edits, word_view

__all__ = ["join_spaced_characters"]


# Single letters or digits each followed by a short separator, at least four in a
# row: "j o h n", "9-1-7-5", "g.m.a.i.l". Separators are atomic so a failing run
# costs one step per character.
_SEP_CHARS = r"[ \t\-_*|~/\\,.:;+@'\"]"
_SPACED_RUN = re.compile(rf"(?<![^\W_])(?:[^\W_](?>{_SEP_CHARS}{{1,3}})){{3,}}[^\W_](?![^\W_])")


_SEP_PIECE = re.compile(rf"{_SEP_CHARS}{{1,3}}+")


def join_spaced_characters(seq: _Seq) -> _Seq:
    """Join letters or digits written apart; keep "@" and "." separators as one char."""
    edits: list[Edit] = []
    text = seq.text
    if text.isascii() and not has_single_character_run(word_view(text)):
        return seq
    for m in _SPACED_RUN.finditer(text):
        pieces: list[tuple[str, int, int]] = []
        pos = m.start()
        end = m.end()
        has_letters = any(c.isalpha() for c in m.group())
        seps = _SEP_PIECE.findall(m.group())
        # Letters punctuated apart by bare dots ("s.k.y.p.e"): those dots only space
        # the letters out; a different separator in the run (" @ ", " . ") still counts.
        dotted = bool(seps) and Counter(seps).most_common(1)[0][0] == "."
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
        if joined != m.group():
            edits.append(Edit(m.start(), end, tuple(pieces), SPACING))
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
