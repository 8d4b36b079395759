"""Mask contact details in a text before it is sent, keeping everything else intact.

For pre-send blocking: the sender sees their message with each email, phone number,
handle or outside link replaced, and nothing else touched. Spans come from the same
scanner the detector uses, so what is masked is exactly what would be reported.
"""

from __future__ import annotations

from holdrules.detectors.contact_scan import ScanPolicy, scan_contacts

__all__ = ["DEFAULT_MASK", "redact"]

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
    for match in scan_contacts(text, region=region, policy=policy):
        pieces.append(text[pos : match.start])
        pieces.append("\u2588" * (match.end - match.start) if mask is None else mask)
        pos = match.end
    pieces.append(text[pos:])
    return "".join(pieces)
