"""The precision guards, each alone, and the look-alikes they exist for."""

from __future__ import annotations

import pytest

from holdrules.detectors.payment import OffPlatformPaymentDetector
from holdrules.detectors.payment_guards import (
    Guard,
    declining_matches,
    in_code_snippet,
    is_identifier_context,
    is_job_topic,
    is_past_event,
    is_platform_feature,
    is_third_party_payment,
)
from holdrules.detectors.payment_identifiers import (
    IdentifierHit,
    IdentifierKind,
    is_documentation_example,
)
from holdrules.detectors.payment_signals import clause_spans
from holdrules.detectors.payment_vocabulary import default_service_lists, vocabulary

VOCAB = vocabulary(default_service_lists())
DETECTOR = OffPlatformPaymentDetector()


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("integrate the paypal checkout", True),
        ("stripe webhooks for renewals", True),
        ("our customers pay with apple pay", True),
        ("write a blog post about wise fees", True),
        ("i'll pay you via paypal for the logo", False),  # deliverable, but paying a party
        ("send it to my cash app", False),  # "app" inside a service name is no cue
        ("can i pay you via paypal", False),
        ("i'll send you the paypal mockups", True),  # the service as a noun's adjective
        ("here is the skrill invoice template", True),
        ("i'll send you a paypal invoice", False),
        ("let's do the rest by bank transfer, easier for our accounting", False),
    ],
)
def test_job_topic(clause: str, expected: bool) -> None:
    assert is_job_topic(clause, VOCAB) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("my last client paid me through payoneer", True),
        ("years ago i used to get paid by paypal", True),
        ("my last client paid via paypal, can you do the same", False),  # request now
        ("pay me via paypal", False),
    ],
)
def test_past_event(clause: str, expected: bool) -> None:
    assert is_past_event(clause, VOCAB) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("i'll pay you directly through the milestone", True),
        ("i withdraw my earnings to payoneer", True),
        ("sending a bonus through upwork", True),
        ("please fund the escrow", True),
        ("pay me via paypal, not through the platform", False),
        ("pay me via paypal", False),
        ("how long does upwork take to clear a payment to payoneer", True),
        ("does upwork charge a fee when i pay the invoice with paypal", True),
        ("does upwork let me pay you with paypal directly", False),
        ("forget upwork, pay me to my paypal", False),
        ("my payoneer email is same as here", False),
        ("kindly release payment on my payoneer", False),
    ],
)
def test_platform_feature(clause: str, expected: bool) -> None:
    assert is_platform_feature(clause, VOCAB) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("the client of our client pays via paypal", True),
        ("the shop accepts venmo", True),
        ("he pays me via paypal", False),  # pays one of the two parties
        ("can i pay you via paypal", False),
        ("our clients mostly pay us by bank transfer", True),
        ("most users pay with apple pay", True),
        ("my clients pay me via zelle", False),
        ("don't forget to tip the delivery guy in cash lol", True),
        ("pay the photographer via paypal and i'll pay you via venmo", False),
    ],
)
def test_third_party_payment(clause: str, expected: bool) -> None:
    assert is_third_party_payment(clause, VOCAB) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("never accept payment outside the platform", True),
        ("don't pay through upwork, just zelle me", False),  # inside a solicitation idiom
        ("i can't accept payments outside the platform", True),
        ("that's against upwork's terms", True),
        ("i can only be paid through the platform", True),
        ("no thanks", True),
        ("no need to go through upwork", False),  # inside a solicitation idiom
        ("no problem, pay me on paypal", False),
        ("don't worry about the fees", False),
    ],
)
def test_decline_wording(clause: str, expected: bool) -> None:
    assert bool(declining_matches(clause, VOCAB)) is expected


def test_identifier_guards() -> None:
    doc = IdentifierHit(IdentifierKind.IBAN, 0, 22, "DE89370400440532013000")
    other = IdentifierHit(IdentifierKind.IBAN, 0, 22, "DE44500105175407324931")
    assert is_documentation_example(doc)
    assert not is_documentation_example(other)
    assert in_code_snippet(5, 10, "see `abcdefghij` here")
    assert not in_code_snippet(0, 3, "abc `x`")
    assert is_identifier_context("the regex should accept this iban", VOCAB)
    assert not is_identifier_context("send it to this iban", VOCAB)


def test_clauses_split_on_sentences_and_contrast_but_not_inside_addresses() -> None:
    text = "pay me at paypal.me/jo. thanks! i can't, but you can use wise"
    assert [text[a:b] for a, b in clause_spans(text)] == [
        "pay me at paypal.me/jo", " thanks", " i can't", " you can use wise",
    ]


@pytest.mark.parametrize(
    ("text", "guard"),
    [
        ("Customers should pay via PayPal on the checkout page.", Guard.JOB_TOPIC),
        ("My last client paid me through Payoneer.", Guard.PAST_EVENT),
        ("I'll pay you directly through the milestone.", Guard.PLATFORM_FEATURE),
        ("I can't accept PayPal payments outside the platform.", Guard.DECLINED),
        ("The validator must accept DE89 3704 0044 0532 0130 00", Guard.DOCUMENTATION_EXAMPLE),
        ("Unit test: `0x52908400098527886e0f7030069857d2e4169ee7`", Guard.CODE_SNIPPET),
        ("Our token contract address is 0x52908400098527886e0f7030069857d2e4169ee7",
         Guard.IDENTIFIER_CONTEXT),
    ],
)
def test_guarded_texts_explain_what_was_dropped(text: str, guard: Guard) -> None:
    signals = DETECTOR.read(text)
    assert not signals.violating
    assert guard in {note.guard for note in signals.guarded}


@pytest.mark.parametrize(
    "text",
    [
        "Could you send me an invoice for the March hours?",
        "I'll send the invoice through Upwork for the contract.",
        "Thanks for the tip about the fonts!",
        "Our cash flow is tight this month.",
        "That was a wise decision.",
        "I'll send the files directly to your email.",
        "What fees do you charge for rush delivery?",
    ],
)
def test_everyday_look_alikes_fire_nothing(text: str) -> None:
    assert not DETECTOR.read(text).violating
