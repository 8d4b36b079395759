"""Each PAY rule's documented example fires it; its allowed look-alike fires nothing.

Examples are transcripts ("client: …" lines); the account evaluated is the author of
the last line, so PAY003's example is judged on the freelancer's reply.
"""

from __future__ import annotations

import pytest

from holdrules.detectors.payment import OffPlatformPaymentDetector
from holdrules.findings import Rule
from holdrules.records import AccountActivity, AccountKind
from holdrules.testing import account, check_evidence, conversation

DETECTOR = OffPlatformPaymentDetector()


def transcript_activity(transcript: str) -> AccountActivity:
    lines = [line.split(": ", 1) for line in transcript.splitlines()]
    author = lines[-1][0]
    owner = account(f"acct-{author}", AccountKind(author))
    turns = [("me" if who == author else "them", text) for who, text in lines]
    return conversation(owner, "acct-other", turns)


@pytest.mark.parametrize("rule", OffPlatformPaymentDetector.rules, ids=lambda r: r.code)
def test_example_fires_the_rule(rule: Rule) -> None:
    activity = transcript_activity(rule.example)
    findings = DETECTOR.detect(activity)
    check_evidence(activity, findings)
    last = activity.messages[-1].id
    assert any(
        f.code == rule.code and any(getattr(e, "record_id", None) == last for e in f.evidence)
        for f in findings
    ), findings


@pytest.mark.parametrize("rule", OffPlatformPaymentDetector.rules, ids=lambda r: r.code)
def test_allowed_look_alike_fires_nothing(rule: Rule) -> None:
    assert DETECTOR.detect(transcript_activity(rule.allowed)) == []


@pytest.mark.parametrize("rule", OffPlatformPaymentDetector.rules, ids=lambda r: r.code)
def test_rule_metadata_is_filled(rule: Rule) -> None:
    assert rule.code.startswith("PAY")
    for text in (rule.summary, rule.why, rule.example, rule.allowed):
        assert len(text.split()) >= 5
