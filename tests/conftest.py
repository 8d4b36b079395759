"""Shared fixtures: where the optional evaluation corpora live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPORA = ROOT.parent / "shared" / "corpora"


@pytest.fixture
def shared_corpora() -> Path:
    """`../shared/corpora`, or a clean skip where this checkout has none."""
    if not SHARED_CORPORA.is_dir():
        pytest.skip(f"evaluation corpora not present at {SHARED_CORPORA}")
    return SHARED_CORPORA
