"""Off-platform payment: who proposed it, who agreed, and what is only a job topic.

Policy: "Always receive payment through the platform. If a client proposes to pay you
outside of it, decline and let us know." Paying outside the platform strips both
sides of payment protection and dispute resolution, and the platform of its fee;
it is forbidden whether or not a contract is active.

The detector reads each text through `payment_signals` (candidates → validators →
guards) and each conversation through `payment_conversation` (who proposed, who
answered how). Findings are only ever against the evaluated account:

- PAY001 it proposed or requested paying outside the platform;
- PAY002 it shared its own payment details (checksummed IBAN or wallet address,
  labelled account/routing/SWIFT numbers, "my PayPal is …", payment links);
- PAY003 it agreed to the other side's proposal (evidence includes the proposal).

A received proposal, a decline, and a decline-and-report are no findings; `trace`
shows them with their explanation.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from holdrules.detectors.base import Detector, DetectorConfig
from holdrules.detectors.payment_conversation import (
    VIOLATIONS,
    Outcome,
    PaymentStep,
    ReplyWindow,
    read_conversations,
)
from holdrules.detectors.payment_guards import directs_money, is_data_talk, pays_a_party
from holdrules.detectors.payment_signals import (
    Signal,
    SignalKind,
    TextSignals,
    analyse_text,
    describe_signals,
)
from holdrules.detectors.payment_thread_topic import TopicCues
from holdrules.detectors.payment_vocabulary import (
    PaymentVocabulary,
    ServiceLists,
    default_service_lists,
    vocabulary,
)
from holdrules.findings import (
    Evidence,
    Finding,
    RecordEvidence,
    Rule,
    Severity,
    TextEvidence,
    Violation,
)
from holdrules.records import AccountActivity

__all__ = ["OffPlatformPaymentConfig", "OffPlatformPaymentDetector"]

_V = Violation.OFF_PLATFORM_PAYMENT

PAY001 = Rule(
    code="PAY001",
    name="solicits-off-platform-payment",
    violation=_V,
    severity=Severity.HIGH,
    summary="The account proposes or asks to pay, or be paid, outside the platform "
    "(a payment service, a bank transfer, cash, a cheque, crypto or another "
    "marketplace, or wording such as 'pay me directly', 'settle it off the books' or "
    "'close the contract and continue privately'). Some wordings in Spanish, "
    "Portuguese, French, German, Turkish, Polish, romanised Hindi, Indonesian, Tagalog "
    "and Vietnamese are read too, and in Russian, Ukrainian and Arabic a word of paying beside "
    "'directly', 'bypassing the platform', 'to my card' or a named way of paying.",
    why="Payments outside the platform lose payment protection, dispute resolution and "
    "the record of work that protects both sides; proposals to move payment off the "
    "platform are how most payment fraud against freelancers and clients begins.",
    example="client: Can I pay you through Zelle instead? That way we skip the fees.",
    allowed="client: Please integrate the PayPal checkout and Stripe webhooks into our store.",
)
PAY002 = Rule(
    code="PAY002",
    name="shares-off-platform-payment-details",
    violation=_V,
    severity=Severity.HIGH,
    summary="The account shares its own payment details: an IBAN, crypto address or card "
    "number that passes its checksum (a card number only when called one), labelled bank "
    "account, routing, SWIFT, sort code or IFSC numbers, mobile-money till or paybill "
    "numbers, a payment handle ('my PayPal is …', '$cashtag', a UPI ID, 'mine is $tag') "
    "or a payment link.",
    why="Payment details in a message exist to receive money outside the platform; once "
    "sent, the platform can no longer protect the payment.",
    example="freelancer: Here is my IBAN: DE44 5001 0517 5407 3249 31",
    allowed="freelancer: The IBAN validator now rejects DE89370400440532013000 with one "
    "digit changed; I added a unit test.",
)
PAY003 = Rule(
    code="PAY003",
    name="agrees-to-off-platform-payment",
    violation=_V,
    severity=Severity.HIGH,
    summary="The account agrees to the other side's proposal to pay or be paid outside "
    "the platform (a 'sure', or a reply that names a service or shares details), within "
    "a few messages of the proposal.",
    why="The policy asks whoever receives such a proposal to decline and report it; "
    "agreeing makes the account a party to the off-platform payment.",
    example="client: I can pay you via PayPal to avoid the fees.\n"
    "freelancer: Sure, send it to my PayPal.",
    allowed="client: I can pay you via PayPal to avoid the fees.\n"
    "freelancer: Sorry, I can only be paid through the platform. I have reported this.",
)


class OffPlatformPaymentConfig(DetectorConfig):
    """Word lists and windows of the off-platform payment detector."""

    services: tuple[str, ...] = Field(
        default_factory=lambda: default_service_lists().services,
        description="Payment services named outright (lowercase; data file "
        "payment_services.toml).",
    )
    ambiguous_services: tuple[str, ...] = Field(
        default_factory=lambda: default_service_lists().ambiguous,
        description="Service names that are also English words ('wise', 'cash'); they "
        "count only next to a payment word.",
    )
    platform_names: tuple[str, ...] = Field(
        default_factory=lambda: default_service_lists().platforms,
        description="How people name the marketplace ('upwork', 'the platform').",
    )
    payment_link_domains: tuple[str, ...] = Field(
        default_factory=lambda: default_service_lists().link_domains,
        description="Domains whose links receive payments (paypal.me, cash.app).",
    )
    reply_window_messages: int = Field(
        default=3, ge=1, description="An answer to a received proposal must be among the "
        "account's next this-many messages in the conversation.",
    )
    reply_window_hours: float = Field(
        default=72.0, gt=0, description="An answer to a received proposal must be sent "
        "within this many hours of it.",
    )
    weak_agreement_max_words: int = Field(
        default=12, ge=1, description="A bare 'sure'/'ok' counts as agreement only as the "
        "first answer and in a message of at most this many words.",
    )
    max_text_chars: int = Field(
        default=20_000, ge=200, description="Only the first this-many characters of a "
        "text are read, so no message can stall a worker. A finding in that part says in "
        "its explanation that the text was truncated; nothing found in it means no "
        "finding (the rest is not read; the truncation shows in the signals).",
    )

    def service_lists(self) -> ServiceLists:
        return ServiceLists(self.services, self.ambiguous_services, self.platform_names,
                            self.payment_link_domains)


_RULE_FOR = {
    Outcome.SOLICITED: PAY001,
    Outcome.SHARED_DETAILS: PAY002,
    Outcome.AGREED: PAY003,
}


def _merged(signals: tuple[Signal, ...]) -> list[tuple[int, int, str]]:
    """Overlapping spans joined into one `(start, end, normalised reading)`, so the same
    words are not quoted twice ("pay me directly" inside "pay me directly, outside …")."""
    spans: list[tuple[int, int, str]] = []
    for signal in sorted(signals, key=lambda s: (s.start, s.end)):
        if spans and signal.start < spans[-1][1]:
            start, end, reading = spans[-1]
            if signal.end > end:
                longer = signal.end - signal.start > end - start
                spans[-1] = (start, signal.end, signal.normalized if longer else reading)
            continue
        spans.append((signal.start, signal.end, signal.normalized))
    return spans


def _text_evidence(step: PaymentStep, signals: tuple[Signal, ...]) -> list[Evidence]:
    item = step.item
    return [
        TextEvidence(
            record_kind=item.record_kind, record_id=item.record_id, field=item.field,
            start=start, end=end, excerpt=item.text[start:end], normalized=reading,
        )
        for start, end, reading in _merged(signals)
    ]


def _confidence(step: PaymentStep) -> float:
    signals = step.signals.violating
    if any(s.pattern.startswith("identifier.") for s in signals):
        return 0.97
    if step.outcome is Outcome.AGREED and not signals:
        return 0.75  # a short "sure" right after the proposal
    return 0.9 if any(s.strong for s in signals) else 0.8


class OffPlatformPaymentDetector(Detector):
    """Proposals, shared details and agreements to pay outside the platform."""

    violation: ClassVar[Violation] = _V
    rules: ClassVar[tuple[Rule, ...]] = (PAY001, PAY002, PAY003)
    config_model: ClassVar[type[DetectorConfig]] = OffPlatformPaymentConfig

    def __init__(self, config: DetectorConfig | None = None) -> None:
        super().__init__(config)
        self._compiled: PaymentVocabulary | None = None
        self._reply_window: ReplyWindow | None = None
        self._cues: TopicCues | None = None

    @property
    def _config(self) -> OffPlatformPaymentConfig:
        assert isinstance(self.config, OffPlatformPaymentConfig)
        return self.config

    def __getstate__(self) -> dict[str, object]:
        # Ship only the config to workers; patterns compile again (once) on arrival.
        return {"config": self.config, "_compiled": None, "_reply_window": None,
                "_cues": None}  # the cues close over the vocabulary: rebuilt on arrival

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)

    def _vocabulary(self) -> PaymentVocabulary:
        # Compiled once per configuration (module-level cache) and kept on the instance,
        # so the hot path does not hash the word lists on every message.
        if self._compiled is None:
            self._compiled = vocabulary(self._config.service_lists())
        return self._compiled

    def read(self, text: str, *, force: bool = False) -> TextSignals:
        """The payment signals of one text, outside any conversation."""
        return analyse_text(text, self._vocabulary(), max_chars=self._config.max_text_chars,
                            force=force)

    def trace(self, activity: AccountActivity) -> list[PaymentStep]:
        """Every text with a payment outcome, including received proposals, declines and
        declines-and-reports, which are no findings but explain what happened."""
        return read_conversations(activity, lambda text, force: self.read(text, force=force),
                                  self._window(), self._topic_cues())

    def _topic_cues(self) -> TopicCues:
        # built once per detector, like the reply window
        if self._cues is None:
            vocab = self._vocabulary()
            self._cues = TopicCues(
                data_talk=lambda text: is_data_talk(text, vocab),
                pays_a_party=lambda text: pays_a_party(text, vocab),
                directs=lambda text: directs_money(text, vocab),
            )
        return self._cues

    def _window(self) -> ReplyWindow:
        # built once per detector: the hot path must not re-split the platform names
        if self._reply_window is None:
            config = self._config
            self._reply_window = ReplyWindow(
                config.reply_window_messages, config.reply_window_hours,
                config.weak_agreement_max_words,
                frozenset(w for name in config.platform_names for w in name.split())
                - {"the", "this"},
            )
        return self._reply_window

    def detect(self, activity: AccountActivity) -> list[Finding]:
        steps = self.trace(activity)
        follow_ups: dict[int, list[PaymentStep]] = {}
        for step in steps:
            if step.outcome is Outcome.FOLLOW_UP and step.answers is not None:
                follow_ups.setdefault(id(step.answers), []).append(step)
        return [
            self._finding(activity, step, follow_ups.get(id(step), []))
            for step in steps
            if step.outcome in VIOLATIONS
        ]

    def _finding(self, activity: AccountActivity, step: PaymentStep,
                 follow_ups: list[PaymentStep]) -> Finding:
        rule = _RULE_FOR[step.outcome]
        own = step.signals.violating or step.signals.of(SignalKind.AGREE)
        evidence = _text_evidence(step, own)
        explanation = {
            Outcome.SOLICITED: "Proposed paying outside the platform",
            Outcome.SHARED_DETAILS: "Shared payment details for paying outside the platform",
            Outcome.AGREED: "Agreed to the other side's proposal to pay outside the platform",
        }[step.outcome] + f" ({describe_signals(own)})"
        if step.answers is not None:
            proposal = step.answers
            evidence.append(RecordEvidence(
                record_kind=proposal.item.record_kind, record_id=proposal.item.record_id,
                note=f"the proposal agreed to, sent by {proposal.item.sender_id}",
            ))
            evidence.extend(_text_evidence(proposal, proposal.signals.violating))
            proposed = describe_signals(proposal.signals.violating)
            explanation += (f"; answering {proposal.item.record_kind} "
                            f"{proposal.item.record_id} ({proposed})")
        for follow_up in follow_ups:
            item = follow_up.item
            evidence.append(RecordEvidence(
                record_kind=item.record_kind, record_id=item.record_id,
                note="the account's own follow-up giving a motive for this proposal",
            ))
            evidence.extend(_text_evidence(follow_up, follow_up.signals.violating))
            explanation += (f"; followed up in {item.record_kind} {item.record_id} "
                            f"({describe_signals(follow_up.signals.violating)})")
        if step.note:
            explanation += f"; {step.note}"
        if step.signals.truncated:
            explanation += (f"; the text is longer than {self._config.max_text_chars} "
                            "characters and only its beginning was read")
        if step.item.contract_active:
            explanation += "; a contract was active"
        return Finding.from_rule(
            rule, account_id=activity.account_id, evidence=evidence,
            explanation=explanation + ".", confidence=_confidence(step),
            occurred_at=step.item.at, counterparty_id=step.counterparty_id,
        )
