"""The off-platform payment detector's vocabulary, compiled once per configuration.

Phrases live in `data/payment_phrases.toml` as small named fragments (Presidio keeps
patterns as data too); service names and the platform's names come from the detector
configuration. `{name}` in a phrase inserts a fragment, so each pattern stays short
enough to read, test and name in an explanation.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import regex

from holdrules.text.lexicon import lexicon

__all__ = [
    "WORD",
    "PaymentVocabulary",
    "PrefilterGate",
    "RelationWords",
    "ServiceLists",
    "default_service_lists",
    "is_negated",
    "pattern_matches",
    "vocabulary",
]

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
    """A non-capturing alternation of literal names, built as a trie ("pay(?:pal|eer)")
    so the engine tries each letter once instead of every name in turn (about twice
    as fast as a flat list over a hundred names). A space in a name matches a short
    run of spaces, dashes or dots ("cash app", "cash-app"); longer names win."""
    trie: dict[str, Any] = {}
    for name in names:
        words = name.split()
        if not words:
            continue
        node = trie
        for char in " ".join(words):
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + ")"


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [
        (r"[\s\-.]{0,2}" if char == " " else regex.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def pattern_matches(
    patterns: Mapping[str, regex.Pattern[str]],
    clause: str,
    gates: Mapping[str, frozenset[str]] | None = None,
    words: set[str] | None = None,
) -> Iterator[tuple[str, regex.Match[str]]]:
    """Matches of every pattern whose gate (if any) has a word among `words`."""
    for name, pattern in patterns.items():
        if gates is not None and words is not None:
            gate = gates.get(name)
            if gate is not None and gate.isdisjoint(words):
                continue
        for match in pattern.finditer(clause):
            yield name, match


_URL_WORDS = frozenset({"www", "http", "https", "com", "net", "org", "me", "app", "io"})


def _name_words(name: str) -> list[str]:
    """The words of a service name or link domain, "www"/"com"-style parts left out."""
    return [w for w in WORD.findall(name.lower()) if w not in _URL_WORDS]


def _gate_words(names: Iterable[str]) -> frozenset[str]:
    """One word per name to gate on: the first of at least three letters ("western" for
    "western union", "bank" for "bank details", "payoneer" for "payoneer.com"), else
    the longest ("pesa" for "m-pesa"). A later word such as "details" or "com" would
    let every message mentioning details or a URL through the fast path. Names that
    start with an everyday word ("mobile money", "sort code") gate on a pair instead
    (`_gate_pairs`), so app developers' "mobile" does not open the slow path."""
    chosen = set()
    for name in names:
        words = _name_words(name)
        if words and not (words[0] in _EVERYDAY_LEADS and len(words) > 1):
            chosen.add(next((w for w in words if len(w) >= 3), max(words, key=len)))
    return frozenset(chosen)


def _gate_pairs(names: Iterable[str]) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Word pairs to gate on for names that start with an everyday word."""
    pairs = []
    for name in names:
        words = _name_words(name)
        if len(words) > 1 and words[0] in _EVERYDAY_LEADS:
            pairs.append((frozenset({words[0]}), frozenset({words[1]})))
    return pairs


_EVERYDAY_LEADS = frozenset({
    "mobile", "sort", "standing", "touch", "orange", "apple", "remote", "chave", "oyster",
    "airtel", "datos", "dados", "coordonnees", "cash",
})
"""First words of service names that ordinary chat uses all the time."""


def _expand(pattern: str, fragments: Mapping[str, str], depth: int = 0) -> str:
    if depth > _MAX_EXPANSION_DEPTH:
        raise ValueError(f"fragment nesting too deep in {pattern[:60]!r}")

    def replace(match: regex.Match[str]) -> str:
        name = match.group(1)
        if name not in fragments:
            raise KeyError(f"unknown fragment {{{name}}} in payment phrases")
        return "(?:" + _expand(fragments[name], fragments, depth + 1) + ")"

    return _PLACEHOLDER.sub(replace, pattern)


WORD = re.compile(r"[a-z0-9]+|[%$@]")
"""Words of lowercased text for gate lookups (ASCII classes: 3x faster than \\w)."""

_NEGATION = frozenset({"not", "never", "no", "t", "nt", "dont", "cant", "wont", "didnt"})
"""Words that negate ("t" is what is left of "don't" among the words, whichever
apostrophe it is written with)."""


def is_negated(text: str) -> bool:
    """`text` holds a negation ("I've never bought crypto", "I don't use Zelle"),
    written with a straight or a curly apostrophe alike."""
    return not _NEGATION.isdisjoint(WORD.findall(text.lower()))


@dataclass(frozen=True, slots=True)
class PrefilterGate:
    """The fast path as set lookups: gate words, word pairs, and identifier shapes.

    A regex alternation of every stem and service name costs several times a plain
    `re` pass per message; splitting into words once and intersecting sets costs about
    one. Shapes are read off the words too: a long alphanumeric run (wallet address),
    an IBAN start ("de89"), four single letters in a row ("p a y p").
    """

    words: frozenset[str]
    pairs: tuple[tuple[frozenset[str], frozenset[str]], ...]
    pair_words: frozenset[str]
    leet: dict[int, str]
    inner: regex.Pattern[str]
    """Any gate word of three letters or more, inside a run of joined letters."""

    @classmethod
    def build(cls, words: Iterable[str], pairs: Iterable[tuple[Iterable[str], Iterable[str]]],
              leet: dict[int, str]) -> PrefilterGate:
        frozen = tuple((frozenset(a), frozenset(b)) for a, b in pairs)
        words = frozenset(words)
        inner = regex.compile(_alternation(w for w in words if len(w) >= 3))
        return cls(words, frozen, frozenset().union(*(a | b for a, b in frozen)), leet, inner)

    def hits(self, found: set[str]) -> set[str]:
        """The gate words (and pairs, as "pair:N") among `found`."""
        hits = found & self.words
        if not self.pair_words.isdisjoint(found):
            for i, (first, second) in enumerate(self.pairs):
                if not first.isdisjoint(found) and not second.isdisjoint(found):
                    hits.add(f"pair:{i}")
        return hits

    def adds_words(self, tokens: list[str], folded: str) -> bool:
        """Folding leetspeak (`folded`) brings a gate word into view that `tokens` lack."""
        return bool(self.hits(set(WORD.findall(folded))) - self.hits(set(tokens)))

    def has_shape(self, tokens: list[str]) -> bool:
        """An identifier shape among the words (a long alphanumeric run for a wallet,
        an IBAN start such as "de89"), or letters spaced apart ("p a y p a l",
        "d.e.8.9...") that join into a gate word or such a shape."""
        run_start, run = 0, 0
        for i, token in enumerate(tokens):
            size = len(token)
            if size == 1:
                run_start, run = (run_start, run + 1) if run else (i, 1)
                continue
            if run >= 3 and self._is_shape_or_word("".join(tokens[run_start:i])):
                return True
            run = 0
            if (size >= 25 or size == 4 or size >= 15) and _is_identifier_shape(token):
                return True
        return run >= 3 and self._is_shape_or_word("".join(tokens[run_start:]))

    def _is_shape_or_word(self, joined: str) -> bool:
        # Spaced-out text joins words together ("s e n d t o m y p a y p a l"), so look
        # for gate words inside it, as written and with leetspeak folded ("p 4 y p 4 l");
        # runs are rare, so the substring scan is cheap.
        if _is_identifier_shape(joined):
            return True
        readings = {joined, joined.translate(self.leet)}
        return any(self.inner.search(text) is not None for text in readings)


def _is_identifier_shape(token: str) -> bool:
    size = len(token)
    if size >= 25:
        return True
    return (size == 4 or size >= 15) and token[2:4].isdigit() and token[:2].isalpha()


@dataclass(frozen=True, slots=True)
class PaymentVocabulary:
    """Compiled patterns, grouped by the role they play in the detector."""

    solicit_strong: Mapping[str, regex.Pattern[str]]
    solicit_medium: Mapping[str, regex.Pattern[str]]
    details: Mapping[str, regex.Pattern[str]]
    details_reply: Mapping[str, regex.Pattern[str]]
    agree: Mapping[str, regex.Pattern[str]]
    agree_firm: Mapping[str, regex.Pattern[str]]
    noncommittal: Mapping[str, regex.Pattern[str]]
    decline: Mapping[str, regex.Pattern[str]]
    report: Mapping[str, regex.Pattern[str]]
    guards: Mapping[str, regex.Pattern[str]]
    service_mention: regex.Pattern[str]
    gates: Mapping[str, frozenset[str]]
    """Pattern name → words one of which the sentence must hold for it to run."""
    job_words: frozenset[str]
    """Words that make a payment service the subject of the work ("integrate", "api")."""
    text_work_words: frozenset[str]
    """Words that make quoted text the copy being worked on ("strings", "translate")."""
    prefilter: PrefilterGate
    relation: RelationWords
    """Word sets of the clause-level payment relation (`payment_relation`)."""
    ambiguous: frozenset[str]
    """Service names that are also English words ("wise", "cash")."""
    channel_gate: frozenset[str]
    """Words one of which a text must hold to name a channel of the payment relation."""
    modified_noun: regex.Pattern[str]
    """Matched right after a service name: a job-topic noun the name modifies ("PayPal
    mockups", "Venmo's API"), so the name is the work's subject, not a channel."""
    route: regex.Pattern[str]
    """Matched right after a channel: "to my phone", "into your Wise account", the money's
    route to one of the two parties."""
    other_scripts: Mapping[str, regex.Pattern[str]]
    """Settling words, markers, channels and declines in Cyrillic and Arabic, matched on
    the original text (`payment_scripts`)."""
    handle_after_service: regex.Pattern[str]
    """A handle later in the sentence that names a way of paying ("BLIK to my phone
    would be fastest, it's +48 …"): payment details in a message that asks to be paid."""
    self_handle: regex.Pattern[str]
    """"I'm @anita-draws there": a handle the speaker gives as itself."""
    off_platform_marker: regex.Pattern[str]
    """"directly", "privately", "off the books", "outside the platform": where a payment
    goes when it leaves the platform (`payment_relation.off_platform_spans`)."""


@dataclass(frozen=True, slots=True)
class RelationWords:
    """Word sets of the clause-level payment relation (data: `[relation]`)."""

    actions: frozenset[str]
    second_person: frozenset[str]
    channel_words: frozenset[str]
    channel_before: frozenset[str]
    channel_after: frozenset[str]
    action_idioms: frozenset[str]
    channel_determiners: frozenset[str]
    identity_nouns: frozenset[str]
    setup_verbs: frozenset[str]
    parties: frozenset[str]
    frame_cues: frozenset[str]
    possession: frozenset[str]
    possession_determiners: frozenset[str]
    settling: frozenset[str]
    talking_verbs: frozenset[str]

    @classmethod
    def from_table(cls, table: Mapping[str, Iterable[str]]) -> RelationWords:
        return cls(*(frozenset(table[name]) for name in (
            "actions", "second_person", "channel_words", "channel_before", "channel_after",
            "action_idioms", "channel_determiners", "identity_nouns", "setup_verbs",
            "parties", "frame_cues", "possession", "possession_determiners", "settling",
            "talking_verbs")))


@cache
def vocabulary(lists: ServiceLists) -> PaymentVocabulary:
    """Compile every phrase for `lists`; cached, so each configuration compiles once."""
    raw = _read_toml("payment_phrases.toml")
    relation = RelationWords.from_table(raw["relation"])  # type: ignore[arg-type]
    job_topic = raw["job_topic"]
    assert isinstance(job_topic, dict)
    fragments = dict(raw["fragments"])  # type: ignore[call-overload]
    fragments.update(
        # a name inside a handle ("@kofi.dev", "$venmo_fan") names no way of paying
        services=r"(?<![@$])" + _alternation(lists.services),
        ambiguous=r"(?<![@$])" + _alternation(lists.ambiguous),
        platform=_alternation(lists.platforms),
        link_domains=_alternation(lists.link_domains),
        identity=_alternation(relation.identity_nouns),
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

    prefilter = raw["prefilter"]
    assert isinstance(prefilter, dict)
    names = (*lists.services, *lists.ambiguous, *lists.link_domains)
    name_words = _gate_words(names)
    gate_table = raw["gates"]
    assert isinstance(gate_table, dict)
    service_gates = _gate_words((*lists.services, *lists.ambiguous)).union(
        *(frozenset(w for w in a | b if len(w) >= 3)  # never "n" from "touch n go"
          for a, b in _gate_pairs((*lists.services, *lists.ambiguous))))
    special = {"@services": service_gates, "@links": _gate_words(lists.link_domains)}
    gates = {
        name: frozenset().union(*(special.get(word, {word}) for word in words))
        for name, words in gate_table.items()
    }
    gate = PrefilterGate.build(
        words=[*prefilter["words"], *name_words],
        pairs=[*((a, b) for a, b in prefilter["pairs"]), *_gate_pairs(names)],
        leet=str.maketrans(lexicon().leet),
    )
    return PaymentVocabulary(
        solicit_strong=group("solicit", "strong"),
        solicit_medium=group("solicit", "medium"),
        details=group("details"),
        details_reply=group("details_reply"),
        agree=group("agree"),
        agree_firm=group("agree_firm"),
        noncommittal=group("noncommittal"),
        decline=group("decline"),
        report=group("report"),
        guards=group("guards"),
        service_mention=regex.compile(
            r"\b(?:" + _expand("{services}|{ambiguous}", fragments) + r")\b"
        ),
        gates=gates,
        job_words=frozenset(job_topic["words"]),
        text_work_words=frozenset(job_topic["text_work"]),
        prefilter=gate,
        relation=relation,
        ambiguous=frozenset(lists.ambiguous),
        channel_gate=special["@services"] | relation.channel_words,
        modified_noun=regex.compile(
            _expand(r"(?:{apos}s)?[\s\-]{1,3}", fragments)
            + _alternation(job_topic["after_service"]) + r"\b"
        ),
        other_scripts=group("other_scripts"),
        off_platform_marker=group("relation_patterns")["off_platform_marker"],
        handle_after_service=group("relation_patterns")["handle_after_service"],
        self_handle=group("relation_patterns")["self_handle"],
        route=regex.compile(
            r"[\s\-]{1,3}(?:to|into|onto)\s{1,3}(?:my|your|ur)(?:\s{1,3}[a-z]{2,12})?\s{1,3}"
            + _alternation(relation.identity_nouns) + r"\b"
        ),
    )
