"""The normalisation stages in the order `normalize` runs them.

Characters first (so later stages see plain lowercase ASCII where the person used
look-alikes), then spaced-apart letters are joined, then spelled-out digits become
digits, then "at"/"dot" words become "@" and ".". Each stage is a small named step
from one offset-mapped sequence to the next, in its own module; every pattern is
linear (bounded repetition, atomic separators, anchors that make a failed start
cost O(1)).
"""

from __future__ import annotations

from holdrules.text.atdot import read_at_dot_words
from holdrules.text.characters import (
    capital_i_as_l,
    fold_characters,
    fold_confusables,
    fold_leetspeak,
)
from holdrules.text.fastpath import ascii_needs_stages, ascii_plain_words
from holdrules.text.numbers import read_spelled_digits
from holdrules.text.spacing import join_spaced_characters

__all__ = [
    "ascii_needs_stages",
    "ascii_plain_words",
    "capital_i_as_l",
    "fold_characters",
    "fold_confusables",
    "fold_leetspeak",
    "join_spaced_characters",
    "read_at_dot_words",
    "read_spelled_digits",
]
