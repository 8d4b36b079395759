"""The `holdrules` command: evaluate JSONL exports, list rules, print the input schema.

User errors (a bad path, a malformed line) are reported as `file:line: field: problem`
on stderr, never as a traceback; the rest of the input is still evaluated, and the
exit status says whether anything was rejected:

    0  everything read and evaluated
    1  some lines were rejected (the others were evaluated and reported)
    2  the command itself could not run (bad arguments, unreadable path)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from holdrules import __version__
from holdrules.detectors.base import Detector
from holdrules.engine import AccountReport, Engine
from holdrules.ingest import Accepted, InputError, Rejected, read_activities
from holdrules.records import input_json_schema

__all__ = ["main"]

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2


class Progress:
    """A one-line counter on stderr, shown only when stderr is a terminal."""

    def __init__(self, stream: TextIO, *, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled and stream.isatty()
        self.accepted = 0
        self.rejected = 0

    def tick(self, *, rejected: bool = False) -> None:
        if rejected:
            self.rejected += 1
        else:
            self.accepted += 1
        if self.enabled and (self.accepted + self.rejected) % 200 == 0:
            self.stream.write(f"\r{self.accepted} accounts evaluated, {self.rejected} rejected")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and (self.accepted + self.rejected) >= 200:
            self.stream.write("\r" + " " * 60 + "\r")
            self.stream.flush()


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """Stdout, or a file that appears only once complete (written beside, then renamed)."""
    if path is None:
        yield sys.stdout
        return
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent or Path("."), prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            yield stream
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _table_row(report: AccountReport) -> tuple[str, ...]:
    codes = sorted({f.code for f in report.findings})
    return (report.account_id, str(len(report.findings)), ", ".join(codes) or "-")


TABLE_HEADER = ("account", "findings", "codes")


def _write_table(rows: Sequence[Sequence[str]], header: Sequence[str], out: TextIO) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(header)]
    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
    out.write(line(header) + "\n")
    out.write(line(["-" * w for w in widths]) + "\n")
    for row in rows:
        out.write(line(row) + "\n")


def _evaluate_one(engine: Engine, item: Accepted) -> AccountReport | None:
    """Evaluate one account; a detector bug is reported with its place, not raised,
    so one odd record cannot stop a batch of millions."""
    try:
        return engine.evaluate(item.activity)
    except Exception as exc:
        print(f"{item.source}:{item.line}: account {item.activity.account_id}: internal error "
              f"({type(exc).__name__}: {exc}); please report it", file=sys.stderr)
        return None


def _evaluate(args: argparse.Namespace, engine: Engine) -> int:
    progress = Progress(sys.stderr, enabled=not args.quiet)
    rejected = 0
    rows: list[tuple[str, ...]] = []
    total_findings = 0
    with _output(args.output) as out:
        for item in read_activities(args.paths):
            if isinstance(item, Rejected):
                rejected += 1
                progress.tick(rejected=True)
                print(item.describe(), file=sys.stderr)
                continue
            report = _evaluate_one(engine, item)
            if report is None:
                rejected += 1
                progress.tick(rejected=True)
                continue
            progress.tick()
            total_findings += len(report.findings)
            if args.format == "json":
                out.write(json.dumps(report.model_dump(mode="json"), ensure_ascii=False) + "\n")
            else:
                rows.append(_table_row(report))
        progress.close()
        if args.format == "table":
            _write_table(rows, TABLE_HEADER, out)
            out.write(f"\n{len(rows)} accounts evaluated, {total_findings} findings, "
                      f"{rejected} lines rejected\n")
    if rejected:
        print(f"holdrules: {rejected} line(s) rejected; the rest were evaluated",
              file=sys.stderr)
        return EXIT_REJECTED
    return EXIT_OK


def _rules(args: argparse.Namespace, engine: Engine) -> int:
    if args.format == "json":
        for rule in engine.rules:
            print(json.dumps(rule.model_dump(mode="json"), ensure_ascii=False))
        return EXIT_OK
    rows = [(r.code, r.name, str(r.violation), str(r.severity), r.summary) for r in engine.rules]
    _write_table(rows, ("code", "name", "violation", "severity", "summary"), sys.stdout)
    return EXIT_OK


def _schema(args: argparse.Namespace, engine: Engine) -> int:
    print(json.dumps(input_json_schema(), indent=2))
    return EXIT_OK


def _docs(args: argparse.Namespace, engine: Engine) -> int:
    from holdrules.docs import check_pages, write_pages

    detector_types: list[type[Detector]] = [type(d) for d in engine.detectors]
    out_dir = Path(args.out)
    if args.check:
        problems = check_pages(detector_types, out_dir)
        for problem in problems:
            print(problem, file=sys.stderr)
        return EXIT_REJECTED if problems else EXIT_OK
    for path in write_pages(detector_types, out_dir):
        print(path)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="holdrules",
        description="Find marketplace Terms-of-Service violations in account records.",
    )
    parser.add_argument("--version", action="version", version=f"holdrules {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    evaluate = sub.add_parser("evaluate", help="evaluate JSONL files or folders of them")
    evaluate.add_argument("paths", nargs="+", metavar="PATH",
                          help="a .jsonl file (one AccountActivity per line), a folder, or -")
    evaluate.add_argument("--format", choices=("table", "json"), default="table")
    evaluate.add_argument("-o", "--output", help="write here instead of stdout (atomically)")
    evaluate.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    evaluate.set_defaults(handler=_evaluate)

    rules = sub.add_parser("rules", help="list every rule code with its summary")
    rules.add_argument("--format", choices=("table", "json"), default="table")
    rules.set_defaults(handler=_rules)

    schema = sub.add_parser("schema", help="print the JSON Schema of one input line")
    schema.set_defaults(handler=_schema)

    docs = sub.add_parser("docs", help="generate docs/rules pages from the rules' metadata")
    docs.add_argument("--out", default="docs/rules")
    docs.add_argument("--check", action="store_true", help="fail if pages are missing or stale")
    docs.set_defaults(handler=_docs)
    return parser


def main(argv: Sequence[str] | None = None, *, engine: Engine | None = None) -> int:
    """Entry point; returns the exit status instead of exiting, for tests."""
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace, Engine], int] = args.handler
    try:
        return handler(args, engine or Engine.default())
    except InputError as exc:
        print(f"holdrules: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # `holdrules evaluate ... | head` is normal use, not an error.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
