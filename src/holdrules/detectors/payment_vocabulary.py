"""The off-platform payment detector's vocabulary, compiled once per configuration.

Phrases live in `data/payment_phrases.toml` as small named fragments (Presidio keeps
patterns as data too); service names and the platform's names come from the detector
configuration. `{name}` in a phrase inserts a fragment, so each pattern stays short
enough to read, test and name in an explanation.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import regex

__all__ = ["PaymentVocabulary", "ServiceLists", "default_service_lists", "vocabulary"]

_PLACEHOLDER = regex.compile(r"\{([a-z_][a-z0-9_]*)\}")
_MAX_EXPANSION_DEPTH = 8


def _read_toml(name: str) -> dict[str, object]:
    return tomllib.loads((files("holdrules") / "data" / name).read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class ServiceLists:
    """Names the patterns are built from (lowercase, as the normalised text reads them)."""

    services: tuple[str, ...]
    ambiguous: tuple[str, ...]
    platforms: tuple[str, ...]
    link_domains: tuple[str, ...]


@cache
def default_service_lists() -> ServiceLists:
    """The lists shipped in `data/payment_services.toml`."""
    raw = _read_toml("payment_services.toml")

    def words(key: str) -> tuple[str, ...]:
        value = raw[key]
        assert isinstance(value, list)
        return tuple(str(v) for v in value)

    return ServiceLists(
        words("services"), words("ambiguous_services"), words("platforms"),
        words("payment_link_domains"),
    )


def _alternation(names: Iterable[str]) -> str:
    """A non-capturing alternation of literal names, longest first, where a space in a
    name matches a short run of spaces, dashes or dots ("cash app", "cash-app")."""
    escaped = {
        r"[\s\-.]{0,2}".join(regex.escape(part) for part in name.split())
        for name in names
        if name.strip()
    }
    return "(?:" + "|".join(sorted(escaped, key=lambda s: (-len(s), s))) + ")"


def _expand(pattern: str, fragments: Mapping[str, str], depth: int = 0) -> str:
    if depth > _MAX_EXPANSION_DEPTH:
        raise ValueError(f"fragment nesting too deep in {pattern[:60]!r}")

    def replace(match: regex.Match[str]) -> str:
        name = match.group(1)
        if name not in fragments:
            raise KeyError(f"unknown fragment {{{name}}} in payment phrases")
        return "(?:" + _expand(fragments[name], fragments, depth + 1) + ")"

    return _PLACEHOLDER.sub(replace, pattern)


@dataclass(frozen=True, slots=True)
class PaymentVocabulary:
    """Compiled patterns, grouped by the role they play in the detector."""

    solicit_strong: Mapping[str, regex.Pattern[str]]
    solicit_medium: Mapping[str, regex.Pattern[str]]
    details: Mapping[str, regex.Pattern[str]]
    agree: Mapping[str, regex.Pattern[str]]
    noncommittal: Mapping[str, regex.Pattern[str]]
    decline: Mapping[str, regex.Pattern[str]]
    report: Mapping[str, regex.Pattern[str]]
    guards: Mapping[str, regex.Pattern[str]]
    service_mention: regex.Pattern[str]
    prefilter: regex.Pattern[str]


# Stems whose absence (in plain ASCII text) means no payment pattern can match; the
# service names are added to them. Kept short on purpose: this runs on every message.
_PREFILTER_STEMS = (
    "pay", "paid", "fee", "commission", "percent", "%", "wallet", "bank", "iban", "swift",
    "bic", "routing", "acct", "account", "a/c", "transfer", "wire", "deposit", "remit",
    "invoice", "money", "fund", "cash", "tip", "direct", "private", "outside", "off",
    "bypass", "circumvent", "contract", "crypto", "0x", "bc1", "send", "receive", "accept",
    "@", "$",
)


@cache
def vocabulary(lists: ServiceLists) -> PaymentVocabulary:
    """Compile every phrase for `lists`; cached, so each configuration compiles once."""
    raw = _read_toml("payment_phrases.toml")
    fragments = dict(raw["fragments"])  # type: ignore[call-overload]
    fragments.update(
        services=_alternation(lists.services),
        ambiguous=_alternation(lists.ambiguous),
        platform=_alternation(lists.platforms),
        link_domains=_alternation(lists.link_domains),
    )

    def group(*path: str) -> dict[str, regex.Pattern[str]]:
        table: object = raw
        for key in path:
            assert isinstance(table, dict)
            table = table[key]
        assert isinstance(table, dict)
        return {
            name: regex.compile(_expand(str(source), fragments)) for name, source in table.items()
        }

    stems = _alternation([*_PREFILTER_STEMS, *lists.services, *lists.ambiguous])
    # Obfuscation hints send a message down the slow path even without a stem: a digit
    # or symbol inside a word ("p4ypal"), letters spaced apart ("p a y"), digit groups
    # ("TR86 9254 …") and long alphanumeric runs (wallet addresses).
    hints = (
        r"[a-z][0-9@$|!][a-z]|\b\w[\s.\-_*]\w[\s.\-_*]\w[\s.\-_*]\w\b|\d{4}[\s\-]?+\d{2}"
        r"|[a-z0-9]{20}|[^\x00-\x7f]"
    )
    return PaymentVocabulary(
        solicit_strong=group("solicit", "strong"),
        solicit_medium=group("solicit", "medium"),
        details=group("details"),
        agree=group("agree"),
        noncommittal=group("noncommittal"),
        decline=group("decline"),
        report=group("report"),
        guards=group("guards"),
        service_mention=regex.compile(
            r"\b(?:" + _expand("{services}|{ambiguous}", fragments) + r")\b"
        ),
        prefilter=regex.compile(stems + "|" + hints, regex.IGNORECASE),
    )
