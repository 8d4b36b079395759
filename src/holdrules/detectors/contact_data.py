"""Data the contact-sharing detector reads: domains, messaging apps, guard words.

Loaded once from `holdrules/data/contact_*.toml` on first use, never at import, and
compiled into small named patterns here so every other module stays logic only.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

import regex

__all__ = ["ContactData", "contact_data", "handle_pattern", "leet_tolerant"]


def _load(name: str) -> dict[str, Any]:
    raw = resources.files("holdrules.data").joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(raw)


# Letters people swap for look-alike digits and symbols when they spell an app name.
_LEET_CLASSES = {
    "a": "[a4@]",
    "e": "[e3]",
    "i": "[i1!|l]",
    "o": "[o0]",
    "s": "[s5$]",
    "t": "[t7+]",
    "g": "[g9]",
    "b": "[b8]",
    "l": "[l1|i]",
    " ": r"[ \t._\-]?",
    "-": r"[ \t._\-]?",
}


_SPLIT = r"[ \t._\-]?"


def leet_tolerant(word: str) -> str:
    """A pattern matching `word` with common leetspeak substitutions ("sk1pe").

    Names of four letters or more may also be broken once or more by a single space,
    dot, dash or underscore ("sk y pe", "teleg ram"): people split the word that a
    filter looks for. Short names ("tg", "ig") must be written whole.
    """
    classes = [_LEET_CLASSES.get(c, regex.escape(c)) for c in word]
    if sum(c.isalpha() for c in word) < 4:
        return "".join(classes)
    return _SPLIT.join(classes)


@dataclass(frozen=True)
class ContactData:
    messaging_links: dict[str, str]
    third_party_profiles: frozenset[str]
    profile_paths: dict[str, tuple[str, ...]]
    well_known: frozenset[str]
    allowed: tuple[str, ...]
    allowed_suffixes: tuple[str, ...]
    bare_suffixes: frozenset[str]
    app_spellings: dict[str, str]  # spelling -> app
    apps_needing_marker: frozenset[str]
    not_handles: frozenset[str]
    id_labels: tuple[str, ...]
    currency: tuple[str, ...]
    units: frozenset[str]
    phone_cues: tuple[str, ...]
    code_identifiers: frozenset[str]


_HANDLE_TAIL_PATTERN = (
    r"(?![a-z0-9])"
    r"(?P<marker>[ \t]{0,3}+(?:id|name|handle|username|user|account|acc|no\.?|number|#)"
    r"(?![a-z]))?"
    r"(?P<sep>[ \t]*+(?:[:=>\-(]{1,3}+|@)[ \t]*+"
    r"|[ \t]++(?:(?:is|me at|me on|at|on)[ \t]++)?"
    r"|[^\n@.!?]{1,25}?(?=@))"
    r"(?P<handle>live:[a-z0-9._\-:]{2,60}+|@?[a-z0-9][a-z0-9._#\-]{1,39}+)"
)


@functools.lru_cache(maxsize=512)
def handle_pattern(apps: frozenset[str]) -> regex.Pattern[str]:
    """App name (any spelling of `apps`), optional marker ("id"), separator, handle.

    Compiled per set of apps actually named in a text, so the alternation stays small:
    a message naming WhatsApp is searched for WhatsApp's spellings only.
    """
    data = contact_data()
    names = sorted((s for s, app in data.app_spellings.items() if app in apps),
                   key=len, reverse=True)
    alternation = "|".join(leet_tolerant(n) for n in names)
    return regex.compile(rf"(?<![a-z0-9])(?P<app>{alternation}){_HANDLE_TAIL_PATTERN}")


@functools.cache
def contact_data() -> ContactData:
    """The contact data, parsed once per process."""
    domains = _load("contact_domains.toml")
    apps = _load("contact_apps.toml")
    guards = _load("contact_guards.toml")
    spellings: dict[str, str] = {}
    needing_marker: set[str] = set()
    for app, entry in apps["apps"].items():
        for spelling in entry["spellings"]:
            spellings[spelling] = app
        if entry.get("needs_marker", False):
            needing_marker.add(app)
    return ContactData(
        messaging_links=dict(domains["messaging_links"]),
        third_party_profiles=frozenset(domains["third_party_profiles"]),
        profile_paths={k: tuple(v) for k, v in domains["profile_paths"].items()},
        well_known=frozenset(domains["well_known"]),
        allowed=tuple(domains["allowed"]),
        allowed_suffixes=tuple(domains["allowed_suffixes"]),
        bare_suffixes=frozenset(domains["bare_suffixes"]),
        app_spellings=spellings,
        apps_needing_marker=frozenset(needing_marker),
        not_handles=frozenset(apps["words"]["not_handles"]),
        id_labels=tuple(guards["id_labels"]),
        currency=tuple(guards["currency"]),
        units=frozenset(guards["units"]),
        phone_cues=tuple(guards["phone_cues"]),
        code_identifiers=frozenset(guards["code_identifiers"]),
    )
