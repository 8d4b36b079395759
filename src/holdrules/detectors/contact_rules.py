"""The contact-sharing rule table: one code per kind of contact and surface.

Codes are stable forever. Each rule's `example` fires exactly that code on its surface
and its `allowed` look-alike fires nothing (tests/test_contact_rules.py checks both).
CON016 is not a kind of contact: it reports text beyond the scanned size, or phone-like
runs beyond the validated number.
"""

from __future__ import annotations

from dataclasses import dataclass

from holdrules.detectors.base import Surface
from holdrules.detectors.contact_scan import ContactKind
from holdrules.findings import Rule, Severity, Violation

__all__ = ["RULES", "TRUNCATED", "TRUNCATED_EXAMPLE_LIMIT", "rule_for"]


@dataclass(frozen=True, slots=True)
class _Kind:
    kind: ContactKind
    stem: str
    noun: str
    why: str


_KINDS = (
    _Kind(ContactKind.EMAIL, "email", "an email address",
          "An address lets the other side move the conversation, and the payment, off "
          "the platform, where neither party is protected by escrow or dispute help."),
    _Kind(ContactKind.PHONE, "phone", "a phone number",
          "A number invites calls and chat apps outside the platform, where the work "
          "and payment terms cannot be checked or protected."),
    _Kind(ContactKind.HANDLE, "messaging-handle", "a messaging-app handle or link",
          "Skype, WhatsApp, Telegram, Discord, WeChat or Signal handles move the "
          "conversation to an app the platform cannot see, the usual first step of "
          "off-platform payment and of scams."),
    _Kind(ContactKind.PERSONAL_SITE, "personal-site", "a link to a personal website",
          "A personal site carries contact forms and addresses: it is contact "
          "information one click away, which the policy treats as contact information."),
    _Kind(ContactKind.THIRD_PARTY_PROFILE, "third-party-profile",
          "a link to a third-party profile or certification",
          "Profiles elsewhere (LinkedIn, GitHub, other marketplaces, certificate "
          "pages) carry direct contact details and invite hiring outside the platform."),
)

_SURFACES = (
    (Surface.PROFILE, "in-profile", "in a profile", Severity.MEDIUM),
    (Surface.MESSAGE, "in-pre-contract-message",
     "in a message to a potential client before any contract is active", Severity.HIGH),
    (Surface.PROPOSAL, "in-proposal", "in a proposal to a potential client", Severity.HIGH),
)

# (example that fires the code, allowed look-alike that fires nothing), per code.
_EXAMPLES: dict[str, tuple[str, str]] = {
    "CON001": ("Full-stack developer. For quick quotes write to jane.doe.dev@gmail.com",
               "Full-stack developer. Send me a message here on the platform for a quote."),
    "CON002": ("Hi! Easier to talk by email: jane (at) gmail (dot) com",
               "Hi! Easier to talk here, send the brief as an attachment in this chat."),
    "CON003": ("I can start today. Send the details to jane.doe@outlook.com",
               "I can start today; my validator rejects addresses like user@example.com."),
    "CON004": ("Available 24/7, call +44 7911 123456",
               "Available 24/7, average reply time 2 hours, 1,250,000 words translated."),
    "CON005": ("Text me on nine one seven five five five zero one two three",
               "Order #48213377 was delivered on 2024-01-15 at 10:30."),
    "CON006": ("Call me to discuss the scope: (917) 555-0123",
               "Budget $1,500 for 3 weeks, tested on build 10.0.19041.1."),
    "CON007": ("Add me on skype: jane.doe85",
               "Skype for Business integration and WhatsApp API specialist."),
    "CON008": ("Let's move to telegram @jane_dev",
               "Let's keep the conversation here until the contract starts."),
    "CON009": ("Faster replies on WhatsApp: wa.me/447911123456",
               "I have built WhatsApp chatbots for three clients."),
    "CON010": ("Portfolio: https://janedoe.design/work",
               "Portfolio: see the projects in the portfolio section of this profile."),
    "CON011": ("My recent work is on www.janedoe-studio.com",
               "I build stores with Shopify and WordPress, staged on example.com."),
    "CON012": ("See my recent builds at janedoe.dev",
               "See my recent builds in the attached zip (setup.py and README.md included)."),
    "CON013": ("Certified: https://www.credly.com/badges/1a2b3c4d",
               "AWS Certified Solutions Architect, verified on this platform."),
    "CON014": ("Check my recommendations at linkedin.com/in/janedoe",
               "I run LinkedIn ad campaigns on linkedin.com for B2B clients."),
    "CON015": ("My open-source code: github.com/janedoe",
               "I version everything on github.com and GitLab."),
}


def _build() -> tuple[dict[tuple[ContactKind, Surface], Rule], tuple[Rule, ...]]:
    by_key: dict[tuple[ContactKind, Surface], Rule] = {}
    number = 0
    for kind in _KINDS:
        for surface, suffix, where, severity in _SURFACES:
            number += 1
            code = f"CON{number:03d}"
            example, allowed = _EXAMPLES[code]
            by_key[(kind.kind, surface)] = Rule(
                code=code,
                name=f"{kind.stem}-{suffix}",
                violation=Violation.CONTACT_SHARING,
                severity=severity if kind.kind in _DIRECT else Severity.MEDIUM,
                summary=f"Finds {kind.noun} {where}, including obfuscated forms.",
                why=kind.why,
                example=example,
                allowed=allowed,
            )
    return by_key, tuple(by_key.values())


_DIRECT = frozenset({ContactKind.EMAIL, ContactKind.PHONE, ContactKind.HANDLE})
_BY_KEY, _CONTACT_RULES = _build()

# The limit the CON016 example and look-alike assume (tests/test_contact_rules.py
# builds its detector with it): a docs page cannot show a 100,000-character text.
TRUNCATED_EXAMPLE_LIMIT = 80

TRUNCATED = Rule(
    code="CON016",
    name="contact-scan-truncated",
    violation=Violation.CONTACT_SHARING,
    severity=Severity.LOW,
    summary="Finds a profile field, proposal or pre-contract message longer than "
    "`max_text_chars` (default 100,000 characters; "
    f"{TRUNCATED_EXAMPLE_LIMIT} in the rule page's examples): only that many are "
    "scanned for contact details, and this finding asks a person to read the rest. "
    "Also finds one with more phone-like digit runs than `max_phone_candidates` "
    "(default 200): only that many are validated as phone numbers, and the finding "
    "says how many runs there were and where the first unvalidated one is.",
    why="Scanning stops at a fixed size, and phone validation at a fixed number of "
    "digit runs, so a huge or number-packed text can never stall a worker, but text "
    "nobody checked must not pass as clean: contact details pasted after a long "
    "filler, or a number hidden among hundreds of order numbers, would otherwise "
    "never be seen. The finding is not an accusation; the default policy sends it to "
    "human review.",
    example="Shopify developer, ten years of themes, apps and checkouts. Past projects "
    "and reviews follow below.",
    allowed="Shopify developer, ten years of themes, apps and checkouts.",
)

RULES: tuple[Rule, ...] = (*_CONTACT_RULES, TRUNCATED)


def rule_for(kind: ContactKind, surface: Surface) -> Rule:
    """The rule for contact of `kind` found on `surface`."""
    return _BY_KEY[(kind, surface)]
