"""Where a text detector spends its time on the benchmark corpus (cProfile, top functions).

    python -m benchmarks.hotspots contact [--group clean] [--messages 2000] [--top 15]

The companion of `benchmarks.run`: once a ratio there is over budget, this shows which
functions to look at. Records are built before profiling, so only `detect` is measured.
Groups are the ones `benchmarks.run` reports (a label, or `ascii_no_digit_no_at`).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # `python benchmarks/hotspots.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import DEFAULT_SEED, generate
from benchmarks.run import Ours, message_groups, prebuilt_activities

__all__ = ["main", "profile_detector"]


def profile_detector(key: str, texts: Sequence[str], top: int = 15) -> str:
    """cProfile's top `top` functions by own time for detector `key` over `texts`."""
    ours = Ours.load()
    cls = {"contact": ours.contact_cls, "payment": ours.payment_cls}[key]
    if cls is None:
        return f"{key} detector skipped: {ours.notes[key]}"
    detector = cls()
    activities = prebuilt_activities(texts)
    for activity in activities:  # warm-up: lazy word lists and compiled patterns
        detector.detect(activity)
    profiler = cProfile.Profile()
    profiler.enable()
    for activity in activities:
        detector.detect(activity)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hotspots",
                                     description="cProfile a text detector on the corpus.")
    parser.add_argument("detector", choices=["contact", "payment"])
    parser.add_argument("--group", default="all",
                        help="all, a label (clean, plain_contact, ...) or ascii_no_digit_no_at")
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    samples = generate(args.messages, seed=args.seed)
    if args.group == "all":
        texts = [s.text for s in samples]
    else:
        groups = message_groups(samples)
        if args.group not in groups:
            parser.error(f"--group must be all or one of {', '.join(groups)}")
        texts = groups[args.group]
    print(f"{args.detector} detector over {len(texts)} messages ({args.group})")
    print(profile_detector(args.detector, texts, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
