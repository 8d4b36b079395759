"""Text normalisation for evasion, with an exact map back to what the person typed.

People hide contact details and payment handles from filters: "j o h n (at) gmail dot
com" with a Cyrillic "a", "nine one seven, double five...", zero-width spaces inside a
word. `normalize` undoes those tricks and returns a `NormalizedText`:

    nt = normalize(original)
    nt.original                 # what the person typed
    nt.text                     # the normalised reading (see below)
    nt.to_original(start, end)  # [start, end) in nt.text -> [start, end) in original
    nt.transforms_in(start, end)  # obfuscations undone inside that span, e.g.
                                  # {"confusables", "zero_width", "spelled_digits",
                                  #  "at_dot_words", "spacing", "leetspeak"}
    nt.is_plain                 # nothing undone (only the case changed): offsets agree
    nt.words                    # words of nt.text, punctuation as spaces, leetspeak
                                # digits as letters: for cheap word-list lookups

    plain_words(original)       # hot-path check: the words when nothing needs undoing
                                # (then original.lower() is the normalised text), else None

The default view applies, in order: NFKC + casefold, removal of zero-width and bidi
controls and combining marks, folding of other scripts' digits and of look-alike
letters inside mixed-script tokens, joining of letters or digits spaced or punctuated
apart ("j o h n", "9-1-7-5"), spelled-out digits ("nine one seven", "double five"),
and "at"/"dot" words in several languages, bare or bracketed, inside an email or
domain shape. Stages repeat until the text stops changing, so `normalize` is
idempotent: `normalize(normalize(x).text).text == normalize(x).text`.

Views. Leetspeak folding turns digits into letters ("sk1pe" -> "skipe"), which a
phone matcher must not see, so it is a separate view with the same offset contract:
`normalize(text, leet=True)`. Read phones and emails from the default view, app names
and trigger words from the leet view.

Cost. ASCII text never allocates the offset map unless a stage actually rewrote
something; the per-character work runs only on non-ASCII text.
"""

from __future__ import annotations

from holdrules.text.normalized import NormalizedText, Transform, _Seq
from holdrules.text.stages import (
    ascii_needs_stages,
    ascii_plain_words,
    capital_i_as_l,
    fold_characters,
    fold_confusables,
    fold_leetspeak,
    join_spaced_characters,
    read_at_dot_words,
    read_spelled_digits,
)

__all__ = ["NormalizedText", "Transform", "normalize", "plain_words"]

_MAX_ROUNDS = 4
# Characters the leetspeak view may read as letters: without any, it equals the default.
_LEET_CHARS = frozenset("0123456789@$!|")


def plain_words(original: str) -> list[str] | None:
    """The words of `original` if it is ASCII and no stage would rewrite it, else None.

    For callers on a hot path: when this returns words, `original.lower()` *is* the
    normalised text (same offsets), and `NormalizedText.identity(original, words)`
    builds the view only if it is needed.
    """
    if not original.isascii():
        return None
    return ascii_plain_words(original.lower())


def normalize(original: str, *, leet: bool = False) -> NormalizedText:
    """Undo the usual obfuscations of `original`; see the module docstring."""
    if original.isascii():
        lower = original.lower()
        words = ascii_plain_words(lower)
        if words is not None and (
            not leet
            or not _LEET_CHARS.intersection(lower)
            or fold_leetspeak(_Seq(lower)).is_identity  # digits, but none inside words
        ) and not (leet and capital_i_as_l(original)):
            return NormalizedText(original, _Seq(lower), words)
        return _normalize_all_stages(original, leet=leet)
    seq = fold_characters(original)
    if not leet and seq.text.isascii() and not ascii_needs_stages(seq.text):
        # Invisible or look-alike characters only ("jo\u200bhn@gmail.com"): once they
        # are folded, no other stage could change the text, so no round runs.
        return NormalizedText(original, seq)
    return _rounds(original, seq, leet=leet)


def _normalize_all_stages(original: str, *, leet: bool) -> NormalizedText:
    """Every stage, no fast path (tests check that the fast path changes nothing)."""
    return _rounds(original, fold_characters(original), leet=leet)


def _rounds(original: str, seq: _Seq, *, leet: bool) -> NormalizedText:
    """The stages after character folding, repeated until the text stops changing."""
    for _ in range(_MAX_ROUNDS):
        before = seq.text
        seq = fold_confusables(seq)
        seq = join_spaced_characters(seq)
        seq = read_spelled_digits(seq)
        seq = read_at_dot_words(seq)
        if leet:
            seq = fold_leetspeak(seq, original)
        if seq.text == before:
            break
        if not leet and seq.text.isascii() and not ascii_needs_stages(seq.text):
            break  # nothing left that any stage could rewrite: already a fixpoint
    return NormalizedText(original, seq)
