"""Precision guards of the off-platform payment detector, as named functions.

Each drops a candidate for a stated reason (detect-secrets' filters idea): the sentence
declines what it mentions, the payment service is the job's subject, the platform's
own payment features are the channel, the sentence is about the past, or an
identifier is documentation, code or test data. Each takes the (normalised) sentence
and the vocabulary and answers one question, so each is tested alone.
"""

from __future__ import annotations

from bisect import bisect_right
from enum import StrEnum

import regex

from holdrules.detectors.payment_vocabulary import WORD, PaymentVocabulary, pattern_matches

__all__ = [
    "Guard",
    "asks_what_it_is",
    "declining_matches",
    "directs_money",
    "in_code_snippet",
    "is_data_talk",
    "is_identifier_context",
    "is_idiom",
    "is_job_topic",
    "is_past_event",
    "is_platform_feature",
    "is_reported_proposal",
    "is_third_party_payment",
    "names_only_deliverables",
    "overlaps",
    "pays_a_party",
]


class Guard(StrEnum):
    """Why a candidate was dropped; each is a named function below."""

    DECLINED = "declined"
    JOB_TOPIC = "job-topic"
    PLATFORM_FEATURE = "platform-feature"
    PAST_EVENT = "past-event"
    THIRD_PARTY = "third-party"
    DOCUMENTATION_EXAMPLE = "documentation-example"
    IDENTIFIER_CONTEXT = "identifier-context"
    CODE_SNIPPET = "code-snippet"
    NONCOMMITTAL = "noncommittal"
    REPORTED = "reported-proposal"
    QUESTION = "question"
    IDIOM = "idiom"
    INVALID_IDENTIFIER = "invalid-identifier"


_CODE_SPAN = regex.compile(r"```.*?```|`[^`\n]{1,200}+`", regex.DOTALL)


def overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def names_only_deliverables(clause: str, vocab: PaymentVocabulary) -> bool:
    """Every service the sentence names is an adjective of a job-topic noun ("I'll send
    you the PayPal mockups", "the Skrill invoice template", "Stripe webhooks"): no way of
    paying is named at all, whatever is sent to whom."""
    mentions = [m.end() for m in vocab.service_mention.finditer(clause)]
    return bool(mentions) and all(
        vocab.modified_noun.match(clause, end) is not None for end in mentions
    )


def is_job_topic(clause: str, vocab: PaymentVocabulary, *, deliverables: bool = True) -> bool:
    """The payment service is the *subject* of the work ("integrate the PayPal checkout",
    "Stripe webhooks", "a logo for a crypto app"). A service used only as the adjective
    of a job-topic noun counts (`names_only_deliverables`), unless the clause names the
    platform as what the payment replaces ("instead of via this contract"); so does a
    technical cue; a deliverable cue counts unless the sentence is about paying one of the two
    parties ("I'll pay you via PayPal for the logo"); no cue counts when one of the two
    parties says it pays the other ("i'll pay you through venmo for the extra pages").
    Cues inside a service name ("cash app", "swift code") do not count."""
    replaced = vocab.guards["platform_alternative"].search(clause)
    technical_only = replaced is not None
    if names_only_deliverables(clause, vocab) and not technical_only:
        return True  # not "fill in the Gusto onboarding, we pay you there instead of via
        # this contract": naming the platform replaced makes it about how to pay
    if vocab.guards["we_pay_you"].search(clause) is not None:
        return False
    # "… paying by Revolut instead of the hourly contract": about how to pay, so a
    # deliverable ("the SEO retainer") is what is paid for, not the subject
    services = [m.span() for m in vocab.service_mention.finditer(clause)]
    every = set(WORD.findall(clause))
    paid_for: list[tuple[int, int]] | None = None  # found only when a cue needs it
    if not vocab.job_words.isdisjoint(every):
        paid_for = _paid_for_spans(clause, vocab)
        skipped = services + paid_for
        if replaced is not None:  # "rather than through this website": the platform
            skipped.append(replaced.span())
        in_names = {w for start, end in skipped for w in WORD.findall(clause[start:end])}
        words = every - in_names
        if "app" in words or "apps" in words:
            # "outside the app", "whatever app you use", "a payment app": the platform
            # or a way of paying, not an app being built
            built = _APP_BUILT.search(clause) is not None
            if not built:
                words -= {"app", "apps"}
        if "php" in words and _PESO_AMOUNT.search(clause) is not None:
            words = words - {"php"}  # "the 5,000 PHP balance": pesos, not the language
        if not vocab.job_words.isdisjoint(words):
            return True
    technical = vocab.guards["job_topic_strong"].finditer(clause)
    if any(not overlaps(m.span(), services) for m in technical):
        return True
    if not deliverables or technical_only:
        return False
    cues = [m.span() for m in vocab.guards["job_topic_deliverable"].finditer(clause)
            if not overlaps(m.span(), services)]
    if not cues:
        return False
    if paid_for is None:
        paid_for = _paid_for_spans(clause, vocab)
    if all(overlaps(cue, paid_for) for cue in cues):
        return False
    if vocab.guards["content_about"].search(clause) is not None:
        return True  # "blog posts on how shops can accept crypto": what the work explains
    return vocab.guards["personal_payment"].search(clause) is None


def _paid_for_spans(clause: str, vocab: PaymentVocabulary) -> list[tuple[int, int]]:
    """What the clause names as paid for ("take 0.01 BTC for the landing page", "for
    the dashboard phase, would you …") and the platform's own screens a payment would
    skip ("the bonus button", "the milestone review"): neither is the work's subject."""
    spans = [(m.start(m.lastindex or 0), m.end())
             for m in vocab.guards["paid_for"].finditer(clause)]
    spans += [m.span() for m in vocab.guards["platform_ui"].finditer(clause)]
    return spans


def is_past_event(clause: str, vocab: PaymentVocabulary) -> bool:
    """Talk about other jobs or earlier times ("my last client paid me via PayPal") with
    no request or plan for the future in the same sentence."""
    return (
        vocab.guards["past_event"].search(clause) is not None
        and vocab.guards["future_or_request"].search(clause) is None
    )


def is_idiom(clause: str, vocab: PaymentVocabulary) -> bool:
    """A way of paying inside an idiom ("I'll take that to the bank", "cash in on the
    holiday traffic"): no payment at all."""
    return vocab.guards["idiom"].search(clause) is not None


def asks_what_it_is(clause: str, vocab: PaymentVocabulary) -> bool:
    """The clause only asks what a way of paying is ("What's Deel?"): a question about
    the service, proposing nothing."""
    return vocab.guards["asks_what_it_is"].match(clause.strip()) is not None


def is_reported_proposal(clause: str, vocab: PaymentVocabulary) -> bool:
    """Someone else's proposal, reported ("Someone messaged me asking to be paid outside
    Upwork, is that even allowed?", "a client asked me to switch to Zelle"): the speaker
    tells of it, asks about it or warns about it; the proposal is not theirs."""
    return vocab.guards["reported_proposal"].search(clause) is not None


def is_third_party_payment(clause: str, vocab: PaymentVocabulary) -> bool:
    """Someone else pays, accepts or is paid ("the client of our client pays via PayPal",
    "the shop accepts Venmo", "our clients mostly pay us by bank transfer", "tip the
    delivery guy in cash"): a third-party payer or payee and no payment between the two
    parties."""
    if _SECOND_PERSON.isdisjoint(WORD.findall(clause)) and (
            vocab.guards["third_party_payee"].search(clause) is not None
            or vocab.guards["third_party_person"].search(clause) is not None):
        return True  # "we pay our staff through Deel", "my brother forgets to Venmo me"
    third = (vocab.guards["third_party_payer"].search(clause) is not None
             or vocab.guards["third_person_verb"].search(clause) is not None)
    return third and vocab.guards["personal_payment"].search(clause) is None


_SECOND_PERSON = frozenset({"you", "u", "ya", "your", "ur"})
_PESO_AMOUNT = regex.compile(r"\d[\d,.]*+\s{0,2}php\b|\bphp\s{0,2}\d")
"""An amount in Philippine pesos ("5,000 PHP", "PHP 2,500"), not the language."""
_APP_BUILT = regex.compile(
    r"\bapps?\b(?<!\b(?:the|this|that|whatever|which|what|any|another)\s{1,3}apps?)")
"""An "app" that is not the platform or a way of paying: one being built or changed."""


def is_platform_feature(clause: str, vocab: PaymentVocabulary) -> bool:
    """Payment through the platform's own features: milestones, escrow, bonus, refunds
    and withdrawals, "through Upwork" (PayPal as a platform billing or withdrawal method
    is allowed), and the platform itself paying out to a service ("does Upwork pay out
    to Payoneer?", "how long does Upwork take to clear a payment to Wise?")."""
    if vocab.guards["platform_payout"].search(clause) is not None:
        return True
    features = vocab.guards["platform_feature"].finditer(clause)
    first = next(features, None)
    if first is None:
        return False
    # positions of every bare "instead" and service name, found once per clause so a
    # long clause full of features costs one pass each, not one per feature
    insteads = [m.start() for m in vocab.guards["replacement_after"].finditer(clause)]
    services = [m.start() for m in vocab.service_mention.finditer(clause)]
    return any(not _replaced(clause, match.start(), vocab, insteads, services)
               for match in (first, *features))


def _replaced(clause: str, start: int, vocab: PaymentVocabulary, insteads: list[int],
              services: list[int]) -> bool:
    """The platform's feature is named as what the proposal replaces, not as the way of
    paying: after "instead of", "rather than", "than", "no need to go", "not", "skip"
    … a few words before it ("no need to go thru the site", "easier than the platform
    invoices"), or with a bare "instead" after it ("my card keeps getting declined on
    here, could we do zelle instead?"). Naming the platform that way argues for leaving
    it."""
    if vocab.guards["replacement_before"].search(clause, max(0, start - 40), start):
        return True
    if vocab.guards["complaint_before"].search(clause, max(0, start - 40), start):
        return True  # "my card keeps getting declined on this site": a motive to leave
    if vocab.guards["complaint_after"].match(clause, start) is not None:
        return True  # "if the Upwork payment is difficult from your side"
    after = bisect_right(insteads, start)
    if after == len(insteads):
        return False
    # the channel must come between: "… on here, could we do zelle instead?" replaces
    # the platform; "add PayPal as a billing method on Upwork instead" does not
    first_service = bisect_right(services, start)
    return first_service < len(services) and services[first_service] < insteads[after]


def declining_matches(
    clause: str,
    vocab: PaymentVocabulary,
    idioms: list[tuple[int, int]] | None = None,
) -> list[tuple[str, regex.Match[str]]]:
    """Decline wording in the sentence ("I can't accept PayPal outside the platform"):
    what it mentions is the subject of a refusal, not a proposal. Wording that sits
    inside a solicitation idiom (`idioms`: spans of strong solicitations) is not a
    decline ("no need to go through Upwork")."""
    if idioms is None:
        idioms = [m.span() for _, m in pattern_matches(vocab.solicit_strong, clause)]
    return [
        (name, match)
        for name, match in pattern_matches(vocab.decline, clause)
        if not any(start <= match.start() and match.end() <= end for start, end in idioms)
    ]


def is_data_talk(text: str, vocab: PaymentVocabulary) -> bool:
    """A message about test data or a fault in handling identifiers ("The block
    explorer page crashes when the address is bech32.", "The payroll import script
    fails on UK rows."): identifiers later in its thread are likely that work's data."""
    return vocab.guards["data_talk"].search(text.lower()) is not None


def pays_a_party(text: str, vocab: PaymentVocabulary) -> bool:
    """A payment between the two parties ("I'll pay you", "your Wise email") or a request
    for the other's details ("give me your bank's SWIFT code"), anywhere in `text`."""
    lowered = text.lower()
    return (vocab.guards["personal_payment"].search(lowered) is not None
            or vocab.guards["asks_their_details"].search(lowered) is not None)


def directs_money(text: str, vocab: PaymentVocabulary) -> bool:
    """Money sent to an identifier or a label ("send the rest there", "USDT (TRC20):")."""
    return vocab.guards["directs_payment"].search(text.lower()) is not None


def is_identifier_context(text: str, vocab: PaymentVocabulary) -> bool:
    """The message treats identifiers as data (a validator, a test value, a deployed
    token contract), not as somewhere to send money."""
    return vocab.guards["identifier_context"].search(text) is not None


def in_code_snippet(start: int, end: int, text: str) -> bool:
    """The span sits inside `code` or a ``` block: a snippet, not a payment request."""
    return any(m.start() <= start and end <= m.end() for m in _CODE_SPAN.finditer(text))
