"""CON016 for phone-like runs: a text with more digit runs than `max_phone_candidates`
is validated up to the limit and reported, so the runs never validated are not passed
as clean (the same promise CON016 makes for text beyond `max_text_chars`)."""

from __future__ import annotations

import pytest

from holdrules.detectors.base import Surface
from holdrules.detectors.contact import ContactSharingConfig, ContactSharingDetector
from holdrules.detectors.contact_scan import ScanPolicy, scan_contacts, scan_with_limits
from holdrules.engine import Engine
from holdrules.findings import MeasureEvidence, Severity, TextEvidence
from holdrules.policy import Policy
from holdrules.policy_model import Action
from tests.contact_helpers import activity_with

LIMIT = 5
DETECTOR = ContactSharingDetector(ContactSharingConfig(max_phone_candidates=LIMIT))
POLICY = ScanPolicy(max_phone_candidates=LIMIT)
# A phone-like run no guard drops ("ref" or "lot" before it would) and no region validates.
RUN = "Run 1000 0000 00"


def _runs(count: int) -> str:
    return "; ".join(f"{RUN}{i % 10}" for i in range(count))


def test_runs_up_to_the_limit_are_all_validated() -> None:
    scan = scan_with_limits(_runs(LIMIT), policy=POLICY)
    assert scan.phone_limit is None


def test_runs_past_the_limit_are_counted_and_located() -> None:
    text = _runs(LIMIT + 3)
    scan = scan_with_limits(text, policy=POLICY)
    assert scan.phone_limit is not None
    assert (scan.phone_limit.runs, scan.phone_limit.validated) == (LIMIT + 3, LIMIT)
    sixth = text.index(f"{RUN}{LIMIT}") + len("Run ")
    assert scan.phone_limit.start == sixth
    assert text[scan.phone_limit.start:scan.phone_limit.end] == f"1000 0000 00{LIMIT}"


def test_scan_with_limits_finds_what_scan_contacts_finds() -> None:
    text = _runs(LIMIT - 1) + "; call +44 7911 123456; " + _runs(LIMIT)
    assert scan_with_limits(text, policy=POLICY).matches == scan_contacts(text, policy=POLICY)


def test_a_number_past_the_limit_is_not_validated_and_is_left_to_review() -> None:
    text = _runs(LIMIT) + "; call +44 7911 123456"
    findings = DETECTOR.detect(activity_with(text, Surface.MESSAGE))
    [finding] = findings
    assert finding.code == "CON016"
    assert finding.severity is Severity.LOW
    first, measure = finding.evidence
    assert isinstance(first, TextEvidence)
    assert isinstance(measure, MeasureEvidence)
    assert first.excerpt == text[first.start:first.end] == "+44 7911 123456"
    assert (measure.metric, measure.value, measure.threshold) == (
        "phone_like_runs", LIMIT + 1, LIMIT)
    assert measure.record_ids == (first.record_id,)
    assert f"{LIMIT + 1} phone-like runs; only the first {LIMIT} were validated" in (
        finding.explanation)


def test_a_number_before_the_limit_is_still_found() -> None:
    text = "call +44 7911 123456; " + _runs(LIMIT + 1)
    codes = [f.code for f in DETECTOR.detect(activity_with(text, Surface.PROPOSAL))]
    assert codes == ["CON006", "CON016"]


def test_both_limits_give_two_findings_with_distinct_fingerprints() -> None:
    detector = ContactSharingDetector(
        ContactSharingConfig(max_phone_candidates=LIMIT, max_text_chars=400))
    text = _runs(LIMIT + 1) + " " + "x" * 400
    findings = detector.detect(activity_with(text, Surface.PROFILE))
    assert [f.code for f in findings] == ["CON016", "CON016"]
    metrics = [ev.metric for f in findings for ev in f.evidence
               if isinstance(ev, MeasureEvidence)]
    assert sorted(metrics) == ["phone_like_runs", "text_chars"]
    assert len({f.fingerprint for f in findings}) == 2


@pytest.mark.parametrize("kwargs", [{"received": True}, {"contract_active": True}])
def test_text_out_of_scope_is_not_reported(kwargs: dict[str, bool]) -> None:
    activity = activity_with(_runs(LIMIT + 1), Surface.MESSAGE, **kwargs)
    assert DETECTOR.detect(activity) == []


def test_default_policy_sends_a_partly_validated_text_to_review() -> None:
    engine = Engine.default(policy=Policy.default())
    limit = ContactSharingConfig().max_phone_candidates
    report = engine.evaluate(activity_with(_runs(limit + 1), Surface.MESSAGE))
    assert [f.code for f in report.findings] == ["CON016"]
    assert report.decision is not None
    assert report.decision.action is Action.REVIEW
