"""Off-platform asks in scripts the word-set readings do not read.

The phrase patterns, the relation and the frames read words of `[a-z0-9]` on the
normalised text, where look-alike folding turns Cyrillic letters that look Latin into
Latin ones (it must, or "paypal" with one Cyrillic letter would slip through). A
Russian, Ukrainian or Arabic ask ("Можно оплату перевести на карту напрямую, минуя
платформу?", "ممكن أحول لك المبلغ على فودافون كاش بدل المنصة؟") would go unread.
This reader looks at the original text instead, clause by clause: a word of settling
a payment together with a marker of leaving the platform or a way of paying is a
proposal, unless the message declines or makes the payment the work's subject
(integrating a gateway, a bot). Spans point into the original text. A weak reading:
replies in these languages are not read for agreement.
"""

from __future__ import annotations

from holdrules.detectors.payment_collector import Collector, SignalKind, clause_spans
from holdrules.detectors.payment_vocabulary import PaymentVocabulary

__all__ = ["mentions_other_script_payment", "read_other_scripts"]

NAME = "solicit.other_script_frame"


def mentions_other_script_payment(original: str, vocab: PaymentVocabulary) -> bool:
    """For the fast path: the text has a word of settling in a script read here."""
    patterns = vocab.other_scripts
    return (not original.isascii() and patterns["script"].search(original) is not None
            and patterns["settling"].search(original) is not None)


def read_other_scripts(original: str, collector: Collector, vocab: PaymentVocabulary,
                       *, replies: bool = False) -> None:
    """Adds one weak solicitation per clause of `original` that settles a payment and
    leaves the platform or names a way of paying (in the script's own words or a
    service's Latin name), unless the message declines. Read as a reply (`replies`),
    assent at its start (Russian "давайте", Arabic "موافق") is agreement."""
    patterns = vocab.other_scripts
    if (replies and not original.isascii()
            and patterns["script"].search(original) is not None
            and (agree := patterns["agree"].match(original)) is not None):
        collector.add_original(SignalKind.AGREE, "agree.other_script", agree.start(),
                               agree.end())
    if not mentions_other_script_payment(original, vocab):
        return
    if (patterns["decline"].search(original) is not None
            or patterns["job_topic"].search(original) is not None):
        return
    lowered = original.lower()  # Cyrillic and Arabic keep their length when lowered
    for start, end in clause_spans(original):
        settling = patterns["settling"].search(original, start, end)
        if settling is None:
            continue
        leaving = (patterns["marker"].search(original, start, end)
                   or patterns["channel"].search(original, start, end)
                   or vocab.service_mention.search(lowered, start, end))
        if leaving is None:
            continue
        collector.add_original(SignalKind.SOLICIT, NAME, leaving.start(), leaving.end())
