"""A tiny detector used to test the engine and CLI independently of real rules."""

from __future__ import annotations

from typing import ClassVar

from holdrules.detectors.base import Detector, DetectorConfig, text_items
from holdrules.findings import Finding, Rule, Severity, TextEvidence, Violation
from holdrules.records import AccountActivity


class ShoutConfig(DetectorConfig):
    word: str = "FORBIDDEN"


class ShoutDetector(Detector):
    """Flags the word FORBIDDEN in any text the account wrote (test double)."""

    violation: ClassVar[Violation] = Violation.SPAM_HARASSMENT
    config_model: ClassVar[type[DetectorConfig]] = ShoutConfig
    rules: ClassVar[tuple[Rule, ...]] = (
        Rule(code="SPM900", name="test-shout", violation=Violation.SPAM_HARASSMENT,
             severity=Severity.LOW, summary="test", why="test", example="FORBIDDEN",
             allowed="allowed"),
    )

    def detect(self, activity: AccountActivity) -> list[Finding]:
        assert isinstance(self.config, ShoutConfig)
        word = self.config.word
        out = []
        for item in text_items(activity):
            if not item.authored_by_account or item.contract_active:
                continue
            start = item.text.find(word)
            if start >= 0:
                ev = TextEvidence(record_kind=item.record_kind, record_id=item.record_id,
                                  field=item.field, start=start, end=start + len(word),
                                  excerpt=word)
                out.append(Finding.from_rule(self.rules[0], account_id=activity.account_id,
                                             evidence=[ev], explanation="shouted",
                                             occurred_at=item.at))
        return out


class BrokenDetector(Detector):
    """Raises on an account named 'boom' (test double for a detector bug)."""

    violation: ClassVar[Violation] = Violation.SPAM_HARASSMENT
    rules: ClassVar[tuple[Rule, ...]] = ()

    def detect(self, activity: AccountActivity) -> list[Finding]:
        if activity.account_id == "boom":
            raise RuntimeError("detector bug")
        return []
