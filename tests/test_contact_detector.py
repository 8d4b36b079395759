"""Context: who wrote the text, on which surface, whether a contract was active."""

from __future__ import annotations

import pickle

import pytest
from pydantic import ValidationError

from holdrules.detectors import default_detectors
from holdrules.detectors.base import Surface
from holdrules.detectors.contact import ContactSharingConfig, ContactSharingDetector
from holdrules.findings import TextEvidence
from holdrules.records import Certification, Profile
from tests.contact_helpers import ME, activity_with

EMAIL = "Write to ana.k.design@gmail.com"


def _codes(detector: ContactSharingDetector, **kwargs: object) -> list[str]:
    text = kwargs.pop("text", EMAIL)
    surface = kwargs.pop("surface", Surface.MESSAGE)
    activity = activity_with(str(text), surface, **kwargs)  # type: ignore[arg-type]
    return [f.code for f in detector.detect(activity)]


def test_pre_contract_message_is_a_finding() -> None:
    assert _codes(ContactSharingDetector()) == ["CON002"]


def test_active_contract_message_is_allowed_by_default() -> None:
    assert _codes(ContactSharingDetector(), contract_active=True) == []


def test_active_contract_switch_off_reports_it() -> None:
    strict = ContactSharingDetector(ContactSharingConfig(allow_in_active_contract_messages=False))
    assert _codes(strict, contract_active=True) == ["CON002"]


def test_received_messages_are_never_findings_against_the_account() -> None:
    assert _codes(ContactSharingDetector(), received=True) == []


@pytest.mark.parametrize(
    ("surface", "code"), [(Surface.PROFILE, "CON001"), (Surface.PROPOSAL, "CON003")]
)
def test_profile_and_proposal_always_count(surface: Surface, code: str) -> None:
    assert _codes(ContactSharingDetector(), surface=surface) == [code]


def test_surface_switches() -> None:
    off = ContactSharingConfig(scan_profile=False, scan_proposals=False, scan_messages=False)
    detector = ContactSharingDetector(off)
    for surface in Surface:
        assert _codes(detector, surface=surface) == []


def test_national_numbers_are_read_under_the_account_country() -> None:
    text = "call 0712 345 678"  # a Kenyan mobile in national form: 9 digits
    assert _codes(ContactSharingDetector(), text=text, country="KE") == ["CON005"]


def test_profile_links_and_certificate_urls_are_scanned() -> None:
    activity = activity_with("Designer", Surface.PROFILE).model_copy(update={
        "profile": Profile(
            id="pr-1",
            links=("https://www.linkedin.com/in/ana-k",),
            certifications=(Certification(name="AWS", url="https://www.credly.com/badges/x1"),),
        )
    })
    findings = ContactSharingDetector().detect(activity)
    assert [f.code for f in findings] == ["CON013", "CON013"]
    assert {f.evidence[0].field for f in findings} == {"links[0]", "certifications[0].url"}  # type: ignore[union-attr]


def test_allow_list_is_configurable() -> None:
    config = ContactSharingConfig(allowed_domains=("gmail.com",))
    assert _codes(ContactSharingDetector(config)) == []


def test_config_rejects_unknown_keys_and_bad_regions() -> None:
    with pytest.raises(ValidationError):
        ContactSharingConfig(allow_contact=True)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        ContactSharingConfig(default_region="usa")


def test_findings_carry_account_time_and_counterparty() -> None:
    [finding] = ContactSharingDetector().detect(activity_with(EMAIL, Surface.MESSAGE))
    assert finding.account_id == ME
    assert finding.counterparty_id == "cl-1"
    assert finding.occurred_at is not None
    assert 0.0 < finding.confidence <= 1.0


def test_detector_is_pure_and_picklable() -> None:
    detector = ContactSharingDetector()
    activity = activity_with("skype: ana.k85 or +44 7911 123456", Surface.PROPOSAL)
    first = detector.detect(activity)
    clone = pickle.loads(pickle.dumps(detector))
    assert clone.detect(activity) == first == detector.detect(activity)


def test_is_in_the_default_detector_set() -> None:
    assert any(isinstance(d, ContactSharingDetector) for d in default_detectors())


def test_spaced_out_words_with_wider_gaps_between_them_are_read_word_by_word() -> None:
    # "s k y p e  j o h n 8 5" used to join into "skypejohn85", hiding the app name.
    text = "add me on s k y p e  j o h n 8 5"
    [finding] = ContactSharingDetector().detect(activity_with(text, Surface.MESSAGE))
    [evidence] = finding.evidence
    assert isinstance(evidence, TextEvidence)
    assert evidence.normalized == "skype:john85"


@pytest.mark.parametrize(
    ("surface", "code"),
    [(Surface.PROFILE, "CON007"), (Surface.MESSAGE, "CON008"), (Surface.PROPOSAL, "CON009")],
)
@pytest.mark.parametrize("text", ["telegram @ t.me/johnny", "WhatsApp @ wa.me/15551234567"])
def test_an_app_link_after_a_spaced_at_is_a_messaging_handle_finding(
    text: str, surface: Surface, code: str
) -> None:
    findings = ContactSharingDetector().detect(activity_with(text, surface))
    assert [f.code for f in findings] == [code]
