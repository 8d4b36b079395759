"""Benchmarks for holdrules: one command, figures as ratios to a plain `re` pass.

Run `python -m benchmarks.run --help` from the repository root; see README.md here.
"""
