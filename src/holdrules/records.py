"""Typed input records: everything the platform knows about one account.

Every model is frozen (so a record can be shared between threads and hashed into
caches without surprises), rejects unknown fields (a typo in an export must not be
silently ignored), and requires timezone-aware datetimes (a naive timestamp makes the
90-day Top Rated boundary ambiguous by up to a day).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

__all__ = [
    "Account",
    "AccountActivity",
    "AccountKind",
    "AccountStats",
    "AccountStatus",
    "Certification",
    "Contract",
    "ContractStatus",
    "DisputeOutcome",
    "Feedback",
    "Flag",
    "HoldKind",
    "HoldRecord",
    "LoginEvent",
    "Message",
    "PaymentMethod",
    "PaymentMethodKind",
    "PhotoFacts",
    "PortfolioItem",
    "Profile",
    "Proposal",
    "RecordKind",
    "VerificationKind",
    "VerificationRequest",
    "input_json_schema",
]


def _require_aware(value: datetime) -> datetime:
    """Reject naive datetimes: the policy compares dates across time zones."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError("datetime must include a time zone (e.g. 2026-01-31T12:00:00Z)")
    return value


AwareDatetime = Annotated[datetime, AfterValidator(_require_aware)]
RecordId = Annotated[str, Field(min_length=1, max_length=200)]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class RecordKind(StrEnum):
    """Which kind of record a piece of evidence points at."""

    ACCOUNT = "account"
    PROFILE = "profile"
    MESSAGE = "message"
    PROPOSAL = "proposal"
    CONTRACT = "contract"
    LOGIN = "login"
    VERIFICATION = "verification"
    FEEDBACK = "feedback"
    FLAG = "flag"
    PAYMENT_METHOD = "payment_method"
    HOLD = "hold"


class AccountKind(StrEnum):
    FREELANCER = "freelancer"
    CLIENT = "client"
    AGENCY = "agency"


class AccountStatus(StrEnum):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    INACTIVE = "inactive"
    CLOSED = "closed"


class Account(_Record):
    """The account under evaluation.

    `country` is the account's verified country (ISO 3166-1 alpha-2); phone numbers
    written in national format are parsed under it.
    """

    id: RecordId
    kind: AccountKind
    status: AccountStatus = AccountStatus.ACTIVE
    created_at: AwareDatetime
    country: CountryCode | None = None
    display_name: str | None = None


class PhotoFacts(_Record):
    """What photo review established; the engine never looks at images itself."""

    present: bool = False
    face_visible: bool | None = None
    matches_id_document: bool | None = None
    is_stock_or_logo: bool | None = None


class Certification(_Record):
    name: str
    issuer: str | None = None
    url: str | None = None
    verified_by_platform: bool = False


class PortfolioItem(_Record):
    id: RecordId
    title: str = ""
    description: str = ""
    url: str | None = None


class Profile(_Record):
    """Public profile text and facts. Every free-text field is scanned for contact info."""

    id: RecordId
    name: str = ""
    title: str = ""
    overview: str = ""
    photo: PhotoFacts = PhotoFacts()
    country: CountryCode | None = None
    city: str | None = None
    skills: tuple[str, ...] = ()
    certifications: tuple[Certification, ...] = ()
    links: tuple[str, ...] = ()
    portfolio: tuple[PortfolioItem, ...] = ()
    completeness_percent: Annotated[int, Field(ge=0, le=100)] = 100
    availability_updated_at: AwareDatetime | None = None
    updated_at: AwareDatetime | None = None


class Message(_Record):
    """One chat message. `contract_id` is set when the room belongs to a contract."""

    id: RecordId
    sender_id: RecordId
    recipient_id: RecordId
    sent_at: AwareDatetime
    text: str
    contract_id: RecordId | None = None


class Proposal(_Record):
    """A freelancer's bid on a job; the cover letter goes to a potential client."""

    id: RecordId
    job_id: RecordId
    client_id: RecordId | None = None
    submitted_at: AwareDatetime
    cover_letter: str
    invited: bool = False


class ContractStatus(StrEnum):
    OFFERED = "offered"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"
    CANCELLED = "cancelled"


class DisputeOutcome(StrEnum):
    NONE = "none"
    OPEN = "open"
    WON = "won"
    LOST = "lost"
    SETTLED = "settled"


class Contract(_Record):
    """A contract between a client and a freelancer (or agency)."""

    id: RecordId
    client_id: RecordId
    freelancer_id: RecordId
    status: ContractStatus
    started_at: AwareDatetime | None = None
    ended_at: AwareDatetime | None = None
    due_at: AwareDatetime | None = None
    title: str = ""
    amount: Annotated[Decimal, Field(ge=0)] = Decimal(0)
    paid: Annotated[Decimal, Field(ge=0)] = Decimal(0)
    delivered: bool | None = None
    dispute: DisputeOutcome = DisputeOutcome.NONE

    def is_active_at(self, moment: datetime) -> bool:
        """True when the contract was running at `moment` (start inclusive, end exclusive)."""
        if self.started_at is None or moment < self.started_at:
            return False
        if self.ended_at is not None:
            return moment < self.ended_at
        return self.status in (ContractStatus.ACTIVE, ContractStatus.PAUSED)


class LoginEvent(_Record):
    """A sign-in. `into_account_id` differs from the evaluated account when someone
    signed into another account (for example a client's) from this person's device."""

    id: RecordId
    at: AwareDatetime
    ip: str | None = None
    device_id: str | None = None
    country: CountryCode | None = None
    user_agent: str | None = None
    success: bool = True
    into_account_id: RecordId | None = None


class VerificationKind(StrEnum):
    PHONE = "phone"
    ID_DOCUMENT = "id_document"
    VIDEO_CALL = "video_call"
    ADDRESS = "address"


class VerificationRequest(_Record):
    id: RecordId
    kind: VerificationKind
    requested_at: AwareDatetime
    due_at: AwareDatetime
    completed_at: AwareDatetime | None = None
    passed: bool | None = None


class Feedback(_Record):
    """Feedback left at the end of a contract, by or for this account."""

    id: RecordId
    contract_id: RecordId
    from_id: RecordId
    to_id: RecordId
    left_at: AwareDatetime
    rating: Annotated[float, Field(ge=1, le=5)]
    text: str = ""


class Flag(_Record):
    """A report filed by another user (or by this account about someone else)."""

    id: RecordId
    reporter_id: RecordId
    reported_id: RecordId
    created_at: AwareDatetime
    reason: str
    text: str = ""
    record_kind: RecordKind | None = None
    record_id: RecordId | None = None


class PaymentMethodKind(StrEnum):
    BANK_ACCOUNT = "bank_account"
    CARD = "card"
    PAYPAL = "paypal"
    PAYONEER = "payoneer"
    CRYPTO = "crypto"
    OTHER = "other"


class PaymentMethod(_Record):
    """A withdrawal or billing method. `fingerprint` is a stable hash of the
    underlying account number, so the same bank account on two platform accounts
    links them without the number itself ever reaching this library."""

    id: RecordId
    kind: PaymentMethodKind
    fingerprint: str
    holder_name: str | None = None
    country: CountryCode | None = None
    added_at: AwareDatetime


class HoldKind(StrEnum):
    """Why an account is held; decides the steps to resume."""

    IDENTITY_VERIFICATION = "identity_verification"
    POLICY_VIOLATION = "policy_violation"
    PAYMENT = "payment"
    PERFORMANCE = "performance"
    SUSPENSION = "suspension"


class HoldRecord(_Record):
    """A hold placed on an account; `resumed_at` is None while it is in force."""

    id: RecordId
    account_id: RecordId
    kind: HoldKind
    placed_at: AwareDatetime
    resumed_at: AwareDatetime | None = None
    violations: tuple[str, ...] = ()
    finding_codes: tuple[str, ...] = ()
    reason: str = ""
    decision_id: str | None = None

    def active_at(self, moment: datetime) -> bool:
        return self.placed_at <= moment and (self.resumed_at is None or moment < self.resumed_at)


class AccountStats(_Record):
    """Figures the marketplace computes itself and Top Rated eligibility reads.

    They are inputs, not derived here: the job success score, for one, comes from
    the platform's own private model.
    """

    job_success_score: Annotated[float, Field(ge=0, le=100)] | None = None
    weeks_meeting_jss_last_16: Annotated[int, Field(ge=0, le=16)] = 0
    rising_talent: bool = False
    first_project_at: AwareDatetime | None = None
    earnings_12m: Annotated[Decimal, Field(ge=0)] = Decimal(0)
    last_activity_at: AwareDatetime | None = None


class AccountActivity(_Record):
    """One account and everything about it: the unit every detector evaluates.

    Messages include both directions (sent by and sent to the account), so a
    detector can read a conversation in order and see who proposed what.
    """

    account: Account
    profile: Profile | None = None
    messages: tuple[Message, ...] = ()
    proposals: tuple[Proposal, ...] = ()
    contracts: tuple[Contract, ...] = ()
    logins: tuple[LoginEvent, ...] = ()
    verifications: tuple[VerificationRequest, ...] = ()
    feedback: tuple[Feedback, ...] = ()
    flags: tuple[Flag, ...] = ()
    payment_methods: tuple[PaymentMethod, ...] = ()
    holds: tuple[HoldRecord, ...] = ()
    stats: AccountStats = AccountStats()

    @property
    def account_id(self) -> str:
        return self.account.id

    def contract_active_between(self, a: str, b: str, moment: datetime) -> bool:
        """Whether a contract between accounts `a` and `b` was running at `moment`."""
        pair = {a, b}
        return any(
            {c.client_id, c.freelancer_id} == pair and c.is_active_at(moment)
            for c in self.contracts
        )


def input_json_schema() -> dict[str, Any]:
    """JSON Schema of one input line (an `AccountActivity`)."""
    schema = AccountActivity.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "AccountActivity"
    return schema
