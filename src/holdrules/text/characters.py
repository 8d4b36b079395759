"""Character-level stages: Unicode forms, invisibles, look-alikes, leetspeak.

NFKC and casefolding, removal of zero-width and bidi controls and combining marks,
other scripts' digits, Cyrillic/Greek look-alikes inside mixed-script tokens, and the
leetspeak view. Each maps characters one to one (or to nothing), so offsets stay exact.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import regex

from holdrules.text._common import CONFUSABLES, LEETSPEAK, ZERO_WIDTH
from holdrules.text.lexicon import lexicon
from holdrules.text.normalized import Edit, _Seq, apply_edits

__all__ = [
    "capital_i_as_l",
    "fold_characters",
    "fold_confusables",
    "fold_leetspeak",
    "l_for_capital_i",
]


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
        return "", ZERO_WIDTH
    if category == "Mn":
        return "", CONFUSABLES  # combining marks stacked on letters
    if ch in _DOTS:
        return ".", CONFUSABLES
    if category == "Pd":
        return "-", CONFUSABLES
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
    return result, (CONFUSABLES if changed else 0)


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
            out.append(original[pos : m.start()].lower())
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
        edits.extend(_character_edits(token, m.start(), table, CONFUSABLES))
    return apply_edits(seq, edits)


def _character_edits(
    token: str, base: int, table: dict[str, str], transform: int
) -> list[Edit]:
    """One single-character edit per character of `token` (at offset `base`) in `table`."""
    edits = []
    for j, c in enumerate(token):
        rep = table.get(c)
        if rep is not None:
            k = base + j
            edits.append(Edit(k, k + 1, ((rep, k, k + 1),), transform))
    return edits


_LEET_TOKEN = re.compile(r"(?<![\w@$!|])[a-z0-9@$!|]{3,64}+(?![\w@$!|])")


_CAPITAL_I_AS_L = re.compile(r"(?<=[a-z])I++(?![a-z])")
"""A capital I written for a lowercase l: after a lowercase letter and not before one
("PayPaI", "ZeII3"); "LinkedIn" and "McIntyre" keep theirs."""


def capital_i_as_l(original: str) -> bool:
    """`original` writes a capital I where a lowercase l belongs ("PayPaI")."""
    return "I" in original and _CAPITAL_I_AS_L.search(original) is not None


def l_for_capital_i(text: str) -> str:
    """`text` with each capital I written for an l turned into "l" ("PayPaI" -> "PayPal"),
    same length; for word lookups, never for evidence."""
    return _CAPITAL_I_AS_L.sub(lambda m: "l" * len(m.group()), text)


def _capital_i_edits(seq: _Seq, original: str) -> list[Edit]:
    """Edits reading each capital I written for an l as "l" (case is gone from `seq`,
    so positions come from the original)."""
    index = {seq.span(k): k for k in range(len(seq.text))} if not seq.is_identity else None
    edits = []
    for match in _CAPITAL_I_AS_L.finditer(original):
        for pos in range(match.start(), match.end()):
            k = pos if index is None else index.get((pos, pos + 1))
            if k is not None and k < len(seq.text) and seq.text[k] == "i":
                edits.append(Edit(k, k + 1, (("l", k, k + 1),), LEETSPEAK))
    return edits


def fold_leetspeak(seq: _Seq, original: str | None = None) -> _Seq:
    """Fold digits and symbols used as letters inside words: "sk1pe", "wh@tsapp"; with
    the `original`, also a capital I written for an l ("PayPaI").

    A separate view (`normalize(text, leet=True)`): it would turn a phone number's
    digits into letters, so phone and email matchers read the default view.
    """
    table = lexicon().leet
    text = seq.text
    edits: list[Edit] = []
    for m in _LEET_TOKEN.finditer(text):
        # "!" and "|" at either end of a word are punctuation ("thanks!"), not letters.
        token = m.group().strip("!|")
        letters = sum(c.isalpha() for c in token)
        leet = sum(c in table for c in token)
        if letters < 2 or leet == 0 or leet > letters or token.isdigit():
            continue
        base = m.start() + (len(m.group()) - len(m.group().lstrip("!|")))
        edits.extend(_character_edits(token, base, table, LEETSPEAK))
    if original is not None and capital_i_as_l(original):
        edits = sorted([*edits, *_capital_i_edits(seq, original)], key=lambda e: e.start)
    return apply_edits(seq, edits)
