"""The payment relation: a channel, a payment action and the other party, together.

Phrase patterns know how people *usually* word a proposal; the relation knows what a
proposal *is*: a way of paying outside the platform (a payment service, "by wire", "to
your bank"), an act of paying or being paid, and the person being talked to, all in one
clause ("I have USDT ready, can I just send it to you?", "Would you be open to being paid
by wire?") or in two neighbouring sentences of one message ("What's your Wise tag? I'll
send the deposit now."). It is read from word sets, so new wordings of the same relation
are found without a new phrase, and it is a medium-strength candidate: the job-topic,
past-event, platform-feature, third-party and decline guards apply to it as to any other.
"""

from __future__ import annotations

import re

from holdrules.detectors.payment_vocabulary import WORD, PaymentVocabulary, RelationWords

__all__ = [
    "channel_spans",
    "frame_spans",
    "off_platform_spans",
    "relation_spans",
    "routes_to_a_party",
]

_WORD_SPAN = re.compile(r"[a-z0-9]+")


def _word_before(text: str, start: int, skip: frozenset[str]) -> str:
    """The word before `start`, past a determiner ("to your bank" → "to")."""
    words = _WORD_SPAN.findall(text, max(0, start - 32), start)
    if words and words[-1] in skip:
        words.pop()
    return words[-1] if words else ""


def _word_after(text: str, end: int) -> str:
    match = _WORD_SPAN.search(text, end, end + 24)
    return match.group() if match else ""


def _cued(text: str, start: int, end: int, vocab: PaymentVocabulary) -> bool:
    """A word that is a channel only in context ("by wire", "to your bank", "wise tag")."""
    words = vocab.relation
    return (_word_before(text, start, words.channel_determiners) in words.channel_before
            or _word_after(text, end) in words.channel_after)


_VERB_BEFORE = frozenset({"to", "can", "will", "ll", "could", "must", "should", "gonna",
                          "lets", "let", "wanna", "d"})


def _phrasal_verb(text: str, start: int, end: int) -> bool:
    """An ambiguous name used as a verb with its particle ("to cash in on this trend",
    "we can cash out later"): no way of paying."""
    return (_word_after(text, end) in ("in", "out")
            and _word_before(text, start, frozenset()) in _VERB_BEFORE)


def channel_spans(text: str, vocab: PaymentVocabulary) -> list[tuple[int, int]]:
    """Where `text` names a way of paying: a service outright, an ambiguous service or a
    bare channel word ("bank", "wire") only with a cue next to it. A service used as the
    adjective of a job-topic noun ("the PayPal mockups") names no way of paying."""
    spans, named = [], []
    for match in vocab.service_mention.finditer(text):
        named.append(match.span())
        name = match.group()
        if name in vocab.ambiguous and (
                not _cued(text, match.start(), match.end(), vocab)
                or _phrasal_verb(text, match.start(), match.end())):
            continue
        if vocab.modified_noun.match(text, match.end()) is not None:
            continue
        spans.append(match.span())
    for word in _WORD_SPAN.finditer(text):
        if (word.group() in vocab.relation.channel_words
                and not any(s <= word.start() < e for s, e in named)
                and _cued(text, word.start(), word.end(), vocab)):
            spans.append(word.span())
    return sorted(spans)


def routes_to_a_party(text: str, channels: list[tuple[int, int]],
                      vocab: PaymentVocabulary) -> bool:
    """A channel routed to one party's identity ("Zelle to my phone works too", "Wise
    into your USD account"): the money's way from one party to the other, an act of
    paying without a payment verb. Not in account-setup talk ("link PayPal to your
    email")."""
    if not any(vocab.route.match(text, end) is not None for _, end in channels):
        return False
    return vocab.relation.setup_verbs.isdisjoint(WORD.findall(text))


def _free_words(text: str, channels: list[tuple[int, int]],
                vocab: PaymentVocabulary) -> set[str]:
    """The words of `text` outside its channel names ("transfer" in "bank transfer" is
    the channel's own), light-verb idioms ("pay attention") left out."""
    outside = []
    last = 0
    for start, end in channels:
        outside.append(text[last:start])
        last = end
    outside.append(text[last:])
    free_words = WORD.findall(" ".join(outside))
    idioms = vocab.relation.action_idioms
    skipped: set[int] = set()
    for i in range(len(free_words) - 1):
        for size in (2, 3):  # every word of the idiom: "part" in "take part" is no share
            if " ".join(free_words[i:i + size]) in idioms:
                skipped.update(range(i, i + size))
    return {w for i, w in enumerate(free_words) if i not in skipped}


def relation_spans(text: str, vocab: PaymentVocabulary) -> list[tuple[int, int]]:
    """The channel mentions of `text` when it also holds a payment action (outside the
    channel's own name, "bank transfer", and not a light-verb idiom, "pay attention",
    or a route to a party, "Zelle to my phone") and the second person."""
    words = vocab.relation
    tokens = set(WORD.findall(text))
    if words.second_person.isdisjoint(tokens) or (
            words.actions.isdisjoint(tokens) and words.identity_nouns.isdisjoint(tokens)):
        return []
    channels = channel_spans(text, vocab)
    if not channels:
        return []
    if routes_to_a_party(text, channels, vocab):
        return channels
    free = _free_words(text, channels, vocab)
    if words.actions.isdisjoint(free) or words.second_person.isdisjoint(free):
        return []
    return channels


def frame_spans(text: str, vocab: PaymentVocabulary, *,
                asked: bool = False) -> list[tuple[int, int]]:
    """The channel mentions of `text` in a transaction frame: one of the two parties
    speaks of itself or the other ("I", "we", "let's", "you") and the words around the
    channel are those of settling a payment: an act of paying, a share of the price ("the
    rest", "the last part", "the bonus"), a present-tense verb of using, accepting or
    choosing a way of paying ("can we do PayPal", "Venmo ok for you?", "I only take
    USDT"), or having one, said right before its name ("u have zelle?", "do you have a
    Revolut?"; in "have you worked on a crypto exchange" it is an auxiliary).

    Wider than `relation_spans`, which needs the second person and a payment verb: "I'll
    pay via Western Union, is that ok?" names no "you". Past forms are not cues ("I used
    Payoneer before"), and the medium guards (job topic, past, platform feature, third
    party) still apply to what it finds. A question (`asked`) needs no party word: it is
    put to the other one ("Pay by bank for the next milestone?", "Want to switch to
    Payoneer for the rest?")."""
    words = vocab.relation
    tokens = set(WORD.findall(text))
    if (not asked and words.parties.isdisjoint(tokens)) or (
            words.actions.isdisjoint(tokens) and words.frame_cues.isdisjoint(tokens)
            and words.possession.isdisjoint(tokens)):
        return []
    channels = channel_spans(text, vocab)
    if not channels:
        return []
    free = _free_words(text, channels, vocab)
    if not asked and words.parties.isdisjoint(free):
        return []
    if words.actions.isdisjoint(free) and words.frame_cues.isdisjoint(free) and not any(
            _possessed(text, start, words) for start, _ in channels):
        return []
    return channels


def _possessed(text: str, start: int, words: RelationWords) -> bool:
    """One of the parties has the channel, said right before its name: "u have zelle",
    "do you have a Revolut?", "I've got Wise" ("our CMS export has 'Venmo'" is a thing
    having a word)."""
    before = _WORD_SPAN.findall(text, max(0, start - 40), start)
    if before and before[-1] in words.possession_determiners:
        before.pop()
    if len(before) < 2 or before[-1] not in words.possession:
        return False
    subject = before[-2]
    return subject in words.parties or subject in {"ve", "ll", "d"}  # "I've got"


def off_platform_spans(text: str, vocab: PaymentVocabulary) -> list[tuple[int, int]]:
    """Where `text` sends a payment off the platform without naming a channel: a marker
    of leaving it ("directly", "privately", "off the books", "outside the platform") and
    a word of settling a payment outside the marker ("wire the other $700 to you
    directly", "I can simply invoice your company directly", "settle this part off the
    books"), in any order within the clause. A marker right after a verb of talking
    ("email me directly") says how to talk, not how to pay; a temporal "directly after"
    is never a marker (the pattern leaves it out)."""
    words = vocab.relation
    markers = []
    for match in vocab.off_platform_marker.finditer(text):
        before = _WORD_SPAN.findall(text, max(0, match.start() - 24), match.start())[-2:]
        if words.talking_verbs.isdisjoint(before):
            markers.append(match.span())
    if not markers:
        return []
    if words.settling.isdisjoint(_free_words(text, markers, vocab)):
        return []
    return markers
