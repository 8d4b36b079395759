"""A thread whose work is about a payment service: its later weak readings of the same
service are more of that work, not proposals.

"We need PayPal Checkout integrated into our WooCommerce store." sets the topic; the
freelancer's "Do you have a PayPal business account?" then asks about the work, not for
a way to be paid. The job-topic guard reads one message at a time, so the second
message alone looks like a question about paying. `ThreadTopic` remembers the services
earlier messages (either side's) named as the work's subject and clears a later
message's solicitations when each is a weak reading, every service it names is among
those, it pays neither party ("pay you", "I'll send") and it leaves nothing off the
platform. Payment details and strong readings ("outside Upwork", fees avoided) always
stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from holdrules.detectors.payment_collector import GuardNote, SignalKind, TextSignals
from holdrules.detectors.payment_guards import Guard

__all__ = ["ThreadTopic"]

_PAYS_A_PARTY = re.compile(
    r"\b(?:pay|paying|paid|send|sending|transfer|wire|tip)\s+(?:me|you|u|us|him|her)\b"
    r"|\b(?:i|we|you|u)(?:'ll|\s+will|\s+can|\s+could|\s+would|'d)?\s+"
    r"(?:pay|send|transfer|wire)\b"
    r"|\b(?:my|your|ur)\s+(?:account|wallet|details|email|number|tag|handle)\b",
    re.IGNORECASE,
)
"""A payment between the two parties: no topic outweighs it."""

_LEAVING = frozenset({"solicit.off_platform", "solicit.leave_contract_for_channel",
                      "solicit.other_script_frame"})


@dataclass(slots=True)
class ThreadTopic:
    """The services the thread's work is about, as its messages are read in order."""

    services: set[str] = field(default_factory=set)

    def read(self, text: str, signals: TextSignals) -> TextSignals:
        """`signals` with solicitations that only continue the thread's work topic
        dropped (noted under the job-topic guard); the topic learns from `signals`."""
        if signals.about_work and not signals.violating:
            self.services |= signals.channel_words
            return signals
        if not self.services or not signals.violating:
            return signals
        solicits = signals.of(SignalKind.SOLICIT)
        if (len(solicits) != len(signals.violating)
                or any(s.strong or s.pattern in _LEAVING for s in solicits)
                or not signals.channel_words <= self.services
                or _PAYS_A_PARTY.search(text) is not None):
            return signals
        kept = tuple(s for s in signals.signals if s.kind is not SignalKind.SOLICIT)
        notes = tuple(GuardNote(Guard.JOB_TOPIC, s.pattern, s.normalized) for s in solicits)
        return replace(signals, signals=kept, guarded=(*signals.guarded, *notes))
