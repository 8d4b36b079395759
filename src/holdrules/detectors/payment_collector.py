"""The vocabulary of the payment reading: signals, what guards dropped, and the
collector that gathers both while a text is read.

`payment_signals` runs the reading; `payment_readings` holds the clause-level readings
beyond the phrase patterns. Both add to one `Collector` and judge candidates with the
same guard tuples, kept here so neither module imports the other.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

import regex

from holdrules.detectors.payment_guards import (
    Guard,
    asks_what_it_is,
    is_idiom,
    is_job_topic,
    is_past_event,
    is_platform_feature,
    is_reported_proposal,
    is_third_party_payment,
)
from holdrules.detectors.payment_vocabulary import PaymentVocabulary
from holdrules.text import NormalizedText

__all__ = [
    "MEDIUM_GUARDS",
    "OFF_PLATFORM_GUARDS",
    "STRONG_GUARDS",
    "Collector",
    "GuardNote",
    "Signal",
    "SignalKind",
    "TextSignals",
    "clause_spans",
    "describe_signals",
    "first_guard",
    "guards_passed",
]


class SignalKind(StrEnum):
    SOLICIT = "solicit"
    DETAILS = "details"
    AGREE = "agree"
    DECLINE = "decline"
    REPORT = "report"


@dataclass(frozen=True, slots=True)
class Signal:
    """One candidate that survived its guards, located in the original text."""

    kind: SignalKind
    pattern: str
    start: int
    end: int
    normalized: str
    transforms: frozenset[str] = frozenset()
    strong: bool = True


@dataclass(frozen=True, slots=True)
class GuardNote:
    """A candidate a guard dropped, kept for explanations and traces."""

    guard: Guard
    pattern: str
    excerpt: str


@dataclass(frozen=True, slots=True)
class TextSignals:
    signals: tuple[Signal, ...] = ()
    guarded: tuple[GuardNote, ...] = ()
    truncated: bool = False
    names_channel: bool = False
    """The text names a way of paying (`payment_relation.channel_spans`), whatever it
    says of it: a question about one sets the topic its answer is read in."""
    channel_words: frozenset[str] = frozenset()
    """Words of every payment service or channel word the text mentions, cue or not
    ("paypal", "bank"): what a short answer may choose among."""
    noncommittal: bool = False
    """A reply that puts the answer off ("let me think about it"): no answer yet."""
    about_work: bool = False
    """The text names a way of paying as the work's subject ("We need PayPal Checkout
    integrated into our store"): it sets a thread's topic (`payment_thread_topic`)."""

    def of(self, *kinds: SignalKind) -> tuple[Signal, ...]:
        return tuple(s for s in self.signals if s.kind in kinds)

    @property
    def violating(self) -> tuple[Signal, ...]:
        """Signals that are a violation when the author sends them (solicit, details)."""
        return self.of(SignalKind.SOLICIT, SignalKind.DETAILS)

    def has(self, kind: SignalKind) -> bool:
        return any(s.kind is kind for s in self.signals)


def describe_signals(signals: tuple[Signal, ...]) -> str:
    """Plain words for an explanation: which patterns matched, what was undone, how
    identifiers were validated, which guards were checked."""
    names = sorted({s.pattern for s in signals})
    undone = sorted({t for s in signals for t in s.transforms})
    text = "matched " + ", ".join(names) if names else "no pattern matched"
    if undone:
        text += "; obfuscation undone: " + ", ".join(undone)
    validated = sorted({_validation(s) for s in signals if s.pattern.startswith("identifier.")})
    if validated:
        text += "; " + ", ".join(validated)
    passed = guards_passed(signals)
    if passed:
        text += "; guards checked, none applied: " + ", ".join(passed)
    return text


_CHECKSUMMED = {"identifier.iban": "IBAN mod-97", "identifier.aba_routing": "ABA checksum",
                "identifier.btc_address": "Base58Check/Bech32 checksum",
                "identifier.tron_address": "Base58Check checksum",
                "identifier.card_number": "Luhn check and card-network prefix"}


def _validation(signal: Signal) -> str:
    if signal.pattern in _CHECKSUMMED:
        return f"{_CHECKSUMMED[signal.pattern]} valid"
    if signal.pattern == "identifier.eth_address":
        body = signal.normalized[2:]
        mixed = body not in (body.lower(), body.upper())
        return "EIP-55 checksum valid" if mixed else "0x address (single case: no checksum)"
    return "labelled number, format checked (no checksum exists)"


def guards_passed(signals: tuple[Signal, ...]) -> list[str]:
    """The precision guards the violating signals were checked against."""
    passed: set[Guard] = set()
    for signal in signals:
        if signal.pattern.startswith("identifier."):
            passed |= {Guard.DOCUMENTATION_EXAMPLE, Guard.CODE_SNIPPET, Guard.IDENTIFIER_CONTEXT}
        elif signal.kind is SignalKind.DETAILS:
            passed.add(Guard.JOB_TOPIC)
        elif signal.kind is SignalKind.SOLICIT:
            passed |= {Guard.DECLINED, Guard.JOB_TOPIC, Guard.PAST_EVENT, Guard.REPORTED}
            if not signal.strong:
                passed |= {Guard.PLATFORM_FEATURE, Guard.THIRD_PARTY}
    return sorted(str(p) for p in passed)


# Sentences end at . ! ? ; or a line break (a "." inside "paypal.me/x" or an email is
# not followed by a space); a contrast ("but", "however") starts a new clause, so
# "I can't do PayPal, but send it to my Wise" is a decline and a solicitation; a split
# payment ("half via the milestone and the other half by bank wire", "this one on the
# platform, and for the follow-up work …") is two parts; so is a request after a comma
# ("My account has a withdrawal hold, could you send this one by MoneyGram?").
_CLAUSE_BREAK = regex.compile(
    r"[.!?;\u061f]++(?=\s|$)|[\n\r]++|,?\s++(?:but|however|though|although|except|whereas)\b"
    r"|,\s*+(?:and\s++)?then\b"
    r"|,\s*+(?=(?:so\s++)?(?:could|can|would|will)\s++(?:you|u)\b)"
    r"|,?\s++and\s++(?=(?:(?:for|from|after)\s++)?(?:the\s++|any\s++)?"
    r"(?:other|rest|remaining|remainder|balance|second|next|follow|future|later)\b)"
)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """`[start, end)` of each clause of `text`, in order, empty ones left out."""
    spans, start = [], 0
    for match in _CLAUSE_BREAK.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


# --- analysis -------------------------------------------------------------------------


@dataclass(slots=True)
class Collector:
    """Signals and guard notes found so far, with spans mapped to the original."""

    reading: NormalizedText
    signals: list[Signal] = field(default_factory=list)
    guarded: list[GuardNote] = field(default_factory=list)
    solicit_starts: list[int] = field(default_factory=list)
    """Sorted original starts of the solicitations added so far: `solicits_within` is
    a bisection, so a long text of many sentences is read in linear time."""

    def _append(self, signal: Signal) -> None:
        self.signals.append(signal)
        if signal.kind is SignalKind.SOLICIT:
            insort(self.solicit_starts, signal.start)

    def add(self, kind: SignalKind, name: str, offset: int, match: regex.Match[str],
            *, strong: bool = True) -> None:
        start, end = match.start() + offset, match.end() + offset
        o_start, o_end = self.reading.to_original(start, end)
        self._append(Signal(kind, name, o_start, o_end, match.group(),
                            self.reading.transforms_in(start, end), strong))

    def drop(self, guard: Guard, name: str, match: regex.Match[str]) -> None:
        self.guarded.append(GuardNote(guard, name, match.group()))

    def add_span(self, kind: SignalKind, name: str, start: int, end: int) -> None:
        o_start, o_end = self.reading.to_original(start, end)
        self._append(Signal(kind, name, o_start, o_end, self.reading.text[start:end],
                            self.reading.transforms_in(start, end), False))

    def add_original(self, kind: SignalKind, name: str, start: int, end: int) -> None:
        """A weak signal read on the original text (`[start, end)` already original)."""
        self._append(Signal(kind, name, start, end, self.reading.original[start:end],
                            frozenset(), False))

    def discard(self, signals: list[Signal], guard: Guard) -> None:
        """Drop `signals` (after reading: `solicit_starts` is not updated) with `guard`
        noted for each, in one pass over the list."""
        if not signals:
            return
        gone = {id(s) for s in signals}
        self.signals = [s for s in self.signals if id(s) not in gone]
        self.guarded.extend(GuardNote(guard, s.pattern, s.normalized) for s in signals)

    def has_solicit(self) -> bool:
        return bool(self.solicit_starts)

    def solicits_within(self, start: int, end: int) -> bool:
        o_start, o_end = self.reading.to_original(start, end)
        i = bisect_left(self.solicit_starts, o_start)
        return i < len(self.solicit_starts) and self.solicit_starts[i] < o_end


def first_guard(
    clause: str, vocab: PaymentVocabulary, guards: tuple[tuple[Guard, Callable[..., bool]], ...]
) -> Guard | None:
    for guard, applies in guards:
        if applies(clause, vocab):
            return guard
    return None


STRONG_GUARDS = ((Guard.JOB_TOPIC, is_job_topic), (Guard.PAST_EVENT, is_past_event),
                  (Guard.REPORTED, is_reported_proposal))
MEDIUM_GUARDS = (
    *STRONG_GUARDS,
    (Guard.PLATFORM_FEATURE, is_platform_feature),
    (Guard.THIRD_PARTY, is_third_party_payment),
    (Guard.QUESTION, asks_what_it_is),
    (Guard.IDIOM, is_idiom),
)
OFF_PLATFORM_GUARDS = (*STRONG_GUARDS, (Guard.THIRD_PARTY, is_third_party_payment))
"""The off-platform frame's marker says the money leaves the platform; the platform's
features elsewhere in its clause are the part that stays (checked next to the marker)."""
