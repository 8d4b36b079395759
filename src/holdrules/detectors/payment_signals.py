"""What one piece of text says about off-platform payment, before any conversation.

Three named steps, each testable alone (STYLE.md: candidates → validators → guards):

1. candidates: phrase patterns on the normalised text (solicitations, payment handles,
   agreement, decline and report wording) and identifier shapes on the original;
2. validators: identifiers must pass their checksum (`holdrules.validators`);
3. precision guards: named functions that drop a candidate when its sentence declines,
   is about the job's subject matter, the platform's own payment features, or the past.

The result, `TextSignals`, keeps what was dropped and why, so a trace can explain it.
Who said it and to whom is the conversation's business (`payment_conversation`).

This module runs the reading: phrase patterns clause by clause, leetspeak, identifiers.
The signal types and the guard tuples are in `payment_collector`, the word-set
readings and the "only tells of it" passes in `payment_readings`, and the fast path
that skips most messages in `payment_fastpath`.
"""


from __future__ import annotations

from bisect import bisect_right

import regex

from holdrules.detectors.payment_collector import (
    MEDIUM_GUARDS,
    STRONG_GUARDS,
    Collector,
    GuardNote,
    Signal,
    SignalKind,
    TextSignals,
    clause_spans,
    describe_signals,
    first_guard,
    guards_passed,
)
from holdrules.detectors.payment_fastpath import (
    gate_reading,
    leetspeak_matters,
    might_mention_payment,
)
from holdrules.detectors.payment_guards import (
    Guard,
    declining_matches,
    in_code_snippet,
    is_identifier_context,
    is_job_topic,
    is_platform_feature,
    overlaps,
)
from holdrules.detectors.payment_identifiers import (
    IdentifierHit,
    find_identifiers,
    is_documentation_example,
)
from holdrules.detectors.payment_readings import (
    drop_if_told_of,
    drop_quoted_examples,
    drop_weak_if_noncommittal,
    read_leaving_for_channel,
    read_off_platform,
    read_relations,
)
from holdrules.detectors.payment_relation import channel_spans
from holdrules.detectors.payment_scripts import (
    mentions_other_script_payment,
    read_other_scripts,
)
from holdrules.detectors.payment_vocabulary import (
    WORD,
    PaymentVocabulary,
    is_negated,
    pattern_matches,
)
from holdrules.text import normalize
from holdrules.text.characters import capital_i_as_l
from holdrules.validators import is_valid_iban

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


def _read_clause(
    collector: Collector, vocab: PaymentVocabulary, c_start: int, clause: str,
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
    for found, is_strong, guards in ((strong, True, STRONG_GUARDS),
                                     (medium, False, MEDIUM_GUARDS)):
        if not found:
            continue
        guard = Guard.DECLINED if declines else first_guard(clause, vocab, guards)
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
            # checksum check to the parser.": the number is data in the work; a payment
            # link is data only in technical work (below): "the SEO audit … to paypal.me/x"
            for name, match in handles:
                if name != "payment_link":
                    collector.drop(Guard.IDENTIFIER_CONTEXT, f"details.{name}", match)
            handles = [(name, match) for name, match in handles if name == "payment_link"]
        handles = _drop_invalid_ibans(collector, handles)
        for name, match in handles:
            # a payment link receives money whatever it is for ("paypal.me/x - send what
            # you think is fair for the extra banner"): only technical work drops it
            guard = Guard.JOB_TOPIC if (technical if name == "payment_link" else topic) else None
            if guard is not None and vocab.guards["directs_payment"].search(clause) is not None:
                guard = None  # "Paying here is quicker: <link>", "My UPI ID is …, pay there"
            if guard is None:
                collector.add(SignalKind.DETAILS, f"details.{name}", c_start, match)
            else:
                collector.drop(guard, f"details.{name}", match)
    if replies:
        _read_reply_wording(collector, vocab, c_start, clause, question=question)


_HANDLE_HINT = regex.compile(r"[@$]|\d(?:[\s().\-]{0,2}\d){6}")
_CONTACT_CHANNEL = regex.compile(
    r"[;]|\b(?:telegram|whatsapp|whats\s?app|skype|signal|viber|wechat|discord|line|"
    r"message|msg|text|call|dm|contact|reach|ping)\b")
"""Between a way of paying and a handle: the handle is somewhere to talk, not to pay."""
_IBAN_SHAPE = regex.compile(r"\b[a-z]{2}\d{2}(?:\s?[a-z0-9]){11,30}\b")


def _drop_invalid_ibans(collector: Collector, handles: list[tuple[str, regex.Match[str]]]
                        ) -> list[tuple[str, regex.Match[str]]]:
    """A handle that is an IBAN failing its checksum ("to IBAN IT52 6496 …" with a
    wrong digit) shares no usable details: the proposal around it still counts, the
    number does not."""
    kept = []
    for name, match in handles:
        shape = _IBAN_SHAPE.search(match.group())
        if shape is not None and not is_valid_iban(shape.group().upper()):
            collector.drop(Guard.INVALID_IDENTIFIER, f"details.{name}", match)
            continue
        kept.append((name, match))
    return kept


def _names_a_channel(clause: str, vocab: PaymentVocabulary, question: bool) -> bool:
    """A reply that names a way of paying, as a statement ("PayPal please.", "Zelle is
    fine"), neither declining nor about the job or the platform's own features: a
    choice among what was proposed. The conversation counts it only as a short first
    answer to an open proposal, like "sure"."""
    return (not question and bool(channel_spans(clause, vocab))
            and not is_negated(clause)  # "I've never bought crypto"
            and not declining_matches(clause, vocab)
            and first_guard(clause, vocab, MEDIUM_GUARDS) is None)


def _set_off(clause: str, end: int) -> bool:
    """The agreement word stands apart from the question after it ("Sure, how do I pay
    you?"): set off by a comma, dash, colon or exclamation mark."""
    rest = _MORE_AGREEMENT.sub("", clause[end:end + 40], count=1)
    return rest.lstrip()[:1] in {",", "-", ":", "!", "\u2014"}


_MORE_AGREEMENT = regex.compile(
    r"^(?:\s++(?:deal|sure|yes|yeah|fine|great|cool|perfect|then|thanks|thx|done))++")
"""Agreement words after the first ("ok deal, which network?")."""


def _read_reply_wording(
    collector: Collector, vocab: PaymentVocabulary, c_start: int, clause: str,
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
    collector: Collector, vocab: PaymentVocabulary, *, replies: bool, details: bool
) -> None:
    """Phrase candidates, clause by clause."""
    text = collector.reading.text
    clauses = clause_spans(text)
    # "my email: x@y" is payment details only in a message that names a way of paying
    # ("… pay through MTN MoMo? My number is …"); elsewhere it is contact sharing
    words = WORD.findall(text)
    own_handles = details and (not vocab.channel_gate.isdisjoint(words)
                               or "cashtag" in words)  # "My $cashtag is $liam"
    for c_start, c_end in clauses:
        _read_clause(collector, vocab, c_start, text[c_start:c_end],
                     replies=replies, details=details, question=text.startswith("?", c_end),
                     own_handles=own_handles)
    read_relations(collector, vocab, clauses)
    read_off_platform(collector, vocab, clauses)
    read_leaving_for_channel(collector, vocab, clauses)
    if details and own_handles and not replies:
        _read_handle_after_ask(collector, vocab, clauses)
        _read_handle_after_service(collector, vocab)


def _read_handle_after_service(collector: Collector, vocab: PaymentVocabulary) -> None:
    """A handle later in a sentence that names a way of paying, in a message that asks
    for the payment ("Since you're in Poland too, BLIK to my phone would be fastest,
    it's +48 601 222 934."): where the money goes, so payment details. The fixed
    patterns allow a few label words between the service and the handle; this reading
    allows a sentence, and needs the message's own ask."""
    text = collector.reading.text
    if not collector.has_solicit() or _HANDLE_HINT.search(text) is None:
        return  # no ask, or nothing shaped like a handle: an email, @, $ or a number
    for match in vocab.handle_after_service.finditer(text):
        if _IBAN_SHAPE.search(text, max(0, match.start("handle") - 8),
                              match.end("handle") + 8) is not None:
            continue  # an IBAN's digit groups, read (and checked) as an IBAN
        if _CONTACT_CHANNEL.search(text, match.start(), match.start("handle")) is not None:
            continue  # "… USDT outside Upwork; message me on Telegram @kiril": a contact
        collector.add(SignalKind.DETAILS, "details.handle_after_service", 0, match)
    for match in vocab.self_handle.finditer(text):  # "I'm @anita-draws there."
        collector.add(SignalKind.DETAILS, "details.self_handle", 0, match)


def _read_handle_after_ask(collector: Collector, vocab: PaymentVocabulary,
                           clauses: list[tuple[int, int]]) -> None:
    """A sentence that is only a handle, after a solicitation in a message that names a
    way of paying ("Pwede po bang diretso sa GCash ko ang bayad? 0917 555 2841, Maria
    C."): where the proposed payment goes, so payment details. Read in replies anyway
    (`details_reply`); here only behind the message's own ask."""
    if not collector.has_solicit():
        return
    text = collector.reading.text
    pattern = vocab.details_reply["bare_handle"]
    for c_start, c_end in clauses:
        if not collector.solicits_within(0, c_start):
            continue  # no ask before this sentence
        match = pattern.search(text[c_start:c_end])
        if match is not None:
            collector.add(SignalKind.DETAILS, "details.handle_after_ask", c_start, match)



def _read_leetspeak(original: str, collector: Collector, vocab: PaymentVocabulary) -> None:
    """Solicitations hidden with leetspeak ("p4yp4l", "f33s"), read on the leet view.

    Only solicitations are taken from it: that view also turns "!" into "i" ("sure!"
    reads "surei"), so agreement, decline and report wording come from the default view.
    """
    reading = normalize(original, leet=True)
    if reading.text == collector.reading.text:
        return
    leet = Collector(reading)
    _read_words(leet, vocab, replies=False, details=False)
    seen = [(s.start, s.end) for s in collector.signals if s.kind is SignalKind.SOLICIT]
    collector.signals.extend(
        s for s in leet.signals
        if s.kind is SignalKind.SOLICIT and not overlaps((s.start, s.end), seen)
    )
    collector.guarded.extend(leet.guarded)


def _identifier_guard(hit: IdentifierHit, original: str, vocab: PaymentVocabulary,
                      *, soliciting: bool = False, replying: bool = False) -> Guard | None:
    if is_documentation_example(hit):
        return Guard.DOCUMENTATION_EXAMPLE
    if in_code_snippet(hit.start, hit.end, original):
        return Guard.CODE_SNIPPET
    lowered = original.casefold()
    if vocab.guards["data_marker"].search(lowered) is not None:
        return Guard.IDENTIFIER_CONTEXT  # "use this sample IBAN:", "the unit tests"
    if vocab.guards["directs_payment"].search(lowered) is not None:
        return None  # "My multisig takes BTC too: 3AGb… Use it for the final payment."
    if _SENT_TO.search(lowered, max(0, hit.start - 80), hit.start) is not None:
        return None  # "Please transfer €850 to IBAN DE69 …", "send the deposit … to TA86…"
    if _SEND_THERE.match(lowered, hit.end) is not None:
        return None  # "… works too: bc1q…. Send once you've checked the build."
    if soliciting:
        return None  # "For the overflow work we can do it directly: account number …"
    if is_identifier_context(lowered, vocab) or (
            not replying and _work_context(lowered, hit, vocab)):
        return Guard.IDENTIFIER_CONTEXT
    return None


_SENT_TO = regex.compile(
    r"\b(?:send|sending|pay|paying|transfer|transferring|wire|wiring|deposit)\b[^.!?\n]{0,50}"
    r"\bto\s{1,3}(?:(?:my|this|the|our)\s{1,3})?(?:(?:iban|wallet|address|account|bank)"
    r"(?:\s{1,3}(?:number|no|nr))?\s{0,3}[:#\-]?\s{0,3})?$")
"""A payment verb whose "to …" the identifier completes."""
_SEND_THERE = regex.compile(
    r"[\s.,;:!\-]{0,4}+(?:(?:just|please|pls|kindly|then)\s{1,3})?"
    r"(?:send|pay|transfer|wire|deposit)(?:\s{1,3}(?:it|there|here|once|when|after|now|today"
    r"|asap|whatever|what\s{1,3}you|the\s{1,3}(?:money|payment|rest|balance|funds|deposit"
    r"|amount|fee|remainder))\b|\s{0,3}$)")
"""A payment verb right after the identifier ("bc1q…. Send once the build is checked"):
the identifier is where to send."""


def _work_context(lowered: str, hit: IdentifierHit, vocab: PaymentVocabulary) -> bool:
    """The identifier sits in talk about the work ("the happy-path fixture for the SEPA
    form tests", "in the footer of the invoice template", "must never appear in the
    frontend bundle"): a job-topic cue in the message, the identifier itself left out."""
    around = lowered[:hit.start] + " " + lowered[hit.end:]
    return is_job_topic(around, vocab)


def _read_identifiers(original: str, collector: Collector, vocab: PaymentVocabulary,
                      *, replying: bool = False) -> None:
    """Checksummed identifiers on the original text (case carries EIP-55). In a reply
    to a payment proposal (`replying`, the forced read) work talk around an identifier
    does not make it data ("Of course: IBAN DE70 …"); explicit data markers still do."""
    dropped: list[tuple[int, int, Guard]] = []
    # a message that itself proposes paying outside gives its identifiers as where to
    # pay, whatever work talk is around them
    soliciting = collector.has_solicit()
    for hit in find_identifiers(original):
        guard = _identifier_guard(hit, original, vocab, soliciting=soliciting,
                                  replying=replying)
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
    if not (force or might_mention_payment(original, vocab)
            or mentions_other_script_payment(original, vocab)):
        return TextSignals(truncated=truncated)
    reading = normalize(original)
    collector = Collector(reading)
    _read_words(collector, vocab, replies=force, details=True)
    read_other_scripts(original, collector, vocab, replies=force)
    tokens = WORD.findall(reading.text)
    if leetspeak_matters(reading.text, tokens, vocab) or capital_i_as_l(original):
        _read_leetspeak(original, collector, vocab)
    _read_identifiers(original, collector, vocab, replying=force)
    drop_quoted_examples(original, collector, vocab)
    if not force:
        drop_if_told_of(collector, vocab)
    noncommittal = force and drop_weak_if_noncommittal(collector, vocab)
    signals = sorted(collector.signals, key=lambda s: (s.start, s.end, s.kind))
    names_channel = bool(channel_spans(reading.text, vocab))
    mentioned = {w for m in vocab.service_mention.finditer(reading.text)
                 for w in WORD.findall(m.group())}
    mentioned |= vocab.relation.channel_words.intersection(tokens)
    # the work's subject, cheaply: a job word beside the service, or a clause the
    # job-topic guard cleared (the whole-text guard would cost a dozen patterns)
    about_work = bool(mentioned) and (
        not vocab.job_words.isdisjoint(tokens)
        or any(g.guard is Guard.JOB_TOPIC for g in collector.guarded))
    return TextSignals(tuple(signals), tuple(collector.guarded), truncated, names_channel,
                       frozenset(mentioned), noncommittal, about_work)
