"""Direction and outcome: who proposed, who agreed, who declined (and reported)."""

from __future__ import annotations

from datetime import timedelta

from holdrules.detectors.payment import OffPlatformPaymentConfig, OffPlatformPaymentDetector
from holdrules.detectors.payment_conversation import Outcome
from holdrules.findings import RecordEvidence, TextEvidence
from holdrules.records import (
    AccountActivity,
    AccountKind,
    Flag,
    Message,
    Profile,
    Proposal,
    RecordKind,
)
from holdrules.testing import T0, account, check_evidence, conversation

DETECTOR = OffPlatformPaymentDetector()
FREELANCER = account("fl", AccountKind.FREELANCER)
CLIENT = account("cl", AccountKind.CLIENT)
PROPOSAL = "I can pay you via PayPal to avoid the fees."


def codes(activity: AccountActivity) -> list[tuple[str, str]]:
    findings = DETECTOR.detect(activity)
    check_evidence(activity, findings)
    return [(f.code, next(e.record_id for e in f.evidence if isinstance(e, TextEvidence)))
            for f in findings]


def test_clients_proposal_is_a_finding_against_the_client_only() -> None:
    as_client = conversation(CLIENT, "fl", [("me", PROPOSAL)])
    as_freelancer = conversation(FREELANCER, "cl", [("them", PROPOSAL)])
    assert codes(as_client) == [("PAY001", "m1")]
    assert codes(as_freelancer) == []
    (step,) = DETECTOR.trace(as_freelancer)
    assert step.outcome is Outcome.RECEIVED_PROPOSAL


def test_agreement_points_at_the_message_agreed_to() -> None:
    turns = [("them", PROPOSAL), ("me", "Sure, send it to my PayPal.")]
    activity = conversation(FREELANCER, "cl", turns)
    (finding,) = DETECTOR.detect(activity)
    assert finding.code == "PAY003"
    assert finding.account_id == "fl"
    assert finding.counterparty_id == "cl"
    own, *rest = finding.evidence
    assert isinstance(own, TextEvidence)
    assert own.record_id == "m2"
    assert own.excerpt == "send it to my PayPal"
    record = next(e for e in rest if isinstance(e, RecordEvidence))
    assert record.record_kind is RecordKind.MESSAGE
    assert record.record_id == "m1"
    quoted = [e.excerpt for e in rest if isinstance(e, TextEvidence) and e.record_id == "m1"]
    assert "pay you via PayPal" in quoted


def test_decline_is_no_finding_and_is_traced() -> None:
    activity = conversation(FREELANCER, "cl", [
        ("them", PROPOSAL), ("me", "Sorry, I can only be paid through the platform."),
    ])
    assert codes(activity) == []
    outcomes = [s.outcome for s in DETECTOR.trace(activity)]
    assert outcomes == [Outcome.RECEIVED_PROPOSAL, Outcome.DECLINED]


def test_decline_with_report_wording_is_recognised() -> None:
    activity = conversation(FREELANCER, "cl", [
        ("them", PROPOSAL), ("me", "No thanks. I have reported this to Upwork."),
    ])
    assert codes(activity) == []
    reply = DETECTOR.trace(activity)[-1]
    assert reply.outcome is Outcome.DECLINED_AND_REPORTED
    assert reply.answers is not None
    assert reply.answers.item.record_id == "m1"


def test_trace_explains_every_outcome_in_plain_words() -> None:
    activity = conversation(FREELANCER, "cl", [
        ("them", PROPOSAL), ("me", "No thanks. I have reported this to Upwork."),
    ])
    received, reply = (step.explain() for step in DETECTOR.trace(activity))
    assert "received a proposal from cl" in received
    assert "never a finding" in received
    assert reply.startswith("message m2: declined and reported to message m1")
    assert "report.reported" in reply


def test_report_in_a_later_message_completes_the_decline() -> None:
    activity = conversation(FREELANCER, "cl", [
        ("them", PROPOSAL), ("me", "No thanks."), ("me", "I've reported this to Upwork."),
    ])
    assert codes(activity) == []
    outcomes = [s.outcome for s in DETECTOR.trace(activity)]
    assert outcomes == [Outcome.RECEIVED_PROPOSAL, Outcome.DECLINED,
                        Outcome.DECLINED_AND_REPORTED]


def test_details_sent_after_a_decline_are_still_an_agreement() -> None:
    activity = conversation(FREELANCER, "cl", [
        ("them", PROPOSAL), ("me", "I can't, sorry."), ("me", "ok fine, paypal: jo@mail.com"),
    ])
    assert codes(activity) == [("PAY003", "m3")]


def test_a_bare_ok_after_a_decline_is_no_agreement() -> None:
    activity = conversation(FREELANCER, "cl", [
        ("them", PROPOSAL), ("me", "I can't, sorry."),
        ("them", "Ok, no problem."), ("me", "Great!"),
    ])
    assert codes(activity) == []


def test_decline_with_a_flag_record_is_recognised() -> None:
    base = conversation(FREELANCER, "cl", [("them", PROPOSAL), ("me", "No, sorry.")])
    flag = Flag(id="f1", reporter_id="fl", reported_id="cl", created_at=T0 + timedelta(minutes=1),
                reason="asked to pay outside", record_kind=RecordKind.MESSAGE, record_id="m1")
    activity = base.model_copy(update={"flags": (flag,)})
    assert codes(activity) == []
    reply = DETECTOR.trace(activity)[-1]
    assert reply.outcome is Outcome.DECLINED_AND_REPORTED
    assert reply.flag_id == "f1"


def test_flag_by_someone_else_does_not_count_as_the_accounts_report() -> None:
    base = conversation(FREELANCER, "cl", [("them", PROPOSAL), ("me", "No, sorry.")])
    flag = Flag(id="f1", reporter_id="other", reported_id="cl", created_at=T0,
                reason="spam", record_kind=RecordKind.MESSAGE, record_id="m1")
    reply = DETECTOR.trace(base.model_copy(update={"flags": (flag,)}))[-1]
    assert reply.outcome is Outcome.DECLINED


def test_freelancer_proposal_and_client_agreement() -> None:
    turns = [("them", "You can pay me via PayPal to avoid the fees."),
             ("me", "Ok, what's your PayPal?")]
    assert codes(conversation(CLIENT, "fl", turns)) == [("PAY003", "m2")]
    mirrored = [("me" if who == "them" else "them", text) for who, text in turns]
    assert codes(conversation(FREELANCER, "cl", mirrored)) == [("PAY001", "m1")]


def test_bare_ok_counts_only_as_the_first_short_answer() -> None:
    first = conversation(FREELANCER, "cl", [("them", PROPOSAL), ("me", "ok")])
    later = conversation(FREELANCER, "cl", [("them", PROPOSAL), ("me", "Why?"), ("me", "ok")])
    noncommittal = conversation(FREELANCER, "cl", [("them", PROPOSAL), ("me", "Ok, let me think.")])
    assert codes(first) == [("PAY003", "m2")]
    assert codes(later) == []
    assert codes(noncommittal) == []


def test_bare_sure_answers_the_last_question_asked() -> None:
    about_pay = conversation(FREELANCER, "cl", [
        ("them", "Can you fix the footer? And can I pay you via PayPal?"), ("me", "Sure!")])
    about_footer = conversation(FREELANCER, "cl", [
        ("them", "Can I pay you via PayPal? Also, can you fix the footer?"), ("me", "Sure!")])
    assert codes(about_pay) == [("PAY003", "m2")]
    assert codes(about_footer) == []


def test_reply_outside_the_window_is_read_on_its_own() -> None:
    late = conversation(FREELANCER, "cl", [("them", PROPOSAL), ("me", "Sure!")],
                        gap=timedelta(hours=100))
    assert codes(late) == []
    tight = OffPlatformPaymentDetector(OffPlatformPaymentConfig(reply_window_hours=200))
    assert [f.code for f in tight.detect(late)] == ["PAY003"]


def test_conversations_are_kept_apart_by_counterparty() -> None:
    messages = (
        Message(id="a1", sender_id="cl", recipient_id="fl", sent_at=T0, text=PROPOSAL),
        Message(id="b1", sender_id="fl", recipient_id="other-client",
                sent_at=T0 + timedelta(minutes=1), text="Sure!"),
    )
    activity = AccountActivity(account=FREELANCER, messages=messages)
    assert codes(activity) == []


def test_messages_are_read_in_time_order_not_input_order() -> None:
    messages = (
        Message(id="r", sender_id="fl", recipient_id="cl", sent_at=T0 + timedelta(minutes=5),
                text="Sure"),
        Message(id="p", sender_id="cl", recipient_id="fl", sent_at=T0, text=PROPOSAL),
    )
    assert codes(AccountActivity(account=FREELANCER, messages=messages)) == [("PAY003", "r")]


def test_forbidden_with_or_without_an_active_contract() -> None:
    for contract in (False, True):
        activity = conversation(CLIENT, "fl", [("me", PROPOSAL)], contract=contract)
        (finding,) = DETECTOR.detect(activity)
        assert finding.code == "PAY001"
        assert ("contract was active" in finding.explanation) is contract


def test_cover_letters_and_profiles_are_read_as_authored_text() -> None:
    activity = AccountActivity(
        account=FREELANCER,
        profile=Profile(id="pr",
                        overview="Fast delivery. I accept PayPal and Wise outside Upwork."),
        proposals=(Proposal(id="p1", job_id="j", client_id="cl", submitted_at=T0,
                            cover_letter="Pay me directly via Zelle to avoid fees."),),
    )
    assert sorted(codes(activity)) == [("PAY001", "p1"), ("PAY001", "pr")]


def test_details_shared_without_a_proposal_are_pay002() -> None:
    activity = conversation(FREELANCER, "cl", [("me", "IBAN: DE44 5001 0517 5407 3249 31")])
    assert codes(activity) == [("PAY002", "m1")]


def test_evidence_points_at_what_was_typed_when_obfuscated() -> None:
    activity = conversation(FREELANCER, "cl", [("me", "p a y  m e  via P4yP4l, skip the f33s")])
    (finding,) = DETECTOR.detect(activity)
    check_evidence(activity, [finding])
    assert "leetspeak" in finding.explanation


def test_explanations_say_how_identifiers_were_validated() -> None:
    iban = conversation(FREELANCER, "cl", [("me", "IBAN: DE44 5001 0517 5407 3249 31")])
    account_no = conversation(FREELANCER, "cl", [("me", "account number: 12345678")])
    (f_iban,) = DETECTOR.detect(iban)
    (f_account,) = DETECTOR.detect(account_no)
    assert "IBAN mod-97 valid" in f_iban.explanation
    assert "no checksum exists" in f_account.explanation
    assert "guards checked, none applied: code-snippet" in f_iban.explanation
