"""CON016: text beyond `max_text_chars` is scanned up to the limit and reported, never
silently passed as clean (DESIGN.md: "refused or truncated with a finding")."""

from __future__ import annotations

from holdrules.detectors.base import Surface
from holdrules.detectors.contact import ContactSharingConfig, ContactSharingDetector
from holdrules.engine import Engine
from holdrules.findings import MeasureEvidence, Severity, TextEvidence, Violation
from holdrules.policy import Policy
from holdrules.policy_model import Action
from tests.contact_helpers import activity_with

LIMIT = 1_000
DETECTOR = ContactSharingDetector(ContactSharingConfig(max_text_chars=LIMIT))
CLEAN = "The store migration is on track; staging looks good and the theme is done. "


def _long_clean(size: int) -> str:
    return (CLEAN * (size // len(CLEAN) + 1))[:size]


def test_oversized_clean_text_is_reported_once_with_where_reading_stopped() -> None:
    text = _long_clean(LIMIT + 500)
    [finding] = DETECTOR.detect(activity_with(text, Surface.MESSAGE))
    assert finding.code == "CON016"
    assert finding.name == "contact-scan-truncated"
    assert finding.violation is Violation.CONTACT_SHARING
    assert finding.severity is Severity.LOW
    tail, measure = finding.evidence
    assert isinstance(tail, TextEvidence)
    assert isinstance(measure, MeasureEvidence)
    assert tail.start == LIMIT
    assert tail.excerpt == text[LIMIT:tail.end] != ""
    assert (measure.metric, measure.value, measure.threshold) == ("text_chars", LIMIT + 500, LIMIT)
    assert measure.record_ids == (tail.record_id,)
    assert "only the first 1,000" in finding.explanation
    assert "1,500 characters" in finding.explanation


def test_text_at_the_limit_is_not_reported() -> None:
    assert DETECTOR.detect(activity_with(_long_clean(LIMIT), Surface.PROFILE)) == []


def test_contact_before_the_cut_is_still_found_and_after_it_is_left_to_review() -> None:
    before = "Write to ana.k.design@gmail.com. " + _long_clean(LIMIT + 200)
    codes = [f.code for f in DETECTOR.detect(activity_with(before, Surface.PROPOSAL))]
    assert codes == ["CON003", "CON016"]
    after = _long_clean(LIMIT + 10) + " Write to ana.k.design@gmail.com."
    codes = [f.code for f in DETECTOR.detect(activity_with(after, Surface.PROPOSAL))]
    assert codes == ["CON016"]


def test_text_out_of_scope_is_not_reported() -> None:
    text = _long_clean(LIMIT + 1)
    assert DETECTOR.detect(activity_with(text, Surface.MESSAGE, received=True)) == []
    assert DETECTOR.detect(activity_with(text, Surface.MESSAGE, contract_active=True)) == []


def test_default_policy_sends_an_oversized_clean_text_to_review() -> None:
    engine = Engine.default(policy=Policy.default())
    text = _long_clean(ContactSharingConfig().max_text_chars + 1)
    report = engine.evaluate(activity_with(text, Surface.MESSAGE))
    assert [f.code for f in report.findings] == ["CON016"]
    assert report.decision is not None
    assert report.decision.action is Action.REVIEW
