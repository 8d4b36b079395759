"""A thread whose work is about a payment service: its later weak readings of the same
service are more of that work, not proposals.

"We need PayPal Checkout integrated into our WooCommerce store." sets the topic; the
freelancer's "Do you have a PayPal business account?" then asks about the work, not for
a way to be paid. The job-topic guard reads one message at a time, so the second
message alone looks like a question about paying. `ThreadTopic` remembers the services
earlier messages (either side's) named as the work's subject and clears a later
message's solicitations when each is a weak reading, it names one of those services
("Apple Pay via Stripe?" in a Stripe job), it pays neither party ("pay you", "I'll
send") and it leaves nothing off the platform. Payment details and strong readings
always stand, except identifiers given alone in a thread about test data
(`_data_in_technical_thread`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from holdrules.detectors.payment_collector import GuardNote, Signal, SignalKind, TextSignals
from holdrules.detectors.payment_guards import Guard

__all__ = ["ThreadTopic", "TopicCues"]

Cue = Callable[[str], bool]


def _never(_text: str) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class TopicCues:
    """Readings of a whole message that the topic needs, from the detector's vocabulary
    (`payment_guards`): the same patterns the guards use, so the two never drift."""

    data_talk: Cue = _never
    """The message is about technical work or test data (`is_data_talk`)."""
    pays_a_party: Cue = _never
    """A payment between the two parties, or a request for the other's details ("give
    me your bank's SWIFT code"): no topic outweighs it (`pays_a_party`)."""
    directs: Cue = _never
    """Money sent to an identifier ("send the rest there"): no data (`directs_money`)."""


_RECENT = 6

_LEAVING = frozenset({"solicit.off_platform", "solicit.leave_contract_for_channel",
                      "solicit.other_script_frame"})


@dataclass(slots=True)
class ThreadTopic:
    """The services the thread's work is about, and whether it talks about technical
    work or test data, as its messages are read in order."""

    cues: TopicCues = field(default_factory=TopicCues)
    services: set[str] = field(default_factory=set)
    recent: deque[str] = field(default_factory=lambda: deque(maxlen=_RECENT))
    """The thread's last messages before this one, either side's."""

    payment_talk: bool = False
    """An earlier message of the thread held a payment reading: no data thread."""

    def read(self, text: str, signals: TextSignals) -> TextSignals:
        """`signals` with readings that only continue the thread's work dropped: a
        weak solicitation of a service the work is about (noted under the job-topic
        guard), and identifiers given as data in a thread about technical work (noted
        under the identifier-context guard). The topic learns from `signals`."""
        read = self._read(text, signals)
        self.recent.append(text)
        self.payment_talk = self.payment_talk or bool(read.violating)
        return read

    def _read(self, text: str, signals: TextSignals) -> TextSignals:
        if signals.about_work and not signals.violating:
            self.services |= signals.channel_words
            return signals
        if not signals.violating:
            return signals
        if self._data_in_technical_thread(text, signals):
            return _cleared(signals, signals.violating, Guard.IDENTIFIER_CONTEXT)
        known = self.services | _work_named_twice(text, signals)
        if not known:
            return signals
        solicits = signals.of(SignalKind.SOLICIT)
        if (len(solicits) != len(signals.violating)
                or any(s.strong or s.pattern in _LEAVING for s in solicits)
                or known.isdisjoint(signals.channel_words)
                or self.cues.pays_a_party(text)):
            return signals
        return _cleared(signals, solicits, Guard.JOB_TOPIC)

    def _data_in_technical_thread(self, text: str, signals: TextSignals) -> bool:
        """Identifiers alone, in a thread whose earlier messages are about technical
        work or test data and hold no payment reading ("Which address is the deployed
        contract on testnet?" … "Sepolia: 0x…"), in a message that proposes nothing,
        directs no money and names no identifier as the speaker's own."""
        if (signals.of(SignalKind.SOLICIT) or self.payment_talk
                or self.cues.pays_a_party(text) or self.cues.directs(text)):
            return False
        return any(self.cues.data_talk(t) for t in self.recent)


def _work_named_twice(text: str, signals: TextSignals) -> set[str]:
    """The services a message about work names more than once ("Do you have PayPal? I'm
    asking because our donation page needs a PayPal button."): the message sets its own
    topic, as an earlier message of the thread would. Named once, a service in a
    message that also talks about work is still a way of paying."""
    if not signals.about_work:
        return set()
    lowered = text.lower()
    return {w for w in signals.channel_words if len(w) >= 3 and lowered.count(w) >= 2}


def _cleared(signals: TextSignals, dropped: tuple[Signal, ...], guard: Guard) -> TextSignals:
    """`signals` without `dropped`, each noted under `guard`."""
    gone = {id(s) for s in dropped}
    kept = tuple(s for s in signals.signals if id(s) not in gone)
    notes = tuple(GuardNote(guard, s.pattern, s.normalized) for s in dropped)
    return replace(signals, signals=kept, guarded=(*signals.guarded, *notes))
