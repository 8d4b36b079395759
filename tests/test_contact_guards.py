"""Each precision guard alone: it fires on its look-alike and not on a phone number."""

from __future__ import annotations

import pytest

from holdrules.detectors import contact_guards as g

PHONE = "call +1 917 555 0123"


def _span(text: str, needle: str) -> tuple[str, int, int]:
    start = text.index(needle)
    return text, start, start + len(needle)


@pytest.mark.parametrize(
    ("guard", "text", "needle"),
    [
        (g.is_price, "budget $ 1 250 000 total", "1 250 000"),
        (g.is_price, "rs. 2500000 for the app", "2500000"),
        (g.is_quantity, "we need 1 500 000 words", "1 500 000"),
        (g.is_date, "from 2024-01-15 on", "2024-01-15"),
        (g.is_date, "15/01/2024 - 20/01/2024", "15/01/2024 - 20/01/2024"),
        (g.is_time_range, "open 9.30-17.30 daily", "30-17"),
        (g.is_version_number, "version 10.0.19041.1415", "10.0.19041.1415"),
        (g.is_version_number, "from v2.10.3 on", "2.10.3"),
        (g.is_ip_address, "host 192.168.100.254", "192.168.100.254"),
        (g.is_decimal_or_grouped_amount, "reached 1,000,000 users", "1,000,000"),
        (g.is_decimal_or_grouped_amount, "pi is 3.14159265", "3.14159265"),
        (g.is_zip_plus_four, "NY 10118-0110", "10118-0110"),
        (g.is_long_numeric_id, "id 44218876553211098876", "44218876553211098876"),
        (g.is_labelled_identifier, "order #48213377", "48213377"),
        (g.is_labelled_identifier, "ticket no. 5512093", "5512093"),
        (g.is_identifier_tail, "invoice #k-8746143", "8746143"),
        (g.is_isbn, "isbn 978-3-16-148410-0", "978-3-16-148410-0"),
        (g.is_isbn, "book 9780306406157 cover", "9780306406157"),
        (g.is_hex_colour, "colour #1234567 here", "1234567"),
    ],
)
def test_guard_recognises_its_look_alike(
    guard: g.Guard, text: str, needle: str
) -> None:
    assert guard(*_span(text, needle))


@pytest.mark.parametrize(("name", "guard"), g.PHONE_GUARDS)
def test_no_guard_drops_a_real_phone_number(name: str, guard: g.Guard) -> None:
    assert not guard(*_span(PHONE, "+1 917 555 0123")), name


def test_git_remote_and_code_member_and_sentence_joint() -> None:
    text = "git@github.com:acme/app.git"
    assert g.is_git_remote(text, 0, len("git@github.com"))
    assert not g.is_git_remote("ana@github.com", 0, 14)
    assert g.looks_like_code_member("read user.name now", 5, 14)
    assert g.looks_like_code_member("x = foo.app(", 4, 11)
    assert not g.looks_like_code_member("see anakdesign.com now", 4, 18)
    assert g.is_sentence_joint("Thanks.Best", 6)
    assert not g.is_sentence_joint("anakdesign.com", 10)
