"""Generate `docs/rules/CODE.md` from detector metadata, so docs cannot drift.

Each page follows Ruff's shape: what the rule finds, why the policy forbids it, a
violating example, an allowed look-alike, and the detector's configuration (read from
its pydantic config model, so an option named in the docs always exists).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from holdrules.detectors.base import Detector
from holdrules.findings import Rule

__all__ = ["REQUIRED_SECTIONS", "check_pages", "render_index", "render_rule_page", "write_pages"]

REQUIRED_SECTIONS = (
    "## What it finds",
    "## Why the policy forbids it",
    "## Example",
    "## Allowed look-alike",
    "## Configuration",
)


def _fence(text: str) -> str:
    return "```text\n" + text.rstrip("\n") + "\n```"


def _default_repr(value: object) -> str:
    if isinstance(value, tuple | list | frozenset | set) and len(value) > 6:
        shown = ", ".join(repr(v) for v in list(value)[:6])
        return f"[{shown}, … ({len(value)} items)]"
    return repr(value)


def config_table(model: type[BaseModel]) -> str:
    """A markdown table of a config model's options, defaults and descriptions."""
    fields = model.model_fields
    if not fields:
        return "This detector has no options."
    rows = ["| option | default | meaning |", "| --- | --- | --- |"]
    for name, info in fields.items():
        if info.default is not PydanticUndefined:
            default = _default_repr(info.default)
        elif info.default_factory is not None:
            default = "(computed)"
        else:
            default = "(required)"
        meaning = (info.description or "").replace("|", "\\|").replace("\n", " ")
        rows.append(f"| `{name}` | `{default}` | {meaning} |")
    return "\n".join(rows)


def render_rule_page(rule: Rule, detector: type[Detector]) -> str:
    """The markdown page of one rule."""
    return "\n".join(
        [
            f"# {rule.code} `{rule.name}`",
            "",
            f"Violation: `{rule.violation}` · default severity: `{rule.severity}` · "
            f"detector: `{detector.__name__}`",
            "",
            "## What it finds",
            "",
            rule.summary,
            "",
            "## Why the policy forbids it",
            "",
            rule.why,
            "",
            "## Example",
            "",
            _fence(rule.example),
            "",
            "## Allowed look-alike",
            "",
            _fence(rule.allowed),
            "",
            "## Configuration",
            "",
            f"Options of `{detector.config_model.__name__}`:",
            "",
            config_table(detector.config_model),
            "",
        ]
    )


def render_index(detectors: Sequence[type[Detector]]) -> str:
    rows = ["# Rules", "", "| code | name | violation | summary |", "| --- | --- | --- | --- |"]
    pairs = sorted(((r, d) for d in detectors for r in d.rules), key=lambda p: p[0].code)
    for rule, _ in pairs:
        rows.append(f"| [{rule.code}]({rule.code}.md) | `{rule.name}` | {rule.violation} | "
                    f"{rule.summary} |")
    return "\n".join(rows) + "\n"


def expected_pages(detectors: Sequence[type[Detector]]) -> dict[str, str]:
    """File name → content for every page the detectors call for."""
    pages = {"index.md": render_index(detectors)}
    for detector in detectors:
        for rule in detector.rules:
            pages[f"{rule.code}.md"] = render_rule_page(rule, detector)
    return pages


def write_pages(detectors: Sequence[type[Detector]], out_dir: Path) -> list[Path]:
    """Write every page, removing none; returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in expected_pages(detectors).items():
        path = out_dir / name
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


def check_pages(detectors: Sequence[type[Detector]], out_dir: Path) -> list[str]:
    """Problems that make the committed pages stale; empty when they are current."""
    problems = []
    pages = expected_pages(detectors)
    for name, content in pages.items():
        path = out_dir / name
        if not path.exists():
            problems.append(f"{path}: missing")
        elif path.read_text(encoding="utf-8") != content:
            problems.append(f"{path}: stale (run `holdrules docs`)")
    for path in sorted(out_dir.glob("*.md")):
        if path.name not in pages:
            problems.append(f"{path}: no rule has this code")
    return problems
