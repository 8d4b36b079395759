"""Loading policies: the default, overrides by `extends`, and files with errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from holdrules.findings import Violation
from holdrules.policy import Policy, PolicyError
from holdrules.records import HoldKind
from tests.test_policy_factories import POLICIES


def test_default_policy_is_cached_and_complete() -> None:
    policy = Policy.default()
    assert Policy.default() is policy
    assert set(policy.violations) == set(Violation)
    for knobs in policy.violations.values():
        assert knobs.resume_steps, "every hold must say how to resume"
        assert knobs.warn_at is not None or knobs.hold_at is not None


def test_default_policy_escalation_matches_the_published_rules() -> None:
    policy = Policy.default()
    contact = policy.for_violation(Violation.CONTACT_SHARING)
    assert (contact.warn_at, contact.hold_at) == (1, 2)
    identity = policy.for_violation(Violation.IDENTITY)
    assert identity.hold_at == 1
    assert identity.hold_kind is HoldKind.IDENTITY_VERIFICATION
    assert policy.top_rated.hold_cooldown_days == 90
    assert policy.badges.bar_months == 6


def test_extends_default_changes_only_what_the_file_names() -> None:
    strict = Policy.load(POLICIES / "contact_strict.toml")
    default = Policy.default()
    assert strict.version == "2026-12-02-contact-strict"
    assert strict.for_violation(Violation.CONTACT_SHARING).hold_at == 1
    contact_default = default.for_violation(Violation.CONTACT_SHARING)
    assert strict.for_violation(Violation.CONTACT_SHARING).summary == contact_default.summary
    assert strict.for_violation(Violation.IDENTITY) == default.for_violation(Violation.IDENTITY)
    assert strict.top_rated == default.top_rated


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bad_typo.toml", "violations.contact_sharing.hold_att: unknown key"),
        ("bad_thresholds.toml", "violations.contact_sharing: warn_at (3) must not exceed"),
        ("bad_missing_violation.toml", "no section for off_platform_payment"),
        ("bad_time_zone.toml", "time_zone 'Mars/Olympus_Mons' is not an IANA time zone"),
        ("bad_resume_step.toml",
         "violations.spam_harassment.resume_steps: 'apologise_publicly' is not in"),
        ("bad_code_prefix.toml", "violations.contact_sharing: code PAY001 is not a CON code"),
        ("bad_confidence.toml", "violations.identity.min_confidence: Input should be less"),
        ("bad_syntax.toml", "not valid TOML"),
        ("bad_extends.toml", "extends: only \"default\" is supported"),
    ],
)
def test_invalid_policy_files_name_the_key(name: str, expected: str) -> None:
    with pytest.raises(PolicyError) as raised:
        Policy.load(POLICIES / name)
    message = str(raised.value)
    assert expected in message
    assert name in message


def test_missing_file_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read policy"):
        Policy.load(tmp_path / "absent.toml")


def test_every_test_policy_is_either_valid_or_named_bad() -> None:
    for path in sorted(POLICIES.glob("*.toml")):
        if path.name.startswith("bad_"):
            with pytest.raises(PolicyError):
                Policy.load(path)
        else:
            Policy.load(path)


def test_review_and_immediate_codes_cannot_overlap() -> None:
    text = """
extends = "default"
version = "overlap"
[violations.off_platform_payment]
hold_immediately_codes = ["PAY002"]
review_codes = ["PAY002"]
"""
    with pytest.raises(PolicyError, match="in both hold_immediately_codes and review_codes"):
        Policy.from_toml(text)


def test_review_floor_must_not_exceed_the_counting_floor() -> None:
    text = """
extends = "default"
version = "floors"
[violations.contact_sharing]
min_confidence = 0.5
review_min_confidence = 0.8
"""
    with pytest.raises(PolicyError, match=r"violations\.contact_sharing: review_min_confidence"):
        Policy.from_toml(text)


def test_decision_modules_never_read_the_clock() -> None:
    """Time is always an explicit `as_of`; a clock read would make decisions unrepeatable."""
    package = Path(__file__).parents[1] / "src" / "holdrules"
    modules = [*package.glob("policy*.py"), package / "standing.py", package / "ledger.py",
               package / "backtest.py"]
    for module in modules:
        source = module.read_text(encoding="utf-8")
        for clock in (".now(", ".today(", "utcnow", "time.time(", "monotonic("):
            assert clock not in source, f"{module.name} reads the clock ({clock})"


def test_badge_bar_codes_must_belong_to_the_violation() -> None:
    text = """
extends = "default"
version = "bar-codes"
[[badges.rules]]
violation = "contact_sharing"
codes = ["PAY001"]
"""
    with pytest.raises(PolicyError, match=r"badges\.rules\.0: code PAY001 is not a CON code"):
        Policy.from_toml(text)
