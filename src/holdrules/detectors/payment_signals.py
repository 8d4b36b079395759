"""What one piece of text says about off-platform payment, before any conversation.

Three named steps, each testable alone (STYLE.md: candidates → validators → guards):

1. candidates: phrase patterns on the normalised text (solicitations, payment handles,
   agreement, decline and report wording) and identifier shapes on the original;
2. validators: identifiers must pass their checksum (`holdrules.validators`);
3. precision guards: named functions that drop a candidate when its sentence declines,
   is about the job's subject matter, the platform's own payment features, or the past.

The result, `TextSignals`, keeps what was dropped and why, so a trace can explain it.
Who said it and to whom is the conversation's business (`payment_conversation`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from itertools import pairwise

import regex

from holdrules.detectors.payment_guards import (
    Guard,
    declining_matches,
    in_code_snippet,
    is_identifier_context,
    is_job_topic,
    is_past_event,
    is_platform_feature,
    is_reported_proposal,
    is_third_party_payment,
    overlaps,
)
from holdrules.detectors.payment_identifiers import (
    IdentifierHit,
    find_identifiers,
    is_documentation_example,
)
from holdrules.detectors.payment_relation import (
    channel_spans,
    frame_spans,
    off_platform_spans,
    relation_spans,
)
from holdrules.detectors.payment_vocabulary import WORD, PaymentVocabulary, pattern_matches
from holdrules.text import NormalizedText, normalize
from holdrules.text.characters import capital_i_as_l
from holdrules.text.lexicon import lexicon

__all__ = [
    "GuardNote",
    "Signal",
    "SignalKind",
    "TextSignals",
    "analyse_text",
    "clause_spans",
    "describe_signals",
    "gate_reading",
    "guards_passed",
    "leetspeak_matters",
    "might_mention_payment",
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
                "identifier.tron_address": "Base58Check checksum"}


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
# "I can't do PayPal, but send it to my Wise" is a decline and a solicitation.
_CLAUSE_BREAK = regex.compile(
    r"[.!?;]++(?=\s|$)|[\n\r]++|,?\s++(?:but|however|though|although|except|whereas)\b"
    r"|,\s*+(?:and\s++)?then\b"
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
class _Collector:
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

    def discard(self, signals: list[Signal], guard: Guard) -> None:
        """Drop `signals` (after reading: `solicit_starts` is not updated) with `guard`
        noted for each, in one pass over the list."""
        if not signals:
            return
        gone = {id(s) for s in signals}
        self.signals = [s for s in self.signals if id(s) not in gone]
        self.guarded.extend(GuardNote(guard, s.pattern, s.normalized) for s in signals)

    def solicits_within(self, start: int, end: int) -> bool:
        o_start, o_end = self.reading.to_original(start, end)
        i = bisect_left(self.solicit_starts, o_start)
        return i < len(self.solicit_starts) and self.solicit_starts[i] < o_end


def _first_guard(
    clause: str, vocab: PaymentVocabulary, guards: tuple[tuple[Guard, Callable[..., bool]], ...]
) -> Guard | None:
    for guard, applies in guards:
        if applies(clause, vocab):
            return guard
    return None


_STRONG_GUARDS = ((Guard.JOB_TOPIC, is_job_topic), (Guard.PAST_EVENT, is_past_event),
                  (Guard.REPORTED, is_reported_proposal))
_MEDIUM_GUARDS = (
    *_STRONG_GUARDS,
    (Guard.PLATFORM_FEATURE, is_platform_feature),
    (Guard.THIRD_PARTY, is_third_party_payment),
)
_OFF_PLATFORM_GUARDS = (*_STRONG_GUARDS, (Guard.THIRD_PARTY, is_third_party_payment))
"""The off-platform frame's marker says the money leaves the platform; the platform's
features elsewhere in its clause are the part that stays (checked next to the marker)."""


def _read_clause(
    collector: _Collector, vocab: PaymentVocabulary, c_start: int, clause: str,
    *, replies: bool, details: bool, question: bool = False, own_handles: bool = False,
) -> None:
    """Candidates of one clause through the guards. Agreement, decline and report
    wording is read only for `replies` (or to guard a solicitation); handles only with
    `details` (the default view, where "@" and "$" are themselves)."""
    words = set(WORD.findall(clause))
    if not replies and not vocab.prefilter.hits(words) and not (
            own_handles and not vocab.gates["own_handle"].isdisjoint(words)):
        return  # no gate word in this sentence: no pattern can match it
    strong = list(pattern_matches(vocab.solicit_strong, clause, vocab.gates, words))
    medium = list(pattern_matches(vocab.solicit_medium, clause, vocab.gates, words))
    handles = [(name, match)
               for name, match in pattern_matches(vocab.details, clause, vocab.gates, words)
               if own_handles or name != "own_handle"] if details else []
    declines = (
        declining_matches(clause, vocab, [m.span() for _, m in strong])
        if replies or strong or medium else []
    )
    for name, match in declines:
        collector.add(SignalKind.DECLINE, f"decline.{name}", c_start, match)
    for found, is_strong, guards in ((strong, True, _STRONG_GUARDS),
                                     (medium, False, _MEDIUM_GUARDS)):
        if not found:
            continue
        guard = Guard.DECLINED if declines else _first_guard(clause, vocab, guards)
        for name, match in found:
            if guard is None:
                collector.add(SignalKind.SOLICIT, f"solicit.{name}", c_start, match,
                              strong=is_strong)
            else:
                collector.drop(guard, f"solicit.{name}", match)
    if handles:
        topic = is_job_topic(clause, vocab)
        technical = topic and is_job_topic(clause, vocab, deliverables=False)
        whole = collector.reading.text
        if not topic and is_identifier_context(whole, vocab) and (
                vocab.guards["directs_payment"].search(whole) is None):
            # "The payroll import chokes on routing number 021000021. Please add an ABA
            # checksum check to the parser.": the number is data in the work
            for name, match in handles:
                collector.drop(Guard.IDENTIFIER_CONTEXT, f"details.{name}", match)
            handles = []
        for name, match in handles:
            # a payment link receives money whatever it is for ("paypal.me/x - send what
            # you think is fair for the extra banner"): only technical work drops it
            guard = Guard.JOB_TOPIC if (technical if name == "payment_link" else topic) else None
            if name == "payment_link" and guard is not None and (
                    vocab.guards["directs_payment"].search(clause) is not None):
                guard = None  # "Paying here is quicker: <link>, it's my own checkout"
            if guard is None:
                collector.add(SignalKind.DETAILS, f"details.{name}", c_start, match)
            else:
                collector.drop(guard, f"details.{name}", match)
    if replies:
        _read_reply_wording(collector, vocab, c_start, clause, question=question)


def _names_a_channel(clause: str, vocab: PaymentVocabulary, question: bool) -> bool:
    """A reply that names a way of paying, as a statement ("PayPal please.", "Zelle is
    fine"), neither declining nor about the job or the platform's own features: a
    choice among what was proposed. The conversation counts it only as a short first
    answer to an open proposal, like "sure"."""
    return (not question and bool(channel_spans(clause, vocab))
            and _NEGATION.isdisjoint(WORD.findall(clause))  # "I've never bought crypto"
            and not declining_matches(clause, vocab)
            and _first_guard(clause, vocab, _MEDIUM_GUARDS) is None)


_NEGATION = frozenset({"not", "never", "no", "t", "nt", "dont", "cant", "wont", "didnt"})
"""Words that negate a clause ("t" is what is left of "don't" among the words)."""


def _set_off(clause: str, end: int) -> bool:
    """The agreement word stands apart from the question after it ("Sure, how do I pay
    you?"): set off by a comma, dash, colon or exclamation mark."""
    rest = _MORE_AGREEMENT.sub("", clause[end:end + 40], count=1)
    return rest.lstrip()[:1] in {",", "-", ":", "!", "\u2014"}


_MORE_AGREEMENT = regex.compile(
    r"^(?:\s++(?:deal|sure|yes|yeah|fine|great|cool|perfect|then|thanks|thx|done))++")
"""Agreement words after the first ("ok deal, which network?")."""


def _read_reply_wording(
    collector: _Collector, vocab: PaymentVocabulary, c_start: int, clause: str,
    *, question: bool = False,
) -> None:
    for name, match in pattern_matches(vocab.report, clause):
        collector.add(SignalKind.REPORT, f"report.{name}", c_start, match)
    for name, match in pattern_matches(vocab.details_reply, clause):
        collector.add(SignalKind.DETAILS, f"details.{name}", c_start, match)
    noncommittal = any(p.search(clause) for p in vocab.noncommittal.values())
    if not noncommittal and _names_a_channel(clause, vocab, question):
        spans = channel_spans(clause, vocab)
        collector.add_span(SignalKind.AGREE, "agree.names_channel",
                           c_start + spans[0][0], c_start + spans[0][1])
    for name, match in pattern_matches(vocab.agree_firm, clause):
        if not declining_matches(clause, vocab):
            collector.add(SignalKind.AGREE, f"agree.{name}", c_start, match, strong=True)
    agreements = list(pattern_matches(vocab.agree, clause))
    if not agreements:
        return
    if noncommittal:
        for name, match in agreements:
            collector.drop(Guard.NONCOMMITTAL, f"agree.{name}", match)
        return
    if is_platform_feature(clause, vocab):  # "Yes, add PayPal as a billing method on Upwork"
        for name, match in agreements:
            collector.drop(Guard.PLATFORM_FEATURE, f"agree.{name}", match)
        return
    if question:  # "Why not here?" asks back; "Yes, why?" accepts, then asks
        asked = [(n, m) for n, m in agreements if not _set_off(clause, m.end())]
        for name, match in asked:
            collector.drop(Guard.QUESTION, f"agree.{name}", match)
        agreements = [a for a in agreements if a not in asked]
    for name, match in agreements:
        collector.add(SignalKind.AGREE, f"agree.{name}", c_start, match, strong=False)


def _read_words(
    collector: _Collector, vocab: PaymentVocabulary, *, replies: bool, details: bool
) -> None:
    """Phrase candidates, clause by clause."""
    text = collector.reading.text
    clauses = clause_spans(text)
    # "my email: x@y" is payment details only in a message that names a way of paying
    # ("… pay through MTN MoMo? My number is …"); elsewhere it is contact sharing
    own_handles = details and not vocab.channel_gate.isdisjoint(WORD.findall(text))
    for c_start, c_end in clauses:
        _read_clause(collector, vocab, c_start, text[c_start:c_end],
                     replies=replies, details=details, question=text.startswith("?", c_end),
                     own_handles=own_handles)
    _read_relations(collector, vocab, clauses)
    _read_off_platform(collector, vocab, clauses)
    _read_leaving_for_channel(collector, vocab, clauses)


def _read_relations(
    collector: _Collector, vocab: PaymentVocabulary, clauses: list[tuple[int, int]]
) -> None:
    """The payment relation, else the wider transaction frame (`payment_relation`), in
    each clause without a solicitation, then in each pair of neighbouring clauses
    neither of which holds one alone."""
    text = collector.reading.text
    words = [set(WORD.findall(text[a:b])) for a, b in clauses]
    every = set().union(*words)
    relation = vocab.relation
    if vocab.channel_gate.isdisjoint(every) or relation.parties.isdisjoint(every):
        return  # the whole message lacks a channel or either party
    found: list[tuple[int, int]] = []  # sorted, never overlapping: bisected
    later_pointer: list[Guard | None] = []  # per clause: the first pointer from it on
    clause_starts = [a for a, _ in clauses]
    clause_set = set(clauses)
    singles = [(a, b, w) for (a, b), w in zip(clauses, words, strict=True)]
    pairs = [(a[0], b[1], wa | wb)
             for (a, b), (wa, wb) in zip(pairwise(clauses), pairwise(words), strict=True)]
    for start, end, span_words in [*singles, *pairs]:
        if (vocab.channel_gate.isdisjoint(span_words) or _overlaps_found(start, end, found)
                or collector.solicits_within(start, end)):
            continue
        span = text[start:end]
        name, channels = "solicit.payment_relation", relation_spans(span, vocab)
        if not channels:
            name, channels = "solicit.payment_frame", frame_spans(span, vocab)
        if not channels:
            continue
        if declining_matches(span, vocab):
            continue
        guard = _first_guard(span, vocab, _MEDIUM_GUARDS)
        if guard is None and (start, end) not in clause_set:
            # a pair of sentences: the one that names the channel decides ("My supplier
            # wants to be paid in USDT. Can you draft an email …?" is a third party's)
            at = start + channels[0][0]
            a, b = clauses[bisect_right(clause_starts, at) - 1]
            guard = _first_guard(text[a:b], vocab, _MEDIUM_GUARDS)
        if guard is None and name == "solicit.payment_frame":
            if not later_pointer:  # once per message, clause by clause: linear
                later_pointer.extend(_later_pointers(text, clauses, vocab))
            guard = later_pointer[bisect_left(clause_starts, start)]
        c_start, c_end = channels[0]
        if guard is not None:
            collector.guarded.append(GuardNote(guard, name, span[c_start:c_end]))
            continue
        collector.add_span(SignalKind.SOLICIT, name, start + c_start, start + c_end)
        insort(found, (start, end))


def _overlaps_found(start: int, end: int, found: list[tuple[int, int]]) -> bool:
    """`[start, end)` overlaps a span of `found` (sorted, none overlapping another)."""
    i = bisect_left(found, (start, start))
    return (i < len(found) and found[i][0] < end) or (i > 0 and found[i - 1][1] > start)


def _later_pointers(text: str, clauses: list[tuple[int, int]],
                    vocab: PaymentVocabulary) -> list[Guard | None]:
    """For each clause, the first clause from it on that declines or points to the
    platform (`_points_back`), as its guard; None when no later clause does."""
    pointers = [_points_back(text[a:b], vocab) for a, b in clauses]
    later: list[Guard | None] = [None] * len(clauses)
    following: Guard | None = None
    for i in range(len(clauses) - 1, -1, -1):
        following = pointers[i] if pointers[i] is not None else following
        later[i] = following
    return later


def _read_off_platform(
    collector: _Collector, vocab: PaymentVocabulary, clauses: list[tuple[int, int]]
) -> None:
    """The off-platform frame (`payment_relation.off_platform_spans`) in each clause
    that holds no solicitation yet, under the declines and the medium guards."""
    text = collector.reading.text
    if vocab.off_platform_marker.search(text) is None:
        return
    for start, end in clauses:
        if collector.solicits_within(start, end):
            continue
        span = text[start:end]
        markers = off_platform_spans(span, vocab)
        if not markers:
            continue
        m_start, m_end = markers[0]
        guard = (Guard.DECLINED if declining_matches(span, vocab)
                 else _first_guard(span, vocab, _OFF_PLATFORM_GUARDS))
        if guard is None and is_platform_feature(span[m_start:m_end + 30], vocab):
            # "pay me directly through Upwork" names the platform as the way; "I'll fund
            # $300 as a milestone here and wire the other $700 to you directly" splits
            guard = Guard.PLATFORM_FEATURE
        if guard is not None:
            collector.guarded.append(GuardNote(guard, "solicit.off_platform",
                                               span[m_start:m_end]))
            continue
        collector.add_span(SignalKind.SOLICIT, "solicit.off_platform",
                           start + m_start, start + m_end)


_QUOTED = regex.compile(
    r"""(?<![\w])(?:'(?=\S)[^'\n]{3,300}?(?<=\S)'|"[^"\n]{3,300}?"|\u201c[^\u201d\n]{3,300}?\u201d"""
    r"""|\u2018[^\u2019\n]{3,300}?\u2019|\u00ab[^\u00bb\n]{3,300}?\u00bb)(?![\w])"""
)


def _drop_quoted_examples(original: str, collector: _Collector, vocab: PaymentVocabulary) -> None:
    """Words in quotes inside a work request are the work's content, not the speaker's
    proposal ("Write 20 support macros for our remittance app, e.g. for 'my MoneyGram
    transfer is still pending'"): solicitations inside quotes are dropped when the
    message around the quotes is about the job."""
    if not any(q in original for q in "'\"\u201c\u2018\u00ab"):
        return
    quoted = [m.span() for m in _QUOTED.finditer(original)]  # in order, not overlapping
    starts = [a for a, _ in quoted]

    def in_quotes(signal: Signal) -> bool:
        i = bisect_right(starts, signal.start) - 1
        return i >= 0 and signal.end <= quoted[i][1]

    inside = [s for s in collector.signals if s.kind is SignalKind.SOLICIT and in_quotes(s)]
    if not inside:
        return
    outside, last = [], 0
    for a, b in quoted:
        outside.append(original[last:a])
        last = b
    outside.append(original[last:])
    if not is_job_topic(" ".join(outside).lower(), vocab):
        return
    collector.discard(inside, Guard.JOB_TOPIC)


def _read_leaving_for_channel(
    collector: _Collector, vocab: PaymentVocabulary, clauses: list[tuple[int, int]]
) -> None:
    """Ending the contract in a message that names a way of paying ("HR will onboard you
    onto our Deel payroll and then we can end the contract on here", "send me your
    number and we can close the job on the site"): leaving the platform for that
    channel, wherever in the message each is said. A strong reading: the platform's
    features named with the exit are what is left, so only the decline, job-topic,
    past and reported guards apply."""
    text = collector.reading.text
    exit_ = vocab.guards["contract_exit"].search(text)
    if exit_ is None or any(s.kind is SignalKind.SOLICIT for s in collector.signals):
        return
    channels = channel_spans(text, vocab)
    if not channels:
        return
    for c_start, c_end in clauses:
        if c_start <= exit_.start() < c_end:
            clause = text[c_start:c_end]
            break
    else:  # pragma: no cover - a match lies inside some clause
        return
    guard = (Guard.DECLINED if declining_matches(text, vocab)
             else _first_guard(clause, vocab, _STRONG_GUARDS))
    start, end = channels[0]
    if guard is not None:
        collector.guarded.append(GuardNote(guard, "solicit.leave_contract_for_channel",
                                           text[start:end]))
        return
    collector.add_span(SignalKind.SOLICIT, "solicit.leave_contract_for_channel", start, end)


def _drop_if_told_of(collector: _Collector, vocab: PaymentVocabulary) -> None:
    """A message of the account's own that says it reported or declined a payment ask
    ("someone using your company's name asked me to move payment to Zelle. I declined
    and reported it.") tells of a proposal; it makes none. Payment details in it still
    count."""
    solicits = [s for s in collector.signals if s.kind is SignalKind.SOLICIT]
    if not solicits:
        return
    text = collector.reading.text
    if (vocab.guards["told_of"].search(text) is None
            and vocab.report["reported"].search(text) is None):
        return
    collector.discard(solicits, Guard.REPORTED)


def _drop_weak_if_noncommittal(collector: _Collector, vocab: PaymentVocabulary) -> bool:
    """A reply that does not commit ("Let me check with my bank how long cheques take")
    answers nothing yet: the weak readings in it (the transaction and off-platform
    frames, the relation) are no counter-offer."""
    text = collector.reading.text
    if not any(p.search(text) for p in vocab.noncommittal.values()):
        return False
    weak = [s for s in collector.signals if s.kind is SignalKind.SOLICIT and not s.strong]
    collector.discard(weak, Guard.NONCOMMITTAL)
    return True


def _points_back(rest: str, vocab: PaymentVocabulary) -> Guard | None:
    """A clause of the message, from the frame's clause on, declines or points to the
    platform's own way of paying ("I have Payoneer but I only use it to withdraw from
    Upwork, so please pay through the contract"). The wide transaction frame is weak
    evidence, so the speaker's later word outweighs it; a decline *before* it is what
    the frame counters ("I don't use PayPal. I could do a SEPA transfer though.")."""
    if declining_matches(rest, vocab):
        return Guard.DECLINED
    if is_platform_feature(rest, vocab):
        return Guard.PLATFORM_FEATURE
    return None


def _read_leetspeak(original: str, collector: _Collector, vocab: PaymentVocabulary) -> None:
    """Solicitations hidden with leetspeak ("p4yp4l", "f33s"), read on the leet view.

    Only solicitations are taken from it: that view also turns "!" into "i" ("sure!"
    reads "surei"), so agreement, decline and report wording come from the default view.
    """
    reading = normalize(original, leet=True)
    if reading.text == collector.reading.text:
        return
    leet = _Collector(reading)
    _read_words(leet, vocab, replies=False, details=False)
    seen = [(s.start, s.end) for s in collector.signals if s.kind is SignalKind.SOLICIT]
    collector.signals.extend(
        s for s in leet.signals
        if s.kind is SignalKind.SOLICIT and not overlaps((s.start, s.end), seen)
    )
    collector.guarded.extend(leet.guarded)


def _identifier_guard(hit: IdentifierHit, original: str, vocab: PaymentVocabulary) -> Guard | None:
    if is_documentation_example(hit):
        return Guard.DOCUMENTATION_EXAMPLE
    if in_code_snippet(hit.start, hit.end, original):
        return Guard.CODE_SNIPPET
    lowered = original.casefold()
    if vocab.guards["data_marker"].search(lowered) is not None:
        return Guard.IDENTIFIER_CONTEXT  # "use this sample IBAN:", "the unit tests"
    if vocab.guards["directs_payment"].search(lowered) is not None:
        return None  # "My multisig takes BTC too: 3AGb… Use it for the final payment."
    if is_identifier_context(lowered, vocab) or _work_context(lowered, hit, vocab):
        return Guard.IDENTIFIER_CONTEXT
    return None


def _work_context(lowered: str, hit: IdentifierHit, vocab: PaymentVocabulary) -> bool:
    """The identifier sits in talk about the work ("the happy-path fixture for the SEPA
    form tests", "in the footer of the invoice template", "must never appear in the
    frontend bundle"): a job-topic cue in the message, the identifier itself left out."""
    around = lowered[:hit.start] + " " + lowered[hit.end:]
    return is_job_topic(around, vocab)


def _read_identifiers(original: str, collector: _Collector, vocab: PaymentVocabulary) -> None:
    """Checksummed identifiers on the original text (case carries EIP-55)."""
    dropped: list[tuple[int, int, Guard]] = []
    for hit in find_identifiers(original):
        guard = _identifier_guard(hit, original, vocab)
        if guard is None:
            collector.signals.append(
                Signal(SignalKind.DETAILS, f"identifier.{hit.kind}", hit.start, hit.end, hit.value)
            )
        else:
            collector.guarded.append(GuardNote(guard, f"identifier.{hit.kind}", hit.value))
            dropped.append((hit.start, hit.end, guard))
    if not dropped:
        return
    # a handle reading of the same characters ("IBAN IT72…" as a labelled number) is
    # the same data: it follows the identifier's guard (identifiers are in order)
    starts = [a for a, _, _ in dropped]
    for guard in {g for _, _, g in dropped}:
        same = []
        for signal in collector.signals:
            if signal.kind is not SignalKind.DETAILS or signal.pattern.startswith("identifier."):
                continue
            i = bisect_right(starts, signal.end - 1) - 1
            if i >= 0 and dropped[i][2] is guard and signal.start < dropped[i][1]:
                same.append(signal)
        collector.discard(same, guard)


_BANG_IN_WORD = re.compile(r"[a-z]![a-z]")
_LETTER_BY_DIGIT = re.compile(r"[a-z][0-9]|[0-9][a-z]")
_CAPITAL_I = re.compile(r"(?<=[a-z])I++(?![a-z])")


def _leet_hint(reading: str) -> bool:
    """A leetspeak character inside a word ("p4yp4l", "p@ypal", "pa!d"): only then can
    folding change a word. Cheaper than one regex: the symbols are rare, and words
    mixing letters and digits are spotted with str methods."""
    if "@" in reading or "$" in reading or "|" in reading:
        return True
    if "!" in reading and _BANG_IN_WORD.search(reading) is not None:
        return True
    # a word mixing letters and digits has a letter next to a digit: one C-level search
    return _LETTER_BY_DIGIT.search(reading) is not None


_INVISIBLE = (
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
"""Zero-width and bidi characters people put inside words to break filters."""


@cache
def _leet_fold() -> dict[int, str]:
    return str.maketrans(lexicon().leet)


@cache
def _gate_fold() -> dict[int, str | None]:
    """Look-alike letters (the text layer's own table) to ASCII, invisible marks away."""
    table: dict[int, str | None] = {ord(k): v for k, v in lexicon().confusables.items()}
    table.update(dict.fromkeys(map(ord, _INVISIBLE)))
    return table


def gate_reading(text: str) -> str:
    """A cheap lowercase reading for the fast path only (never for evidence): plain
    ASCII as is; other text NFKC-casefolded with look-alikes and invisible marks
    folded away, so fullwidth "PayPal" or a Cyrillic "a" cannot slip past the gate while
    ordinary non-ASCII chat ("Merci — à demain") skips the full normalisation."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    folded = unicodedata.normalize("NFKC", lowered).casefold().translate(_gate_fold())
    return "".join(  # accents and stacked marks off: "ṕaypal" reads "paypal"
        ch for ch in unicodedata.normalize("NFD", folded) if not unicodedata.combining(ch)
    )


def _has_hidden_marks(reading: str) -> bool:
    """Format characters left after folding (an invisible mark we do not list): a sign
    of evasion, so the text takes the slow path."""
    return not reading.isascii() and any(
        unicodedata.category(ch) == "Cf" for ch in reading if not ch.isascii()
    )


def might_mention_payment(text: str, vocab: PaymentVocabulary) -> bool:
    """The fast path: False when no pattern of the detector can match `text`.

    Word-set lookups instead of normalisation and dozens of patterns: payment words,
    service names and identifier shapes among the words of `gate_reading(text)`, or
    among them once leetspeak digits are folded ("p4yp4l").
    """
    if capital_i_as_l(text):  # "PayPaI", "ZeII3": a capital I written for an l
        text = _CAPITAL_I.sub(lambda m: "l" * len(m.group()), text)
    reading = gate_reading(text)
    tokens = WORD.findall(reading)
    gate = vocab.prefilter
    if gate.hits(set(tokens)) or gate.has_shape(tokens) or _has_hidden_marks(reading):
        return True
    # No gate word as written: does folding leetspeak bring one into view? Spaced-out
    # leetspeak ("p 4 y p 4 l") joins into a word only after folding, hence has_shape.
    if not _leet_hint(reading):
        return False
    folded = reading.translate(_leet_fold())
    if folded == reading:
        return False
    folded_tokens = WORD.findall(folded)
    return bool(gate.hits(set(folded_tokens))) or gate.has_shape(folded_tokens)


def leetspeak_matters(lowered: str, tokens: list[str], vocab: PaymentVocabulary) -> bool:
    """Folding leetspeak ("p4yp4l", "f33s") brings a payment word into view. Cheap (one
    str.translate and a word lookup), so the text layer's costly leet view is computed
    only for the few messages where it can change the reading."""
    if not _leet_hint(lowered):
        return False
    folded = lowered.translate(_leet_fold())
    return folded != lowered and vocab.prefilter.adds_words(tokens, folded)


def analyse_text(
    text: str, vocab: PaymentVocabulary, *, max_chars: int, force: bool = False
) -> TextSignals:
    """Every payment signal in `text`, with the candidates the guards dropped.

    Text past `max_chars` is not read (a worker must never stall on one message).
    `force` skips the fast path: a reply to a proposal is read even when it holds no
    payment word, because "No thanks, I've reported this" is the answer that matters.
    """
    truncated = len(text) > max_chars
    original = text[:max_chars]
    if not (force or might_mention_payment(original, vocab)):
        return TextSignals(truncated=truncated)
    reading = normalize(original)
    collector = _Collector(reading)
    _read_words(collector, vocab, replies=force, details=True)
    if (leetspeak_matters(reading.text, WORD.findall(reading.text), vocab)
            or capital_i_as_l(original)):
        _read_leetspeak(original, collector, vocab)
    _read_identifiers(original, collector, vocab)
    _drop_quoted_examples(original, collector, vocab)
    if not force:
        _drop_if_told_of(collector, vocab)
    noncommittal = force and _drop_weak_if_noncommittal(collector, vocab)
    signals = sorted(collector.signals, key=lambda s: (s.start, s.end, s.kind))
    names_channel = bool(channel_spans(reading.text, vocab))
    words = set(WORD.findall(reading.text))
    mentioned = {w for m in vocab.service_mention.finditer(reading.text)
                 for w in WORD.findall(m.group())}
    mentioned |= words & vocab.relation.channel_words
    return TextSignals(tuple(signals), tuple(collector.guarded), truncated, names_channel,
                       frozenset(mentioned), noncommittal)
