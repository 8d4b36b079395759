"""Build `examples/accounts.jsonl`: a small, realistic marketplace export.

Run `python examples/make_accounts.py` to regenerate. Every account is written by hand
below (no randomness), so the file reads as a set of stories: clean freelancers and
clients, and at least one account for each of the seven violations, including the
look-alikes that must *not* be flagged (a polite feedback request, a freelancer who
declined a client's PayPal offer and reported it, contact details shared inside a
running contract, a job that is *about* PayPal).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from holdrules.records import AccountActivity

OUT = Path(__file__).with_name("accounts.jsonl")
BASE = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)


def at(days: float, hours: float = 0) -> str:
    return (BASE + timedelta(days=days, hours=hours)).isoformat().replace("+00:00", "Z")


def acct(
    aid: str, kind: str = "freelancer", country: str | None = "US", **extra: Any
) -> dict[str, Any]:
    return {"id": aid, "kind": kind, "created_at": at(-700), "country": country, **extra}


def profile(pid: str, name: str, title: str, overview: str, **extra: Any) -> dict[str, Any]:
    return {"id": pid, "name": name, "title": title, "overview": overview,
            "photo": {"present": True, "face_visible": True, "matches_id_document": True},
            "skills": ["Python", "Django"], "completeness_percent": 100,
            "availability_updated_at": at(20), "updated_at": at(0), **extra}


def chat(me: str, other: str, turns: list[tuple[str, str]], start: float,
         contract_id: str | None = None, prefix: str = "m") -> list[dict[str, Any]]:
    out = []
    for i, (who, text) in enumerate(turns):
        sender, recipient = (me, other) if who == "me" else (other, me)
        out.append({"id": f"{prefix}-{me}-{i + 1}", "sender_id": sender, "recipient_id": recipient,
                    "sent_at": at(start, i * 0.25), "text": text, "contract_id": contract_id})
    return out


def contract(cid: str, client: str, freelancer: str, start: float, end: float | None = None,
             **extra: Any) -> dict[str, Any]:
    return {"id": cid, "client_id": client, "freelancer_id": freelancer,
            "status": "ended" if end is not None else "active", "started_at": at(start),
            "ended_at": at(end) if end is not None else None, "title": "Web app work",
            "amount": "1200.00", "paid": "1200.00" if end is not None else "400.00",
            "delivered": True if end is not None else None, **extra}


def good_stats(**extra: Any) -> dict[str, Any]:
    return {"job_success_score": 96, "weeks_meeting_jss_last_16": 16,
            "first_project_at": at(-500), "earnings_12m": "18450.00",
            "last_activity_at": at(58), **extra}


ACCOUNTS: list[dict[str, Any]] = []


def add(**activity: Any) -> None:
    """Append one account; a freelancer written without a profile gets a plain, complete
    one, so its Top Rated status turns on the story told, not on a missing profile."""
    owner = activity["account"]
    if owner["kind"] != "client" and "profile" not in activity:
        name = owner["id"].removeprefix("fl-").replace("-", " ").title()
        activity["profile"] = profile(f"p-{owner['id']}", name, "Freelance developer",
                                      "Web development, testing and maintenance.")
    ACCOUNTS.append(activity)


# --- Clean accounts ------------------------------------------------------------------
add(account=acct("fl-ana-lima", country="BR"),
    profile=profile("p-ana", "Ana Lima", "Full-stack Django developer",
                    "Eight years building Django and React apps for SaaS startups. I write "
                    "tests first, document as I go, and reply within a business day. Rate: "
                    "$45/hr. Recent work: billing dashboard v2.3.1, order #A-1029384 import tool."),
    proposals=[{"id": "pr-ana-1", "job_id": "job-501", "client_id": "cl-northwind",
                "submitted_at": at(40), "cover_letter": "Hi! I've built three Stripe-style "
                "billing dashboards. I can start Monday, 20 hrs/week, milestone 1 by Oct 15."}],
    messages=chat("fl-ana-lima", "cl-northwind", [
        ("them", "Thanks Ana, can you do a call on Tuesday at 3:30pm EST?"),
        ("me", "Sure, let's use the platform's video call. Talk on Tuesday!"),
    ], 41),
    stats=good_stats())
add(account=acct("fl-ravi-kumar", country="IN"),
    profile=profile("p-ravi", "Ravi Kumar", "Data engineer (Airflow, dbt, Snowflake)",
                    "I design pipelines that don't wake you at 3 a.m. Based in Pune, "
                    "IST (UTC+5:30). "
                    "Certified: Snowflake SnowPro Core (verified on the platform)."),
    contracts=[contract("k-ravi-1", "cl-acme", "fl-ravi-kumar", -200, -150)],
    stats=good_stats(job_success_score=100))
add(account=acct("fl-jonas-weber", country="DE"),
    profile=profile("p-jonas", "Jonas Weber", "iOS & Swift developer",
                    "Apps in the App Store with 4.8★ ratings. SwiftUI, Combine, Core Data. "
                    "Version 17.4 ready. Happy to chat here on the platform about your idea."),
    stats=good_stats(job_success_score=92, earnings_12m="4200.00"))
add(account=acct("fl-grace-okafor", country="NG"),
    profile=profile("p-grace", "Grace Okafor", "PayPal & Stripe payments integration specialist",
                    "I integrate PayPal Checkout, Stripe webhooks and Braintree into Shopify and "
                    "WooCommerce stores. Ask me about Skype for Business or Teams integrations "
                    "too."),
    proposals=[{"id": "pr-grace-1", "job_id": "job-777", "client_id": "cl-shopify-store",
                "submitted_at": at(30), "cover_letter": "Hello! Integrating the PayPal checkout "
                "and Stripe webhooks is exactly what I do. I'd set up sandbox accounts first, "
                "then go live after your QA. Estimated 12 hours."}],
    stats=good_stats())
add(account=acct("fl-mei-chen", country="SG"),
    profile=profile("p-mei", "Mei Chen", "Brand designer", "Logos, brand books and hex palettes "
                    "(#1A2B3C, #FFAA00). ISBN 978-3-16-148410-0 was my latest book cover."),
    messages=chat("fl-mei-chen", "cl-bloom", [
        ("them", "Love the draft! Can you send the final files?"),
        ("me", "Delivered! If you're happy with the work, I'd really appreciate it if you "
               "could leave feedback when you close the contract. Thank you!"),
    ], 50, contract_id="k-mei-1"),
    contracts=[contract("k-mei-1", "cl-bloom", "fl-mei-chen", 45)],
    stats=good_stats(weeks_meeting_jss_last_16=14))
add(account=acct("fl-tom-harris", country="GB"),
    profile=profile("p-tom", "Tom Harris", "Technical writer",
                    "API docs, READMEs and user guides. Office hours 09:00-17:30 UK time."),
    messages=chat("fl-tom-harris", "cl-fintech-uk", [
        ("them", "Contract started. My direct line for urgent issues is +44 20 7946 0958."),
        ("me", "Thanks, and mine is +44 7700 900123 in case the platform chat is down."),
    ], 30, contract_id="k-tom-1"),
    contracts=[contract("k-tom-1", "cl-fintech-uk", "fl-tom-harris", 29)],
    stats=good_stats())
add(account=acct("cl-northwind", kind="client"),
    messages=chat("cl-northwind", "fl-ana-lima", [
        ("me", "Thanks Ana, can you do a call on Tuesday at 3:30pm EST?"),
        ("them", "Sure, let's use the platform's video call. Talk on Tuesday!"),
    ], 41))
add(account=acct("cl-acme", kind="client"),
    contracts=[contract("k-ravi-1", "cl-acme", "fl-ravi-kumar", -200, -150)],
    feedback=[{"id": "fb-acme-1", "contract_id": "k-ravi-1", "from_id": "cl-acme",
               "to_id": "fl-ravi-kumar", "left_at": at(-149), "rating": 5,
               "text": "Ravi delivered early and explained everything."}])
add(account=acct("ag-pixelworks", kind="agency", country="PH"),
    profile=profile("p-pixel", "PixelWorks Studio", "Design & dev agency, 12 people",
                    "We ship marketing sites in 2-3 weeks. Team in Manila and Cebu."),
    stats=good_stats(earnings_12m="64000.00"))
add(account=acct("fl-new-sara", country="CA"),
    profile=profile("p-sara", "Sara Nguyen", "Junior QA tester",
                    "Manual and Cypress testing. New here and eager to help!",
                    completeness_percent=80),
    stats={"rising_talent": True, "earnings_12m": "120.00", "last_activity_at": at(55)})

# --- Contact-information sharing -------------------------------------------------------
add(account=acct("fl-omar-email", country="EG"),
    profile=profile("p-omar", "Omar Hassan", "WordPress expert",
                    "10 years of WordPress. Email me directly: omar.hassan.dev@gmail.com for a "
                    "faster answer."),
    stats=good_stats())
add(account=acct("fl-lucy-phone", country="US"),
    proposals=[{"id": "pr-lucy-1", "job_id": "job-610", "client_id": "cl-bloom",
                "submitted_at": at(33), "cover_letter": "Hi, I can do this today. Text me at "
                "(415) 555-0132 so we can discuss details quicker."}],
    stats=good_stats())
add(account=acct("fl-ivan-obfuscated", country="UA"),
    messages=chat("fl-ivan-obfuscated", "cl-acme", [
        ("them", "Hi Ivan, interested in your proposal. When can you start?"),
        ("me", "Tomorrow. Write me: i v a n . d e v [at] g m a i l (dot) c o m"),
    ], 35),
    stats=good_stats())
add(account=acct("fl-priya-spelled", country="IN"),
    messages=chat("fl-priya-spelled", "cl-northwind", [
        ("me", "Hello sir, WhatsApp me on nine eight seven six five four three two one zero "
               "for quick reply"),
    ], 36),
    stats=good_stats())
add(account=acct("fl-max-handles", country="DE"),
    profile=profile("p-max", "Max Becker", "Video editor",
                    "Premiere Pro, After Effects. Portfolio and more on my site: "
                    "https://maxbecker-edits.de — or Telegram: t.me/maxedits"),
    stats=good_stats())
add(account=acct("fl-nina-linkedin", country="FR"),
    profile=profile("p-nina", "Nina Laurent", "HR consultant",
                    "See my recommendations: linkedin.com/in/nina-laurent-hr",
                    certifications=[{"name": "SHRM-CP", "url": "https://www.credly.com/badges/abc123"}]),
    stats=good_stats())
add(account=acct("fl-zero-width", country="US"),
    messages=chat("fl-zero-width", "cl-bloom", [
        ("me", "Reach me at sam\u200b.\u200bwork@out\u200blook.com, I check it hourly"),
    ], 37),
    stats=good_stats())
add(account=acct("fl-cyrillic", country="US"),
    messages=chat("fl-cyrillic", "cl-acme", [
        ("me", "My skype: live:\u0441ode.master_77 (add me there, much easier)"),
    ], 38),
    stats=good_stats())
add(account=acct("fl-repeat-contact", country="PK"),
    messages=(chat("fl-repeat-contact", "cl-acme", [("me", "email: ali.rehman93@yahoo.com")], 20)
              + chat("fl-repeat-contact", "cl-bloom", [("me", "whatsapp +92 300 1234567")], 40,
                     prefix="n")),
    holds=[{"id": "h-repeat-1", "account_id": "fl-repeat-contact", "kind": "policy_violation",
            "placed_at": at(21), "resumed_at": at(25), "violations": ["contact_sharing"],
            "finding_codes": [], "reason": "Shared an email address before a contract"}],
    stats=good_stats())

# --- Off-platform payment ----------------------------------------------------------------
add(account=acct("cl-paypal-offer", kind="client"),
    messages=chat("cl-paypal-offer", "fl-decliner", [
        ("me", "Let's skip the platform fees. I'll pay you directly via PayPal, ok?"),
        ("them", "Sorry, I can only be paid through the platform. I've reported this message."),
    ], 42))
add(account=acct("fl-decliner", country="PH"),
    messages=chat("fl-decliner", "cl-paypal-offer", [
        ("them", "Let's skip the platform fees. I'll pay you directly via PayPal, ok?"),
        ("me", "Sorry, I can only be paid through the platform. I've reported this message."),
    ], 42),
    flags=[{"id": "fl-report-1", "reporter_id": "fl-decliner", "reported_id": "cl-paypal-offer",
            "created_at": at(42, 1), "reason": "off_platform_payment",
            "text": "Client offered to pay outside the platform", "record_kind": "message",
            "record_id": "m-fl-decliner-1"}],
    stats=good_stats())
add(account=acct("fl-agrees-wise", country="PL"),
    messages=chat("fl-agrees-wise", "cl-direct-pay", [
        ("them", "Can we close the contract and continue privately? I'd pay you by bank transfer."),
        ("me", "Sure, send it to my IBAN PL61 1090 1014 0000 0712 1981 2874, that works for me."),
    ], 44),
    stats=good_stats())
add(account=acct("cl-direct-pay", kind="client", country="GB"),
    messages=chat("cl-direct-pay", "fl-agrees-wise", [
        ("me", "Can we close the contract and continue privately? I'd pay you by bank transfer."),
        ("them", "Sure, send it to my IBAN PL61 1090 1014 0000 0712 1981 2874, that works for me."),
    ], 44))
add(account=acct("fl-crypto", country="VN"),
    proposals=[{"id": "pr-crypto-1", "job_id": "job-888", "client_id": "cl-acme",
                "submitted_at": at(46), "cover_letter": "I can start now. To avoid the fees, pay "
                "me in USDT or BTC: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"}],
    stats=good_stats())

# --- Identity uncertainty & account sharing ------------------------------------------------
add(account=acct("fl-no-photo", country="US"),
    profile=profile("p-nophoto", "Alex", "Developer", "Senior developer, 15 years.",
                    photo={"present": True, "face_visible": False, "is_stock_or_logo": True}),
    verifications=[{"id": "v-nophoto-1", "kind": "id_document", "requested_at": at(10),
                    "due_at": at(24)}],
    stats=good_stats())
add(account=acct("fl-client-login", country="KE"),
    logins=[{"id": "lg-1", "at": at(48), "ip": "41.90.1.10", "device_id": "dev-kenya-1",
             "country": "KE"},
            {"id": "lg-2", "at": at(49), "ip": "41.90.1.10", "device_id": "dev-kenya-1",
             "country": "KE", "into_account_id": "cl-acme"}],
    stats=good_stats())

# --- Failing to perform on contracts -----------------------------------------------------
add(account=acct("fl-ghost", country="US"),
    contracts=[contract("k-ghost-1", "cl-bloom", "fl-ghost", -60, -5, delivered=False,
                        dispute="lost", paid="0.00"),
               contract("k-ghost-2", "cl-acme", "fl-ghost", -40, -2, delivered=False,
                        paid="0.00")],
    stats=good_stats(job_success_score=71, weeks_meeting_jss_last_16=3))

# --- Multiple logins / wrong account type ------------------------------------------------
for twin in ("fl-twin-a", "fl-twin-b"):
    add(account=acct(twin, country="BD"),
        logins=[{"id": f"lg-{twin}", "at": at(30), "ip": "103.4.5.6", "device_id": "dev-shared-9",
                 "country": "BD"}],
        payment_methods=[{"id": f"pm-{twin}", "kind": "bank_account", "fingerprint": "fp-bank-77",
                          "added_at": at(-100)}],
        stats=good_stats())

# --- Spam & harassment --------------------------------------------------------------------
COVER = ("Dear Sir/Madam, I am expert in all technologies. I will do your job 100% perfect. "
         "Please hire me now. Best regards.")
add(account=acct("fl-spammer", country="US"),
    proposals=[{"id": f"pr-spam-{i}", "job_id": f"job-{900 + i}", "submitted_at": at(50, i * 0.1),
                "cover_letter": COVER} for i in range(12)],
    stats=good_stats())
add(account=acct("fl-abusive", country="US"),
    messages=chat("fl-abusive", "cl-bloom", [
        ("them", "The logo colours are off, could you revise them?"),
        ("me", "You are an idiot. Pay me now or you'll regret it, I know where you live."),
    ], 52, contract_id="k-abuse-1"),
    contracts=[contract("k-abuse-1", "cl-bloom", "fl-abusive", 48)],
    stats=good_stats())

# --- Feedback abuse -----------------------------------------------------------------------
add(account=acct("fl-feedback-pressure", country="US"),
    messages=chat("fl-feedback-pressure", "cl-acme", [
        ("me", "I will only send the final files after you leave me 5 stars. No 5-star "
               "feedback, no delivery."),
    ], 54, contract_id="k-fbp-1"),
    contracts=[contract("k-fbp-1", "cl-acme", "fl-feedback-pressure", 47)],
    stats=good_stats())

# --- An account currently on hold ---------------------------------------------------------
add(account=acct("fl-on-hold", country="US", status="on_hold"),
    holds=[{"id": "h-onhold-1", "account_id": "fl-on-hold", "kind": "identity_verification",
            "placed_at": at(50), "violations": ["identity"], "reason": "ID verification overdue"}],
    stats=good_stats())
add(account=acct("fl-recently-resumed", country="US"),
    holds=[{"id": "h-resumed-1", "account_id": "fl-recently-resumed", "kind": "policy_violation",
            "placed_at": at(-20), "resumed_at": at(10), "violations": ["contact_sharing"],
            "reason": "Repeated contact sharing"}],
    stats=good_stats())


def main() -> None:
    lines = []
    for raw in ACCOUNTS:
        activity = AccountActivity.model_validate(raw)  # fail loudly on a bad example
        lines.append(activity.model_dump_json(exclude_defaults=True))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} accounts to {OUT}")


if __name__ == "__main__":
    main()
