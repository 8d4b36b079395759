"""Who proposed paying outside the platform, and how the other side answered.

A detector sees one account's activity, whose messages run both ways. Messages are
grouped by the other party (the unordered pair of accounts) and read in time order.
A received message that solicits off-platform payment or shares payment details opens
a proposal; the account's replies within a window of messages and hours answer it:

- a reply that itself solicits or shares details, or a short "sure"/"ok" (or the name
  of a way of paying: "PayPal please.") as the first answer, is an agreement (a
  violation by the account, pointing at the proposal). Clarifying questions back
  ("What about the contract?") are no answer: the proposal stays open for the window,
  and once the proposer has explained, a later "Okay, deal." still answers it ("Why?"
  then "Ok" with no explanation between is no agreement); once
  the proposer asks about something else, a bare "sure" answers that instead;
- a reply that declines is no violation; with report wording, or a `Flag` the account
  filed against the proposer, it is recognised as declined-and-reported.

A received proposal is never held against the account that received it. Messages the
account writes outside any proposal, proposals' cover letters and profile text are read
on their own: soliciting or sharing details there is the author's violation. A message
that only gives a motive for the account's own open proposal ("No fees for either of
us.") is a follow-up of that proposal, not a second one: it adds evidence to the
proposal's finding and makes none of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from holdrules.detectors.base import Surface, TextItem, text_items
from holdrules.detectors.payment_signals import (
    Signal,
    SignalKind,
    TextSignals,
    clause_spans,
    describe_signals,
)
from holdrules.detectors.payment_thread_topic import ThreadTopic, TopicCues
from holdrules.detectors.payment_vocabulary import is_negated
from holdrules.records import AccountActivity, Flag

__all__ = ["Outcome", "PaymentStep", "ReplyWindow", "read_conversations"]

Analyse = Callable[[str, bool], TextSignals]
"""(text, force) -> signals; `force` reads the text even when the fast path would skip it."""


class Outcome(StrEnum):
    SOLICITED = "solicited"
    SHARED_DETAILS = "shared-details"
    AGREED = "agreed"
    DECLINED = "declined"
    DECLINED_AND_REPORTED = "declined-and-reported"
    RECEIVED_PROPOSAL = "received-proposal"
    FOLLOW_UP = "follow-up"
    ANSWERED_QUESTION = "answered-question"


VIOLATIONS = frozenset({Outcome.SOLICITED, Outcome.SHARED_DETAILS, Outcome.AGREED})


@dataclass(frozen=True, slots=True)
class ReplyWindow:
    """How far an answer may be from the proposal it answers."""

    messages: int
    hours: float
    weak_agreement_max_words: int
    platform_words: frozenset[str] = frozenset()
    """Words of the platform's own names: echoing one ("Through Upwork please.") chooses
    the platform, not a way of paying outside it."""


@dataclass(frozen=True, slots=True)
class PaymentStep:
    """One text with a payment outcome, and (for replies) the proposal it answers."""

    item: TextItem
    outcome: Outcome
    signals: TextSignals
    answers: PaymentStep | None = None
    flag_id: str | None = None
    note: str = ""

    @property
    def counterparty_id(self) -> str | None:
        return self.item.recipient_id if self.item.authored_by_account else self.item.sender_id

    def explain(self) -> str:
        """Plain words for a trace: what happened here and why it is (not) a finding."""
        where = f"{self.item.record_kind} {self.item.record_id}"
        answered = ""
        if self.answers is not None:
            answered = f" to {self.answers.item.record_kind} {self.answers.item.record_id}"
        own = describe_signals(self.signals.signals)
        text = {
            Outcome.SOLICITED: f"{where}: proposed paying outside the platform ({own})",
            Outcome.SHARED_DETAILS: f"{where}: shared payment details ({own})",
            Outcome.AGREED: f"{where}: agreed{answered} ({own})",
            Outcome.DECLINED: f"{where}: declined{answered} ({own}); no finding",
            Outcome.DECLINED_AND_REPORTED: (
                f"{where}: declined and reported{answered} ({own}); no finding, as the "
                "policy asks"
            ),
            Outcome.RECEIVED_PROPOSAL: (
                f"{where}: received a proposal from {self.item.sender_id} ({own}); never a "
                "finding against the receiving account"
            ),
            Outcome.FOLLOW_UP: (
                f"{where}: followed up its own proposal{answered} ({own}); part of "
                "that proposal, no second finding"
            ),
            Outcome.ANSWERED_QUESTION: (
                f"{where}: named a way of paying in answer to a question about it{answered}, "
                f"which proposed nothing ({own}); the wide transaction frame alone is no "
                "proposal there"
            ),
        }[self.outcome]
        if self.note:
            text += f"; {self.note}"
        return text + "."


def _standalone(item: TextItem, signals: TextSignals) -> PaymentStep | None:
    if signals.of(SignalKind.DETAILS):
        return PaymentStep(item, Outcome.SHARED_DETAILS, signals)
    if signals.of(SignalKind.SOLICIT):
        return PaymentStep(item, Outcome.SOLICITED, signals)
    return None


_MOTIVES = frozenset({"solicit.fee_avoidance", "solicit.fee_none", "solicit.no_fees_that_way"})
"""Solicitation patterns that give only a motive (the fees saved), naming no channel
and no act of paying: in a proposer's follow-up they explain the open proposal."""


def _motive_only(signals: TextSignals) -> bool:
    violating = signals.violating
    return (bool(violating) and all(s.pattern in _MOTIVES for s in violating)
            and not signals.channel_words)  # "pay me by wire …, we'd skip the fee" names one


def _same_deal(signals: TextSignals, agreed: PaymentStep) -> bool:
    """A message that names no way of paying beyond those of the agreed payment (the
    account's agreement and the proposal it answered)."""
    known = agreed.signals.channel_words
    if agreed.answers is not None:
        known = known | agreed.answers.signals.channel_words
    return signals.channel_words <= known


def _flag_about(flags: Iterable[Flag], account_id: str, proposal: PaymentStep,
                thread_ids: frozenset[str], until: datetime) -> Flag | None:
    """A report the account filed against the proposer about this proposal: naming the
    message or the conversation, or filed between the proposal and the window's end."""
    proposer = proposal.item.sender_id
    for flag in flags:
        if flag.reporter_id != account_id or flag.reported_id != proposer:
            continue
        if flag.record_id == proposal.item.record_id or flag.record_id in thread_ids:
            return flag
        at = proposal.item.at
        if flag.record_id is None and at is not None and at <= flag.created_at <= until:
            return flag
    return None


def _word_count(text: str) -> int:
    return len(text.split())


_FIRST_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\S))*[.!?\n]?")


_CONDITION = re.compile(r",\s*(?:as\s+long\s+as|provided|only\s+if|if|on\s+condition)\b",
                        re.IGNORECASE)


def _first_sentence(text: str) -> str:
    """The reply's first sentence ("Sure, that works for me." in "Sure, that works for
    me. I'll send you a summary of my hours each Thursday."): a bare agreement is judged
    by the sentence it stands in."""
    match = _FIRST_SENTENCE.match(text.lstrip())
    sentence = match.group() if match else text
    condition = _CONDITION.search(sentence)  # "I could do that, as long as you …"
    return sentence[:condition.start() + 1] if condition else sentence


_QUESTION = re.compile(r"(?:[^.!?\n]|[.!](?=\S)){0,500}\?")
"""A question, read back from its "?": a "." or "!" inside a word (an email address, a
URL, "3.5") does not end the sentence before it."""


def asks_last_about_payment(proposal: PaymentStep) -> bool:
    """A bare "sure" answers the last question asked (or what follows it: "Outside
    Upwork? I'll pay by Zelle."). When the proposal ends with a question about
    something else ("…pay via PayPal? Also, can you fix the footer?"), "sure" is no
    agreement to pay outside the platform."""
    text = proposal.item.text
    questions = list(_QUESTION.finditer(text))
    if not questions:
        return True
    last = questions[-1]
    start = last.start()  # the last question, or what follows it
    if _refers_back(last.group()):  # "… by direct bank transfer. Is that an issue?"
        start = _sentence_before(text, start)
    return any(s.start >= start for s in proposal.signals.violating)


_ANAPHORA = frozenset({"that", "this", "it", "ok", "okay", "fine", "alright", "works",
                       "work", "issue", "problem", "possible", "cool", "good",
                       "va", "bien", "vale", "bom", "certo", "passt",  # "Ça vous va?"
                       "interested", "thoughts", "agree", "deal", "right", "sound",
                       "prefer", "which", "choose", "pick"})  # "Which do you prefer?"


def _refers_back(question: str) -> bool:
    """A short question that only asks about what came before it ("Is that an issue?",
    "ok?", "would that work for you?"): its subject is the sentence before it."""
    words = re.findall(r"[a-z]+", question.lower())
    return len(words) <= 7 and not _ANAPHORA.isdisjoint(words)


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before position `start` begins."""
    before = text[:max(0, start - 1)]
    ends = [m.end() for m in _SENTENCE_MARK.finditer(before)]
    return ends[-1] if ends else 0


_SENTENCE_MARK = re.compile(r"[.!?](?=\s)|\n")


_TOPIC_WORD = re.compile(r"[a-z]{4,}")
_NOT_A_TOPIC = frozenset({
    "that", "this", "these", "those", "then", "than", "there", "here", "with", "from",
    "your", "yours", "have", "will", "would", "could", "should", "just", "also", "thanks",
    "thank", "great", "good", "sure", "okay", "fine", "sounds", "perfect", "cool", "deal",
    "done", "alright", "tomorrow", "today", "tonight", "soon", "later", "again", "more",
    "much", "very", "really", "about", "what", "when", "where", "which", "please", "send",
    "sent", "make", "need", "want", "know", "like", "it's", "i'll", "i'm", "we'll",
})


def _topic_words(text: str) -> set[str]:
    return set(_TOPIC_WORD.findall(text.lower())) - _NOT_A_TOPIC


def answers_another_topic(reply: str, proposal: PaymentStep) -> bool:
    """A short "Great, thanks!" that goes on about another part of a long proposal
    message ("… I still need the final copy for the About page. Also, could you pay me
    through Payoneer directly?" → "Great, thanks! I'll get you the About page copy
    tomorrow."): the reply echoes words of the proposal's other sentences and none of
    its payment sentence, so its "great" answers those, not the payment."""
    text = proposal.item.text
    violating = proposal.signals.violating
    paying, other = set(), set()
    for start, end in clause_spans(text):
        words = _topic_words(text[start:end])
        if any(start <= s.start < end for s in violating) or _refers_back(text[start:end]):
            paying |= words  # "Is that a problem?" asks about the payment before it
        else:
            other |= words
    echoed = _topic_words(reply) - proposal.signals.channel_words  # a channel is on topic
    return bool(echoed & (other - paying)) and not echoed & paying


_NOT_A_CHANNEL_WORD = frozenset({
    "pay", "paid", "paying", "payment", "send", "you", "your", "me", "my", "the", "via",
    "through", "with", "and", "for", "can", "could", "would", "will", "instead", "rather",
})


def echo_span(reply: str, proposal: PaymentStep,
              platform_words: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Where a short statement repeats a way of paying the proposal named ("… by PayPal
    or direct bank" → "Bank is easier for me."): the choice among what was offered.
    Only in the reply's first sentence, and never in a question."""
    first = _first_sentence(reply.lstrip())
    if "?" in first:
        return None
    offered = set(proposal.signals.channel_words) - _NOT_A_CHANNEL_WORD - platform_words
    skip = len(reply) - len(reply.lstrip())
    for match in re.finditer(r"[a-z0-9]+", first.lower()):
        if match.group() in offered:
            return skip + match.start(), skip + match.end()
    return None


def _with_echo(reply: str, signals: TextSignals, proposal: PaymentStep,
               window: ReplyWindow) -> TextSignals:
    """`signals` plus the echoed channel as an agreement signal, when the reply is a
    clean choice (no decline, nothing a guard dropped)."""
    if signals.signals or signals.guarded or signals.noncommittal:
        return signals
    if is_negated(reply):  # "I've never used Zelle" names, not chooses
        return signals
    span = echo_span(reply, proposal, window.platform_words)
    if span is None:
        return signals
    echo = Signal(SignalKind.AGREE, "agree.echoes_offered_channel", span[0], span[1],
                  reply[span[0]:span[1]].lower(), strong=False)
    return TextSignals((echo,), signals.guarded, signals.truncated, signals.names_channel,
                       signals.channel_words, signals.noncommittal)


def _accepts(text: str, signals: TextSignals, proposal: PaymentStep,
             window: ReplyWindow) -> bool:
    """The other side's message accepts `proposal` (the account's own): it shares or
    asks for details, counter-offers another way of paying, agrees firmly, or is a
    short agreement or choice about it (not about another part of the proposal's
    message), with no decline."""
    if signals.has(SignalKind.REPORT):
        return False
    if signals.violating:  # a counter-offer too: "No bKash here, but I can do Payoneer."
        return True
    if signals.has(SignalKind.DECLINE):
        return False
    if any(s.kind is SignalKind.AGREE and s.strong for s in signals.signals):
        return True
    short = _word_count(_first_sentence(text)) <= window.weak_agreement_max_words
    return short and not answers_another_topic(text, proposal) and (
        signals.has(SignalKind.AGREE) or _with_echo(text, signals, proposal, window).signals != ())


def _clarifying(text: str, signals: TextSignals) -> bool:
    """A question back with no payment signal ("What about the contract?", "What's the
    benefit?"): the proposal is still open, and the first real answer comes later."""
    return not signals.signals and "?" in text


_WHAT_IS_MEANT = re.compile(
    r"^\W{0,3}(?:(?:do|did)\s+you\s+mean|you\s+mean|meaning|what\s+do\s+you\s+mean"
    r"|are\s+you\s+(?:saying|asking|suggesting)|so\s+you\s+(?:want|mean))\b", re.IGNORECASE)


_AS_IN = re.compile(r"\bas\s{1,3}in\b", re.IGNORECASE)


def _asks_what_is_meant(text: str) -> bool:
    """A question back about what the proposal means ("Do you mean the payout on my
    side, or paying me outside the contract?", "Payoneer as in paying me directly?"):
    it repeats the proposal's words to ask, it neither offers nor agrees."""
    return "?" in text and (_WHAT_IS_MEANT.match(text) is not None
                            or (text.rstrip().endswith("?") and _AS_IN.search(text) is not None))


def _asks_about(text: str, signals: TextSignals, proposal: PaymentStep) -> bool:
    """The other side's message questions or hesitates over `proposal` (the account's
    own) without declining or reporting it: "Why not through here?", "What is Deel
    exactly?", "Hmm, I'm not sure, I've never done that." A question about another
    part of the proposal's message ("Which font?") is not about the payment."""
    if signals.has(SignalKind.DECLINE) or signals.has(SignalKind.REPORT):
        return False
    if signals.violating:
        return False
    doubtful = "?" in text or signals.noncommittal or _hesitation(text, signals)
    return doubtful and not answers_another_topic(text, proposal)


_WHAT_IS = re.compile(
    r"^\W{0,3}(?:(?:sorry|hmm+|um+|ok(?:ay)?|wait)\W{1,3})?(?:what|wat)(?:['\u2019]s|s|\s{1,3}is"
    r"|\s{1,3}are|\s{1,3}exactly\s{1,3}is)\b", re.IGNORECASE)
"""A question about what something is ("What's USDT?", "What is Deel exactly?")."""


def _asks_what_the_channel_is(text: str, proposal: PaymentStep) -> bool:
    """ "What's USDT?", "What is that exactly?" about the proposal's way of paying (not
    "What's the benefit?"). Unlike the `asks_what_it_is` guard, which drops a reading
    of any service in a question, this asks whether the question is about this
    proposal."""
    match = _WHAT_IS.match(text)
    if match is None:
        return False
    rest = set(re.findall(r"[a-z0-9]+", text[match.end():].lower()))
    return not rest.isdisjoint(proposal.signals.channel_words | {"that", "this", "it"})


_SIMILE = re.compile(r"\blike\s{1,3}(?:a|an)\s{1,3}([a-z]+(?:\s{1,3}[a-z]+)?)", re.IGNORECASE)


def _simile_words(text: str) -> frozenset[str]:
    """Words a comparison uses ("It's like a bank account for freelancers"): they
    describe the proposed way of paying, they name no other."""
    return frozenset(w.lower() for m in _SIMILE.finditer(text) for w in m.group(1).split())


def _echo_question(text: str, signals: TextSignals, proposal: PaymentStep) -> bool:
    """A question back whose only payment reading is the wide transaction frame around
    the proposal's own way of paying, with no agreement word: "Hmm, a gift card for the
    full amount?" checks what was proposed. Naming another way ("Would Skrill do?") is
    a counter-offer, and "Gift cards are fine, when do I start?" agrees."""
    violating = signals.violating
    return (text.rstrip().endswith("?") and bool(violating)
            and all(s.pattern == "solicit.payment_frame" for s in violating)
            and not signals.has(SignalKind.AGREE)
            and signals.channel_words <= proposal.signals.channel_words)


def _hesitation(text: str, signals: TextSignals) -> bool:
    """A filler with no payment signal ("Hmm", "Well..."): not yet an answer."""
    return not signals.signals and not signals.guarded and _word_count(text) <= 2


@dataclass(slots=True)
class _Thread:
    """The reading state of one conversation."""

    activity: AccountActivity
    window: ReplyWindow
    analyse: Analyse
    thread_ids: frozenset[str]
    pending: PaymentStep | None = None
    replies: int = 0
    declined: bool = False
    pressed: bool = False
    """The proposer spoke again after the account declined ("It would be faster for both
    of us, I promise it's legit."): naming the offered way of paying now gives in."""
    answered: bool = False
    """The account has answered the proposal (anything but a clarifying question)."""
    moved_on: bool = False
    """The proposer has since asked about something else."""
    asked_back: bool = False
    """The account asked a clarifying question the proposer has not yet answered."""
    arranged: PaymentStep | None = None
    """The account's agreement: for the window after it the two arrange the payment,
    and a bare handle ("@leah_codes") is payment details."""
    arranged_replies: int = 0
    own: PaymentStep | None = None
    """The account's own open proposal: a motive given in the window after it (the
    account's next messages) is a follow-up of it."""
    own_sent: int = 0
    own_agreed: bool = False
    """The other side accepted the account's own open proposal: the account's next
    messages arrange that payment."""
    own_asked_what: bool = False
    """The other side asked what the proposed way of paying is ("What's USDT?"): the
    answer describes it in other words ("A dollar stablecoin, you send it to my wallet
    address"), so any way of paying it names is the same proposal."""
    own_questioned: bool = False
    """The other side's last message asked about the account's own open proposal or
    hesitated over it ("How would that work?", "Hmm, I've never done that."), without
    declining: the account's next messages explain the proposal, not make another."""
    question: PaymentStep | None = None
    """The other side's last message, when it asked about a way of paying without
    proposing one ("Do you withdraw your earnings to Payoneer or to your bank?")."""

    cues: TopicCues = field(default_factory=TopicCues)
    topic: ThreadTopic = field(init=False)
    """The services the thread's work is about (`payment_thread_topic`)."""

    def __post_init__(self) -> None:
        self.topic = ThreadTopic(self.cues)

    def _read(self, text: str, force: bool) -> TextSignals:
        return self.topic.read(text, self.analyse(text, force))

    def _expired(self, at: datetime | None) -> bool:
        if self.pending is None:
            return True
        if self.replies >= self.window.messages:
            return True
        opened = self.pending.item.at
        return at is not None and opened is not None and (
            at - opened > timedelta(hours=self.window.hours)
        )

    def received(self, item: TextItem) -> PaymentStep | None:
        own_open = self._own_open(item.at)
        signals = self._read(item.text, own_open)  # an answer to it is read in full
        self.question = None
        self.own_questioned = self.own_asked_what = False
        if own_open and self.own is not None and _accepts(item.text, signals, self.own,
                                                          self.window):
            self.own_agreed = True  # the other side accepted the account's proposal
        elif own_open and self.own is not None:
            self.own_questioned = _asks_about(item.text, signals, self.own)
            self.own_asked_what = (self.own_questioned
                                   and _asks_what_the_channel_is(item.text, self.own))
        if not signals.violating:
            if signals.names_channel and "?" in item.text:
                self.question = PaymentStep(item, Outcome.RECEIVED_PROPOSAL, signals)
            if self.pending is not None and "?" in item.text:
                self.moved_on = True  # a bare "sure" now answers this question
            self.pressed = self.pending is not None and self.declined
            self.asked_back = False
            return None
        if self._own_open(item.at):
            # an answer to the account's own open proposal ("deal. email me your account
            # details"): the payment is the account's own proposal, not one to answer
            return None
        if self.arranged is not None and _same_deal(signals, self.arranged):
            # the other side arranging the payment the account agreed to ("Revolut is
            # fine, I'll send it when the edit is done"): no new proposal to answer
            return None
        proposal = PaymentStep(item, Outcome.RECEIVED_PROPOSAL, signals)
        flag = self._flag_for(proposal)
        if flag is not None:
            proposal = PaymentStep(item, Outcome.RECEIVED_PROPOSAL, signals,
                                   flag_id=flag.id, note=f"reported with flag {flag.id}")
        self.pending, self.replies, self.declined, self.pressed = proposal, 0, False, False
        self.answered = self.moved_on = self.asked_back = False
        return proposal

    def sent(self, item: TextItem) -> PaymentStep | None:
        if self.pending is not None and self._expired(item.at):
            self.pending, self.declined = None, False
        proposal = self.pending
        if proposal is None:
            return self._own_proposal(item, self._after_agreement(item))
        signals = self._read(item.text, True)
        self.replies += 1
        if _asks_what_is_meant(item.text) or _echo_question(item.text, signals, proposal):
            # "Do you mean …, or paying me outside …?", "Hmm, a gift card for the full
            # amount?": asks back about the proposal, agrees to nothing yet
            self.asked_back = True
            return None
        if signals.has(SignalKind.REPORT) and not signals.of(SignalKind.DETAILS):
            # "Still no, that's also off-platform. I've reported this conversation."
            return self._declined(item, signals, proposal, True)
        if signals.violating:  # agreeing, sharing details, or a counter-offer
            self.pending, self.declined = None, False
            return self._agreed(PaymentStep(item, Outcome.AGREED, signals, answers=proposal))
        reported = signals.has(SignalKind.REPORT)
        if signals.has(SignalKind.DECLINE) or reported:
            return self._declined(item, signals, proposal, reported)
        if not self.declined and any(s.kind is SignalKind.AGREE and s.strong
                                     for s in signals.signals):
            self.pending = None  # "ok, send me your details": acts on the proposal
            return self._agreed(PaymentStep(item, Outcome.AGREED, signals, answers=proposal,
                                            note="asked for the proposer's details"))
        if self.declined and self.pressed and signals.has(SignalKind.AGREE) and any(
                s.pattern == "agree.names_channel" for s in signals.signals):
            self.pending = None  # "No." … "It's faster, I promise." … "Okay fine, GCash it is."
            return self._agreed(PaymentStep(item, Outcome.AGREED, signals, answers=proposal,
                                            note="gave in, naming the way of paying, after "
                                            "the proposer pressed a declined proposal"))
        first_answer = not (self.answered or self.moved_on or self.asked_back)
        # putting the answer off ("let me think about it") is like a question back:
        # a later bare "ok" counts only once the proposer has said something more
        clarifying = _clarifying(item.text, signals) or signals.noncommittal
        self.answered = self.answered or not (clarifying or _hesitation(item.text, signals))
        self.asked_back = clarifying
        signals = _with_echo(item.text, signals, proposal, self.window)
        if (signals.has(SignalKind.AGREE) and first_answer and not self.declined
                and _word_count(_first_sentence(item.text)) <= self.window.weak_agreement_max_words
                and asks_last_about_payment(proposal)
                and not answers_another_topic(item.text, proposal)):
            self.pending = None
            return self._agreed(PaymentStep(
                item, Outcome.AGREED, signals, answers=proposal,
                note="short agreement as the first answer to the proposal"))
        return None

    def _agreed(self, step: PaymentStep) -> PaymentStep:
        self.arranged, self.arranged_replies = step, 0
        return step

    def _own_proposal(self, item: TextItem, step: PaymentStep | None) -> PaymentStep | None:
        """Keeps the account's own proposal open for the window and folds a motive-only
        follow-up into it ("Can I pay you by Zelle?" … "No fees for either of us.")."""
        own = self.own
        if own is not None:
            self.own_sent += 1
            opened = own.item.at
            if self.own_sent > self.window.messages or (
                item.at is not None and opened is not None
                and item.at - opened > timedelta(hours=self.window.hours)
            ):
                own = self.own = None
        if step is None or step.outcome is not Outcome.SOLICITED:
            return step
        if own is not None and _motive_only(step.signals):
            return PaymentStep(item, Outcome.FOLLOW_UP, step.signals, answers=own,
                               note="a motive given for the account's own open proposal")
        if own is not None and not step.signals.channel_words:
            # "Yes, we'd close it and settle the rest between us": the same proposal
            # again, explained; only naming a way of paying makes it a new one
            return PaymentStep(item, Outcome.FOLLOW_UP, step.signals, answers=own,
                               note="explains the account's own open proposal without "
                               "naming a way of paying")
        if own is not None and self.own_agreed:
            return PaymentStep(item, Outcome.FOLLOW_UP, step.signals, answers=own,
                               note="arranging the account's own proposal, which the "
                               "other side accepted")
        if own is not None and self.own_questioned and (
                self.own_asked_what
                or step.signals.channel_words - _simile_words(item.text)
                <= own.signals.channel_words):
            # "How would that work?" → "You send me a Payoneer request, I pay it
            # directly.": the answer explains the open proposal; naming a way of paying
            # it did not name ("Off the site?" … "By Wise.") makes a new one
            return PaymentStep(item, Outcome.FOLLOW_UP, step.signals, answers=own,
                               note="answers the other side's question about the "
                               "account's own open proposal")
        self.own, self.own_sent, self.own_agreed = step, 0, False
        return step

    def _after_agreement(self, item: TextItem) -> PaymentStep | None:
        """A message the account writes with no proposal open: read on its own, or,
        within the window after its agreement, as part of arranging that payment (a
        bare handle then is details)."""
        agreed = self.arranged
        if agreed is not None:
            self.arranged_replies += 1
            opened = agreed.item.at
            if self.arranged_replies > self.window.messages or (
                item.at is not None and opened is not None
                and item.at - opened > timedelta(hours=self.window.hours)
            ):
                agreed = self.arranged = None
        arranging = agreed is not None or (self.own is not None and self.own_agreed)
        step = _standalone(item, self._read(item.text, arranging))
        if step is not None and agreed is None and self._answers_question(step):
            assert self.question is not None
            return PaymentStep(item, Outcome.ANSWERED_QUESTION, step.signals,
                               answers=self.question)
        if step is None or agreed is None:
            return step
        return PaymentStep(item, step.outcome, step.signals,
                           note=f"after agreeing in {agreed.item.record_kind} "
                           f"{agreed.item.record_id}")

    def _own_open(self, at: datetime | None) -> bool:
        """The account's own proposal is still open: within the window of messages the
        account has sent since, and of hours."""
        own = self.own
        if own is None or self.own_sent >= self.window.messages:
            return False
        opened = own.item.at
        return not (at is not None and opened is not None
                    and at - opened > timedelta(hours=self.window.hours))

    def _answers_question(self, step: PaymentStep) -> bool:
        """The account's message holds only the wide transaction frame and answers the
        other side's question about a way of paying that proposed nothing: the question
        set the topic (the platform's payouts, the job), and "Payoneer, it's cheaper for
        me" names the answer, not a way to be paid by the asker."""
        violating = step.signals.violating
        return (self.question is not None and step.outcome is Outcome.SOLICITED
                and bool(violating)
                and all(s.pattern == "solicit.payment_frame" for s in violating))

    def _declined(self, item: TextItem, signals: TextSignals, proposal: PaymentStep,
                  reported: bool) -> PaymentStep | None:
        """A decline keeps the proposal open for the window: "No thanks." followed by
        "I've reported this." is one decline-and-report, and details sent after a
        decline are still an agreement."""
        flag = self._flag_for(proposal)
        if reported or flag is not None:
            self.pending, self.declined = None, False
            note = f"reported with flag {flag.id}" if flag else "says it was reported"
            return PaymentStep(item, Outcome.DECLINED_AND_REPORTED, signals, answers=proposal,
                               flag_id=flag.id if flag else None, note=note)
        first = not self.declined
        self.declined, self.pressed = True, False
        return PaymentStep(item, Outcome.DECLINED, signals, answers=proposal) if first else None

    def _flag_for(self, proposal: PaymentStep) -> Flag | None:
        if proposal.flag_id is not None:
            return next(f for f in self.activity.flags if f.id == proposal.flag_id)
        if proposal.item.at is None:
            return None
        return _flag_about(self.activity.flags, self.activity.account_id, proposal,
                           self.thread_ids, proposal.item.at + timedelta(hours=self.window.hours))


def read_conversations(
    activity: AccountActivity, analyse: Analyse, window: ReplyWindow,
    cues: TopicCues | None = None,
) -> list[PaymentStep]:
    """Every text of `activity` with a payment outcome, in reading order. `cues` are
    the whole-message readings the thread topic needs (`payment_thread_topic`)."""
    steps: list[PaymentStep] = []
    threads: dict[str, list[TextItem]] = {}
    for item in text_items(activity):
        if item.surface is not Surface.MESSAGE:
            if item.authored_by_account:
                step = _standalone(item, analyse(item.text, False))
                if step is not None:
                    steps.append(step)
            continue
        other = item.recipient_id if item.authored_by_account else item.sender_id
        threads.setdefault(other or "", []).append(item)
    for items in threads.values():
        thread = _Thread(activity, window, analyse, frozenset(i.record_id for i in items),
                         cues=cues or TopicCues())
        for item in items:
            step = thread.sent(item) if item.authored_by_account else thread.received(item)
            if step is not None:
                steps.append(step)
    return steps
