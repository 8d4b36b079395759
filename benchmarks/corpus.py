"""A deterministic, seeded synthetic corpus of marketplace chat messages.

The corpus is for *speed* and for a side-by-side comparison with Presidio, not for
accuracy tests of the contact detector (that detector has its own labelled fixtures).
Each message carries a label:

- ``clean``: ordinary project talk, deliberately full of the things that look like
  contact details to a naive matcher: prices ("$45/hr"), dates and times, version
  numbers ("v2.3.1"), order ids ("#A-1029384"), code snippets, file names whose
  extension is a country TLD (``main.py``), reserved example domains, and payment
  providers or chat apps named as the *topic* of a job ("integrate PayPal checkout").
- ``plain_contact``: an email, a phone number in one of several countries' formats,
  an ``@handle`` next to an app name, a wa.me / t.me / LinkedIn link.
- ``obfuscated_contact``: the same, written to slip past a naive matcher ("john at
  gmail dot com", spaced letters, spelled-out digits, Cyrillic look-alikes, zero-width
  characters, "(dot)", fullwidth digits, leetspeak).
- ``payment_intent``: asks to pay or be paid outside the platform, with no contact
  details in the text.

Generation is pure: the same ``(n, seed)`` always gives the same list, on any machine
(only ``random.Random`` with an explicit seed, and ``phonenumbers`` to keep every phone
number a valid one for its country, so a validating detector is not penalised for
numbers no real person could have).
"""

from __future__ import annotations

import random
import statistics
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

import phonenumbers

__all__ = [
    "DEFAULT_MIX",
    "DEFAULT_SEED",
    "Label",
    "Sample",
    "adversarial_inputs",
    "describe",
    "generate",
    "stratified_subset",
]

DEFAULT_SEED = 20261125


class Label(StrEnum):
    CLEAN = "clean"
    PLAIN_CONTACT = "plain_contact"
    OBFUSCATED_CONTACT = "obfuscated_contact"
    PAYMENT_INTENT = "payment_intent"


@dataclass(frozen=True, slots=True)
class Sample:
    """One message: its text, its label and the generator (``kind``) that wrote it."""

    text: str
    label: Label
    kind: str


DEFAULT_MIX: Mapping[Label, float] = {
    Label.CLEAN: 0.75,
    Label.PLAIN_CONTACT: 0.10,
    Label.OBFUSCATED_CONTACT: 0.10,
    Label.PAYMENT_INTENT: 0.05,
}

# --------------------------------------------------------------------------- vocab

_FIRST = (
    "john", "maria", "ahmed", "li", "sofia", "rahul", "olga", "kwame", "lucas", "emma",
    "diego", "fatima", "ivan", "chloe", "kenji", "amara", "noah", "priya", "mateo", "zara",
)
_LAST = (
    "smith", "garcia", "khan", "wang", "rossi", "patel", "ivanova", "mensah", "silva",
    "martin", "lopez", "haddad", "petrov", "dubois", "tanaka", "okafor", "brown", "shah",
)
_MAIL_DOMAINS = (
    "gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "proton.me", "icloud.com",
    "mail.ru", "brightpixel.io", "acme-studio.de", "web.de", "yandex.ru", "zoho.com",
)
_APPS = ("WhatsApp", "Telegram", "Skype", "Signal", "Discord", "Instagram", "WeChat", "Viber")
_PAY_PROVIDERS = ("PayPal", "Stripe", "Wise", "Payoneer", "Venmo", "Zelle", "Revolut")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov")
_TECH = (
    "React", "Django", "Shopify", "WordPress", "Flutter", "Laravel", "Next.js", "Figma",
    "Webflow", "Node", "Postgres", "Kubernetes", "Unity", "Swift", "Go", "Rails",
)
_DELIVERABLES = (
    "landing page", "logo", "checkout flow", "mobile app", "data pipeline", "dashboard",
    "blog theme", "API integration", "pitch deck", "product video", "email template",
    "onboarding screens", "test suite", "scraper", "Chrome extension",
)
_FILES = (
    "main.py", "index.js", "README.md", "deploy.sh", "styles.css", "app.ts", "setup.cfg",
    "Dockerfile", "schema.sql", "utils.py", "config.yaml", "home.html", "build.gradle",
)
_CODE = (
    "`const total = items.reduce((a, b) => a + b.price, 0);`",
    "`df.groupby('region')['sales'].sum()`",
    "`SELECT id, email FROM users WHERE created_at > '2024-01-01';`",
    "`git rebase -i HEAD~3`",
    "`for (let i = 0; i < 10; i++) { arr[i] *= 2; }`",
    "`user@host:~$ npm run build -- --prod`",
    "`re.sub(r'\\s+', ' ', text)`",
    "`if err != nil { return fmt.Errorf(\"fetch: %w\", err) }`",
    "`pip install requests==2.31.0`",
    "`ssh deploy@10.0.4.12 -p 2222`",
)

_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_CYRILLIC = {  # Latin letter -> its Cyrillic look-alike
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
    "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456",
}
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_LEET = {"o": "0", "e": "3", "i": "1", "a": "4", "s": "5"}

# --------------------------------------------------------------------------- slots

Filler = Callable[[random.Random], str]


def _name(rng: random.Random) -> str:
    return rng.choice(_FIRST).capitalize()


def _rate(rng: random.Random) -> str:
    return str(rng.choice((15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 90, 120)))


def _amount(rng: random.Random) -> str:
    return f"{rng.choice((150, 300, 450, 800, 1200, 1500, 2500, 4000, 12500)):,}"


def _date(rng: random.Random) -> str:
    style = rng.randrange(4)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if style == 0:
        return f"{month:02d}/{day:02d}"
    if style == 1:
        return f"2026-{month:02d}-{day:02d}"
    if style == 2:
        return f"{rng.choice(_MONTHS)} {day}"
    return f"{day}.{month:02d}.2026"


def _time(rng: random.Random) -> str:
    hour = rng.randint(1, 12)
    return rng.choice(
        (
            f"{hour}:{rng.choice(('00', '15', '30', '45'))} {rng.choice(('am', 'pm'))}",
            f"{hour + 8}:{rng.choice(('00', '30'))}",
            f"{hour}pm {rng.choice(('EST', 'CET', 'IST', 'PST', 'GMT+3'))}",
        )
    )


def _version(rng: random.Random) -> str:
    return f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 30)}"


def _order(rng: random.Random) -> str:
    return f"#{rng.choice('ABCDKQ')}-{rng.randint(1_000_000, 9_999_999)}"


def _hours(rng: random.Random) -> str:
    return str(rng.choice((2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 40)))


_SLOTS: dict[str, Filler] = {
    "name": _name,
    "rate": _rate,
    "amount": _amount,
    "date": _date,
    "time": _time,
    "version": _version,
    "order": _order,
    "hours": _hours,
    "weekday": lambda rng: rng.choice(_WEEKDAYS),
    "tech": lambda rng: rng.choice(_TECH),
    "deliverable": lambda rng: rng.choice(_DELIVERABLES),
    "file": lambda rng: rng.choice(_FILES),
    "code": lambda rng: rng.choice(_CODE),
    "app": lambda rng: rng.choice(_APPS),
    "provider": lambda rng: rng.choice(_PAY_PROVIDERS),
    "n": lambda rng: str(rng.randint(2, 9)),
    "pct": lambda rng: str(rng.choice((10, 15, 20, 25, 30, 50))),
    "res": lambda rng: rng.choice(("1920x1080", "1080x1350", "1200x628", "2048x2048")),
    "sha": lambda rng: f"{rng.getrandbits(28):07x}",
    "zip": lambda rng: str(rng.randint(10000, 99999)),
    "status": lambda rng: str(rng.choice((400, 401, 403, 404, 409, 500, 502))),
    "id": lambda rng: str(rng.randint(1000, 99999)),
}


class _SlotFiller(dict[str, str]):
    """A mapping for ``str.format_map`` that draws a fresh value for each slot."""

    def __init__(self, rng: random.Random, extra: Mapping[str, str] | None = None) -> None:
        super().__init__(extra or {})
        self._rng = rng

    def __missing__(self, key: str) -> str:
        return _SLOTS[key](self._rng)


def _fill(rng: random.Random, template: str, **extra: str) -> str:
    return template.format_map(_SlotFiller(rng, extra))


# --------------------------------------------------------------------------- clean

_CLEAN: dict[str, tuple[str, ...]] = {
    "greeting": (
        "Hi {name}, thanks for the invite! I read the brief and I'm interested in the "
        "{deliverable}.",
        "Hello {name}, nice to meet you. When would you like me to start on the {deliverable}?",
        "Thanks {name}! Got it, I'll start first thing {weekday} morning.",
        "Good morning! Just checking in on the {deliverable}, any feedback so far?",
        "Hey {name}, hope your week is going well. I have a quick question about the "
        "{deliverable}.",
    ),
    "scope": (
        "Could you share the Figma file for the {deliverable}? I want to check the spacing.",
        "Is the {deliverable} meant to work on mobile too, or desktop only for now?",
        "Do you already have copy for the {deliverable}, or should I write placeholder text?",
        "For the {deliverable}, should I use {tech} or stay with what you have?",
        "I think the {deliverable} needs about {hours} hours, mostly testing. Does that fit?",
        "Which browsers do your users have? I'll test the {deliverable} on those.",
    ),
    "price": (
        "My rate is ${rate}/hr and I estimate {hours} hours for the {deliverable}.",
        "Budget is ${amount} fixed, split into {n} milestones. Does that work for you?",
        "I can do it for ${amount} including {n} rounds of revisions.",
        "The second milestone is ${amount}, due {date}. I'll submit it here for review.",
        "Rate ${rate}/hour, about {hours}h per week until the launch on {date}.",
        "I lowered the quote to ${amount} since the {deliverable} reuses last month's work.",
    ),
    "date_time": (
        "Can we do a quick call at {time} on {weekday} using the platform's video call?",
        "I'll be offline {date} to {date} for holidays, back on {weekday}.",
        "The deadline is {date} at {time}, right? Just want to confirm the timezone.",
        "Daily standup at {time} works for me. I'll post a summary here afterwards.",
        "Delivered the draft on {date}; the final goes out {weekday} before {time}.",
    ),
    "version": (
        "The build fails on {version} of the SDK, I'll pin it to {version} for now.",
        "Upgraded {tech} to {version} and the warnings are gone. Pushed as commit {sha}.",
        "Released {version} to staging, please test the {deliverable} there.",
        "Python 3.{n}.{n} broke one dependency; moving to {version} fixed it.",
    ),
    "order_id": (
        "Order {order} arrived damaged, can you check the packaging for the next batch?",
        "Invoice {order} is for the {deliverable}, the other one covers hosting.",
        "Ticket {order}: the {deliverable} shows a {status} error after login.",
        "I refunded order {order} as we discussed, it should show in {n} days.",
    ),
    "code": (
        "Try {code} that should fix the bug you saw.",
        "I changed {file} to use {code} instead of the loop.",
        "Here's the fix: {code} (tested with {tech} {version}).",
        "Found it: {file} line {id} was missing {code}",
    ),
    "files": (
        "I updated {file} and {file}, please pull the latest and rerun the tests.",
        "The error comes from {file}, I'll send a patch for it today.",
        "Attached the exports in {res} and {res}; {file} has the build settings.",
        "Renamed {file} to match the folder layout, nothing else changed.",
    ),
    "numbers": (
        "The API returns {status} for /v1/users/{id}/orders, checking the logs now.",
        "Warehouse zip is {zip}, we ship {n}00 units per week, about {pct}% returns.",
        "Lighthouse score went from {n}2 to 9{n} after I compressed the images.",
        "We reached {id} signups this month, conversion is up {pct}% since {date}.",
        "Set the retry limit to {n} and the timeout to {n}0 seconds; {status}s dropped.",
    ),
    "platform_chat": (
        "Let's chat here on the platform so everything stays in one place.",
        "I'll keep all updates in this chat and submit files through the milestone.",
        "Please send the brief here, I prefer to keep communication on the platform.",
        "I can't share personal contact details, but I'm happy to talk here anytime.",
        "Let's use the platform's call feature on {weekday} at {time}.",
    ),
    "topic": (
        "I've integrated {provider} checkout for {n} stores, happy to do yours in {tech}.",
        "Skype for Business migration to Teams can be done in {n} weeks for your team.",
        "Your {app} bot needs a webhook; I'll build it in {tech} with retries.",
        "I can set up the {provider} subscription webhooks and test them in sandbox.",
        "The {app} share button on the {deliverable} is broken on iOS {n}.",
        "We need a {app} clone MVP, mainly chat and push notifications, ideas?",
        "Instagram posts should be {res}; I resized the carousel images.",
        "The {provider} payout report for {date} doesn't match the dashboard.",
    ),
    "example_domain": (
        "Set the sender to noreply@example.com in the staging config, not a real inbox.",
        "In the tests I used test.user@example.org so no real mail goes out.",
        "The placeholder URL https://example.com/callback is just for local testing.",
    ),
}

_OPENERS = (
    "", "", "", "Hi {name}, ", "Hello {name}! ", "Sure. ", "Quick update: ", "Sounds good. ",
    "Thanks for the update. ", "Ok, ", "Hey {name}, ", "Good question. ", "Thanks {name}. ",
)
_CLOSERS = (
    "", "", "", "", " Thanks!", " Thank you.", " Let me know.", " Cheers", " :)",
    " Thanks a lot for your patience.", " Have a great day!", " Talk soon.",
    " Looking forward to working with you.", " Let me know if that works for you.",
)

# --------------------------------------------------------------------------- contact

_PHONE_RULES: tuple[tuple[str, tuple[str, ...], int], ...] = (
    # (region, national-number prefixes, national-number length)
    ("US", ("212", "305", "415", "512", "617", "646", "702", "718", "917", "929"), 10),
    ("GB", ("74", "75", "77", "78", "79"), 10),
    ("DE", ("151", "160", "170", "176"), 11),
    ("IN", ("98", "97", "90", "88", "70"), 10),
    ("BR", ("119", "219", "319"), 11),
    ("FR", ("6", "7"), 9),
    ("NG", ("803", "806", "813"), 10),
    ("PH", ("917", "918", "905"), 10),
    ("PK", ("300", "321", "333"), 10),
    ("AU", ("4",), 9),
)


def _valid_number(rng: random.Random) -> phonenumbers.PhoneNumber:
    """A random phone number that `phonenumbers` considers valid for its country."""
    region, prefixes, length = rng.choice(_PHONE_RULES)
    code = phonenumbers.country_code_for_region(region)
    for _ in range(200):
        prefix = rng.choice(prefixes)
        rest = "".join(str(rng.randrange(10)) for _ in range(length - len(prefix)))
        if region == "US" and rest[0] in "01":
            continue
        number = phonenumbers.PhoneNumber(country_code=code, national_number=int(prefix + rest))
        if phonenumbers.is_valid_number(number):
            return number
    raise RuntimeError(f"no valid {region} number after 200 tries")  # pragma: no cover


def _phone_text(rng: random.Random, number: phonenumbers.PhoneNumber) -> str:
    style = rng.randrange(5)
    fmt = phonenumbers.PhoneNumberFormat
    if style == 0:
        return str(phonenumbers.format_number(number, fmt.INTERNATIONAL))
    if style == 1:
        return str(phonenumbers.format_number(number, fmt.E164))
    if style == 2:
        return str(phonenumbers.format_number(number, fmt.NATIONAL))
    digits = str(number.national_number)
    if style == 3:
        return f"+{number.country_code} {digits[:3]}.{digits[3:6]}.{digits[6:]}"
    return f"+{number.country_code}-{digits[:3]}-{digits[3:6]}-{digits[6:]}"


def _user(rng: random.Random) -> str:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    return rng.choice(
        (f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[0]}{last}",
         f"{first}_{last}", f"{last}.{first}{rng.randint(80, 99)}")
    )


def _email_parts(rng: random.Random) -> tuple[str, str, str]:
    """(user, domain name, TLD) of a plausible address."""
    domain = rng.choice(_MAIL_DOMAINS)
    name, _, tld = domain.partition(".")
    return _user(rng), name, tld


def _handle(rng: random.Random) -> str:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    return rng.choice((f"{first}_{last}", f"{first}.{last}.dev", f"{first}{rng.randint(1, 999)}",
                       f"the_{first}_designs"))


def _plain_email(rng: random.Random) -> str:
    user, name, tld = _email_parts(rng)
    return f"{user}@{name}.{tld}"


def _plain_link(rng: random.Random) -> str:
    number = _valid_number(rng)
    e164 = str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    handle = _handle(rng)
    return rng.choice(
        (
            f"wa.me/{e164[1:]}",
            f"https://wa.me/{e164[1:]}",
            f"t.me/{handle.replace('.', '_')}",
            f"https://t.me/{handle.replace('.', '_')}",
            f"https://www.linkedin.com/in/{handle.replace('_', '-').replace('.', '-')}",
            f"linkedin.com/in/{handle.replace('_', '-').replace('.', '-')}",
        )
    )


_PLAIN: dict[str, tuple[Callable[[random.Random], str], tuple[str, ...]]] = {
    "email": (
        _plain_email,
        (
            "Can you email me at {c} so we can share the files faster?",
            "Send the brief to {c} and I'll reply tonight.",
            "My email is {c}, write me there with the details.",
            "Hi {name}, easier if you contact me directly: {c}",
            "Please add {c} to the Google Drive folder.",
        ),
    ),
    "phone": (
        lambda rng: _phone_text(rng, _valid_number(rng)),
        (
            "Call me on {c} after {time}, it's quicker than typing.",
            "My number is {c}, text me when you're free.",
            "Here's my WhatsApp: {c}",
            "Ping me at {c} and we can discuss the {deliverable}.",
            "You can reach me on {c} any time this {weekday}.",
        ),
    ),
    "handle": (
        lambda rng: "@" + _handle(rng),
        (
            "Add me on {app}: {c} so we can talk there.",
            "My {app} is {c}, message me for the full portfolio.",
            "Let's move to {app}, I'm {c}",
            "Find me on {app} ({c}), I reply faster there.",
        ),
    ),
    "skype_id": (
        lambda rng: f"live:{_handle(rng)}",
        ("My Skype is {c}, add me and we'll call.", "Skype id: {c} - let's talk there."),
    ),
    "link": (
        _plain_link,
        (
            "Message me here: {c}",
            "Easier to chat on {c} for quick questions.",
            "My profile is {c} if you want to connect.",
            "Join me at {c} and we'll go over the {deliverable}.",
        ),
    ),
}


def _at_dot_words(rng: random.Random) -> str:
    user, name, tld = _email_parts(rng)
    at, dot = rng.choice(
        ((" at ", " dot "), (" (at) ", " (dot) "), (" [at] ", " [dot] "), (" AT ", " DOT "),
         ("(at)", "(dot)"), (" {at} ", " {dot} "))
    )
    tld = tld.replace(".", dot)
    return f"{user.replace('.', dot)}{at}{name}{dot}{tld}"


def _paren_dot(rng: random.Random) -> str:
    user, name, tld = _email_parts(rng)
    return f"{user}@{name}(dot){tld.replace('.', '(dot)')}"


def _spaced_letters(rng: random.Random) -> str:
    user, name, tld = _email_parts(rng)
    user = rng.choice(_FIRST)
    spaced_user = (rng.choice((".", " "))).join(user)
    return f"{spaced_user} @ {' '.join(name)} . {' '.join(tld)}"


def _spell(digits: str, rng: random.Random, keep_share: float) -> str:
    return " ".join(d if rng.random() < keep_share else _DIGIT_WORDS[int(d)] for d in digits)


def _dialled_digits(rng: random.Random) -> str:
    """The digits a person would dial: national with its trunk prefix, or country code first."""
    number = _valid_number(rng)
    if number.country_code != 1 and rng.random() < 0.5:
        return f"{number.country_code}{number.national_number}"
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return "".join(ch for ch in str(national) if ch.isdigit())


def _spelled_digits(rng: random.Random) -> str:
    return _spell(_dialled_digits(rng), rng, keep_share=rng.choice((0.0, 0.0, 0.3)))


def _spaced_digits(rng: random.Random) -> str:
    return rng.choice((" ", " - ", ".")).join(_dialled_digits(rng))


def _fullwidth_digits(rng: random.Random) -> str:
    text = _phone_text(rng, _valid_number(rng))
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() or ch == "+" else ch for ch in text)


def _cyrillic(rng: random.Random) -> str:
    email = _plain_email(rng)
    chars = list(email)
    spots = [i for i, ch in enumerate(chars) if ch in _CYRILLIC]
    for i in rng.sample(spots, k=min(len(spots), rng.randint(1, 3))):
        chars[i] = _CYRILLIC[chars[i]]
    return "".join(chars)


def _zero_width(rng: random.Random) -> str:
    text = _plain_email(rng) if rng.random() < 0.6 else _phone_text(rng, _valid_number(rng))
    chars = list(text)
    for _ in range(rng.randint(1, 4)):
        chars.insert(rng.randint(1, len(chars) - 1), rng.choice(_ZERO_WIDTH))
    return "".join(chars)


def _leet(rng: random.Random) -> str:
    user, name, tld = _email_parts(rng)
    name = "".join(_LEET.get(ch, ch) if rng.random() < 0.6 else ch for ch in name)
    user = "".join(_LEET.get(ch, ch) if rng.random() < 0.4 else ch for ch in user)
    return f"{user} at {name} d0t {tld}"


def _spaced_app(rng: random.Random) -> str:
    app = rng.choice(_APPS)
    return f"{' '.join(app.lower())} @{_handle(rng)}"


_OBFUSCATED: dict[str, tuple[Callable[[random.Random], str], tuple[str, ...]]] = {
    "at_dot_words": (
        _at_dot_words,
        (
            "Write me: {c}",
            "My mail is {c}, send the files there please.",
            "You can reach me at {c} for the {deliverable}.",
            "Contact me directly {c} and I'll give you a better price.",
        ),
    ),
    "paren_dot": (_paren_dot, ("Email {c} for the source files.", "Write to {c} instead")),
    "spaced_letters": (
        _spaced_letters,
        ("mail me {c}", "My email: {c} (the site hides it otherwise)."),
    ),
    "spelled_digits": (
        _spelled_digits,
        (
            "My number is {c}, text me.",
            "call {c} tonight",
            "WhatsApp {c} for faster replies about the {deliverable}.",
        ),
    ),
    "spaced_digits": (
        _spaced_digits,
        ("Text me on {c} please.", "Number: {c} (WhatsApp)"),
    ),
    "fullwidth_digits": (
        _fullwidth_digits,
        ("Call me {c}", "My phone {c}, any time after {time}."),
    ),
    "cyrillic": (
        _cyrillic,
        ("Email me at {c} for the invoice.", "Send it to {c} please, thanks."),
    ),
    "zero_width": (
        _zero_width,
        ("Contact: {c}", "Reach me on {c} and we'll sort out the {deliverable}."),
    ),
    "leetspeak": (_leet, ("Write me {c} :)", "Email {c} for details.")),
    "spaced_app": (
        _spaced_app,
        ("Let's talk on {c}", "Find me on {c} for the {deliverable}."),
    ),
}

_PAYMENT: tuple[str, ...] = (
    "Can you pay me directly through {provider}? We both save the {pct}% fee.",
    "Let's close the contract here and I'll invoice you outside the platform, cheaper.",
    "Send the remaining ${amount} via {provider} and I'll mark the milestone complete.",
    "I accept USDT or bank transfer for the next milestones, much faster than here.",
    "If you pay off the platform I can drop the price to ${amount}.",
    "For the bonus, just send it through {provider} Friends and Family, no fees.",
    "Please cancel the milestone and wire the ${amount} to my bank account instead.",
)


# --------------------------------------------------------------------------- public


def _one(rng: random.Random, label: Label) -> Sample:
    opener = _fill(rng, rng.choice(_OPENERS))
    sample = _body(rng, label)
    return Sample(text=opener + sample.text, label=sample.label, kind=sample.kind)


def _body(rng: random.Random, label: Label) -> Sample:
    if label is Label.CLEAN:
        kind = rng.choice(sorted(_CLEAN))
        text = _fill(rng, rng.choice(_CLEAN[kind])) + rng.choice(_CLOSERS)
    elif label is Label.PAYMENT_INTENT:
        kind = "payment"
        text = _fill(rng, rng.choice(_PAYMENT)) + rng.choice(_CLOSERS)
    else:
        table = _PLAIN if label is Label.PLAIN_CONTACT else _OBFUSCATED
        kind = rng.choice(sorted(table))
        make, templates = table[kind]
        contact = make(rng)
        text = _fill(rng, rng.choice(templates), c=contact) + rng.choice(_CLOSERS)
    return Sample(text=text, label=label, kind=kind)


def generate(
    n: int, *, seed: int = DEFAULT_SEED, mix: Mapping[Label, float] = DEFAULT_MIX
) -> list[Sample]:
    """`n` messages, label shares as in `mix`; same `(n, seed, mix)`, same list."""
    if n < 0:
        raise ValueError("n must be >= 0")
    rng = random.Random(seed)
    total = sum(mix.values())
    counts = {label: int(n * share / total) for label, share in mix.items()}
    counts[Label.CLEAN] = counts.get(Label.CLEAN, 0) + n - sum(counts.values())
    labels = [label for label in Label for _ in range(counts.get(label, 0))]
    rng.shuffle(labels)
    return [_one(rng, label) for label in labels]


def stratified_subset(samples: Sequence[Sample], per_label: int, *, seed: int = 1) -> list[Sample]:
    """Up to `per_label` samples of each label, in corpus order (for slow comparators)."""
    rng = random.Random(seed)
    chosen: set[int] = set()
    for label in Label:
        indices = [i for i, s in enumerate(samples) if s.label is label]
        chosen.update(rng.sample(indices, k=min(per_label, len(indices))))
    return [samples[i] for i in sorted(chosen)]


def describe(samples: Sequence[Sample]) -> dict[str, object]:
    """Size, label counts and length statistics of a corpus (for reports)."""
    lengths = sorted(len(s.text) for s in samples)
    labels = Counter(s.label.value for s in samples)
    return {
        "messages": len(samples),
        "labels": {label.value: labels.get(label.value, 0) for label in Label},
        "median_chars": statistics.median(lengths) if lengths else 0,
        "p90_chars": lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0,
        "max_chars": lengths[-1] if lengths else 0,
        "total_chars": sum(lengths),
    }


def adversarial_inputs(size: int) -> dict[str, str]:
    """Worst-case inputs of about `size` characters each, built without randomness.

    - ``digits_at_dots``: a dense mix of digits, ``@``, dots, plus signs and spaces, the
      alphabet every phone and email candidate pattern starts on.
    - ``zero_width``: nothing but zero-width characters (a normaliser must strip them
      in linear time, not by repeated ``str.replace`` on a growing string).
    - ``repetitive``: a near-miss email repeated (``a.a.a@a.a.a `` without a TLD end),
      the shape that makes nested-quantifier email patterns backtrack.
    - ``spelled_digits``: ``"nine one "`` repeated, which keeps a spelled-digit
      run open for the whole input.
    - ``payment_talk``: one long sentence of payment words, channel names, quotes and
      platform mentions with no full stop, which keeps every clause-level payment
      reading (relation, frames, quotes, guards) working on one ever-longer clause.
    - ``payment_sentences``: many short sentences that each name a channel, so every
      clause holds a payment reading and per-clause bookkeeping must stay linear.
    """
    unit_mix = "1@2.3+4 5-6.7@8(9)0.a@b."
    unit_rep = "a.a.a.a@a.a.a.a-"
    unit_sent = "you have zelle? i have venmo. pay me via paypal. no thanks. "
    unit_pay = ("i pay you via paypal directly, 'the rest' off the books instead of the "
                "milestone, you have zelle and we end the contract here, ")
    return {
        "digits_at_dots": (unit_mix * (size // len(unit_mix) + 1))[:size],
        "zero_width": ("\u200b\u200c\u200d\u2060" * (size // 4 + 1))[:size],
        "repetitive": (unit_rep * (size // len(unit_rep) + 1))[:size],
        "spelled_digits": ("nine one " * (size // 9 + 1))[:size],
        "payment_talk": (unit_pay * (size // len(unit_pay) + 1))[:size],
        "payment_sentences": (unit_sent * (size // len(unit_sent) + 1))[:size],
    }
