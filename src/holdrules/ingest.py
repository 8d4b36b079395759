"""Read `AccountActivity` records from JSON Lines, one account per line.

A malformed line never stops the batch: it becomes a `Rejected` item that names the
file, the line and the field, and reading goes on with the next line. Lines are read
one at a time, so a multi-gigabyte export streams in constant memory.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pydantic import ValidationError

from holdrules.records import AccountActivity

__all__ = ["Accepted", "InputError", "Rejected", "expand_paths", "read_activities"]

STDIN_NAME = "-"


class InputError(Exception):
    """A path that cannot be read at all (missing, not JSONL, unreadable)."""


@dataclass(frozen=True, slots=True)
class Accepted:
    source: str
    line: int
    activity: AccountActivity


@dataclass(frozen=True, slots=True)
class Rejected:
    """A line that could not become an `AccountActivity`, with every reason why."""

    source: str
    line: int
    problems: tuple[str, ...]

    def describe(self) -> str:
        return "\n".join(f"{self.source}:{self.line}: {problem}" for problem in self.problems)


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Files to read: each file as given, each folder's `*.jsonl` files sorted by name."""
    files: list[str] = []
    for raw in paths:
        if raw == STDIN_NAME:
            files.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.jsonl") if p.is_file())
            if not found:
                raise InputError(f"{raw}: folder has no .jsonl files")
            files.extend(str(p) for p in found)
        elif path.is_file():
            files.append(raw)
        else:
            raise InputError(f"{raw}: no such file or folder")
    return files


def _field_path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out or "(record)"


def parse_line(source: str, number: int, line: str) -> Accepted | Rejected:
    """One JSONL line into an activity, or a rejection naming each bad field."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejected(source, number, (f"invalid JSON at column {exc.colno}: {exc.msg}",))
    if not isinstance(data, dict):
        return Rejected(source, number, (f"expected a JSON object, got {type(data).__name__}",))
    try:
        return Accepted(source, number, AccountActivity.model_validate(data))
    except ValidationError as exc:
        problems = tuple(
            f"field {_field_path(error['loc'])}: {error['msg']}" for error in exc.errors()
        )
        return Rejected(source, number, problems)


def _read_stream(source: str, stream: BinaryIO) -> Iterator[Accepted | Rejected]:
    # Decoded line by line, so one line of bad bytes is rejected alone.
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Rejected(source, number, (f"not UTF-8 text at byte {exc.start}",))
            continue
        if line.strip():
            yield parse_line(source, number, line)


def read_activities(paths: Iterable[str]) -> Iterator[Accepted | Rejected]:
    """Every line of every path, in order, accepted or rejected."""
    for source in expand_paths(paths):
        if source == STDIN_NAME:
            yield from _read_stream("<stdin>", sys.stdin.buffer)
            continue
        try:
            stream = open(source, "rb")  # noqa: SIM115 - closed below, errors mapped
        except OSError as exc:
            raise InputError(f"{source}: {exc.strerror}") from exc
        with stream:
            yield from _read_stream(source, stream)
