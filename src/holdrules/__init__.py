"""holdrules: find marketplace Terms-of-Service violations and turn them into decisions."""

from __future__ import annotations

__version__ = "0.1.0"
