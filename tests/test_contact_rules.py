# ruff: noqa: RUF001  (look-alike characters are test input)
"""One fixture table per rule code: violating texts fire that code, look-alikes nothing.

Each rule's own `example` and `allowed` strings (which the docs pages show) are checked
here too, so the documentation cannot drift from the behaviour.
"""

from __future__ import annotations

import re

import pytest

from holdrules.detectors.base import Surface
from holdrules.detectors.contact import ContactSharingConfig, ContactSharingDetector
from holdrules.detectors.contact_rules import TRUNCATED_EXAMPLE_LIMIT
from holdrules.findings import TextEvidence, Violation
from tests.contact_helpers import activity_with, surface_of_rule

DETECTOR = ContactSharingDetector()
# CON016 fires on text longer than `max_text_chars`; its fixtures and documented
# strings assume the small limit the rule's docs name, not the 100,000 default.
SMALL_LIMIT = ContactSharingDetector(
    ContactSharingConfig(max_text_chars=TRUNCATED_EXAMPLE_LIMIT)
)
_LONG_CLEAN = "I build Shopify stores; the scope, timeline and budget are all in the brief. " * 3

# code -> (violating texts, allowed look-alikes); the surface comes from the rule name.
FIXTURES: dict[str, tuple[list[str], list[str]]] = {
    "CON001": (["Reach me at ana.k.design@gmail.com", "ana (at) gmail (dot) com",
                "Écrivez-moi : ana@gmail.com. Merci, à bientôt"],
               ["Email marketing expert (Mailchimp, Klaviyo)", "noreply@example.com"]),
    "CON002": (["my mail: j o h n @ o u t l o o k . c o m", "ana arroba gmail punto com",
                "write to ana.k at gmail.com"],
               ["Send it here in the chat please", "assert is_valid('x@example.org')",
                "Look at gmail.com for the template"]),
    "CON003": (["Contact me: dev.team@acme-software.co.uk", "ANA AT GMAIL DOT COM"],
               ["git clone git@github.com:acme/app.git", "logo@2x.png and icon@3x.png"]),
    "CON004": (["Mobile +44 7911 123456", "call 0911 123 4567"],
               ["Over 1,250,000 words translated", "Founded 2014-03-15"]),
    "CON005": (["nine one seven five five five zero one two three", "9-1-7-5-5-5-0-1-2-3"],
               ["Order #48213377 is late", "Invoice INV-2024-0012345"]),
    "CON006": (["Call me on (415) 555-2671", "+1 917 555 0123"],
               ["ISBN 978-3-16-148410-0", "version 10.0.19041.1415"]),
    "CON007": (["skype: ana.k.design", "telegram @ana_designs"],
               ["Skype for Business integration", "I build Telegram bots"]),
    "CON008": (["add me on sk1pe: ana.k85", "wa.me/447911123456"],
               ["Let's keep talking here", "WhatsApp API integration"]),
    "CON009": (["discord: pixelwolf#4821", "t.me/ana_designs"],
               ["Discord bot with slash commands", "Signal processing in Python"]),
    "CON010": (["Portfolio: https://anakdesign.studio", "www.ana-k-design.com"],
               ["Portfolio: see the section below", "I know ASP.NET and socket.io"]),
    "CON011": (["see anakdesign dot com", "demo at https://ana-k.netlify.app"],
               ["Edit setup.py and README.md", "Staging is on example.com"]),
    "CON012": (["more work on anakdesign.dev", "http://ana-k.it/portfolio"],
               ["Thanks.Best regards", "Read user.name and user.id"]),
    "CON013": (["linkedin.com/in/ana-k", "https://www.credly.com/badges/0a1b2c"],
               ["I run LinkedIn ads", "We use github.com daily"]),
    "CON014": (["github.com/anakdesign", "behance.net/anak"],
               ["Docs at docs.google.com are fine", "Sell on amazon.com"]),
    "CON015": (["fiverr.com/anak_art", "youtube.com/@anacooks"],
               ["Watch youtube.com/watch?v=abc123 for the demo",
                "Upwork profile: upwork.com/freelancers/~01abc"]),
    "CON016": ([_LONG_CLEAN, "x" * (TRUNCATED_EXAMPLE_LIMIT + 1)],
               [_LONG_CLEAN[:TRUNCATED_EXAMPLE_LIMIT], "Happy to help with the store."]),
}


def test_every_rule_has_fixtures() -> None:
    assert set(FIXTURES) == {rule.code for rule in DETECTOR.rules}


def test_rule_metadata_is_complete_and_stable() -> None:
    codes = [rule.code for rule in DETECTOR.rules]
    assert codes == [f"CON{i:03d}" for i in range(1, 17)]
    assert len({rule.name for rule in DETECTOR.rules}) == 16
    for rule in DETECTOR.rules:
        assert rule.violation is Violation.CONTACT_SHARING
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
        for text in (rule.summary, rule.why, rule.example, rule.allowed):
            assert text.strip()


def _codes(text: str, code: str) -> list[str]:
    if code == "CON016":  # any scanned surface; its name names none
        detector, surface = SMALL_LIMIT, Surface.MESSAGE
    else:
        detector, surface = DETECTOR, surface_of_rule(DETECTOR.rule(code).name)
    return [f.code for f in detector.detect(activity_with(text, surface))]


@pytest.mark.parametrize(
    ("code", "text"),
    [(code, text) for code, (bad, _) in FIXTURES.items() for text in bad],
)
def test_violation_fires_its_code(code: str, text: str) -> None:
    assert _codes(text, code) == [code]


@pytest.mark.parametrize(
    ("code", "text"),
    [(code, text) for code, (_, good) in FIXTURES.items() for text in good],
)
def test_allowed_look_alike_fires_nothing(code: str, text: str) -> None:
    assert _codes(text, code) == []


@pytest.mark.parametrize("code", sorted(FIXTURES))
def test_documented_example_and_allowed_strings(code: str) -> None:
    rule = DETECTOR.rule(code)
    assert _codes(rule.example, code) == [code]
    assert _codes(rule.allowed, code) == []


def test_evidence_is_the_exact_typed_span() -> None:
    text = "Hi! write to a n n a (at) gmаil dot com please"
    [finding] = DETECTOR.detect(activity_with(text, surface_of_rule("x-in-pre-contract")))
    [evidence] = finding.evidence
    assert isinstance(evidence, TextEvidence)
    assert text[evidence.start:evidence.end] == evidence.excerpt == "a n n a (at) gmаil dot com"
    assert evidence.normalized == "anna@gmail.com"
    assert "'at'/'dot' words" in finding.explanation
    assert "look-alike" in finding.explanation
    assert "spaced" in finding.explanation
