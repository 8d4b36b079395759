"""Readings that join pieces typed apart: a spaced email beside its at/dot marks, a
link after an app's name, a link with spaces around its dots and slashes."""

from __future__ import annotations

import pytest

from holdrules.detectors.contact_scan import ContactKind, scan_contacts
from holdrules.text import normalize


@pytest.mark.parametrize(
    ("text", "excerpt", "normalized"),
    [
        ("Tomorrow. Write me: i v a n . d e v [at] g m a i l (dot) c o m",
         "i v a n . d e v [at] g m a i l (dot) c o m", "ivan.dev@gmail.com"),
        ("ivan [at] a o l (dot) c o m", "ivan [at] a o l (dot) c o m", "ivan@aol.com"),
        ("i v a n [at] gmail . c o m", "i v a n [at] gmail . c o m", "ivan@gmail.com"),
        ("john at gmail dot c o m", "john at gmail dot c o m", "john@gmail.com"),
        ("b o b [at] gmail (dot) com", "b o b [at] gmail (dot) com", "bob@gmail.com"),
        ("write to a l i [at] g m x (dot) d e", "a l i [at] g m x (dot) d e", "ali@gmx.de"),
    ],
)
def test_short_spaced_labels_beside_at_dot_marks_join_into_one_email(
    text: str, excerpt: str, normalized: str
) -> None:
    [match] = scan_contacts(text)
    assert (match.kind, match.excerpt, match.normalized) == (
        ContactKind.EMAIL, excerpt, normalized)
    assert "spacing" in match.transforms


def test_a_domain_looking_local_part_is_not_also_a_site() -> None:
    matches = scan_contacts("i v a n . d e v [at] g m a i l (dot) c o m")
    assert [m.kind for m in matches] == [ContactKind.EMAIL]


@pytest.mark.parametrize("text", ["look at the site . i a m here", "a b c (dot) d e f"])
def test_short_spaced_letters_without_an_email_shape_stay_apart(text: str) -> None:
    assert normalize(text).text == text.lower()


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Telegram: t.me/maxedits", "t.me/maxedits"),
        ("WhatsApp: wa.me/15551234567", "wa.me/15551234567"),
        ("Skype: join.skype.com/invite/abc", "join.skype.com/invite/abc"),
        ("Telegram - t.me/maxedits", "t.me/maxedits"),
    ],
)
def test_an_app_link_after_an_app_label_is_read_as_the_link(text: str, link: str) -> None:
    [match] = scan_contacts(text)
    assert match.kind is ContactKind.HANDLE
    assert link in match.excerpt
    assert match.normalized == link


def test_an_app_link_domain_without_a_path_is_not_a_handle() -> None:
    assert scan_contacts("Telegram: t.me") == []


@pytest.mark.parametrize(
    ("text", "kind", "normalized"),
    [
        ("linkedin . com / in / john-smith", ContactKind.THIRD_PARTY_PROFILE,
         "linkedin.com/in/john-smith"),
        ("github . com / johnsmith", ContactKind.THIRD_PARTY_PROFILE, "github.com/johnsmith"),
        ("see linkedin.com / in / maria-lopez.", ContactKind.THIRD_PARTY_PROFILE,
         "linkedin.com/in/maria-lopez"),
        ("behance . net / olena", ContactKind.THIRD_PARTY_PROFILE, "behance.net/olena"),
        ("t . me / maxedits", ContactKind.HANDLE, "t.me/maxedits"),
        ("github dot com / johnsmith", ContactKind.THIRD_PARTY_PROFILE, "github.com/johnsmith"),
    ],
)
def test_spaced_links_to_known_domains_are_joined(
    text: str, kind: ContactKind, normalized: str
) -> None:
    [match] = scan_contacts(text)
    assert (match.kind, match.normalized) == (kind, normalized)
    assert match.excerpt.translate(str.maketrans("", "", " ")) in text.replace(" ", "")
    assert "spacing" in match.transforms


@pytest.mark.parametrize(
    "text",
    [
        "see section 3 . 2 / page 4",
        "A / B testing",
        "input / output",
        "Node . js / React",
        "3 . 5 / 5 stars",
        "either . com / .net is fine for the client's domain",
        "and / or",
        "linkedin . com is where I found the job",
        "example . com / about",
    ],
)
def test_spaced_dots_and_slashes_elsewhere_stay_prose(text: str) -> None:
    assert scan_contacts(text) == []


# An "@" typed with spaces before an app's link domain ("telegram @ t.me/johnny") is
# joined by the at/dot stage like any spaced address; with a path after the domain it
# is the app's link, not an email at t.me.
@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("telegram @ t.me/johnny", "t.me/johnny"),
        ("Telegram @ t.me/johnny", "t.me/johnny"),
        ("whatsapp @ wa.me/15551234567", "wa.me/15551234567"),
        ("reach me @ wa.me/15551234567 anytime", "wa.me/15551234567"),
        ("john @ t.me/johnny", "t.me/johnny"),
        ("ping@t.me/johnny", "t.me/johnny"),
        ("discord @ discord.gg/abc123", "discord.gg/abc123"),
    ],
)
def test_an_at_before_an_app_link_domain_with_a_path_is_the_app_link(
    text: str, link: str
) -> None:
    [match] = scan_contacts(text)
    assert (match.kind, match.normalized, match.excerpt) == (ContactKind.HANDLE, link, link)
    assert match.detail.endswith(" link")


def test_an_at_before_a_profile_link_domain_with_a_path_is_the_profile_link() -> None:
    [match] = scan_contacts("find me @ linkedin.com/in/johnny")
    assert (match.kind, match.normalized) == (
        ContactKind.THIRD_PARTY_PROFILE, "linkedin.com/in/johnny")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("john@t.me", "john@t.me"),  # no path: the address reading stands
        ("write to john@t.me/ today", "john@t.me"),  # a bare slash is no path
        ("write to jo@tme.com/x", "jo@tme.com"),  # not a link domain
        ("mail jo@t.me.com/inbox", "jo@t.me.com"),  # t.me.com is not under t.me
        ("mail anna@wame.io/today", "anna@wame.io"),
        ("ana @ gmail.com/ thanks", "ana@gmail.com"),
    ],
)
def test_an_address_at_a_similar_looking_domain_stays_an_email(text: str, address: str) -> None:
    matches = [m for m in scan_contacts(text) if m.kind is ContactKind.EMAIL]
    assert [m.normalized for m in matches] == [address]
