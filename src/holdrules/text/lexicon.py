"""The word lists normalisation reads, loaded once from `holdrules/data/` on first use.

Kept as data so a reviewer can add "arroba" or a new look-alike letter without
touching code, and so importing holdrules does no file I/O.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

__all__ = ["Lexicon", "lexicon"]


@dataclass(frozen=True, slots=True)
class Lexicon:
    at_words: frozenset[str]
    bracket_only_at: frozenset[str]
    dot_words: frozenset[str]
    bracket_only_dot: frozenset[str]
    local_stopwords: frozenset[str]
    mail_providers: frozenset[str]
    label_stopwords: frozenset[str]
    number_words: dict[str, str]
    sign_words: dict[str, str]
    tens_words: dict[str, str]
    repeat_words: dict[str, int]
    leet: dict[str, str]
    confusables: dict[str, str]


def _read(name: str) -> str:
    return resources.files("holdrules.data").joinpath(name).read_text(encoding="utf-8")


def _parse_confusables(text: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        char, ascii_ = line.split()
        table[char] = ascii_
    return table


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, parsed once per process."""
    raw = tomllib.loads(_read("text_lexicon.toml"))
    return Lexicon(
        at_words=frozenset(raw["at_words"]),
        bracket_only_at=frozenset(raw["bracket_only_at"]),
        dot_words=frozenset(raw["dot_words"]),
        bracket_only_dot=frozenset(raw["bracket_only_dot"]),
        local_stopwords=frozenset(raw["local_stopwords"]),
        mail_providers=frozenset(raw["mail_providers"]),
        label_stopwords=frozenset(raw["label_stopwords"]),
        number_words=dict(raw["number_words"]),
        sign_words=dict(raw["sign_words"]),
        tens_words=dict(raw["tens_words"]),
        repeat_words={k: int(v) for k, v in raw["repeat_words"].items()},
        leet=dict(raw["leet"]),
        confusables=_parse_confusables(_read("text_confusables.txt")),
    )
