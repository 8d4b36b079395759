"""Mask contact details in a text before it is sent, keeping everything else intact.

For pre-send blocking: the sender sees their message with each email, phone number,
handle or outside link replaced, and nothing else touched. Spans come from the same
scanner the detector uses, so what is masked is exactly what would be reported.
"""

from __future__ import annotations

from holdrules.detectors.contact_scan import ScanPolicy, default_policy, scan_with_limits

__all__ = ["DEFAULT_MASK", "REDACT_OVERLAP_CHARS", "contact_spans", "redact", "window_overlap"]

DEFAULT_MASK = "[contact removed]"

# How far consecutive windows of a long text overlap: longer than any contact span
# the scanner reads (a link is at most a scheme, a 540-character host and a
# 400-character path; an obfuscated email or number is far shorter), so a contact
# that crosses one window's end lies whole inside the next window.
REDACT_OVERLAP_CHARS = 2_000


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
    The whole text is masked, however long (see `contact_spans`).
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

    The scanner reads at most `policy.max_text_chars` characters and validates at
    most `policy.max_phone_candidates` phone-like runs per call. The detector reports
    what those limits leave unread (CON016); masking cannot leave it to a person, so
    the text is read in windows of at most `max_text_chars` that overlap by
    `window_overlap(max_text_chars)` (see `_next_window`).
    """
    policy = policy or default_policy()
    overlap = window_overlap(policy.max_text_chars)
    spans: list[tuple[int, int]] = []
    start, size = 0, policy.max_text_chars
    while True:
        end = min(len(text), start + size)
        found, phone_stop = _window_spans(text[start:end], region, policy)
        spans += [(start + s, start + e) for s, e in found]
        last = end == len(text)
        if last and phone_stop is None:
            return _merge(spans)
        start, size = _next_window(start, end, size, phone_stop, last=last,
                                   overlap=overlap, policy=policy)


def _next_window(
    start: int,
    end: int,
    size: int,
    phone_stop: int | None,
    *,
    last: bool,
    overlap: int,
    policy: ScanPolicy,
) -> tuple[int, int]:
    """Where the window after `[start, end)` starts, and how long it may be.

    Unless `[start, end)` was the text's `last` piece, the next window starts
    `overlap` before `end`, so a contact crossing `end` lies whole in it; it starts
    earlier when the phone limit cut validation short, at the first run left
    unvalidated (`phone_stop`, relative to `start`). After such a cut the window
    shrinks to twice the distance read (at least four overlaps), then doubles back
    towards `max_text_chars`: a text packed with numbers moves on only
    `max_phone_candidates` runs per window, and full-size windows would re-read
    almost a whole window for each of them. So every window is at most a constant
    times as long as the distance the reading moved on, and the work stays linear
    in the length of the text.
    """
    limit = policy.max_text_chars
    if phone_stop is None:
        return end - overlap, min(limit, 2 * size)
    next_start = start + phone_stop
    if not last:
        next_start = min(next_start, end - overlap)
    return next_start, min(limit, max(2 * phone_stop, 4 * overlap))


def window_overlap(max_text_chars: int) -> int:
    """The overlap of consecutive windows: `REDACT_OVERLAP_CHARS`, or half a window
    when windows are smaller (so each window still moves the reading on)."""
    return min(REDACT_OVERLAP_CHARS, max_text_chars // 2)


def _window_spans(
    window: str, region: str | None, policy: ScanPolicy
) -> tuple[list[tuple[int, int]], int | None]:
    """Contact spans in one window (which fits the scanner's size limit), and where
    the phone-candidate limit stopped validation in it, if it did.

    The scan repeats on the blanked window (at most three rounds) so that masking
    cannot expose a handle that was glued to a number.
    """
    spans: list[tuple[int, int]] = []
    phone_stop: int | None = None
    work = window
    for _ in range(_MAX_ROUNDS):
        scan = scan_with_limits(work, region=region, policy=policy, resolve_overlaps=False)
        if scan.phone_limit is not None:
            stop = scan.phone_limit.start
            phone_stop = stop if phone_stop is None else min(phone_stop, stop)
        found = [(m.start, m.end) for m in scan.matches]
        if not found:
            break
        spans = _merge(spans + found)
        # Blank what is masked and look again: a handle glued to a number it followed
        # ("5551234skype:ana") only stands alone once the number is gone.
        work = "".join(_blanked(window, spans))
    return spans, phone_stop


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
