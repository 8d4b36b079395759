"""Clause-level readings of a text beyond its phrase patterns, and the passes that drop
what a message only tells of.

The readings work on word sets, so new wordings of the same thing are found without a
new phrase: the payment relation and the transaction frame (`payment_relation`), the
off-platform frame, and ending the contract in a message that names a channel. The
passes drop solicitations a message quotes as work content, tells of having declined
or reported, or makes no commitment about. Each adds to the `Collector` under the
same guards as the phrase patterns.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from itertools import pairwise

import regex

from holdrules.detectors.payment_collector import (
    MEDIUM_GUARDS,
    OFF_PLATFORM_GUARDS,
    STRONG_GUARDS,
    Collector,
    GuardNote,
    Signal,
    SignalKind,
    first_guard,
)
from holdrules.detectors.payment_guards import (
    Guard,
    declining_matches,
    is_job_topic,
    is_platform_feature,
)
from holdrules.detectors.payment_relation import (
    channel_spans,
    frame_spans,
    off_platform_spans,
    relation_spans,
)
from holdrules.detectors.payment_vocabulary import WORD, PaymentVocabulary

__all__ = [
    "drop_if_told_of",
    "drop_quoted_examples",
    "drop_weak_if_noncommittal",
    "read_leaving_for_channel",
    "read_off_platform",
    "read_relations",
]


def read_relations(
    collector: Collector, vocab: PaymentVocabulary, clauses: list[tuple[int, int]]
) -> None:
    """The payment relation, else the wider transaction frame (`payment_relation`), in
    each clause without a solicitation, then in each pair of neighbouring clauses
    neither of which holds one alone."""
    text = collector.reading.text
    words = [set(WORD.findall(text[a:b])) for a, b in clauses]
    every = set().union(*words)
    relation = vocab.relation
    if vocab.channel_gate.isdisjoint(every) or (
            relation.parties.isdisjoint(every) and "?" not in text):
        return  # the whole message lacks a channel, or a party and a question
    found: list[tuple[int, int]] = []  # sorted, never overlapping: bisected
    later_pointer: list[Guard | None] = []  # per clause: the first pointer from it on
    lifts: _LaterLifts | None = None
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
            name = "solicit.payment_frame"
            asked = (start, end) in clause_set and _elliptical_question(text, start, end)
            channels = frame_spans(span, vocab, asked=asked)
        if not channels:
            continue
        if declining_matches(span, vocab):
            continue
        guard = first_guard(span, vocab, MEDIUM_GUARDS)
        if guard is None and (start, end) not in clause_set:
            # a pair of sentences: the one that names the channel decides ("My supplier
            # wants to be paid in USDT. Can you draft an email …?" is a third party's)
            at = start + channels[0][0]
            a, b = clauses[bisect_right(clause_starts, at) - 1]
            guard = first_guard(text[a:b], vocab, MEDIUM_GUARDS)
        if guard in (Guard.THIRD_PARTY, Guard.PAST_EVENT):
            if lifts is None:  # once per message: linear
                lifts = _LaterLifts.of(text, vocab)
            if lifts.lifted(guard, span, start, vocab):
                guard = None
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


_ASKS_ABOUT = frozenset({"is", "are", "was", "were", "does", "do", "did", "has", "have",
                         "how", "what", "why", "which", "where", "who", "when", "whats"})


def _elliptical_question(text: str, start: int, end: int) -> bool:
    """A short question with no subject of its own, put to the other party ("Pay by
    bank for the next milestone?", "Want to switch to Payoneer for the rest?"); not
    one that asks about something ("Is it cheaper than a direct bank withdrawal?")."""
    if not text.startswith("?", end):
        return False
    words = WORD.findall(text, start, end)
    return 0 < len(words) <= 12 and words[0] not in _ASKS_ABOUT


def _overlaps_found(start: int, end: int, found: list[tuple[int, int]]) -> bool:
    """`[start, end)` overlaps a span of `found` (sorted, none overlapping another)."""
    i = bisect_left(found, (start, start))
    return (i < len(found) and found[i][0] < end) or (i > 0 and found[i - 1][1] > start)


@dataclass(frozen=True, slots=True)
class _LaterLifts:
    """Where, last, the message applies a practice to "you" or asks for a past
    arrangement again: found once per message, so each guarded span asks in O(1)
    whether such a word comes at or after its start."""

    applied_to_you: int
    repeat_request: int
    request: int

    @classmethod
    def of(cls, text: str, vocab: PaymentVocabulary) -> _LaterLifts:
        def last(name: str) -> int:
            return max((m.start() for m in vocab.guards[name].finditer(text)), default=-1)
        return cls(last("applied_to_you"), last("repeat_request"), last("future_or_request"))

    def lifted(self, guard: Guard, span: str, start: int, vocab: PaymentVocabulary) -> bool:
        """The message, from `start` on, makes the guarded talk a proposal: a class of
        workers' way of being paid ("our accounting department only pays vendors by
        cheque", "all our contractors are paid through Deel") that it then applies to
        the addressee ("Can I mail you one?", "Would that be OK with you?"), the third
        party being the class the addressee belongs to; or a past arrangement asked for
        again ("My last contractor let me pay him by Skrill. Could you do the same for
        this job?")."""
        if guard is Guard.THIRD_PARTY:
            return (self.applied_to_you >= start
                    and vocab.guards["worker_class"].search(span) is not None)
        return self.repeat_request >= start and self.request >= start


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


def read_off_platform(
    collector: Collector, vocab: PaymentVocabulary, clauses: list[tuple[int, int]]
) -> None:
    """The off-platform frame (`payment_relation.off_platform_spans`) in each clause
    that holds no solicitation yet, under the declines and the medium guards."""
    text = collector.reading.text
    # the frame needs a word of settling beside the marker: a set lookup first, so most
    # messages never run the long marker alternation
    if (vocab.relation.settling.isdisjoint(WORD.findall(text))
            or vocab.off_platform_marker.search(text) is None):
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
                 else first_guard(span, vocab, OFF_PLATFORM_GUARDS))
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


def drop_quoted_examples(original: str, collector: Collector, vocab: PaymentVocabulary) -> None:
    """Words in quotes inside a work request are the work's content, not the speaker's
    proposal ("Write 20 support macros for our remittance app, e.g. for 'my MoneyGram
    transfer is still pending'"): solicitations touching quotes are dropped when the
    message around the quotes is about the job. Payment details in quotes are dropped
    only when the words around them say the quotes are copy being worked on ("translate
    this invoice footer: '… IBAN DE44 …'"), not a label for one's own details."""
    if not any(q in original for q in "'\"\u201c\u2018\u00ab"):
        return
    quoted = [m.span() for m in _QUOTED.finditer(original)]  # in order, not overlapping
    if not quoted:
        return
    starts = [a for a, _ in quoted]

    def in_quote(position: int) -> bool:
        i = bisect_right(starts, position) - 1
        return i >= 0 and position < quoted[i][1]

    def touches_quotes(signal: Signal) -> bool:
        # inside a quote, or read across quoted items ("'Add your IBAN', 'Transfer'")
        return in_quote(signal.start) and in_quote(signal.end - 1)

    inside = [s for s in collector.signals
              if s.kind in (SignalKind.SOLICIT, SignalKind.DETAILS) and touches_quotes(s)]
    if not inside:
        return
    outside, last = [], 0
    for a, b in quoted:
        outside.append(original[last:a])
        last = b
    outside.append(original[last:])
    around = " ".join(outside).lower()
    text_work = not vocab.text_work_words.isdisjoint(WORD.findall(around))
    if not (text_work or is_job_topic(around, vocab)):
        return
    collector.discard([s for s in inside if text_work or s.kind is SignalKind.SOLICIT],
                      Guard.JOB_TOPIC)


def read_leaving_for_channel(
    collector: Collector, vocab: PaymentVocabulary, clauses: list[tuple[int, int]]
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
             else first_guard(clause, vocab, STRONG_GUARDS))
    start, end = channels[0]
    if guard is not None:
        collector.guarded.append(GuardNote(guard, "solicit.leave_contract_for_channel",
                                           text[start:end]))
        return
    collector.add_span(SignalKind.SOLICIT, "solicit.leave_contract_for_channel", start, end)


def drop_if_told_of(collector: Collector, vocab: PaymentVocabulary) -> None:
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


def drop_weak_if_noncommittal(collector: Collector, vocab: PaymentVocabulary) -> bool:
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

