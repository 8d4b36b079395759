"""The detector contract every violation detector implements.

A detector is a class with class-level metadata (the violation it covers and the
rules it can emit) and a pydantic config model for its thresholds and word lists.
`detect` is pure: same input, same output; it never reads the clock or does I/O after
construction, so a detector can be shared between threads and pickled to workers.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterator, Mapping
from datetime import datetime
from enum import StrEnum
from typing import ClassVar, NamedTuple

from pydantic import BaseModel, ConfigDict

from holdrules.findings import Finding, Rule, Violation
from holdrules.records import AccountActivity, RecordKind

__all__ = [
    "BatchIndex",
    "CrossAccountDetector",
    "Detector",
    "DetectorConfig",
    "Surface",
    "TextItem",
    "text_items",
]


class DetectorConfig(BaseModel):
    """Base of every detector's configuration: frozen, unknown keys rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Detector(ABC):
    """One detector per violation; each rule it emits has a stable code.

    Subclasses set `violation`, `rules` and `config_model`, and implement `detect`.
    """

    violation: ClassVar[Violation]
    rules: ClassVar[tuple[Rule, ...]]
    config_model: ClassVar[type[DetectorConfig]] = DetectorConfig

    def __init__(self, config: DetectorConfig | None = None) -> None:
        if config is None:
            config = self.config_model()
        elif not isinstance(config, self.config_model):
            raise TypeError(
                f"{type(self).__name__} takes a {self.config_model.__name__}, "
                f"not a {type(config).__name__}"
            )
        self.config = config

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        # Abstract intermediates (CrossAccountDetector) declare no rules yet.
        for rule in getattr(cls, "rules", ()):
            if rule.violation is not cls.violation:
                raise TypeError(f"{cls.__name__}: rule {rule.code} belongs to {rule.violation}")

    @classmethod
    def rule(cls, code: str) -> Rule:
        """The rule with `code`; a KeyError names the detector when it has none."""
        for rule in cls.rules:
            if rule.code == code:
                return rule
        raise KeyError(f"{cls.__name__} has no rule {code}")

    @abstractmethod
    def detect(self, activity: AccountActivity) -> list[Finding]:
        """Findings against `activity.account` (never against another account)."""


class BatchIndex:
    """What cross-account detectors may see of the rest of a batch.

    Built explicitly from the batch (or, at scale, from a shuffle/join in Dask): shared
    devices, IP addresses and payment-method fingerprints, each mapped to the accounts
    that used them. Never a global.
    """

    def __init__(self) -> None:
        self._by_key: dict[str, set[str]] = defaultdict(set)

    @classmethod
    def build(cls, activities: list[AccountActivity]) -> BatchIndex:
        index = cls()
        for activity in activities:
            index.add(activity)
        return index

    def add(self, activity: AccountActivity) -> None:
        account_id = activity.account_id
        for login in activity.logins:
            if login.device_id:
                self._by_key[f"device:{login.device_id}"].add(account_id)
            if login.ip:
                self._by_key[f"ip:{login.ip}"].add(account_id)
        for method in activity.payment_methods:
            self._by_key[f"payment:{method.fingerprint}"].add(account_id)

    def accounts_sharing(self, key: str) -> frozenset[str]:
        """Accounts seen with `key`, e.g. `device:abc`, `ip:1.2.3.4`, `payment:fp`."""
        return frozenset(self._by_key.get(key, ()))

    def as_mapping(self) -> Mapping[str, frozenset[str]]:
        return {key: frozenset(ids) for key, ids in self._by_key.items()}


class CrossAccountDetector(Detector):
    """A detector that also needs the batch index (shared devices, payment methods)."""

    @abstractmethod
    def detect_with_index(self, activity: AccountActivity, index: BatchIndex) -> list[Finding]:
        """Findings against `activity.account`, using what `index` says of other accounts."""

    def detect(self, activity: AccountActivity) -> list[Finding]:
        return self.detect_with_index(activity, BatchIndex.build([activity]))


class Surface(StrEnum):
    """Where a piece of text was written; policy differs by surface."""

    PROFILE = "profile"
    MESSAGE = "message"
    PROPOSAL = "proposal"


class TextItem(NamedTuple):
    """One free-text field of one record, with the context a text rule needs.

    `authored_by_account` is False for messages the account *received*: those are
    evidence of what the other side proposed, never findings against this account.
    `contract_active` is whether a contract between sender and recipient was running
    when the message was sent (always False for profiles and proposals).

    Immutable; a named tuple rather than a frozen dataclass because every text
    detector builds one per message and a tuple is built three times faster.
    """

    surface: Surface
    record_kind: RecordKind
    record_id: str
    field: str
    text: str
    authored_by_account: bool
    sender_id: str | None
    recipient_id: str | None
    at: datetime | None
    contract_active: bool


def text_items(activity: AccountActivity) -> Iterator[TextItem]:
    """Every free-text field of the account's records, in a stable order."""
    account_id = activity.account_id
    profile = activity.profile
    if profile is not None:
        fields: list[tuple[str, str]] = [
            ("name", profile.name),
            ("title", profile.title),
            ("overview", profile.overview),
        ]
        fields.extend((f"skills[{i}]", skill) for i, skill in enumerate(profile.skills))
        for i, cert in enumerate(profile.certifications):
            fields.append((f"certifications[{i}].name", cert.name))
            if cert.url:
                fields.append((f"certifications[{i}].url", cert.url))
        fields.extend((f"links[{i}]", link) for i, link in enumerate(profile.links))
        for i, item in enumerate(profile.portfolio):
            fields.append((f"portfolio[{i}].title", item.title))
            fields.append((f"portfolio[{i}].description", item.description))
            if item.url:
                fields.append((f"portfolio[{i}].url", item.url))
        for field, text in fields:
            if text:
                yield TextItem(
                    surface=Surface.PROFILE,
                    record_kind=RecordKind.PROFILE,
                    record_id=profile.id,
                    field=field,
                    text=text,
                    authored_by_account=True,
                    sender_id=account_id,
                    recipient_id=None,
                    at=profile.updated_at,
                    contract_active=False,
                )
    for proposal in activity.proposals:
        yield TextItem(
            surface=Surface.PROPOSAL,
            record_kind=RecordKind.PROPOSAL,
            record_id=proposal.id,
            field="cover_letter",
            text=proposal.cover_letter,
            authored_by_account=True,
            sender_id=account_id,
            recipient_id=proposal.client_id,
            at=proposal.submitted_at,
            contract_active=False,
        )
    messages = activity.messages
    if len(messages) > 1:
        messages = tuple(sorted(messages, key=lambda m: (m.sent_at, m.id)))
    contracts = bool(activity.contracts)  # most pre-send checks carry none: skip the lookup
    for message in messages:
        # Positional (in field order): a text detector builds one per message, and
        # keyword arguments cost a named tuple almost twice as much.
        yield TextItem(
            Surface.MESSAGE,  # surface
            RecordKind.MESSAGE,  # record_kind
            message.id,  # record_id
            "text",  # field
            message.text,  # text
            message.sender_id == account_id,  # authored_by_account
            message.sender_id,  # sender_id
            message.recipient_id,  # recipient_id
            message.sent_at,  # at
            contracts and activity.contract_active_between(  # contract_active
                message.sender_id, message.recipient_id, message.sent_at
            ),
        )
