# ruff: noqa: RUF001  (look-alike characters are the test input)
"""The shared normalisation layer: each obfuscation undone, offsets exact, idempotent."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from holdrules.text import normalize

CASES = [
    # (typed, normalised reading, transforms undone)
    ("j o h n (at) gmаil dot com", "john@gmail.com", {"spacing", "at_dot_words", "confusables"}),
    ("jo\u200bhn@gmail.com", "john@gmail.com", {"zero_width"}),
    ("ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ", "john@gmail.com", {"confusables"}),
    ("𝐣𝐨𝐡𝐧@𝐠𝐦𝐚𝐢𝐥.𝐜𝐨𝐦", "john@gmail.com", {"confusables"}),
    ("john [at] gmail [dot] com", "john@gmail.com", {"at_dot_words"}),
    ("john_at_gmail_dot_com", "john@gmail.com", {"at_dot_words"}),
    ("email: john arroba gmail punto com", "email: john@gmail.com", {"at_dot_words"}),
    ("ivan собака mail точка ru", "ivan@mail.ru", {"at_dot_words"}),
    ("9-1-7-5-5-5-1-2-3-4", "9175551234", {"spacing"}),
    ("nine one seven five five five", "917555", {"spelled_digits"}),
    ("double five one two", "5512", {"spelled_digits"}),
    ("nine one seven, fifty five", "91755", {"spelled_digits"}),
    ("٠٣٠٠١٢٣٤٥٦٧", "03001234567", {"confusables"}),
    ("my site johnsmith dot com", "my site johnsmith.com", {"at_dot_words"}),
    ("mail ana at gmail.com", "mail ana@gmail.com", {"at_dot_words"}),
    ("\u202ejohn@gmail.com\u202c", "john@gmail.com", {"zero_width"}),
]


@pytest.mark.parametrize(("typed", "reading", "transforms"), CASES)
def test_each_obfuscation_is_undone_and_named(
    typed: str, reading: str, transforms: set[str]
) -> None:
    nt = normalize(typed)
    assert nt.text == reading
    assert transforms <= nt.transforms()
    assert not nt.is_plain


@pytest.mark.parametrize(
    "prose",
    [
        "look at google.com for examples",
        "we are at yahoo.com this week",
        "I can start at 9am. Thanks",
        "one or two days, maybe three",
        "as a dot net developer I use C#",
        "Hello, I can deliver in 3 days for $50.",
    ],
)
def test_prose_is_not_rewritten(prose: str) -> None:
    assert normalize(prose).text == prose.lower()


def test_leet_view_is_separate() -> None:
    assert normalize("sk1pe: john85").text == "sk1pe: john85"
    assert normalize("sk1pe: john85", leet=True).text.startswith("skipe")
    assert normalize("wh@tsapp", leet=True).transforms() == {"leetspeak"}


def test_span_maps_back_to_exactly_what_was_typed() -> None:
    typed = "write to j o h n (at) gmаil dot com today"
    nt = normalize(typed)
    start = nt.text.index("john")
    end = nt.text.index("com") + 3
    o_start, o_end = nt.to_original(start, end)
    assert typed[o_start:o_end] == "j o h n (at) gmаil dot com"
    assert nt.transforms_in(0, start) == frozenset()


def test_plain_ascii_keeps_identity_offsets() -> None:
    nt = normalize("Reach me at John@Example.com")
    assert nt.is_plain
    assert nt.to_original(3, 7) == (3, 7)


def test_empty_spans_map_to_a_position() -> None:
    nt = normalize("a\u200bb")
    assert nt.to_original(1, 1)[0] <= len(nt.original)
    assert nt.to_original(len(nt.text), len(nt.text)) == (3, 3)
    with pytest.raises(ValueError, match="outside"):
        nt.to_original(0, 99)


_alphabet = st.sampled_from(
    [*"abcdefghijklmnopqrstuvwxyz0123456789 .@-_()[]:+",
     "at", "dot", " at ", " dot ", "nine", "one", "double", "\u200b", "а", "ｊ", "𝟗", "точка"]
)
_texts = st.lists(_alphabet, max_size=40).map("".join) | st.text(max_size=60)


@settings(max_examples=300, deadline=None)
@given(_texts, st.booleans())
def test_normalisation_is_idempotent(text: str, leet: bool) -> None:
    once = normalize(text, leet=leet).text
    assert normalize(once, leet=leet).text == once


@settings(max_examples=300, deadline=None)
@given(_texts, st.data())
def test_every_span_maps_inside_the_original(text: str, data: st.DataObject) -> None:
    nt = normalize(text)
    n = len(nt.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    o_start, o_end = nt.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    nt.transforms_in(start, end)


_ascii_texts = st.lists(
    st.sampled_from([*"abcdefghijklmnopqrstuvwxyz0123456789 .@-_()[]:+!|$", "at", "dot",
                     " at ", " dot ", "nine", "one", "double", "skype", "sk1pe", "(at)",
                     "[dot]", "j o h n", "5 5 5 5", "gmail", "com"]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ascii_texts, st.booleans())
def test_fast_path_gives_the_same_reading_as_every_stage(text: str, leet: bool) -> None:
    from holdrules.text import _normalize_all_stages

    fast = normalize(text, leet=leet)
    assert fast.text == _normalize_all_stages(text, leet=leet).text
    if fast.is_plain:
        assert fast.text == text.lower()


def test_plain_words_and_words_view() -> None:
    from holdrules.text import plain_words

    assert plain_words("Add me on Sk1pe: ana.k85!") == ["add", "me", "on", "skipe", "ana",
                                                        "kbs"]
    assert plain_words("ana (at) gmail (dot) com") is None  # a stage has work to do
    assert plain_words("café") is None  # non-ASCII always takes the full path
    assert normalize("Wh4ts-App me").words == ["whats", "app", "me"]


def test_a_sentence_full_stop_after_an_address_is_not_read_as_a_dot() -> None:
    # the non-ASCII "à" sends this through every stage, not the fast path
    assert "ana@gmail.com. thanks" in normalize("mail ana@gmail.com. Thanks, à bientôt").text
    assert normalize("ana @ gmail . com").text == "ana@gmail.com"
    assert normalize("ana@gmail .com").text == "ana@gmail.com"


@pytest.mark.parametrize(
    ("typed", "reading"),
    [
        # Single spaces inside a word, wider gaps between words (reported by payment).
        ("s e n d  t o  m y  p a y p a l", "send  to  my  paypal"),
        ("add me on s k y p e  j o h n 8 5", "add me on skype  john85"),
        ("w h a t s a p p  +1 917 555 0123", "whatsapp  +1 917 555 0123"),
        ("i am a  b i g  fan", "i am a  big  fan"),  # a lone letter stays a word
        # Evenly wide spacing is still one word; "@" and "." gaps still join.
        ("j  o  h  n  @  g m a i l . c o m", "john@gmail.com"),
        ("9  1  7  5  5  5  0  1  2  3", "9175550123"),
        ("f o o  b a r  @  g m a i l . c o m", "foo  bar@gmail.com"),
    ],
)
def test_a_wider_gap_ends_a_spaced_out_word(typed: str, reading: str) -> None:
    nt = normalize(typed)
    assert nt.text == reading
    assert normalize(nt.text).text == reading


def test_spaced_words_keep_their_offsets() -> None:
    typed = "s e n d  t o  m y  p a y p a l"
    nt = normalize(typed)
    start = nt.text.index("paypal")
    assert typed[slice(*nt.to_original(start, start + 6))] == "p a y p a l"
    assert nt.transforms_in(start, start + 6) == {"spacing"}


def test_glued_number_pattern_matches_what_the_plain_alternation_matches() -> None:
    """`_glued_numbers` is a trie-shaped alternation: the same strings as the plain one."""
    import random
    import re

    from holdrules.text.lexicon import lexicon
    from holdrules.text.numbers import _glued_numbers, word_trie_pattern

    lex = lexicon()
    words = sorted({*lex.number_words, *lex.tens_words})
    plain = re.compile(
        "(?:" + "|".join(sorted(words, key=len, reverse=True)) + "){3}"
    )
    trie = _glued_numbers()
    assert re.fullmatch(word_trie_pattern(words), "") is None
    for word in words:
        assert re.fullmatch(word_trie_pattern(words), word)
        assert not re.fullmatch(word_trie_pattern(words), word + "q")
    rng = random.Random(7)
    pieces = [*words, "x", "a", "e", "n", "t", "o", " "]
    texts = ["nineoneseven", "seventeenseventy", "ohohoh", "integration", "documentation"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(5000)]
    for text in texts:
        assert (trie.search(text) is None) == (plain.search(text) is None), text
