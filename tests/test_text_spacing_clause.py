"""Spaced-out letters end at a clause mark that is not their own separator."""

from __future__ import annotations

import pytest

from holdrules.text import normalize


@pytest.mark.parametrize(("typed", "read"), [
    ("send ur V e n m o, I pay now", "send ur venmo, i pay now"),
    ("my z e l l e; u can send", "my zelle; u can send"),
    ("s k y p e: j o h n", "skype: john"),
])
def test_a_comma_or_colon_after_a_spaced_word_is_a_word_gap(typed: str, read: str) -> None:
    assert normalize(typed).text == read


@pytest.mark.parametrize(("typed", "read"), [
    ("j,o,h,n at gmail", "john at gmail"),  # commas as the run's own separator
    ("p a y p a l is fine", "paypal is fine"),
])
def test_runs_spaced_one_way_still_join(typed: str, read: str) -> None:
    assert normalize(typed).text == read


@pytest.mark.parametrize(("typed", "leet"), [
    ("PayPaI", "paypal"),
    ("ZeII3", "zelle"),
    ("LinkedIn", "linkedin"),  # a capital I before a lowercase letter stays an i
    ("I said I", "i said i"),
])
def test_the_leet_view_reads_a_capital_i_written_for_an_l(typed: str, leet: str) -> None:
    assert normalize(typed, leet=True).text == leet
    assert normalize(typed).text == typed.lower()  # the default view keeps the letter
