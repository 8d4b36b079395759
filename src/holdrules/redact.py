"""Mask contact details in a text before it is sent, keeping everything else intact.

For pre-send blocking: the sender sees their message with each email, phone number,
handle or outside link replaced, and nothing else touched. Spans come from the same
scanner the detector uses, so what is masked is exactly what would be reported.
"""

from __future__ import annotations

from holdrules.detectors.contact_scan import ScanPolicy, scan_contacts

__all__ = ["DEFAULT_MASK", "contact_spans", "redact"]

DEFAULT_MASK = "[contact removed]"


def redact(
    text: str,
    *,
    mask: str | None = DEFAULT_MASK,
    region: str | None = None,
    policy: ScanPolicy | None = None,
) -> str:
    """`text` with every detected contact span replaced by `mask`.

    With `mask=None` each masked character becomes "█", so the result has the same
    length and offsets as `text` (useful when other spans into it must stay valid).
    Text outside the detected spans is returned unchanged, character for character.
    """
    pieces: list[str] = []
    pos = 0
    for start, end in contact_spans(text, region=region, policy=policy):
        pieces.append(text[pos:start])
        pieces.append("\u2588" * (end - start) if mask is None else mask)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def contact_spans(
    text: str, *, region: str | None = None, policy: ScanPolicy | None = None
) -> list[tuple[int, int]]:
    """Sorted, disjoint `[start, end)` spans of `text` that hold contact details.

    Every reading counts, also one that overlaps a more specific reading (a digit run
    that runs into a domain): overlapping spans are merged, so masking them leaves no
    partial number behind. The scan repeats on the blanked text (at most three
    rounds) so that masking cannot expose a handle that was glued to a number.
    """
    spans: list[tuple[int, int]] = []
    work = text
    for _ in range(_MAX_ROUNDS):
        found = [(m.start, m.end) for m in
                 scan_contacts(work, region=region, policy=policy, resolve_overlaps=False)]
        if not found:
            break
        spans = _merge(spans + found)
        # Blank what is masked and look again: a handle glued to a number it followed
        # ("5551234skype:ana") only stands alone once the number is gone.
        work = "".join(_blanked(text, spans))
    return spans


_MAX_ROUNDS = 3


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _blanked(text: str, spans: list[tuple[int, int]]) -> list[str]:
    pieces: list[str] = []
    pos = 0
    for start, end in spans:
        pieces.append(text[pos:start])
        pieces.append(" " * (end - start))
        pos = end
    pieces.append(text[pos:])
    return pieces
