"""Lazy, cached access to the validators' data files (country codes, IBAN lengths).

Read once on first use, never at import: importing holdrules must stay fast.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files


def _read(name: str) -> str:
    return (files("holdrules") / "data" / name).read_text(encoding="utf-8")


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes, from `payment_country_codes.txt`."""
    lines = _read("payment_country_codes.txt").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def iban_lengths() -> dict[str, int]:
    """IBAN length per country, from `payment_iban_lengths.toml`."""
    table = tomllib.loads(_read("payment_iban_lengths.toml"))["lengths"]
    return {str(country): int(length) for country, length in table.items()}
