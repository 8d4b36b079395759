"""The shipped example accounts tell the stories the README promises.

These are end-to-end checks of the default engine and policy on
`examples/accounts.jsonl`: violations are found, look-alikes are not, decisions and
Top Rated status follow the policy, and every evidence span quotes the input exactly.
"""

from __future__ import annotations

import runpy
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from holdrules.engine import AccountReport, Engine
from holdrules.ingest import Accepted, read_activities
from holdrules.policy import Policy
from holdrules.policy_model import Action
from holdrules.testing import check_evidence

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ACCOUNTS = EXAMPLES / "accounts.jsonl"

ALLOWED_LOOK_ALIKES = {
    "fl-ana-lima": "prices, dates, times, versions and an order id in a profile",
    "fl-grace-okafor": "PayPal and Skype as the topic of the work",
    "fl-mei-chen": "a polite request for feedback; hex colours and an ISBN",
    "fl-tom-harris": "phone numbers exchanged inside a running contract",
    "fl-decliner": "declined a client's PayPal offer and reported it",
    "fl-jonas-weber": "'chat here on the platform'",
}
CONTACT_WARNED = ["fl-omar-email", "fl-lucy-phone", "fl-ivan-obfuscated", "fl-priya-spelled",
                  "fl-max-handles", "fl-nina-linkedin", "fl-zero-width", "fl-cyrillic"]


@pytest.fixture(scope="module")
def reports() -> dict[str, AccountReport]:
    engine = Engine.default(policy=Policy.default())
    out = {}
    for item in read_activities([str(ACCOUNTS)]):
        assert isinstance(item, Accepted), item
        check_evidence(item.activity, engine.findings_for(item.activity))
        out[item.activity.account_id] = engine.evaluate(item.activity)
    return out


def test_example_file_is_what_the_generator_writes(tmp_path: Path) -> None:
    before = ACCOUNTS.read_bytes()
    namespace = runpy.run_path(str(EXAMPLES / "make_accounts.py"))
    lines = [namespace["AccountActivity"].model_validate(raw).model_dump_json(
        exclude_defaults=True) for raw in namespace["ACCOUNTS"]]
    assert ("\n".join(lines) + "\n").encode() == before
    assert len(lines) >= 30


@pytest.mark.parametrize("account_id", sorted(ALLOWED_LOOK_ALIKES))
def test_look_alikes_are_not_flagged(reports: dict[str, AccountReport], account_id: str) -> None:
    report = reports[account_id]
    assert report.findings == (), ALLOWED_LOOK_ALIKES[account_id]
    assert report.decision is not None
    assert report.decision.action is Action.NONE


@pytest.mark.parametrize("account_id", CONTACT_WARNED)
def test_first_contact_sharing_warns(reports: dict[str, AccountReport], account_id: str) -> None:
    report = reports[account_id]
    assert {f.code[:3] for f in report.findings} == {"CON"}
    assert report.decision is not None
    assert report.decision.action is Action.WARN


def test_contact_sharing_after_an_earlier_hold_holds(reports: dict[str, AccountReport]) -> None:
    decision = reports["fl-repeat-contact"].decision
    assert decision is not None
    assert decision.action is Action.HOLD
    assert decision.reversible
    assert decision.resume_steps


def test_off_platform_payment_stories(reports: dict[str, AccountReport]) -> None:
    proposer = reports["cl-paypal-offer"]
    assert [f.code for f in proposer.findings] == ["PAY001"]
    agreed = reports["fl-agrees-wise"]
    assert "PAY003" in {f.code for f in agreed.findings}
    assert agreed.decision is not None
    assert agreed.decision.action is Action.HOLD
    assert {f.code[:3] for f in reports["fl-crypto"].findings} == {"PAY"}


def test_top_rated_follows_holds(reports: dict[str, AccountReport]) -> None:
    resumed = reports["fl-recently-resumed"].top_rated
    assert resumed is not None
    assert not resumed.eligible
    assert resumed.eligible_again_on == date(2026, 12, 10)  # resumed 2026-09-11 + 90 days
    on_hold = reports["fl-on-hold"].top_rated
    assert on_hold is not None
    assert not on_hold.eligible
    clean = reports["fl-ana-lima"].top_rated
    assert clean is not None
    assert clean.eligible
    client = reports["cl-acme"].top_rated
    assert client is not None
    assert not client.applicable


def test_readme_first_command_runs_on_the_examples() -> None:
    done = subprocess.run([sys.executable, "-m", "holdrules.cli", "evaluate", str(ACCOUNTS)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "34 accounts evaluated" in done.stdout


def test_library_use_example_runs() -> None:
    done = subprocess.run([sys.executable, str(EXAMPLES / "library_use.py")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "CON002" in done.stdout
