"""The policy as data: every threshold the decisions and Top Rated status read.

Trust-and-safety teams change these values weekly, so they live in a versioned TOML
file (`holdrules/data/policy.toml` is the default and documents every knob), not in
code. A policy file may start from the default with `extends = "default"` and change
only what it means to change; the diff of two weekly files then reads as the change.

Loading is strict: an unknown key, a missing violation or an inconsistent threshold
is a `PolicyError` that names the key, because a typo in a policy silently falling
back to a default would hold (or fail to hold) real accounts.
"""

from __future__ import annotations

import functools
import hashlib
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from holdrules.findings import Severity, Violation
from holdrules.records import HoldKind, RecordKind

__all__ = [
    "VIOLATION_CODE_PREFIX",
    "Action",
    "BadgeBarRule",
    "BadgePolicy",
    "Policy",
    "PolicyError",
    "TopRatedPolicy",
    "ViolationPolicy",
]

VIOLATION_CODE_PREFIX: dict[Violation, str] = {
    Violation.IDENTITY: "IDN",
    Violation.OFF_PLATFORM_PAYMENT: "PAY",
    Violation.NON_PERFORMANCE: "PRF",
    Violation.MULTIPLE_ACCOUNTS: "ACC",
    Violation.CONTACT_SHARING: "CON",
    Violation.SPAM_HARASSMENT: "SPM",
    Violation.FEEDBACK_ABUSE: "FBK",
}

RuleCode = Annotated[str, Field(pattern=r"^(IDN|PAY|PRF|ACC|CON|SPM|FBK)\d{3}$")]
Days = Annotated[int, Field(ge=1, le=3660)]
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]


class Action(StrEnum):
    """What the platform does; ordered by `rank` from most to least lenient."""

    NONE = "none"
    WARN = "warn"
    REVIEW = "review"
    HOLD = "hold"

    @property
    def rank(self) -> int:
        return _ACTION_RANK[self]


_ACTION_RANK = {Action.NONE: 0, Action.WARN: 1, Action.REVIEW: 2, Action.HOLD: 3}


class PolicyError(ValueError):
    """A policy file that cannot be used; the message names the offending key."""


class _Knobs(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ViolationPolicy(_Knobs):
    """How findings of one violation count, escalate, and what a hold for it means.

    Counting: a finding counts when its severity is at least `min_severity`, its
    confidence at least `min_confidence`, and it happened within the last
    `window_days` days. Each earlier hold for this violation placed within the last
    `prior_hold_lookback_days` days adds one to the count, so a repeat after a hold
    escalates even when the old findings have left the window.

    Escalation: `warn_at` occasions warn, `hold_at` hold (either may be omitted to
    never take that step). Counted findings in the same record (one message, one
    profile) are one occasion: two links in one profile are not a repeat. A counted
    finding whose code is in `hold_immediately_codes`, or whose severity reaches
    `hold_immediately_min_severity`, holds at once.

    Human review instead of an automatic action: findings whose code is in
    `review_codes`, and findings whose confidence is at least
    `review_min_confidence` but below `min_confidence`, send the account to review.
    """

    min_severity: Severity = Severity.LOW
    min_confidence: Confidence = 0.5
    review_min_confidence: Confidence | None = None
    window_days: Days = 30
    warn_at: Annotated[int, Field(ge=1)] | None = None
    hold_at: Annotated[int, Field(ge=1)] | None = None
    prior_hold_lookback_days: Annotated[int, Field(ge=0, le=3660)] = 365
    hold_immediately_codes: tuple[RuleCode, ...] = ()
    hold_immediately_min_severity: Severity | None = None
    review_codes: tuple[RuleCode, ...] = ()
    hold_kind: HoldKind = HoldKind.POLICY_VIOLATION
    reversible: bool = True
    resume_steps: tuple[str, ...] = ()
    summary: Annotated[str, Field(min_length=1)]
    why: Annotated[str, Field(min_length=1)]

    @model_validator(mode="after")
    def _thresholds_consistent(self) -> Self:
        if self.warn_at is not None and self.hold_at is not None and self.warn_at > self.hold_at:
            raise ValueError(f"warn_at ({self.warn_at}) must not exceed hold_at ({self.hold_at})")
        floor = self.review_min_confidence
        if floor is not None and floor > self.min_confidence:
            raise ValueError(
                f"review_min_confidence ({floor}) must not exceed "
                f"min_confidence ({self.min_confidence})"
            )
        both = set(self.hold_immediately_codes) & set(self.review_codes)
        if both:
            raise ValueError(
                f"codes {sorted(both)} are in both hold_immediately_codes and review_codes"
            )
        return self


class TopRatedPolicy(_Knobs):
    """The marketplace's published Top Rated criteria, as values.

    `min_days_since_first_project` is strict ("more than 90 days ago");
    `hold_cooldown_days` follows the window convention of `policy_time`: a hold
    resumed on day D keeps the account ineligible until day D + 90.
    """

    min_job_success_score: Annotated[float, Field(ge=0, le=100)] = 90.0
    min_weeks_meeting_score: Annotated[int, Field(ge=0, le=16)] = 13
    min_days_since_first_project: Annotated[int, Field(ge=0)] = 90
    min_earnings_12m: Annotated[Decimal, Field(ge=0)] = Decimal(1000)
    min_earnings_12m_agency: Annotated[Decimal, Field(ge=0)] = Decimal(10000)
    min_profile_completeness: Annotated[int, Field(ge=0, le=100)] = 100
    availability_max_age_days: Days = 90
    activity_window_days: Days = 90
    hold_cooldown_days: Days = 90


class BadgeBarRule(_Knobs):
    """Findings of `violation` that remove every badge and bar earning them again.

    Counted findings on `min_occasions` occasions (separate records) within
    `window_days` days trigger the bar, dated on the occasion that completed the
    count; with `codes`, only findings with one of those codes count. A hold for the
    violation triggers it too when `holds_trigger` is set, dated on the day the hold
    was placed.
    """

    violation: Violation
    min_occasions: Annotated[int, Field(ge=1)] = 1
    window_days: Days = 90
    codes: tuple[RuleCode, ...] = ()
    holds_trigger: bool = True

    @model_validator(mode="after")
    def _codes_match_violation(self) -> Self:
        prefix = VIOLATION_CODE_PREFIX[self.violation]
        for code in self.codes:
            if not code.startswith(prefix):
                raise ValueError(f"code {code} is not a {prefix} code")
        return self


class BadgePolicy(_Knobs):
    bar_months: Annotated[int, Field(ge=1, le=120)] = 6
    rules: tuple[BadgeBarRule, ...] = ()


class Policy(_Knobs):
    """A complete, versioned policy. Build with `load`, `from_toml` or `default`."""

    version: Annotated[str, Field(min_length=1)]
    time_zone: str = "UTC"
    hold_kind_priority: tuple[HoldKind, ...] = tuple(HoldKind)
    ongoing_record_kinds: tuple[RecordKind, ...] = (RecordKind.PROFILE,)
    resume_steps: Mapping[str, Annotated[str, Field(min_length=1)]] = {}
    violations: Mapping[Violation, ViolationPolicy]
    top_rated: TopRatedPolicy = TopRatedPolicy()
    badges: BadgePolicy = BadgePolicy()

    @model_validator(mode="after")
    def _references_resolve(self) -> Self:
        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"time_zone {self.time_zone!r} is not an IANA time zone") from None
        missing = [v.value for v in Violation if v not in self.violations]
        if missing:
            raise ValueError(f"violations: no section for {', '.join(missing)}")
        if set(self.hold_kind_priority) != set(HoldKind):
            absent = sorted(set(HoldKind) - set(self.hold_kind_priority))
            raise ValueError(f"hold_kind_priority must list every hold kind; missing {absent}")
        for violation, knobs in self.violations.items():
            where = f"violations.{violation.value}"
            prefix = VIOLATION_CODE_PREFIX[violation]
            for code in (*knobs.hold_immediately_codes, *knobs.review_codes):
                if not code.startswith(prefix):
                    raise ValueError(f"{where}: code {code} is not a {prefix} code")
            for step in knobs.resume_steps:
                if step not in self.resume_steps:
                    raise ValueError(f"{where}.resume_steps: {step!r} is not in [resume_steps]")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @functools.cached_property
    def digest(self) -> str:
        """Hash of every knob: two files with the same `version` but different values
        still give different decision ids."""
        return hashlib.sha256(self.model_dump_json().encode("utf-8")).hexdigest()[:16]

    def for_violation(self, violation: Violation) -> ViolationPolicy:
        return self.violations[violation]

    @classmethod
    def from_toml(cls, text: str, *, source: str = "<policy>") -> Policy:
        """Parse and validate a policy; `source` names the file in error messages."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise PolicyError(f"{source}: not valid TOML: {error}") from None
        return cls.from_mapping(data, source=source)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, source: str = "<policy>") -> Policy:
        """Validate parsed TOML; `extends = "default"` merges it over the default first."""
        data = dict(data)
        base = data.pop("extends", None)
        if base is not None:
            if base != "default":
                raise PolicyError(f"{source}: extends: only \"default\" is supported, not {base!r}")
            data = _deep_merge(_default_mapping(), data)
        try:
            return cls.model_validate(data)
        except ValidationError as error:
            raise PolicyError(_describe(error, source)) from None

    @classmethod
    def load(cls, path: str | Path) -> Policy:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise PolicyError(f"{path}: cannot read policy: {error.strerror}") from None
        return cls.from_toml(text, source=str(path))

    @classmethod
    def default(cls) -> Policy:
        """The packaged default policy, parsed on first use and cached."""
        return _default_policy()


def _describe(error: ValidationError, source: str) -> str:
    lines = [f"{source}: invalid policy"]
    for problem in error.errors():
        key = ".".join(str(part) for part in problem["loc"] if part != "[key]")
        message = problem["msg"].removeprefix("Value error, ")
        if problem["type"] == "extra_forbidden":
            message = "unknown key (check the spelling against the default policy.toml)"
        lines.append(f"  {key or '(top level)'}: {message}")
    return "\n".join(lines)


def _deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        current = merged.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            merged[key] = _deep_merge(current, value)
        else:
            merged[key] = value
    return merged


def _default_text() -> str:
    return (Path(__file__).parent / "data" / "policy.toml").read_text(encoding="utf-8")


def _default_mapping() -> dict[str, Any]:
    return tomllib.loads(_default_text())


@functools.cache
def _default_policy() -> Policy:
    return Policy.from_toml(_default_text(), source="holdrules/data/policy.toml")
