"""The `holdrules` command: evaluate JSONL exports, list rules, print the input schema.

User errors (a bad path, a malformed line) are reported as `file:line: field: problem`
on stderr, never as a traceback; the rest of the input is still evaluated, and the
exit status says whether anything was rejected:

    0  everything read and evaluated
    1  some lines were rejected (the others were evaluated and reported)
    2  the command itself could not run (bad arguments, unreadable path, unusable ledger)

With `evaluate --ledger FILE`, each account's hold history is read from the ledger
before it is decided and the decision is applied to the ledger right after (see
`_LedgerRun`); `--dry-run` reads the history and writes nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, TextIO

from holdrules import __version__
from holdrules.detectors.base import Detector
from holdrules.engine import AccountReport, Engine
from holdrules.ingest import Accepted, InputError, Rejected, read_activities
from holdrules.ledger import HoldLedger, LedgerError
from holdrules.policy import HoldDecision, Policy, PolicyError
from holdrules.records import AccountActivity, HoldRecord, input_json_schema

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
    return (report.account_id, str(len(report.findings)), ", ".join(codes) or "-",
            _decision_cell(report), _top_rated_cell(report))


def _decision_cell(report: AccountReport) -> str:
    decision = report.decision
    if decision is None:
        return "-"
    if decision.hold_kind is not None:
        return f"{decision.action.value} ({decision.hold_kind.value})"
    if decision.holds_in_force:
        return f"{decision.action.value} (on hold)"
    return decision.action.value


def _top_rated_cell(report: AccountReport) -> str:
    status = report.top_rated
    if status is None:
        return "-"
    if not status.applicable:
        return "n/a (client)"
    if status.eligible:
        return "eligible"
    unmet = [c.name for c in status.criteria if not c.met]
    words = "inactive" if status.inactive else "not eligible"
    words += f": {unmet[0]}" + (f" +{len(unmet) - 1}" if len(unmet) > 1 else "")
    if status.eligible_again_on is not None:
        words += f" (standing clears {status.eligible_again_on})"
    return words


def _explanation(report: AccountReport) -> str:
    """Reasons and notice for one account whose decision is not `none`."""
    decision = report.decision
    if decision is None:
        return ""
    lines = [f"== {report.account_id}: {_decision_cell(report)}"]
    lines.extend(f"   reason: {r.detail}" for r in decision.reasons if r.action.value != "none")
    if report.top_rated is not None and report.top_rated.applicable:
        unmet = [f"{c.name} ({c.figure}; needs {c.threshold})"
                 for c in report.top_rated.criteria if not c.met]
        lines.append("   top rated: " + ("eligible" if not unmet else "unmet " + "; ".join(unmet)))
    lines.append("")
    lines.extend(f"   {line}" if line else "" for line in decision.notice.splitlines())
    return "\n".join(lines) + "\n"


TABLE_HEADER = ("account", "findings", "codes", "decision", "top rated")


def _parse_as_of(text: str, policy: Policy) -> datetime | None:
    """`latest` (each account's newest record), `today` (the clock, read once here),
    a date (the end of that day in the policy's time zone) or an aware ISO datetime."""
    if text == "latest":
        return None
    if text == "today":
        text = datetime.now(policy.zone).date().isoformat()
    try:
        day = date.fromisoformat(text)
    except ValueError:
        pass
    else:
        return datetime.combine(day, time.max, tzinfo=policy.zone)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(f"--as-of {text!r}: expected latest, today, YYYY-MM-DD or an "
                         "ISO datetime with a time zone") from None
    if moment.tzinfo is None:
        raise InputError(f"--as-of {text!r}: a datetime needs a time zone, e.g. "
                         f"{text}Z") from None
    return moment.astimezone(UTC)


def _load_policy(path: str | None) -> Policy:
    return Policy.default() if path is None else Policy.load(path)


def _write_table(rows: Sequence[Sequence[str]], header: Sequence[str], out: TextIO) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(header)]
    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
    out.write(line(header) + "\n")
    out.write(line(["-" * w for w in widths]) + "\n")
    for row in rows:
        out.write(line(row) + "\n")


class LedgerUnusableError(InputError):
    """The ledger cannot be opened, read or written at all: the run stops (status 2).

    Every account applied before the failure stays applied (one transaction each), and
    running the same command again finishes the rest without repeating any of it.
    """


@dataclass
class _LedgerRun:
    """The ledger side of one `evaluate --ledger` run.

    Semantics, per account, in input order:
    - Before deciding, the history is `HoldLedger.history_as_of(account, as_of)`: the
      holds as they stood just before the account's `as_of` (holds placed at `as_of`
      or later, and resumptions after it, are not yet known then).
    - After deciding, `HoldLedger.apply(decision)` records the decision and, for a
      hold not already covered by one in force, places it: one transaction, so a
      crash leaves each account either fully applied or untouched.
    - Re-running on the same data with the same `--as-of` sees the same history,
      reaches the same `decision_id`, and `apply` finds that decision (and its hold)
      already recorded: nothing is added. Rejected lines and accounts a detector
      failed on have no decision and write nothing.
    - With `dry_run`, the ledger is opened read-only (a missing one reads as empty
      and is not created) and nothing is applied.
    """

    path: Path
    ledger: HoldLedger | None
    dry_run: bool
    used: tuple[HoldRecord, ...] = ()
    decisions: int = 0
    new_decisions: int = 0
    holds_placed: int = 0

    def history_at(self, account_id: str, as_of: datetime) -> Sequence[HoldRecord]:
        """The history the engine decides with; kept for the report of this account."""
        if self.ledger is None:
            self.used = ()
        else:
            try:
                self.used = tuple(self.ledger.history_as_of(account_id, as_of))
            except sqlite3.Error as exc:
                raise LedgerUnusableError(f"--ledger {self.path}: cannot read the history of "
                                     f"{account_id}: {exc}") from exc
        return self.used

    def apply(self, decision: HoldDecision, place: str) -> dict[str, Any] | None:
        """Apply `decision` (unless dry run); what was read and written, as JSON.

        None when the ledger refuses this one decision (a clashing hold id, say): that
        is said on stderr with its place and the run goes on with the next account.
        """
        outcome: dict[str, Any] = {
            "path": str(self.path),
            "history": [h.model_dump(mode="json") for h in self.used],
            "written": "dry_run",
            "hold": None,
        }
        self.decisions += 1
        if self.dry_run or self.ledger is None:
            return outcome
        try:
            # Read first only to say whether this is a re-run; `apply` itself is what
            # keeps the ledger free of duplicates, whatever happens in between.
            known = self.ledger.has_decision(decision.decision_id)
            hold = self.ledger.apply(decision)
        except LedgerError as exc:
            print(f"{place}: account {decision.account_id}: the ledger refused the decision "
                  f"({exc}); nothing was written for it", file=sys.stderr)
            return None
        except sqlite3.Error as exc:
            raise LedgerUnusableError(f"--ledger {self.path}: cannot apply the decision for "
                                 f"{place}: {exc}; the accounts before it are applied, "
                                 "and running again finishes the rest") from exc
        if not known:
            self.new_decisions += 1
            if hold is not None:
                self.holds_placed += 1
        outcome["written"] = "already_recorded" if known else "new"
        outcome["hold"] = None if hold is None else hold.model_dump(mode="json")
        return outcome

    def summary(self) -> str:
        if self.dry_run:
            return (f"ledger {self.path}: dry run, history read for {self.decisions} "
                    "accounts, nothing written")
        return (f"ledger {self.path}: {self.decisions} decisions applied "
                f"({self.new_decisions} new), {self.holds_placed} holds placed")


@contextmanager
def _ledger_run(path: str | None, *, dry_run: bool) -> Iterator[_LedgerRun | None]:
    """The ledger for this run, open for its whole length, or None without `--ledger`."""
    if path is None:
        if dry_run:
            raise InputError("--dry-run needs --ledger FILE (the ledger it would write)")
        yield None
        return
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise LedgerUnusableError(f"--ledger {path}: folder {folder} does not exist (the ledger "
                             "file is created on first use, its folder is not)")
    if target.is_dir():
        raise LedgerUnusableError(f"--ledger {path}: is a folder, not a ledger file")
    ledger: HoldLedger | None = None
    try:
        if not dry_run:
            ledger = HoldLedger(target)
        elif target.exists():
            ledger = HoldLedger.open_read_only(target)
    except (sqlite3.Error, LedgerError) as exc:
        raise LedgerUnusableError(f"--ledger {path}: cannot open: {exc}") from exc
    if dry_run and ledger is None:
        print(f"holdrules: --ledger {path} does not exist yet; the dry run reads no history",
              file=sys.stderr)
    try:
        yield _LedgerRun(target, ledger, dry_run)
    finally:
        if ledger is not None:
            ledger.close()


def _evaluate_one(
    engine: Engine, item: Accepted, ledger: _LedgerRun | None = None
) -> AccountReport | None:
    """Evaluate one account; a detector bug is reported with its place, not raised,
    so one odd record cannot stop a batch of millions."""
    try:
        return engine.evaluate(item.activity,
                               history_at=None if ledger is None else ledger.history_at)
    except LedgerUnusableError:
        raise
    except Exception as exc:
        print(f"{item.source}:{item.line}: account {item.activity.account_id}: internal error "
              f"({type(exc).__name__}: {exc}); please report it", file=sys.stderr)
        return None


def _evaluate(args: argparse.Namespace, engine: Engine) -> int:
    policy = _load_policy(args.policy)
    engine = engine.with_policy(policy, as_of=_parse_as_of(args.as_of, policy))
    progress = Progress(sys.stderr, enabled=not args.quiet)
    explanations: list[str] = []
    rejected = 0
    rows: list[tuple[str, ...]] = []
    total_findings = 0
    with _ledger_run(args.ledger, dry_run=args.dry_run) as ledger, _output(args.output) as out:
        for item in read_activities(args.paths):
            if isinstance(item, Rejected):
                rejected += 1
                progress.tick(rejected=True)
                print(item.describe(), file=sys.stderr)
                continue
            report = _evaluate_one(engine, item, ledger)
            if report is None:
                rejected += 1
                progress.tick(rejected=True)
                continue
            applied = None
            if ledger is not None and report.decision is not None:
                applied = ledger.apply(report.decision, f"{item.source}:{item.line}")
                if applied is None:
                    rejected += 1
                    progress.tick(rejected=True)
                    continue
            progress.tick()
            total_findings += len(report.findings)
            if args.format == "json":
                line = report.model_dump(mode="json")
                if applied is not None:
                    line["ledger"] = applied
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
            else:
                rows.append(_table_row(report))
                if args.explain and report.decision and report.decision.action.value != "none":
                    explanations.append(_explanation(report))
        progress.close()
        if args.format == "table":
            _write_table(rows, TABLE_HEADER, out)
            if explanations:
                out.write("\n" + "\n".join(explanations))
            out.write(f"\n{len(rows)} accounts evaluated, {total_findings} findings, "
                      f"{rejected} lines rejected\n")
            if ledger is not None:
                out.write(ledger.summary() + "\n")
    if rejected:
        print(f"holdrules: {rejected} line(s) rejected; the rest were evaluated",
              file=sys.stderr)
        return EXIT_REJECTED
    return EXIT_OK


def _diff(args: argparse.Namespace, engine: Engine) -> int:
    from holdrules.backtest import compare, format_report

    if len(args.policy) != 2:
        raise InputError("diff needs exactly two --policy files: the old one, then the new one")
    old, new = (Policy.load(path) for path in args.policy)
    as_of = _parse_as_of(args.as_of, new)
    rejected = 0

    def accepted() -> Iterator[AccountActivity]:
        nonlocal rejected
        for item in read_activities(args.paths):
            if isinstance(item, Rejected):
                rejected += 1
                print(item.describe(), file=sys.stderr)
            else:
                yield item.activity

    report = compare(accepted(), old, new, findings_for=engine.findings_for, as_of=as_of,
                     rules={r.code: r for r in engine.rules})
    if args.format == "json":
        for change in report.changes:
            print(json.dumps(change.model_dump(mode="json"), ensure_ascii=False))
    else:
        print(format_report(report))
    if rejected:
        print(f"holdrules: {rejected} line(s) rejected; the rest were compared", file=sys.stderr)
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
    evaluate.add_argument("--policy", metavar="FILE",
                          help="policy TOML (default: the packaged holdrules/data/policy.toml)")
    evaluate.add_argument("--as-of", default="latest", metavar="WHEN",
                          help="judge as of: latest (each account's newest record, the "
                          "default), today, YYYY-MM-DD (end of day) or an ISO datetime")
    evaluate.add_argument("--explain", action="store_true",
                          help="after the table, print reasons and the notice for every "
                          "account with an action")
    evaluate.add_argument("--ledger", metavar="FILE.sqlite",
                          help="hold ledger: read each account's hold history before "
                          "deciding, then record the decision and any new hold (created "
                          "if missing; re-running with the same data and --as-of adds "
                          "nothing)")
    evaluate.add_argument("--dry-run", action="store_true",
                          help="with --ledger: read the history, write nothing")
    evaluate.set_defaults(handler=_evaluate)

    diff = sub.add_parser("diff", help="backtest: accounts whose decision changes between "
                          "two policies, and why")
    diff.add_argument("--policy", action="append", required=True, metavar="FILE",
                      help="give twice: the old policy, then the new one")
    diff.add_argument("paths", nargs="+", metavar="PATH", help="JSONL files or folders, or -")
    diff.add_argument("--as-of", default="latest", metavar="WHEN",
                      help="as for evaluate (default: each account's newest record)")
    diff.add_argument("--format", choices=("table", "json"), default="table")
    diff.set_defaults(handler=_diff)

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
    except (InputError, PolicyError) as exc:
        print(f"holdrules: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # `holdrules evaluate ... | head` is normal use, not an error.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
