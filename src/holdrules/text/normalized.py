"""Normalised text that remembers, character by character, where it came from.

Every stage of normalisation rewrites a `_Seq` into a new `_Seq` through `apply_edits`,
which carries the map back to the original along. Evidence spans therefore always point
at what the person typed, however many rewrites happened in between.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntFlag

__all__ = [
    "Edit",
    "NormalizedText",
    "Transform",
    "apply_edits",
    "ascii_translator",
    "word_view",
    "word_view_text",
]


def ascii_translator(mapping: dict[str, str]) -> Callable[[str], str]:
    """`str.translate` with a one-ASCII-character-to-one table, ~10x faster on ASCII.

    Every text detector runs these on every message: `bytes.translate` is a plain table
    lookup per byte, while `str.translate` goes through a dict per character.
    """
    table = str.maketrans(mapping)
    as_bytes = bytearray(range(256))
    for key, value in mapping.items():
        if not (key.isascii() and len(key) == 1 and value.isascii() and len(value) == 1):
            raise ValueError(f"not a one-ASCII-character mapping: {key!r} -> {value!r}")
        as_bytes[ord(key)] = ord(value)
    byte_table = bytes(as_bytes)

    def translate(text: str) -> str:
        if text.isascii():
            return text.encode("ascii").translate(byte_table).decode("ascii")
        return text.translate(table)

    return translate


# Punctuation as spaces and leetspeak digits as letters, in one C-level pass:
# "(d0t)" -> " dot ", "wh4ts-app" -> "whats app", "9-1-7" -> "g i t".
_WORD_VIEW = ascii_translator({**dict.fromkeys("!\"#$%&'()*+,-./:;<=>?[\\]^_`{|}~", " "),
                               "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                               "8": "b", "9": "g"})


def word_view(text: str) -> list[str]:
    """The words of `text` for word-list lookups (see `NormalizedText.words`)."""
    return _WORD_VIEW(text).split()


def word_view_text(text: str) -> str:
    """`text` with punctuation as spaces and leetspeak digits as letters, unsplit."""
    return _WORD_VIEW(text)


class Transform(IntFlag):
    """One kind of obfuscation that normalisation undoes; names appear in findings."""

    CONFUSABLES = 1
    ZERO_WIDTH = 2
    SPELLED_DIGITS = 4
    AT_DOT_WORDS = 8
    SPACING = 16
    LEETSPEAK = 32

    @property
    def label(self) -> str:
        """The stable lowercase name, e.g. "at_dot_words"."""
        return (self.name or "").lower()


_ALL_TRANSFORMS: tuple[Transform, ...] = tuple(Transform)


@functools.lru_cache(maxsize=128)
def transform_names(bits: int) -> frozenset[str]:
    """The names of the transforms set in `bits` (cached: there are only 64 sets)."""
    return frozenset(t.label for t in _ALL_TRANSFORMS if bits & t)


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace `[start, end)` of a sequence with `pieces`, flagging them with `flag`.

    Each piece is `(text, piece_start, piece_end)`: the replacement characters and the
    part of the sequence they stand for, so "nine one" -> "91" maps "9" to "nine".
    """

    start: int
    end: int
    pieces: tuple[tuple[str, int, int], ...]
    flag: int


class _Seq:
    """Text plus, per character, its original span and the transforms applied.

    `starts`/`ends`/`flags` are None while the sequence is still the identity map of
    the original (the fast path never allocates them).
    """

    __slots__ = ("ends", "flags", "starts", "text")

    def __init__(
        self,
        text: str,
        starts: list[int] | None = None,
        ends: list[int] | None = None,
        flags: list[int] | None = None,
    ) -> None:
        self.text = text
        self.starts = starts
        self.ends = ends
        self.flags = flags

    @property
    def is_identity(self) -> bool:
        return self.starts is None

    def span(self, i: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return i, i + 1
        return self.starts[i], self.ends[i]

    def flag(self, i: int) -> int:
        return 0 if self.flags is None else self.flags[i]


def apply_edits(seq: _Seq, edits: Iterable[Edit]) -> _Seq:
    """A new sequence with `edits` (sorted, non-overlapping) applied to `seq`."""
    ordered = sorted(edits, key=lambda e: e.start)
    if not ordered:
        return seq
    text = seq.text
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    flags: list[int] = []
    pos = 0
    for edit in ordered:
        if edit.start < pos:
            continue  # overlapping edit: the earlier one wins
        _copy(seq, pos, edit.start, out, starts, ends, flags)
        extra = _flags_between(seq, edit.start, edit.end)
        for piece, p_start, p_end in edit.pieces:
            o_start = seq.span(p_start)[0]
            o_end = seq.span(max(p_start, p_end - 1))[1]
            bits = edit.flag | extra
            for ch in piece:
                out.append(ch)
                starts.append(o_start)
                ends.append(o_end)
                flags.append(bits)
        pos = edit.end
    _copy(seq, pos, len(text), out, starts, ends, flags)
    return _Seq("".join(out), starts, ends, flags)


def _flags_between(seq: _Seq, start: int, end: int) -> int:
    if seq.flags is None:
        return 0
    bits = 0
    for f in seq.flags[start:end]:
        bits |= f
    return bits


def _copy(
    seq: _Seq,
    start: int,
    end: int,
    out: list[str],
    starts: list[int],
    ends: list[int],
    flags: list[int],
) -> None:
    if start >= end:
        return
    out.append(seq.text[start:end])
    if seq.starts is None or seq.ends is None or seq.flags is None:
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))
        flags.extend([0] * (end - start))
    else:
        starts.extend(seq.starts[start:end])
        ends.extend(seq.ends[start:end])
        flags.extend(seq.flags[start:end])


class NormalizedText:
    """What the person typed, what we read, and the map between the two.

    `text` is the normalised reading; `to_original` maps a `[start, end)` span of it
    back to the exact range of `original` it came from, and `transforms_in` names the
    obfuscations undone inside a span (for the explanation of a finding).
    """

    __slots__ = ("_seq", "_words", "original")

    def __init__(self, original: str, seq: _Seq, words: list[str] | None = None) -> None:
        self.original = original
        self._seq = seq
        self._words = words

    @classmethod
    def identity(cls, original: str, words: list[str] | None = None) -> NormalizedText:
        """The view of ASCII text that needs no rewriting: lowercased, same offsets."""
        return cls(original, _Seq(original.lower()), words)

    @property
    def words(self) -> list[str]:
        """The words of `text`, punctuation read as spaces and leetspeak digits as
        letters, for cheap word-list lookups ("skype", "sk1pe" and "skype:" all
        give "skype"/"skipe"). Offsets are not kept: look spans up in `text`."""
        if self._words is None:
            self._words = word_view(self._seq.text)
        return self._words

    @property
    def text(self) -> str:
        return self._seq.text

    @property
    def is_plain(self) -> bool:
        """True when no obfuscation was undone (at most the case changed), so offsets
        in `text` are offsets in `original`."""
        return self._seq.is_identity

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """`[start, end)` in `text` -> the `[start, end)` in `original` it came from."""
        n = len(self._seq.text)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span [{start}, {end}) outside normalised text of length {n}")
        if self._seq.is_identity:
            return start, end
        if start == end:
            pos = self._seq.span(start)[0] if start < n else len(self.original)
            return pos, pos
        o_start = self._seq.span(start)[0]
        o_end = self._seq.span(end - 1)[1]
        return o_start, max(o_start, o_end)

    def transforms_in(self, start: int, end: int) -> frozenset[str]:
        """Names of the obfuscations undone inside `[start, end)` of `text`."""
        flags = self._seq.flags
        if flags is None:
            return frozenset()
        bits = 0
        for f in flags[start:end]:
            bits |= f
        return transform_names(bits)

    def transforms(self) -> frozenset[str]:
        """Names of every obfuscation undone anywhere in the text."""
        return self.transforms_in(0, len(self._seq.text))

    def __repr__(self) -> str:
        return f"NormalizedText(original={self.original!r}, text={self.text!r})"
