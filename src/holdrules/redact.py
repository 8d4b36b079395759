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
    partial number behind.
    """
    merged: list[tuple[int, int]] = []
    for match in scan_contacts(text, region=region, policy=policy, resolve_overlaps=False):
        if merged and match.start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], match.end))
        else:
            merged.append((match.start, match.end))
    return merged
