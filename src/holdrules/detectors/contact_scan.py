"""Find contact information in one piece of text: candidates -> validators -> guards.

`scan_contacts` is the whole pipeline for one string, independent of accounts and
surfaces, so pre-send checks (`redact`) and the detector share it:

1. `holdrules.text` undoes obfuscation once (plain ASCII text with nothing to undo
   takes its fast path: the identity view, no offset map is built);
2. small named candidate finders read the normalised text (emails anchored on "@",
   URLs and bare hosts, app names followed by a handle, digit runs), each only when
   its own cheap check passes ("@" present, a dotted name, an app's name among the
   words, seven digits close together), so most chat messages stop there;
3. validators turn a candidate into a fact (a real public suffix via tldextract's
   bundled list; a valid number via phonenumbers, `contact_phone`);
4. precision guards (`contact_guards`) drop look-alikes (for phones they run before
   the costly validator; the result is the same, only cheaper);
5. overlapping matches are resolved and every span is mapped back to the original.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import regex

from holdrules.detectors.contact_data import contact_data, handle_pattern, leet_tolerant
from holdrules.detectors.contact_guards import (
    PHONE_GUARDS,
    is_git_remote,
    is_sentence_joint,
    looks_like_code_member,
)
from holdrules.detectors.contact_phone import read_phone_numbers
from holdrules.text import NormalizedText, normalize
from holdrules.text.normalized import word_view

__all__ = [
    "FALLBACK_REGIONS",
    "ContactKind",
    "ContactMatch",
    "ContactScan",
    "PhoneRunLimit",
    "ScanPolicy",
    "default_policy",
    "scan_contacts",
    "scan_with_limits",
]


class ContactKind(StrEnum):
    """The kinds of contact information the policy names."""

    EMAIL = "email"
    PHONE = "phone"
    HANDLE = "handle"
    PERSONAL_SITE = "personal_site"
    THIRD_PARTY_PROFILE = "third_party_profile"


@dataclass(frozen=True, slots=True)
class ContactMatch:
    """One piece of contact information, located in the *original* text."""

    kind: ContactKind
    start: int
    end: int
    excerpt: str
    normalized: str
    transforms: frozenset[str]
    detail: str
    confidence: float


# Where most of the marketplace's freelancers write from: national-format numbers are
# also tried under these when the account's own country does not validate them.
FALLBACK_REGIONS = ("US", "GB", "IN", "PH", "PK", "NG", "UA", "BR", "DE", "AU", "CA", "FR",
                    "KE", "BD", "EG", "MX", "ES", "IT", "PL", "ZA")


@dataclass(frozen=True, slots=True)
class ScanPolicy:
    """What the scanner allows and how far it reads; built from the detector config."""

    allowed_domains: tuple[str, ...] = ()
    allowed_suffixes: tuple[str, ...] = ()
    default_region: str | None = "US"
    max_text_chars: int = 100_000
    max_phone_candidates: int = 200
    fallback_regions: tuple[str, ...] = FALLBACK_REGIONS


@dataclass(frozen=True, slots=True)
class _Candidate:
    kind: ContactKind
    start: int
    end: int
    normalized: str
    detail: str
    confidence: float
    priority: int
    extra_transforms: frozenset[str] = frozenset()


# ---------------------------------------------------------------- cheap pre-checks
# Each finder runs only when its own cheap check passes, so a chat message with no
# "@", no dotted name, no app name and no digit run costs a few C-level scans.

# "www", "http(s):", "hxxp(s):" or a dotted name ("[a-z0-9].[a-z]{2}"), written to
# start on one character class so `re` skips in C to a "w", an "h" or a ".".
_LINKISH = re.compile(r"[wh.](?:(?<=w)ww|(?<=h)(?:tt|xx)ps?:|(?<=[a-z0-9]\.)[a-z]{2})")
_DIGIT_RUN = re.compile(r"\d(?:[^a-z0-9\n]{0,3}+\d){6}")
@functools.cache
def _app_words() -> tuple[dict[str, str], frozenset[str]]:
    """(app name as it reads in the word view -> app, proper prefixes of those names).

    Names are looked up among the words of the text (`NormalizedText.words`, where
    leetspeak digits already read as letters: "sk1pe" -> "skipe"), and among two or
    three neighbouring words joined, for names split apart ("sky pe", "teleg ram").
    A "1" reads as "i", so a name with an "l" is also listed with "i" in its place.
    """
    table: dict[str, str] = {}
    for spelling, app in contact_data().app_spellings.items():
        name = "".join(word_view(spelling))
        table[name] = app
        table[name.replace("l", "i")] = app
    prefixes = frozenset(
        name[:k] for name in table if len(name) >= 4 for k in range(2, len(name))
    )
    return table, prefixes


@functools.cache
def _app_word_starts() -> frozenset[str]:
    """Every word that can begin an app's name: a whole name or a proper prefix."""
    table, prefixes = _app_words()
    return frozenset(table) | prefixes


_NO_APPS: frozenset[str] = frozenset()


def _apps_named(words: list[str]) -> frozenset[str]:
    """The messaging apps named among `words`, however spelled or split."""
    if _app_word_starts().isdisjoint(words):
        return _NO_APPS  # most messages: one set lookup per word, in C
    table, prefixes = _app_words()
    found = {table[w] for w in table.keys() & words}
    if prefixes.isdisjoint(words):
        return frozenset(found)
    last = len(words) - 1
    for i, word in enumerate(words):
        if word in prefixes and i < last:
            two = word + words[i + 1]
            if two in table:
                found.add(table[two])
            elif i + 1 < last and two in prefixes and two + words[i + 2] in table:
                found.add(table[two + words[i + 2]])
    return frozenset(found)


# ---------------------------------------------------------------- validators


@functools.cache
def _extractor() -> Any:
    """tldextract over its bundled suffix snapshot: never fetches anything."""
    import tldextract

    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


@functools.lru_cache(maxsize=4096)
def _split_host(host: str) -> tuple[str, str]:
    """(registrable name, public suffix); suffix is "" when the TLD does not exist."""
    result = _extractor()(host)
    return result.domain, result.suffix


def _parents(host: str) -> list[str]:
    """"a.b.example.com" -> ["a.b.example.com", "b.example.com", "example.com", "com"]."""
    labels = host.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


def _is_allowed(host: str, policy: ScanPolicy) -> bool:
    parents = _parents(host)
    return parents[-1] in policy.allowed_suffixes or not _as_set(policy.allowed_domains).isdisjoint(
        parents
    )


@functools.lru_cache(maxsize=16)
def _as_set(domains: tuple[str, ...]) -> frozenset[str]:
    return frozenset(domains)


# ---------------------------------------------------------------- emails

_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+-")
_EMAIL_DOMAIN = regex.compile(r"(?:[a-z0-9][a-z0-9-]{0,62}+\.){1,8}[a-z]{2,24}+(?![a-z0-9-])")


def _email_candidates(nt: NormalizedText, policy: ScanPolicy) -> list[_Candidate]:
    text = nt.text
    found: list[_Candidate] = []
    at = text.find("@")
    while at != -1:
        start = at
        while start > 0 and at - start < 64 and text[start - 1] in _LOCAL_CHARS:
            start -= 1
        while start < at and not text[start].isalnum():
            start += 1
        m = _EMAIL_DOMAIN.match(text, at + 1) if start < at else None
        if m is not None:
            host = m.group()
            link = _link_path_after(text, m.end()) if _is_link_domain(host) else ""
            if link:
                candidate = _link_after_at(nt, host, link, m.start(), policy)
                if candidate is not None:
                    found.append(candidate)
            elif not is_git_remote(text, start, m.end()) and not _is_allowed(host, policy):
                name, suffix = _split_host(host)
                if name and suffix:
                    found.append(_Candidate(ContactKind.EMAIL, start, m.end(),
                                            text[start:m.end()], "email address", 0.97, 0))
        at = text.find("@", at + 1)
    return found


# The path of a link, as `_URL` reads it: "/" and then at least one path character.
_PATH_AFTER_HOST = re.compile(r"/[^\s<>\"'`]{1,400}+")


def _link_path_after(text: str, end: int) -> str:
    """The "/path" right after a host ending at `end`, or "" when there is none.

    A bare "/" (or one followed only by sentence punctuation) is no path: "mail
    jo@t.me/ today" keeps its address reading.
    """
    m = _PATH_AFTER_HOST.match(text, end)
    path = m.group().rstrip(_TRAILING) if m is not None else ""
    return path if len(path.strip("/?#")) > 0 else ""


def _link_after_at(
    nt: NormalizedText, host: str, path: str, start: int, policy: ScanPolicy
) -> _Candidate | None:
    """The app or profile link in "telegram @ t.me/johnny", read from its host on.

    The at/dot stage joins a spaced "@" into any email shape, so "word @ t.me/x"
    reaches the scanner as "word@t.me/x". A messaging or profile link domain followed
    by a path is a link, never a mailbox: reading it as an address at "t.me" would
    report the wrong kind of contact under the wrong code and quote the app's name
    instead of the link. The name before the "@" is a label (or a greeting) and is
    left out of the span, as after "Telegram: t.me/maxedits".
    """
    if _is_allowed(host, policy):
        return None
    _, suffix = _split_host(host)
    end = start + len(host) + len(path)
    return _classify_link(host, suffix, path, False, start, end, nt.text[start:end], nt)


# ---------------------------------------------------------------- links and sites

_URL = re.compile(
    r"(?<![\w@.\-/:])(?P<scheme>(?:https?|hxxps?)://)?(?P<www>www\d{0,2}+\.)?"
    r"(?P<host>(?:[a-z0-9][a-z0-9-]{0,62}+\.){1,8}[a-z]{2,24}+)(?![\w@-])"
    r"(?P<port>:\d{2,5}+)?(?P<path>[/?#][^\s<>\"'`]{0,400}+)?"
)
_TRAILING = ".,;:!?)]}'\"*"


def _link_candidates(nt: NormalizedText, policy: ScanPolicy, first: int = 0) -> list[_Candidate]:
    """Links and bare hosts; `first` is where `_LINKISH` first matched.

    A link has no whitespace in it and holds a dotted name, which `_LINKISH` also
    finds, so none starts before the word around `first`: the scan starts there.
    """
    text = nt.text
    found: list[_Candidate] = []
    while first > 0 and not text[first - 1].isspace():
        first -= 1
    for m in _URL.finditer(text, first):
        host = m.group("host")
        path = (m.group("path") or "").rstrip(_TRAILING)
        end = m.end("host") + len(m.group("port") or "") + len(path)
        if _is_allowed(host, policy):
            continue
        name, suffix = _split_host(host)
        if not name or not suffix:
            continue
        shown = text[m.start():end]
        explicit = bool(m.group("scheme") or m.group("www"))
        candidate = _classify_link(host, suffix, path, explicit, m.start(), end, shown, nt)
        if candidate is not None:
            found.append(candidate)
    return found


def _classify_link(
    host: str,
    suffix: str,
    path: str,
    explicit: bool,
    start: int,
    end: int,
    shown: str,
    nt: NormalizedText,
) -> _Candidate | None:
    data = contact_data()
    has_path = len(path.strip("/?#")) > 0
    parents = _parents(host)
    for domain in parents:
        app = data.messaging_links.get(domain)
        if app is not None:
            if not has_path:
                return None
            return _Candidate(ContactKind.HANDLE, start, end, shown, f"{app} link", 0.95, 1)
    for domain in parents:
        if domain in data.third_party_profiles:
            prefixes = data.profile_paths.get(domain)
            if prefixes is None and not has_path:
                return None
            if prefixes is not None and not path.startswith(prefixes):
                return None
            return _Candidate(ContactKind.THIRD_PARTY_PROFILE, start, end, shown,
                              f"{domain} profile link", 0.9, 1)
    if not data.well_known.isdisjoint(parents):
        return None
    if not (explicit or has_path):
        tld = suffix.rsplit(".", 1)[-1]
        if not ({suffix, tld} & data.bare_suffixes) or looks_like_code_member(
            nt.text, start, end
        ):
            return None
        dot = nt.text.rfind(".", start, end)
        o_dot = nt.to_original(dot, dot + 1)[0]
        if is_sentence_joint(nt.original, o_dot):
            return None
    confidence = 0.9 if explicit else 0.8
    return _Candidate(ContactKind.PERSONAL_SITE, start, end, shown, "website", confidence, 2)


# A link typed with spaces around its dots and slashes: "linkedin . com / in / jo".
_SPACED_LINK = re.compile(
    r"(?<![\w.@/\-])(?P<host>[a-z0-9][a-z0-9-]{0,62}+"
    r"(?:[ \t]*+\.[ \t]*+[a-z0-9][a-z0-9-]{0,62}+){1,3}+)(?![\w@-])"
    r"(?P<path>(?:[ \t]*+/[ \t]*+[\w@.+~%-]{1,100}+){0,6}+)"
)
_SPACES = str.maketrans("", "", " \t")


def _has_spaced_link_mark(text: str) -> bool:
    """A space before a dot or beside a slash (the cheap check): three substring
    searches in C cost less than one pattern that starts on every space."""
    return " ." in text or " /" in text or "/ " in text or "\t" in text


def _spaced_link_candidates(nt: NormalizedText, policy: ScanPolicy) -> list[_Candidate]:
    """Messaging and profile links typed with spaces around their dots and slashes.

    Joined only when the host is a known messaging or third-party profile domain:
    "section 3 . 2 / page 4", "Node . js / React" and "and / or" stay prose.
    """
    text = nt.text
    data = contact_data()
    found: list[_Candidate] = []
    for m in _SPACED_LINK.finditer(text):
        shown = m.group().rstrip(_TRAILING)
        if " " not in shown and "\t" not in shown:
            continue  # typed as one token: the ordinary link finder reads it
        host = m.group("host").translate(_SPACES)
        parents = _parents(host)
        if all(p not in data.messaging_links and p not in data.third_party_profiles
               for p in parents) or _is_allowed(host, policy):
            continue
        _, suffix = _split_host(host)
        path = m.group("path").translate(_SPACES).rstrip(_TRAILING)
        end = m.start() + len(shown)
        candidate = _classify_link(host, suffix, path, False, m.start(), end,
                                   shown.translate(_SPACES), nt)
        if candidate is not None:
            found.append(dataclasses.replace(candidate, extra_transforms=_SPACING_UNDONE))
    return found


_SPACING_UNDONE = frozenset({"spacing"})


# ---------------------------------------------------------------- messaging handles


@functools.cache
def _app_for(spelled: str) -> str | None:
    data = contact_data()
    for spelling, app in data.app_spellings.items():
        if regex.fullmatch(leet_tolerant(spelling), spelled):
            return app
    return None


_HANDLE_TAIL = "._-#"


def _app_spelling_tricks(spelled: str, spellings: dict[str, str]) -> frozenset[str]:
    """Which tricks hid the app's name: split apart ("sk y pe"), leetspeak ("sk1pe")."""
    if spelled in spellings:
        return frozenset()
    tricks = set()
    if any(c.isdigit() or c in "@$!|+" for c in spelled):
        tricks.add("leetspeak")
    if any(c in " \t._-" for c in spelled):
        tricks.add("spacing")
    return frozenset(tricks)


def _is_link_domain(token: str) -> bool:
    """Whether `token` is (a host under) a messaging or profile link domain: "t.me".

    After an app's name such a token starts a link, not a handle; the link finder
    reads it with its path ("t.me/maxedits") or, without one, there is nothing to read.
    """
    if "." not in token:
        return False
    data = contact_data()
    parents = _parents(token)
    return any(p in data.messaging_links or p in data.third_party_profiles for p in parents)


def _handle_candidates(text: str, apps: frozenset[str]) -> list[_Candidate]:
    data = contact_data()
    found: list[_Candidate] = []
    for m in handle_pattern(apps).finditer(text):
        spelled = m.group("app")
        app = _app_for(spelled)
        if app is None:
            continue
        handle = m.group("handle").rstrip(_HANDLE_TAIL)
        bare = handle.lstrip("@")
        sep = m.group("sep")
        explicit = bool(m.group("marker")) or any(c in sep for c in ":=>-@") or (
            handle.startswith("@")
        )
        if not bare or bare in data.not_handles or not any(c.isalpha() for c in bare):
            continue
        if _is_link_domain(bare):
            continue  # "Telegram: t.me/maxedits": the link after the label is the reading
        if not explicit and (
            app in data.apps_needing_marker or not any(c.isdigit() or c in "._#" for c in bare)
        ):
            continue
        end = m.start("handle") + len(handle)
        undone = _app_spelling_tricks(spelled, data.app_spellings)
        found.append(_Candidate(ContactKind.HANDLE, m.start(), end, f"{app}:{bare}",
                                f"{app} handle", 0.9 if explicit else 0.8,
                                1 if explicit else 4, undone))
    return found


# ---------------------------------------------------------------- phones

_PHONE_RUN = regex.compile(r"(?<![\w+])(?:\+[ \t]?|00[ \t]?)?\(?\d(?:[ \t().\-/]{0,3}+\d){6,18}+")


@functools.cache
def _phone_cue() -> re.Pattern[str]:
    """Words just before a number that say it is one to call ("call", "whatsapp")."""
    cues = sorted(contact_data().phone_cues, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(c) for c in cues) + r")(?![a-z])")


_GUARDS = tuple(guard for _, guard in PHONE_GUARDS)


@functools.lru_cache(maxsize=256)
def _regions(first: str | None, fallback: tuple[str, ...]) -> tuple[str, ...]:
    """The account's country, then the fallbacks, each once (cached: a few per batch)."""
    return tuple(dict.fromkeys(r for r in (first, *fallback) if r))


def _guarded(text: str, start: int, end: int) -> bool:
    """Whether a precision guard drops this digit run (a plain loop: `any` over a
    generator cost a frame switch per guard, and every run meets a dozen guards)."""
    for guard in _GUARDS:  # noqa: SIM110 (any() over a generator is the slower form)
        if guard(text, start, end):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _PhoneTally:
    """Phone-like runs the guards let through, and the first one left unvalidated."""

    runs: int
    validated: int
    first_skipped: tuple[int, int] | None


def _phone_candidates(
    text: str, region: str | None, policy: ScanPolicy
) -> tuple[list[_Candidate], _PhoneTally]:
    """Validated numbers, and how many runs were found past `max_phone_candidates`.

    Runs past the limit are still counted (the guards are cheap; phonenumbers is
    what the limit bounds), so the detector can say exactly how much went unchecked.
    """
    found: list[_Candidate] = []
    runs = 0
    first_skipped: tuple[int, int] | None = None
    regions = _regions(region or policy.default_region, policy.fallback_regions)
    for m in _PHONE_RUN.finditer(text):
        start, end = m.span()
        if _guarded(text, start, end):
            continue
        runs += 1
        if runs > policy.max_phone_candidates:
            if first_skipped is None:
                first_skipped = (start, end)
            continue
        readings = read_phone_numbers(text[start:end], regions)
        cue = bool(readings) and _phone_cue().search(text, max(0, start - 30), start) is not None
        for reading in readings:
            confidence = round(min(1.0, reading.confidence + (0.05 if cue else 0.0)), 2)
            found.append(_Candidate(ContactKind.PHONE, start + reading.start,
                                    start + reading.end, reading.e164, "phone number",
                                    confidence, 3))
    return found, _PhoneTally(runs, min(runs, policy.max_phone_candidates), first_skipped)


# ---------------------------------------------------------------- the pipeline


def _resolve_overlaps(candidates: list[_Candidate], length: int) -> list[_Candidate]:
    """Keep the most specific reading where two overlap (an email over the site in it).

    Candidates are taken by priority, then length; one is kept when none of its
    characters is already covered. Marking covered characters in a bytearray keeps
    this linear in the text, however many matches a hostile text holds.
    """
    if len(candidates) == 1:
        return candidates
    ordered = sorted(candidates, key=lambda c: (c.priority, -(c.end - c.start), c.start))
    covered = bytearray(length)
    kept: list[_Candidate] = []
    for cand in ordered:
        if covered.find(1, cand.start, cand.end) == -1:
            covered[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


@dataclass(frozen=True, slots=True)
class PhoneRunLimit:
    """A text with more phone-like runs than `max_phone_candidates`.

    Only the first `validated` of `runs` digit runs went through phonenumbers;
    `[start, end)` is the first run that did not, in the original text, so a reviewer
    knows where checking stopped.
    """

    runs: int
    validated: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ContactScan:
    """The contact details found in a text, and whether a limit cut the check short.

    `phone_limit` is None when every phone-like run was validated. (Text beyond
    `max_text_chars` is the other limit; its length alone tells, so it is not here.)
    """

    matches: list[ContactMatch]
    phone_limit: PhoneRunLimit | None


def scan_contacts(
    text: str,
    *,
    region: str | None = None,
    policy: ScanPolicy | None = None,
    resolve_overlaps: bool = True,
) -> list[ContactMatch]:
    """Every piece of contact information in `text`, with spans into `text` itself.

    `region` (ISO 3166 alpha-2) is the country under which numbers written in
    national format are read; text beyond `policy.max_text_chars` is not read, nor
    are phone-like runs past `policy.max_phone_candidates` (`scan_with_limits` says
    when either happened). With `resolve_overlaps=False` every reading is returned,
    also those that overlap a more specific one (what `redact` masks, so no partial
    number survives).
    """
    return scan_with_limits(
        text, region=region, policy=policy, resolve_overlaps=resolve_overlaps
    ).matches


def scan_with_limits(
    text: str,
    *,
    region: str | None = None,
    policy: ScanPolicy | None = None,
    resolve_overlaps: bool = True,
) -> ContactScan:
    """`scan_contacts`, plus what the phone-candidate limit left unvalidated.

    The detector reports a cut-short check (CON016) instead of letting the unchecked
    runs pass as clean; `redact` goes on reading after the last validated run.
    """
    policy = policy or default_policy()
    if len(text) > policy.max_text_chars:
        text = text[: policy.max_text_chars]
    # Plain ASCII text takes normalisation's fast path: the identity view, no offset map.
    nt = normalize(text)
    normalized, words = nt.text, nt.words
    candidates: list[_Candidate] = []
    phone_limit: PhoneRunLimit | None = None
    if "@" in normalized:
        candidates += _email_candidates(nt, policy)
    linkish = _LINKISH.search(normalized)
    if linkish is not None:
        candidates += _link_candidates(nt, policy, linkish.start())
    if _has_spaced_link_mark(normalized):
        candidates += _spaced_link_candidates(nt, policy)
    apps = _apps_named(words)
    if apps:
        candidates += _handle_candidates(normalized, apps)
    if _DIGIT_RUN.search(normalized):
        phones, tally = _phone_candidates(normalized, region, policy)
        candidates += phones
        phone_limit = _phone_limit(nt, tally)
    if not candidates:
        return ContactScan([], phone_limit)
    matches = []
    if resolve_overlaps:
        candidates = _resolve_overlaps(candidates, len(normalized))
    for cand in sorted(candidates, key=lambda c: (c.start, c.end)):
        o_start, o_end = nt.to_original(cand.start, cand.end)
        matches.append(ContactMatch(
            kind=cand.kind,
            start=o_start,
            end=o_end,
            excerpt=text[o_start:o_end],
            normalized=cand.normalized,
            transforms=nt.transforms_in(cand.start, cand.end) | cand.extra_transforms,
            detail=cand.detail,
            confidence=cand.confidence,
        ))
    return ContactScan(matches, phone_limit)


def _phone_limit(nt: NormalizedText, tally: _PhoneTally) -> PhoneRunLimit | None:
    """The tally as a `PhoneRunLimit` in original offsets, or None if all were read."""
    if tally.first_skipped is None:
        return None
    start, end = nt.to_original(*tally.first_skipped)
    return PhoneRunLimit(tally.runs, tally.validated, start, end)


@functools.cache
def default_policy() -> ScanPolicy:
    """The allow lists shipped in `data/contact_domains.toml`, default region US."""
    data = contact_data()
    return ScanPolicy(allowed_domains=data.allowed, allowed_suffixes=data.allowed_suffixes)
