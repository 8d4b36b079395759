"""Engine: streaming, context modelling in scan_text, determinism."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from holdrules.detectors.base import Surface, text_items
from holdrules.engine import Engine
from holdrules.findings import Rule, Severity, Violation
from holdrules.records import AccountActivity, AccountKind, Profile, Proposal
from holdrules.testing import T0, account, check_evidence, conversation
from tests.toy_detectors import ShoutConfig, ShoutDetector


def test_scan_text_finds_on_every_surface() -> None:
    engine = Engine([ShoutDetector()])
    for surface in ("message", "profile", "proposal"):
        findings = engine.scan_text("this is FORBIDDEN here", surface=surface)
        assert [f.code for f in findings] == ["SPM900"], surface
        span = findings[0].evidence[0]
        assert (span.start, span.end) == (8, 17)  # type: ignore[union-attr]


def test_scan_text_models_an_active_contract() -> None:
    engine = Engine([ShoutDetector()])
    assert engine.scan_text("FORBIDDEN", contract_active=True) == []
    assert engine.scan_text("FORBIDDEN", contract_active=True, sender_role="client") == []
    assert len(engine.scan_text("FORBIDDEN", contract_active=False)) == 1


def test_detector_config_is_a_value_passed_in() -> None:
    engine = Engine([ShoutDetector(ShoutConfig(word="LOUD"))])
    assert engine.scan_text("FORBIDDEN") == []
    assert len(engine.scan_text("so LOUD")) == 1
    with pytest.raises(TypeError, match="ShoutConfig"):
        ShoutDetector(ShoutConfig.__base__())  # type: ignore[call-arg]


def test_received_messages_are_not_authored_by_the_account() -> None:
    activity = conversation(account("f"), "c", [("them", "FORBIDDEN"), ("me", "ok")])
    items = list(text_items(activity))
    assert [(i.text, i.authored_by_account) for i in items] == [("FORBIDDEN", False),
                                                                ("ok", True)]
    assert Engine([ShoutDetector()]).evaluate(activity).findings == ()


def test_text_items_walks_profile_fields_with_paths() -> None:
    profile = Profile(id="p", title="t", overview="o", skills=("s0", "s1"), links=("l0",))
    activity = AccountActivity(account=account(), profile=profile)
    fields = [(i.surface, i.field) for i in text_items(activity)]
    assert fields == [(Surface.PROFILE, "title"), (Surface.PROFILE, "overview"),
                      (Surface.PROFILE, "skills[0]"), (Surface.PROFILE, "skills[1]"),
                      (Surface.PROFILE, "links[0]")]


def test_evaluate_many_streams_lazily() -> None:
    pulled = 0

    def source() -> Iterator[AccountActivity]:
        nonlocal pulled
        for i in range(1000):
            pulled += 1
            yield conversation(account(f"a{i}"), "c", [("me", "FORBIDDEN")])

    reports = Engine([ShoutDetector()]).evaluate_many(source())
    first = next(reports)
    assert first.account_id == "a0"
    assert pulled == 1
    assert sum(1 for _ in reports) == 999
    assert pulled == 1000


def test_findings_are_in_time_order_and_evidence_is_exact() -> None:
    owner = account("f")
    proposal = Proposal(id="p1", job_id="j", submitted_at=T0 + timedelta(days=2),
                        cover_letter="I am FORBIDDEN")
    activity = conversation(owner, "c", [("me", "FORBIDDEN"), ("me", "x FORBIDDEN")])
    activity = activity.model_copy(update={"proposals": (proposal,)})
    findings = Engine([ShoutDetector()]).evaluate(activity).findings
    assert [f.evidence[0].record_id for f in findings] == ["m1", "m2", "p1"]  # type: ignore[union-attr]
    check_evidence(activity, findings)


def test_engine_refuses_duplicate_rule_codes() -> None:
    with pytest.raises(ValueError, match="SPM900"):
        Engine([ShoutDetector(), type("Copy", (ShoutDetector,), {})()])


def test_detector_rejects_a_rule_of_another_violation() -> None:
    rule = Rule(code="PAY999", name="x", violation=Violation.OFF_PLATFORM_PAYMENT,
                severity=Severity.LOW, summary="s", why="w", example="e", allowed="a")
    with pytest.raises(TypeError, match="PAY999"):
        type("Mixed", (ShoutDetector,), {"rules": (rule,)})


def test_fingerprint_ignores_offsets_but_not_content() -> None:
    engine = Engine([ShoutDetector()])
    a = engine.scan_text("FORBIDDEN")[0]
    b = engine.scan_text("well, FORBIDDEN")[0]
    assert a.fingerprint == b.fingerprint
    c = Engine([ShoutDetector(ShoutConfig(word="LOUD"))]).scan_text("LOUD")[0]
    assert c.fingerprint != a.fingerprint


def test_default_engine_rules_have_unique_codes_and_matching_prefixes() -> None:
    engine = Engine.default()
    codes = [r.code for r in engine.rules]
    assert len(codes) == len(set(codes))
    prefix = {Violation.IDENTITY: "IDN", Violation.OFF_PLATFORM_PAYMENT: "PAY",
              Violation.NON_PERFORMANCE: "PRF", Violation.MULTIPLE_ACCOUNTS: "ACC",
              Violation.CONTACT_SHARING: "CON", Violation.SPAM_HARASSMENT: "SPM",
              Violation.FEEDBACK_ABUSE: "FBK"}
    for rule in engine.rules:
        assert rule.code.startswith(prefix[rule.violation]), rule.code


def test_scan_text_sender_role_sets_account_kind() -> None:
    seen: list[AccountKind] = []

    class Spy(ShoutDetector):
        def detect(self, activity: AccountActivity) -> list:  # type: ignore[type-arg]
            seen.append(activity.account.kind)
            return []

    Engine([Spy()]).scan_text("x", sender_role="client")
    assert seen == [AccountKind.CLIENT]


_WRAP_TEXTS = (
    "",
    "hello there",
    "mail me at john.doe@gmail.com or +1 415 555 0199",
    "j o h n (at) g m a i l dot com",
    "\u0436\u0443\u0440\u043d\u0430\u043b \uff11\uff12\uff13 zero\u200bwidth",
    "  padded with spaces  \n",
    "x" * 5000,
)


@pytest.mark.parametrize("surface", ["message", "profile", "proposal"])
@pytest.mark.parametrize("sender_role", ["freelancer", "client"])
@pytest.mark.parametrize("contract_active", [False, True])
@pytest.mark.parametrize("country", [None, "GB"])
def test_scan_text_wrapping_equals_validated_records(
    surface: str, sender_role: str, contract_active: bool, country: str | None
) -> None:
    """scan_text copies a validated template instead of validating each text: the
    copies equal freshly validated records, stay frozen and give the same findings."""
    from pydantic import ValidationError

    from holdrules.detectors.contact import ContactSharingDetector
    from holdrules.engine import _activity_for_text, _validated_activity_for_text

    contact = Engine([ContactSharingDetector()])
    for text in _WRAP_TEXTS:
        args = (text, surface, sender_role, contract_active, country)
        copied = _activity_for_text(*args)  # type: ignore[arg-type]
        validated = _validated_activity_for_text(*args)  # type: ignore[arg-type]
        assert copied == validated
        assert copied.model_dump() == validated.model_dump()
        assert copied.model_fields_set == validated.model_fields_set
        assert hash(copied) == hash(validated)
        assert AccountActivity.model_validate(copied.model_dump()) == copied
        with pytest.raises(ValidationError):
            copied.account = copied.account  # type: ignore[misc]
        assert contact.findings_for(copied) == contact.findings_for(validated)
    # The template itself is never changed by a copy.
    first = _activity_for_text("one", surface, sender_role, contract_active, country)  # type: ignore[arg-type]
    _activity_for_text("two", surface, sender_role, contract_active, country)  # type: ignore[arg-type]
    assert first == _validated_activity_for_text(
        "one", surface, sender_role, contract_active, country  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("text", [None, b"bytes", 42, ["a list"]])
def test_scan_text_refuses_text_that_is_not_a_str(text: object) -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        Engine([]).scan_text(text)  # type: ignore[arg-type]


def test_scan_text_str_subclass_is_validated() -> None:
    class Tagged(str):
        pass

    engine = Engine([ShoutDetector()])
    assert engine.scan_text(Tagged("FORBIDDEN")) == engine.scan_text("FORBIDDEN")
