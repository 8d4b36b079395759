"""Builds tests/data/payment_cases.jsonl: the off-platform payment detector's labelled set.

    python tests/data/make_payment_cases.py   # rewrites the file; same output every run

Batches in the order they were written: the development set, then held-out batches
(`heldout`, `heldout2` … `heldout12`) each measured before any change it prompted (the
docstring of tests/test_payment_labelled.py records those first figures). Identifiers are generated valid (mod-97, Base58Check,
Bech32, EIP-55) or corrupted by one character, from a fixed seed per batch.
"""

# ruff: noqa: E501, RUF001 -- the case tables are sentences people type, look-alike
# letters included; wrapping them hurts review.

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from holdrules.validators.base58 import ALPHABET, b58check_encode
from holdrules.validators.bech32 import encode_segwit_address
from holdrules.validators.crypto import eip55_checksum_address
from holdrules.validators.iban import iban_check_digits

OUT = Path(__file__).with_name("payment_cases.jsonl")
rng = random.Random(4)


def iban(country: str, length: int) -> str:
    bban = "".join(rng.choice("0123456789") for _ in range(length - 4))
    return country + iban_check_digits(country, bban) + bban


def grouped(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def btc() -> str:
    return b58check_encode(b"\x00" + rng.randbytes(20))


def p2sh() -> str:
    return b58check_encode(b"\x05" + rng.randbytes(20))


def tron() -> str:
    return b58check_encode(b"\x41" + rng.randbytes(20))


def segwit() -> str:
    return encode_segwit_address("bc", 0, rng.randbytes(20))


def taproot() -> str:
    return encode_segwit_address("bc", 1, rng.randbytes(32))


def eth() -> str:
    return eip55_checksum_address(rng.randbytes(20).hex())


def corrupt(s: str, alphabet: str) -> str:
    i = rng.randrange(len(s) - 6, len(s))
    c = rng.choice([a for a in alphabet if a != s[i]])
    return s[:i] + c + s[i + 1:]


def _adder(cases: list[dict[str, Any]], prefix: str) -> Callable[..., None]:
    def add(cat: str, turns: Sequence[tuple[str, str]], client: Sequence[tuple[int, str]] = (),
            freelancer: Sequence[tuple[int, str]] = (), flags: Sequence[tuple[str, int]] = (),
            surface: str = "message", note: str = "") -> None:
        roles = {"c": "client", "f": "freelancer"}
        cat = prefix + cat
        number = sum(1 for c in cases if c["category"] == cat) + 1
        cases.append({
            "id": f"{cat}-{number:03d}", "category": cat, "surface": surface,
            "turns": [{"who": roles[w], "text": x} for w, x in turns],
            "flags": [{"by": roles[b], "about_turn": a} for b, a in flags],
            "expect": {"client": [list(x) for x in client],
                       "freelancer": [list(x) for x in freelancer]},
            **({"note": note} if note else {}),
        })
    return add


def dev_cases() -> list[dict[str, Any]]:
    """The development set: every category, written while the mechanisms were built."""
    rng.seed(4)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "")
    # A. client solicits (single message)
    for text in [
        "Can I pay you through PayPal instead? It saves us both the fees.",
        "I'd rather pay you directly, Upwork takes too much.",
        "Let's do this outside of Upwork, I'll send you the money by Zelle.",
        "Do you have Venmo? I can pay the rest there.",
        "What's your PayPal email? I'll send the payment today.",
        "We can skip the platform fees if I pay you with Cash App.",
        "I'll pay via Western Union, is that ok?",
        "Send me your bank details and I'll wire the money.",
        "Can you accept payment in USDT? It's faster for me.",
        "I prefer to pay by bank transfer, no middleman fees.",
        "How about I pay you in bitcoin for this one?",
        "Let's close the contract here and continue privately, I'll pay you via Wise.",
        "To avoid the 10% commission, can we settle this on Payoneer?",
        "I can send an Amazon gift card as payment if you want.",
        "Give me your Skrill and I'll pay you tonight.",
        "Pay is via Revolut, send me your revtag.",
        "I will pay you directly, no need to go through Upwork.",
        "Could you take payment through Paypal Friends and Family?",
        "c4n 1 p4y y0u v1a p4yp4l t0 s4v3 f33s?",
        "Let's move the payment off the platform, I'll pay you via Zelle.",
        "I'm paying you personally for the extra work, outside the contract.",
        "Can we do crypto? I'll send ETH to your wallet.",
        "Lets end the contract and I'll pay the rest by bank wire.",
        "I can pay with Apple Pay or Google Pay, which one do you prefer?",
        "Pl ease send me your P a y P a l so I can pay you.",
    ]:
        add("client-solicits", [("c", text)], client=[(0, "PAY001")])

    # B. freelancer solicits (single message)
    for text in [
        "You can pay me via PayPal to avoid the fees.",
        "I accept payments through Payoneer or Wise, whichever is easier for you.",
        "If you pay me directly we both save the Upwork commission.",
        "Can you send the money through Western Union?",
        "Let's finish the contract and you can pay me the rest privately.",
        "I only take crypto for private work, BTC or USDT.",
        "To save on fees, please pay me through Zelle.",
        "Would you mind paying me in cash app next time?",
        "Pay me outside Upwork and I'll give you a 15% discount.",
        "I'd prefer we work off platform from now on, payment via Skrill.",
        "Please transfer the payment to my bank account instead.",
        "Can you pay me by gift card? Steam or Amazon both work.",
        "We can continue working outside the platform, it's cheaper for you.",
        "Please send the payment via Revolut so we avoid Upwork's cut.",
        "Pay me directly and I'll start today.",
        "Venmo works best for me.",
        "I'd like to get paid through PayPal instead of the platform.",
        "W3stern Uni0n is fine for me, send it there.",
        "Let's cancel the contract, then you pay me through Wise.",
        "Do you have a PayPal account? That's the easiest way to pay me.",
    ]:
        add("freelancer-solicits", [("f", text)], freelancer=[(0, "PAY001")])

    # C. details shared (valid identifiers and handles)
    for who, text in [
        ("f", f"Here is my IBAN: {grouped(iban('DE', 22))}"),
        ("f", f"IBAN {iban('FR', 27)} (BNP), thanks!"),
        ("f", f"my iban is {grouped(iban('ES', 24)).lower()}"),
        ("f", f"Bank: ING, IBAN: {iban('NL', 18)}, name John Smith"),
        ("c", f"Please confirm your details, I'll use {grouped(iban('GB', 22))} for the transfer? No wait, that's mine: refund me there."),
        ("f", f"Account for payment: {iban('PL', 28)}"),
        ("f", f"Send it to {grouped(iban('IT', 27))} please"),
        ("f", f"IBAN: {iban('CH', 21)} / SWIFT: UBSWCHZH80A"),
        ("f", f"My BTC address: {btc()}"),
        ("f", f"Send to {p2sh()} when you're ready"),
        ("f", f"btc: {segwit()}"),
        ("f", f"Here's my taproot wallet {taproot()}"),
        ("f", f"ETH (ERC20) wallet: {eth()}"),
        ("f", f"Wallet address {eth().lower()}"),
        ("f", f"USDT TRC20: {tron()}"),
        ("f", f"My Tron address is {tron()}, USDT only please."),
        ("c", f"Send the refund to my wallet {eth()}"),
        ("f", f"{tron()}"),
        ("f", "my paypal is johnny.designs@gmail.com"),
        ("f", "Venmo: @Jenny-Codes-22"),
        ("f", "cashapp $markdev"),
        ("f", "You can send it to paypal.me/alexwebdev"),
        ("f", "PayPal email - maria (at) outlook dot com"),
        ("f", "Send to john.smith@yahoo.com on PayPal"),
        ("f", "Routing number 021000021, account number 4829103377"),
        ("f", "SWIFT: DEUTDEFF, account no. 0532013000"),
        ("f", "Zelle: +1 415 555 0134"),
        ("f", "revolut.me/anna_k"),
        ("f", "Bank account number: 8392 0471 2234, routing 011000015"),
        ("f", f"Here you go: {grouped(iban('TR', 26))}"),
        ("f", f"trc20 {tron()} — send 200 usdt"),
    ]:
        exp = [(0, "PAY002")]
        if who == "f":
            add("details-valid", [(who, text)], freelancer=exp)
        else:
            add("details-valid", [(who, text)], client=exp)

    # D. invalid identifiers, no other signal (random look-alike strings) -> nothing
    for text in [
        f"Order ref {corrupt(iban('DE', 22), '0123456789')} attached",
        f"Tracking {corrupt(iban('FR', 27), '0123456789')}",
        f"Hash {corrupt(btc(), ALPHABET)} from the logs",
        f"{corrupt(tron(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}",
        f"commit {corrupt(segwit(), 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}",
        "Ticket GB00 0000 0000 0000 0000 00",
        "Build id DE12345678901234567890",
        "Use the key 1111111111111111111111111111111 for staging",
        "Session token 0x12345",
        "Invoice #4829103377 is attached",
        "Reference: NL00ABNA0000000000",
        f"ID {corrupt(iban('GB', 22), '0123456789')} in the CSV",
        "The SKU is T1234567890ABCDEFGHJKLMNPQRSTUVWXY",
        "Our order number is 021000021",
        "Routing of the API calls goes through 10 microservices",
    ]:
        add("identifier-invalid", [("f", text)])

    # E. client proposes, freelancer agrees
    for prop, reply in [
        ("I can pay you via PayPal to avoid the fees.", "Sure, send it to my PayPal."),
        ("Can we do the rest outside Upwork? I'll pay by Zelle.", "Ok"),
        ("Would you accept payment through Wise instead?", "Yes, Wise works for me."),
        ("Let's close the contract and I'll pay you directly.", "Deal."),
        ("I'd like to pay you in USDT to skip fees.", f"Sure, here is my TRC20 address {tron()}"),
        ("Do you have PayPal? I'll send the money there.", "yes it's anna.w@gmail.com"),
        ("Send me your bank details, I'll wire it to avoid the commission.", f"OK, IBAN {grouped(iban('DE', 22))}"),
        ("I'll pay you via Cash App, faster for both of us.", "sounds good, my cashtag is $liamcodes"),
        ("Can I pay you directly for the next milestone? Saves us 20%.", "Sure no problem"),
        ("Payment through Payoneer outside the platform ok?", "Of course, that's fine with me."),
        ("How about I send the money to your Revolut?", "yes please, revolut.me/tomasz_b"),
        ("We could skip Upwork fees if I pay you with Venmo.", "Sure thing! Venmo: @dev-sam"),
        ("Let's continue privately, I'll pay you by bank transfer.", "Alright, I'll send you my bank details."),
        ("Would you take bitcoin for the extra work?", f"Yes, {btc()}"),
        ("I prefer to pay via Skrill, is that ok?", "Skrill is fine."),
        ("Can I pay you via PayPal?", "Ok, I'm fine with that."),
        ("Let's do this one off-platform, payment by Wise.", "k"),
        ("I can send you a gift card instead of paying here.", "That works, Amazon please."),
        ("Pay outside upwork? I'll add a bonus.", "yes, pay me directly to my paypal"),
        ("I'll pay through Western Union, what's your full name and city?", "Sure. Maria Lopez, Madrid."),
    ]:
        add("client-proposes-freelancer-agrees", [("c", prop), ("f", reply)],
            client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    # F. client proposes, freelancer declines
    for prop, reply in [
        ("Can I pay you via PayPal to avoid the fees?", "Sorry, I can only be paid through the platform."),
        ("Let's close the contract and continue privately.", "No, I'd rather keep everything on Upwork."),
        ("I can pay you directly with Zelle.", "Thanks, but I can't accept payments outside the platform."),
        ("Would you take payment in crypto?", "I'm not able to do that, it's against Upwork's terms."),
        ("How about I pay you through Wise, no fees?", "I prefer to keep payments through the contract, sorry."),
        ("Send me your IBAN and I'll transfer the money.", "I can't share bank details here. Please fund the milestone instead."),
        ("Let's do the rest off-platform, cheaper for both.", "No thanks, let's keep it on Upwork."),
        ("Can you accept Venmo?", "Unfortunately I can't, payment has to go through Upwork."),
        ("I'd like to pay you by bank transfer to skip the fees.", "That's not allowed, please use the platform."),
        ("What's your PayPal?", "I only get paid via Upwork, sorry."),
        ("I'll send you the money on Cash App.", "Please don't, I won't accept payment outside the platform."),
        ("Can we avoid the service fee somehow?", "Upwork doesn't allow payments outside, so let's stick with the contract."),
        ("Pay via Western Union ok?", "nope, only through the platform."),
        ("Let's move to PayPal for future work.", "I'd rather stay on Upwork for payments."),
        ("I can pay in USDT directly.", "No thank you. Please use the milestone."),
        ("Do you have Payoneer? Easier for me.", "I have Payoneer but I only use it to withdraw from Upwork, so please pay through the contract."),
        ("I'll pay you directly, forget the platform.", "I must decline, it violates the terms of service."),
        ("Can I send a tip via PayPal?", "You can send a bonus through Upwork instead, thanks!"),
        ("Let's end the contract and I'll pay you privately.", "I won't do that. Let's finish here."),
        ("Would bank transfer be ok to skip fees?", "I'm not comfortable with that, let's keep it on the platform."),
    ]:
        add("client-proposes-freelancer-declines", [("c", prop), ("f", reply)], client=[(0, "PAY001")])

    # G. decline and report (wording or a Flag)
    for prop, reply, flag in [
        ("Can I pay you via PayPal to avoid the fees?", "No. I have reported this message to Upwork.", False),
        ("Let's continue outside the platform, I'll pay by Zelle.", "I can't do that and I've flagged this conversation.", False),
        ("Send me your bank details for a direct transfer.", "Sorry, that's against the rules. I reported it to support.", False),
        ("I'll pay you in crypto, no fees.", "No thanks, I'm reporting this to Upwork.", False),
        ("Pay you directly via Wise?", "I only get paid through the platform. I will let Upwork know.", False),
        ("Can we do PayPal instead?", "No, sorry.", True),
        ("Let's close the contract and continue privately.", "I'd rather keep it on the platform.", True),
        ("I can pay via Cash App to save fees.", "Please use the milestone.", True),
        ("Do you have Venmo?", "I can't accept that.", True),
        ("Let's avoid the commission, pay by Skrill?", "No, and I've contacted Upwork support about this.", False),
        ("I want to pay outside the platform.", "That's not allowed. Reported.", True),
        ("Send your PayPal email.", "I won't share that here; I have reported this request.", False),
        ("I'll pay by Western Union.", "No thank you.", True),
        ("Wire transfer outside the contract?", "Not possible, I contacted Trust & Safety.", False),
        ("Can I pay you directly to skip fees?", "", True),
    ]:
        turns = [("c", prop)] + ([("f", reply)] if reply else [])
        add("decline-and-report", turns, client=[(0, "PAY001")], flags=[("f", 0)] if flag else ())

    # H. freelancer proposes, client agrees
    for prop, reply in [
        ("You can pay me via PayPal to avoid the fees.", "Ok, what's your PayPal email?"),
        ("Let's continue outside the platform, cheaper for you.", "Sure, how do I pay you?"),
        ("Can you pay me through Wise?", "Yes, send me your Wise details."),
        ("Pay me directly and I'll give you a discount.", "Deal"),
        ("I accept USDT, it's easier.", "Fine, send your wallet address."),
        ("Please send the payment via Zelle.", "Sure, I'll send it via Zelle tonight."),
        ("Let's skip the Upwork fees, I take Payoneer.", "Great, I'll pay through Payoneer."),
        ("Can we do the next project off platform?", "yes, sounds good"),
    ]:
        add("freelancer-proposes-client-agrees", [("f", prop), ("c", reply)],
            freelancer=[(0, "PAY001")], client=[(1, "PAY003")])

    # I. job topics (negatives)
    for who, text in [
        ("c", "Please integrate the PayPal checkout into our WooCommerce store."),
        ("c", "We need Stripe webhooks for subscription renewals."),
        ("c", "Build a Venmo-like app in React Native."),
        ("f", "I have 5 years of experience with PayPal and Stripe APIs."),
        ("c", "Our customers should be able to pay with Apple Pay and Google Pay."),
        ("c", "Write a blog post comparing Wise and Revolut for expats."),
        ("c", "Design a logo for our crypto exchange."),
        ("f", "I implemented the Payoneer payout API for a marketplace."),
        ("c", "Fix the bug where the PayPal button doesn't show on mobile."),
        ("c", "Set up a Shopify store that accepts bitcoin payments."),
        ("c", "We need a trading bot for USDT pairs on Binance."),
        ("c", "Translate our Zelle FAQ page into Spanish."),
        ("f", "The Stripe sandbox keys are in the .env file now."),
        ("c", "Reconcile our PayPal transactions in QuickBooks for March."),
        ("c", "Create a landing page explaining how users can pay via Cash App."),
        ("c", "Can you add Venmo as a payment option on the checkout page?"),
        ("f", "The gateway now supports bank transfer and card payments for your buyers."),
        ("c", "Our app lets students send money to each other like Venmo."),
        ("c", "Implement crypto wallet connect with MetaMask for our dApp."),
        ("c", "Review our Western Union partnership presentation slides."),
        ("f", "I fixed the IPN handler so PayPal payments are marked as paid."),
        ("c", "Build an Excel model of our Payoneer fees by country."),
        ("c", "We need an SEO article about the best gift card apps."),
        ("c", "Donors will pay through PayPal on the donation page."),
        ("f", "The webhook now receives payment events from Revolut Business API."),
        ("c", "Write a tutorial on how to accept USDT on a WordPress site."),
        ("c", "Please test the Wise integration in test mode before go-live."),
        ("f", "Your sellers get paid via the Payoneer payouts endpoint now."),
        ("c", "Make a video ad for our cash back app."),
        ("c", "Research how Skrill and Neteller handle chargebacks for our report."),
    ]:
        add("job-topic", [(who, text)])

    # J. platform's own payment features and invoices (negatives)
    for who, text in [
        ("c", "I've funded the first milestone, you can start."),
        ("c", "I'll release the payment as soon as the milestone is approved."),
        ("c", "Sending you a bonus through Upwork for the great work!"),
        ("f", "Could you please fund the escrow for milestone 2?"),
        ("c", "I requested a refund through the platform for the cancelled part."),
        ("f", "I withdraw my earnings to Payoneer every Friday."),
        ("f", "I'll send the invoice through Upwork for the contract."),
        ("c", "Can you send me an invoice for the March hours? Our accounting needs it."),
        ("c", "I pay my Upwork invoices with PayPal, so the billing is fine."),
        ("f", "Payment is handled by the contract, no worries."),
        ("c", "I'll pay you directly through the milestone once you deliver."),
        ("f", "Upwork takes a 10% fee, so my rate here is $45/h."),
        ("c", "Please submit the hours in the weekly timesheet so I get billed."),
        ("c", "I added a bonus of $50 via Upwork, thank you!"),
        ("f", "My payout method on Upwork is a bank transfer to my local account."),
        ("c", "We pay through the platform only, that's company policy."),
        ("f", "The payment for milestone 3 hasn't been released yet, could you check?"),
        ("c", "Upwork's payment protection covers hourly contracts, right?"),
        ("c", "I'll increase the fixed-price milestone to $800 to cover the extra pages."),
        ("f", "Thanks for the payment! Received it on Upwork."),
    ]:
        add("platform-feature", [(who, text)])

    # K. past tense / other jobs (negatives)
    for who, text in [
        ("f", "My last client paid me through Payoneer."),
        ("f", "Years ago I used to get paid by PayPal on another site."),
        ("c", "Our previous developer wanted to be paid in bitcoin, which is why we left him."),
        ("f", "Before Upwork I was paid via Western Union by local clients."),
        ("c", "I once paid a freelancer with Zelle and never got the work."),
        ("f", "In the past I've received payments through Skrill for tutoring."),
        ("c", "Back in 2019 we paid contractors via bank transfer."),
        ("f", "A former client tried to pay me in gift cards, I refused."),
        ("c", "My old company paid everyone with Payoneer."),
        ("f", "I've been paid through Wise by my previous employer."),
    ]:
        add("past-tense", [(who, text)])

    # L. ordinary chat with trigger-like words (negatives)
    for who, text in [
        ("f", "I'll send the files directly to your email."),
        ("c", "That was a wise decision, thanks."),
        ("c", "Our cash flow is tight this month, so let's reduce the scope."),
        ("f", "Let me check and get back to you."),
        ("c", "Please send the draft by Friday."),
        ("f", "My rate is $40 per hour, payment on the platform as usual."),
        ("c", "Can you work directly with our designer on the mockups?"),
        ("f", "I'm off today, back tomorrow."),
        ("c", "Square logos look better on the homepage."),
        ("f", "Thanks for the tip about the fonts!"),
        ("c", "What fees do you charge for rush delivery?"),
        ("f", "I accepted the contract offer, starting now."),
        ("c", "Wire up the form to the backend please."),
        ("f", "The bank holiday means I'll deliver on Tuesday."),
        ("c", "Could you check the account settings page layout?"),
    ]:
        add("ordinary-chat", [(who, text)])

    # M. proposals (cover letters)
    for text, violating in [
        ("Hi! I can build your site in 5 days. I accept PayPal and Wise for faster payment outside Upwork.", True),
        ("Hello, I have 8 years of Stripe and PayPal integration experience; see my portfolio.", False),
        ("I'll do it for $300, but pay me directly via Zelle to avoid fees.", True),
        ("Experienced Shopify developer; I've set up payment gateways for 40 stores.", False),
        (f"Payment details: {grouped(iban('DE', 22))}", True),
        ("I can start today and deliver milestones on time through Upwork.", False),
        ("Happy to help! For private work I take crypto (USDT TRC20).", True),
        ("I built a crypto wallet app and a Wise-like transfer dashboard before.", False),
    ]:
        exp = [(0, "PAY002" if "IBAN" in text or "Payment details" in text else "PAY001")] if violating else []
        add("proposal-cover-letter", [("f", text)], freelancer=exp, surface="proposal")

    # N. identifiers in job context (negatives)
    for who, text in [
        ("c", "Please build an IBAN validator; it must accept DE89370400440532013000."),
        ("c", f"The token contract address is {eth()}, deployed on testnet."),
        ("f", f"Unit test added: `assert is_valid('{btc()}')`"),
        ("c", f"Sample data for the parser: {iban('FR', 27)}"),
        ("f", "The regex now handles bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq correctly."),
        ("c", f"Show this example wallet in the mockup: {tron()}"),
        ("c", f"Our smart contract at {eth()} needs an audit."),
        ("f", "The checksum function rejects 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD as expected."),
    ]:
        add("identifier-job-context", [(who, text)])

    # O. multi-turn conversations with context
    add("conversation", [
        ("c", "Hi, can you start on the landing page today?"),
        ("f", "Yes, I'll start after you fund the milestone."),
        ("c", "Done. Also, for future work can I pay you via PayPal? Upwork fees are high."),
        ("f", "Thanks! I'd prefer to keep everything on Upwork."),
    ], client=[(2, "PAY001")])
    add("conversation", [
        ("c", "Great work on the logo."),
        ("c", "Let's do the next one outside Upwork, I'll pay by Wise."),
        ("f", "Sure"),
        ("f", f"My IBAN: {grouped(iban('GB', 22))}"),
    ], client=[(1, "PAY001")], freelancer=[(2, "PAY003"), (3, "PAY002")])
    add("conversation", [
        ("c", "Can I pay you in USDT?"),
        ("f", "Let me check and get back to you."),
        ("f", "Ok, the draft is ready for review."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "Here is the first draft."),
        ("c", "Looks good. Want to be paid via Zelle for the extra revisions?"),
        ("f", "yes, my zelle is +1 212 555 0199"),
        ("c", "Sent!"),
    ], client=[(1, "PAY001")], freelancer=[(2, "PAY003")])
    add("conversation", [
        ("c", "Could you also integrate Stripe checkout?"),
        ("f", "Sure, I have done Stripe integrations many times."),
    ])
    add("conversation", [
        ("c", "We need PayPal and Venmo buttons on the donate page."),
        ("f", "Ok, will do."),
    ])
    add("conversation", [
        ("c", "I'd like to pay you directly via PayPal to save fees."),
        ("f", "I can't, sorry, it's against the terms."),
        ("c", "Come on, nobody will know. Send me your PayPal."),
        ("f", "Fine, it's lena.art@gmail.com"),
    ], client=[(0, "PAY001"), (2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "Let's close the contract and continue privately."),
        ("f", "Why?"),
        ("f", "Ok"),
    ], client=[(0, "PAY001")], note="bare ok as a second reply is not taken as agreement")
    add("conversation", [
        ("f", "The milestone is ready, please review."),
        ("c", "Approved and released. I also sent a bonus through Upwork."),
        ("f", "Thank you so much!"),
    ])
    add("conversation", [
        ("c", "I can pay you with Revolut, 0 fees."),
        ("f", "Thanks for the offer. I have reported this to Upwork, as payments outside are not allowed."),
    ], client=[(0, "PAY001")])
    return cases


def heldout_cases() -> list[dict[str, Any]]:
    """Held-out cases, written after the detector's mechanisms were fixed on the first set."""
    rng.seed(4)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout-")
    for text in [
        "Honestly the fees here are ridiculous, can I just PayPal you?",
        "If it's ok with you I'll transfer the money straight to your bank account.",
        "I'd be happy to pay via Zelle, it's instant.",
        "Shall we take this off Upwork? I'll pay you weekly by Wise.",
        "Is it possible to pay you through Payoneer directly?",
        "Can you give me your wallet? I'll send you 300 USDT.",
        "Let's cut out the middleman and I pay you directly.",
        "I could pay the remaining balance in cash when we meet.",
        "We'll pay via Western Union to your name, send me your details.",
        "Hey, would Venmo work for the payment?",
        "Next milestones I'll send through PayPal to save us both money on fees.",
        "My company prefers to pay freelancers via bank wire outside Upwork.",
    ]:
        add("client-solicits", [("c", text)], client=[(0, "PAY001")])

    for text in [
        "FYI I'm also on PayPal if that's easier for paying me.",
        "For the next project you can just Zelle me.",
        "I'll give you a discount if we skip Upwork and you pay me on Payoneer.",
        "Once this contract ends we can keep working together privately.",
        "It would be cheaper if you paid me through Wise.",
        "Kindly make the payment via Skrill, thanks.",
        "You could send the payment to my Binance account.",
        "Tip me on Cash App if you liked it!",
    ]:
        add("freelancer-solicits", [("f", text)], freelancer=[(0, "PAY001")])

    for text in [
        f"IBAN {grouped(iban('BE', 16))} — KBC Bank",
        f"Please use this account: {iban('AT', 20)}",
        f"LTC? no, BTC only: {segwit()}",
        f"My USDT address (TRON network): {tron()}",
        f"ETH: {eth()}",
        "paypal: sara.k.design@gmail.com",
        "you can find me on venmo @alex-w-99",
        "ACH: routing 121000358 account number 99281736",
    ]:
        add("details-valid", [("f", text)], freelancer=[(0, "PAY002")])

    for prop, reply in [
        ("I'd rather pay you via PayPal, no fees for either of us.", "Sounds good to me!"),
        ("Can I pay you through Zelle for this small fix?", "yes that's ok, use my phone number"),
        ("Want me to pay in crypto instead?", f"Sure, ETH works: {eth()}"),
        ("I can send the rest by Wise if that's fine.", "Perfect, I'll send you my Wise email."),
        ("Let's keep it between us, I'll pay cash.", "ok deal"),
        ("Would you be ok being paid through Payoneer instead of Upwork?", "Yes, that's fine."),
    ]:
        add("client-proposes-freelancer-agrees", [("c", prop), ("f", reply)],
            client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    for prop, reply in [
        ("Can I pay you via PayPal? Upwork fees are too high.", "I appreciate it, but I have to keep payments on Upwork."),
        ("How about paying you through Zelle?", "I'd prefer not to, Upwork protects us both."),
        ("I can send USDT directly if you like.", "Thanks, but that's against the Upwork terms. Please use the contract."),
        ("Let's finish this job and continue privately.", "I can't, sorry. Happy to continue here though."),
        ("Would you take Venmo for the next part?", "No, please pay through the platform."),
        ("Can we go off Upwork for the next project?", "I'm sorry, I only work through Upwork."),
    ]:
        add("client-proposes-freelancer-declines", [("c", prop), ("f", reply)], client=[(0, "PAY001")])

    for prop, reply, flag in [
        ("Pay you by PayPal to skip fees?", "No. I've reported this.", False),
        ("I'll pay you in bitcoin, send your address.", "That's not something I can do; I've let Upwork support know.", False),
        ("Can we do Western Union?", "No, sorry.", True),
        ("Let's take this off the platform.", "I'd rather not.", True),
    ]:
        turns = [("c", prop), ("f", reply)]
        add("decline-and-report", turns, client=[(0, "PAY001")], flags=[("f", 0)] if flag else ())

    for who, text in [
        ("c", "We need someone to migrate our billing from PayPal to Stripe."),
        ("c", "Add Zelle and Venmo logos to the footer of the site."),
        ("f", "The Cash App pay integration is done, please test it."),
        ("c", "Our shop should accept USDT and BTC through Coinbase Commerce."),
        ("c", "Write 5 product descriptions for our gift card store."),
        ("f", "I've configured the PayPal subscription plans in the dashboard."),
        ("c", "Create an email template telling customers they can pay by bank transfer."),
        ("c", "Audit the Solidity code of our ERC20 token."),
        ("f", "Payoneer's API returns a 401, can you regenerate the credentials?"),
        ("c", "Need a Figma mockup of a Revolut-style banking app."),
    ]:
        add("job-topic", [(who, text)])

    for who, text in [
        ("c", "I'll pay the invoice once the milestone is submitted."),
        ("f", "The platform fee is taken automatically, I'm fine with that."),
        ("c", "I just sent a $100 bonus on Upwork for the extra effort."),
        ("f", "Please release the escrow when you're satisfied."),
        ("c", "My card was declined on Upwork, I'll add PayPal as a billing method there."),
        ("f", "I get my Upwork earnings via direct deposit to my bank."),
    ]:
        add("platform-feature", [(who, text)])

    for who, text in [
        ("f", "A previous client paid me in USDT, and it was a mess."),
        ("c", "Last year we paid our designer by PayPal."),
        ("f", "I used to accept Skrill before I joined Upwork."),
    ]:
        add("past-tense", [(who, text)])

    for who, text in [
        ("c", "Please send the final files directly to me."),
        ("f", "The payment screen in your app has a typo."),
        ("c", "I'll check with accounting and come back to you."),
        ("f", "Sorry for the delay, I was off sick."),
        ("c", "That's a wise approach, go ahead."),
    ]:
        add("ordinary-chat", [(who, text)])
    return cases


def heldout2_cases() -> list[dict[str, Any]]:
    """Second held-out batch, written after the first was absorbed (measured before any fix)."""
    rng.seed(4)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout2-")
    for text in [
        "hey, quick q - any chance you take paypal? would make my life easier",
        "I'm happy to continue but I'd rather not pay Upwork's 5% marketplace fee, can we sort payment ourselves?",
        "Would you be open to direct payment for the next phase?",
        "Let me know your Wise details and I'll send the deposit.",
        "I'll venmo you the remaining 200 tonight.",
        "Can we just do bank transfer from now on, outside this site?",
        "If I pay in bitcoin can you give me a better price?",
        "pls send ur zelle, i'll pay now",
        "I'd like to hire you long term but off Upwork, payment through Payoneer monthly.",
        "Is it ok if I send the money through Western Union? My card doesn't work here.",
    ]:
        add("client-solicits", [("c", text)], client=[(0, "PAY001")])

    for text in [
        "For future projects I'd prefer direct payment, it's cheaper for both of us.",
        "btw you can also pay me thru paypal if the platform gives you trouble",
        "I usually take USDT (TRC20) for long-term clients.",
        "Happy to give 10% off if we settle it via Revolut.",
        "Let's finish the rest outside upwork, I'll invoice you directly.",
    ]:
        add("freelancer-solicits", [("f", text)], freelancer=[(0, "PAY001")])

    for text in [
        f"my wise account: {grouped(iban('GB', 22))}",
        f"BTC {btc()}",
        f"here's my usdt trc20 wallet {tron()}",
        "paypal.me/kasia_designs",
        "Cash App: $leo-builds",
    ]:
        add("details-valid", [("f", text)], freelancer=[(0, "PAY002")])

    for prop, reply in [
        ("Can I send you the money by PayPal? It's much easier.", "Yeah sure, whatever works for you."),
        ("How about Zelle for the rest?", "ok send it to 917 555 0144"),
        ("I can pay via bank transfer outside of Upwork.", f"Great, my IBAN is {iban('NL', 18)}"),
        ("Could we use Wise instead of the platform?", "Fine by me"),
    ]:
        add("client-proposes-freelancer-agrees", [("c", prop), ("f", reply)],
            client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    for prop, reply in [
        ("Can I send you the money by PayPal? It's much easier.", "I'd love to help but payments need to stay on Upwork."),
        ("How about Zelle for the rest?", "Sorry, I'm only able to accept payment through Upwork."),
        ("Let's move payment off the platform.", "I'm going to have to say no to that."),
        ("Would you take crypto?", "No, I don't take payments outside of Upwork."),
        ("I can pay you directly via Payoneer, saves fees.", "Thank you but no, I'll keep it on the platform. I've also flagged this to Upwork support."),
    ]:
        add("client-proposes-freelancer-declines", [("c", prop), ("f", reply)], client=[(0, "PAY001")])

    for who, text in [
        ("c", "Our marketplace needs a payout flow like PayPal's for sellers."),
        ("c", "Please write unit tests for the Venmo refund handler."),
        ("f", "I benchmarked Wise vs Payoneer API latency for your report."),
        ("c", "We want to display prices in BTC and ETH on the product page."),
        ("c", "Migrate our subscriptions from PayPal to Paddle."),
        ("f", "Apple Pay and Google Pay buttons are live on the checkout now."),
        ("c", "Design icons for bank transfer, card and crypto payment methods."),
        ("c", "I need a Python script that exports our Stripe payouts to CSV."),
    ]:
        add("job-topic", [(who, text)])

    for who, text in [
        ("c", "I'll pay the remaining amount through the milestone, no worries."),
        ("f", "Could you please approve the milestone so the payment is released?"),
        ("c", "Added a tip for you via the bonus feature, thanks!"),
        ("f", "Upwork charges me 10% so I set my rate accordingly."),
        ("c", "The invoice from Upwork says $1,250, is that right?"),
        ("f", "My earnings go to my Payoneer account through Upwork's withdrawal."),
    ]:
        add("platform-feature", [(who, text)])

    for who, text in [
        ("f", "Payment wasn't an issue with my previous clients, they paid on time through the platform."),
        ("c", "We had a contractor who asked for PayPal last year and we reported him."),
        ("f", "I got scammed once with a fake PayPal payment email, so I stay on Upwork."),
    ]:
        add("past-tense", [(who, text)])

    for who, text in [
        ("c", "Can you pay attention to the header spacing?"),
        ("f", "It won't cost you extra, it's a small fix."),
        ("c", "I'll transfer the ownership of the repo to you."),
        ("f", "Directly after the call I'll update the draft."),
        ("c", "We're cash-strapped this quarter, can we reduce scope?"),
        ("f", "Sending the deliverables via Google Drive now."),
    ]:
        add("ordinary-chat", [(who, text)])
    return cases


def heldout3_cases() -> list[dict[str, Any]]:
    """Third held-out batch: harder look-alikes and phrasing, measured before any fix."""
    rng.seed(4)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout3-")
    # look-alikes that must stay quiet
    for who, text in [
        ("c", "Do you have Stripe experience? We use it for subscriptions."),
        ("c", "What's your PayPal integration experience like?"),
        ("c", "I'll pay you directly after the milestone is approved, as usual on Upwork."),
        ("f", "Reminder from Upwork: never accept payment outside the platform."),
        ("c", "Our finance team pays all vendors by bank transfer, but for Upwork contractors we use the platform."),
        ("f", "I noticed your site doesn't accept PayPal, want me to add it?"),
        ("c", "Is Wise supported as a withdrawal method on Upwork for you?"),
        ("f", "The crypto prices widget is updating every 5 seconds now."),
        ("c", "Please don't share any bank details in chat, use the milestone."),
        ("f", "My bank flagged the Upwork transfer, but it's sorted now."),
        ("c", "Can you build a Zelle-style P2P transfer feature in our banking app?"),
        ("f", "Sure, I can integrate Revolut Business for your payroll."),
        ("c", "The client of our client pays via PayPal, we just need the report."),
        ("f", "You can tip through Upwork after the contract ends if you liked my work."),
        ("c", "Western Union is one of our customers, so brand consistency matters."),
        ("f", "I'll send the final invoice on Upwork today."),
        ("c", "The PayPal sandbox account email is sb-test@business.example.com"),
        ("f", "Venmo's brand colors are #008CFF and white, I matched them."),
    ]:
        add("look-alike", [(who, text)])

    # more ways to ask, share and agree
    for text in [
        "Can you accept a bank wire for the next milestone instead of Upwork?",
        "I don't want to pay the Upwork fee again, send me your PayPal and I'll pay you there.",
        "Don't pay through Upwork this time, just Zelle me.",
        "Let's handle payment privately from now on.",
        "I'll throw in a 5% bonus if we do this outside Upwork.",
    ]:
        add("solicits", [("c", text)], client=[(0, "PAY001")])

    for prop, reply in [
        ("Can I pay you via PayPal for the extra hours?", "Yes please! Same email as my profile."),
        ("Would bank transfer be ok? No fees that way.", f"sure, {grouped(iban('DE', 22))} (Max Müller)"),
        ("Send me your USDT address, I'll pay directly.", f"{tron()}"),
    ]:
        add("agrees", [("c", prop), ("f", reply)], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    for prop, reply in [
        ("Can I pay you via PayPal for the extra hours?", "Please add the extra hours to the contract instead, I can't take PayPal."),
        ("Would bank transfer be ok? No fees that way.", "I'll have to pass on that, but happy to continue on Upwork."),
        ("Pay outside upwork?", "No. Reported."),
    ]:
        add("declines", [("c", prop), ("f", reply)], client=[(0, "PAY001")])
    return cases


def heldout4_cases() -> list[dict[str, Any]]:
    """Fourth held-out batch: multi-turn conversations, measured before any fix."""
    rng.seed(4)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout4-")
    add("conversation", [
        ("c", "Hi! Loved your portfolio. Are you available for a 3-week project?"),
        ("f", "Hi, yes I am. Could you share the brief?"),
        ("c", "Sure, attached. Budget is $2k. Also, I usually pay my contractors through Wise to avoid fees, is that ok?"),
        ("f", "Thanks for the brief! For payment I'll need to stick with Upwork, happy to start once the contract is up."),
        ("c", "Understood, sending the offer now."),
    ], client=[(2, "PAY001")])
    add("conversation", [
        ("c", "The first milestone looks great."),
        ("f", "Thanks! For the next ones, could you pay me directly? Upwork takes 10%."),
        ("c", "Hmm, how would that work?"),
        ("f", f"Just a bank transfer to {grouped(iban('PT', 25))}"),
        ("c", "I'd rather not, let's keep it on Upwork."),
    ], freelancer=[(1, "PAY001"), (3, "PAY002")])
    add("conversation", [
        ("c", "Can you do the job for $300 if I pay in USDT?"),
        ("f", "What network?"),
        ("c", "TRC20."),
        ("f", f"Ok. {tron()}"),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "I finished the migration, please review."),
        ("c", "Works perfectly. I'll add a bonus."),
        ("f", "Thank you! Much appreciated."),
        ("c", "Sent $100 as a bonus on Upwork."),
    ])
    add("conversation", [
        ("c", "Do you use Venmo?"),
        ("f", "Yes, why?"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Our store needs Venmo and Cash App at checkout, can you do that?"),
        ("f", "Yes, I've integrated both before. Would take about a week."),
        ("c", "Great, let's do it."),
    ])
    add("conversation", [
        ("c", "I can't pay through Upwork this week, my card got blocked. Can I send via PayPal?"),
        ("f", "Sorry to hear that! You could add PayPal as a billing method on Upwork instead."),
        ("c", "Good idea, done."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "Hello, I'm interested in your project. I can deliver in 3 days."),
        ("c", "Sounds good. How do you want to be paid?"),
        ("f", "Through Upwork milestones, as usual."),
    ])
    add("conversation", [
        ("c", "let's end the contract and I'll pay the last part on paypal"),
        ("f", "no problem, same email as before"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "let's end the contract and I'll pay the last part on paypal"),
        ("f", "I'd prefer to finish it here. I've also reported this, sorry."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "How much for the logo?"),
        ("f", "$150 fixed price."),
        ("c", "Ok, I'll create the contract."),
    ])
    add("conversation", [
        ("f", "Would you mind sending the remaining $500 via Zelle? It's faster."),
        ("c", "No, Upwork only please."),
        ("f", "Ok, understood."),
    ], freelancer=[(0, "PAY001")])
    return cases


def heldout5_cases() -> list[dict[str, Any]]:
    """Fifth held-out batch, written after every fix above: the closest thing here to
    an untuned estimate (first measured at precision 1.00, recall 0.78)."""
    rng.seed(5)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout5-")
    for text in [
        "Is there any way to pay you without going through Upwork?",
        "I'd like to send you a little extra for your help, what's your PayPal?",
        "If you give me your bank info I can wire the full amount today.",
        "Could you accept Payoneer directly for this one? The platform fee is killing my budget.",
        "We pay all our freelancers in USDT on the first of the month, send your wallet.",
        "Honestly it'd be easier to just Venmo you.",
        "I'll pay half now via Zelle and half when you finish.",
        "Can we keep Upwork out of the payment part?",
        "My accountant prefers bank transfers, can we do that instead of the milestones here?",
        "Let's take the payment off Upwork; I'll send it through Revolut.",
    ]:
        add("client-solicits", [("c", text)], client=[(0, "PAY001")])
    for text in [
        "For smaller tasks like this I take PayPal, saves us both time.",
        "If it's easier, Wise works for me too.",
        "You can send the payment to my Skrill account.",
        "Paying outside Upwork gets you a 15% discount.",
        "Ping me on my PayPal when you're ready to pay.",
    ]:
        add("freelancer-solicits", [("f", text)], freelancer=[(0, "PAY001")])
    for text in [
        f"Bank: Revolut, IBAN {grouped(iban('LT', 20))}",
        f"ERC20 address: {eth()}",
        f"Send BTC here: {btc()}",
        "my venmo is @dana-ux",
        "zelle: dana.ux@gmail.com",
    ]:
        add("details-valid", [("f", text)], freelancer=[(0, "PAY002")])
    for prop, reply in [
        ("Can I pay you through Wise to save on fees?", "Sure thing, I'll DM you my Wise email."),
        ("I'd prefer to pay you directly by bank transfer.", "ok, that's fine"),
        ("Is PayPal ok for the bonus?", "PayPal is perfect, thanks!"),
        ("Let's skip the platform fees and use Zelle.", "Alright, Zelle it is."),
    ]:
        add("client-proposes-freelancer-agrees", [("c", prop), ("f", reply)],
            client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    for prop, reply in [
        ("Can I pay you through Wise to save on fees?", "I appreciate the thought, but I only accept payment via Upwork."),
        ("I'd prefer to pay you directly by bank transfer.", "That's against Upwork's rules, so I have to say no."),
        ("Is PayPal ok for the bonus?", "Please send the bonus through Upwork, I can't take PayPal."),
        ("Let's skip the platform fees and use Zelle.", "No thanks, and I've reported the request to Upwork support."),
    ]:
        add("client-proposes-freelancer-declines", [("c", prop), ("f", reply)], client=[(0, "PAY001")])
    for who, text in [
        ("c", "The checkout should support PayPal Express and Apple Pay."),
        ("f", "I added Zelle instructions to the FAQ page you asked for."),
        ("c", "Write three blog posts about sending money abroad with Wise."),
        ("c", "Our bookkeeping needs every Payoneer transaction categorised."),
        ("f", "The USDT price feed now refreshes every minute."),
        ("c", "Please build a crypto wallet balance tracker for our users."),
        ("c", "Create a landing page for our bank transfer feature."),
        ("f", "The Stripe test keys are now in the staging config."),
    ]:
        add("job-topic", [(who, text)])
    for who, text in [
        ("c", "I just funded milestone 2, go ahead."),
        ("f", "Please release the payment for the first milestone when you can."),
        ("c", "I'll leave a bonus through Upwork once we're done."),
        ("f", "I withdraw to Payoneer, so any Upwork payment works for me."),
        ("c", "Can you send an invoice through Upwork for the extra hours?"),
    ]:
        add("platform-feature", [(who, text)])
    for who, text in [
        ("f", "Two years ago a client paid me in bitcoin, never again."),
        ("c", "Our previous agency invoiced us via PayPal."),
        ("f", "I used Payoneer before Upwork had direct deposit in my country."),
    ]:
        add("past-tense", [(who, text)])
    for who, text in [
        ("c", "Could you send the source files directly to my email?"),
        ("f", "I'll transfer the design files to your Figma team."),
        ("c", "We're paying attention to every detail on this one."),
        ("f", "The fee structure on Upwork is clear to me, no questions."),
        ("c", "Let's keep the conversation here, it's easier to track."),
    ]:
        add("ordinary-chat", [(who, text)])
    return cases


def heldout6_cases() -> list[dict[str, Any]]:
    """Sixth held-out batch: service names in questions and offers, both ways (first
    measured at precision 1.00, recall 0.58)."""
    rng.seed(6)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout6-")
    for who, text in [
        ("c", "Would it be okay if I sent it through Payoneer this time?"),
        ("c", "Any objection to Zelle for the final invoice?"),
        ("c", "Could the remaining balance go to your Revolut?"),
        ("f", "Happy to receive it by Wise if you prefer."),
        ("c", "PayPal or bank wire, which do you want?"),
        ("f", "Feel free to use Cash App for the tip."),
        ("c", "How about crypto for the next invoice, would you be fine with that?"),
        ("f", "If you have Venmo we could settle the difference there."),
        ("c", "Maybe Western Union would be faster for you?"),
        ("f", "Skrill would honestly be simpler for both of us."),
        ("c", "I'm thinking of paying you with Amazon gift cards, ok?"),
        ("f", "Mind sending it over Zelle instead?"),
    ]:
        add("solicits", [(who, text)], **({"client": [(0, "PAY001")]} if who == "c" else {"freelancer": [(0, "PAY001")]}))
    for who, text in [
        ("c", "Do you know if PayPal charges fees for payouts to Brazil?"),
        ("f", "Would you recommend Stripe or PayPal for your store?"),
        ("c", "Are you familiar with the Venmo API?"),
        ("f", "Could you share the Payoneer CSV export so I can reconcile it?"),
        ("c", "Can you make the Zelle logo a bit smaller on the banner?"),
        ("f", "Should the Wise integration support multi-currency accounts?"),
        ("c", "Have you worked on a crypto exchange before?"),
        ("f", "Do your customers mostly pay by bank transfer or card?"),
        ("c", "Is Upwork's PayPal withdrawal slow in your country?"),
        ("f", "Would you like the Revolut card mockup in dark mode?"),
        ("c", "Can you fix the Cash App deep link on Android?"),
        ("f", "What's the PayPal client ID for the sandbox?"),
    ]:
        add("look-alike", [(who, text)])
    return cases


def heldout7_cases() -> list[dict[str, Any]]:
    """Seventh held-out batch, written blind before the mechanism work of this round:
    registers, non-native English, questions, indirect asks, obfuscated names,
    multi-turn conversations, and hard negatives about payment providers."""
    rng.seed(7)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout7-")
    for text in [
        "do u accept paypal? its easier for me than the card here",
        "Can you take Zelle? I'd send it right after you deliver.",
        "Kindly share your Payoneer email so I can release the remaining fund directly.",
        "Would you be open to being paid by wire for the next phase?",
        "I have USDT ready, can I just send it to you?",
        "Is there another way I can pay you that avoids the Upwork fee?",
        "Dear, I will pay you by Western Union after the work, please confirm.",
        "Ok so for the remaining $800, venmo work for you?",
        "Can I just send you cash via Cash App for the small fixes?",
        "I'm happy to pay more if we do it outside the site.",
        "send me your p@yp@l and I pay tomorrow",
        "What's your Wise tag? I'll send the deposit now.",
        "Do you have a Revolut? Would be instant.",
        "Could I transfer the money straight to your bank account instead?",
        "For the next contract maybe we skip Upwork and I pay you by bank, what do you think?",
    ]:
        add("client-solicits", [("c", text)], client=[(0, "PAY001")])
    for text in [
        "For returning clients I also accept payment thru Payoneer, just so you know.",
        "If you prefer, I can send you a PayPal invoice directly and we avoid the fees.",
        "Brother, you can send on my Binance pay, it is more fast.",
        "I'd give you a better rate if you paid me direct.",
        "Do you have Zelle? Could be simpler than the milestones.",
        "You may transfer to my Wise account, it's cheaper for both.",
        "Just venmo me whenever, no need for another contract.",
        "Is it possible you pay me in crypto? Upwork payments are slow in my country.",
        "I accept z e l l e too if that helps.",
        "Next time you can pay me directly, I'll send my bank details.",
    ]:
        add("freelancer-solicits", [("f", text)], freelancer=[(0, "PAY001")])
    add("conversation", [
        ("c", "Great work on the first draft."),
        ("f", "Thanks! Happy to continue."),
        ("c", "For the rest, can I pay you via PayPal? The card fees here are crazy."),
        ("f", "Let me think about it."),
        ("c", "No pressure."),
        ("f", "Ok, PayPal is fine, my email is the same as on my profile."),
    ], client=[(2, "PAY001")], freelancer=[(5, "PAY003")])
    add("conversation", [
        ("f", "Would it be okay if you paid the final part through Wise?"),
        ("c", "What's the benefit?"),
        ("f", "No fees for either of us."),
        ("c", "Alright, let's do that."),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [
        ("c", "Can you take crypto? I hold a lot of USDC."),
        ("f", "I'm sorry, I only get paid through Upwork."),
        ("c", "Ok, no problem."),
        ("f", "Thanks for understanding, I'll send the milestone request."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "i'll pay you through venmo for the extra pages ok"),
        ("f", "Please don't, it's against the terms. I have reported this message."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("f", "Could we do the payment outside Upwork this time? I'll give you a discount."),
        ("c", "No. I'm reporting this."),
    ], freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [
        ("c", "I'd like to pay you with Zelle for the bonus."),
        ("f", "Sure, use my phone number."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "How do you want the remaining payment? PayPal or Payoneer?"),
        ("f", "PayPal please."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Can we settle directly by bank transfer?"),
        ("f", "What about the contract?"),
        ("c", "We just close it, I transfer you the rest."),
        ("f", "Okay, deal."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "Do you take Cash App?"),
        ("f", "Why do you ask?"),
        ("c", "Easier for me than the platform."),
        ("f", "Then no, sorry, I work only through Upwork."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Would you accept payment in bitcoin?"),
        ("f", "yes of course"),
        ("c", "perfect send me the address"),
        ("f", f"{btc()}"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003"), (3, "PAY002")])
    add("conversation", [
        ("f", "Can I send you my PayPal so you pay me the tip there?"),
        ("c", "Sure, go ahead."),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "Is it ok if I send the money via Payoneer?"),
        ("f", "I'd rather stay on the platform."),
        ("c", "Fine, I'll fund the milestone."),
        ("f", "Sure, thanks!"),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "We need a Venmo integration for the app."),
        ("f", "Sure, I can do that."),
    ])
    add("conversation", [
        ("f", "Is the PayPal checkout still failing?"),
        ("c", "Yes, customers see an error after login."),
        ("f", "Ok, I'll look into it tonight."),
    ])
    add("conversation", [
        ("c", "Can I pay you a bonus?"),
        ("f", "Of course, thank you so much!"),
    ])
    add("conversation", [
        ("c", "Do you have PayPal experience? We're migrating to it."),
        ("f", "Yes, plenty."),
        ("c", "Great, let's talk scope."),
    ])
    for prop, reply in [
        ("Can I pay you directly on Wise? saves us 10%", "Yes that works, I'll send my details."),
        ("pay pal ok for u?", "ok"),
    ]:
        add("client-proposes-freelancer-agrees", [("c", prop), ("f", reply)],
            client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    for prop, reply in [
        ("Can I pay you directly on Wise? saves us 10%", "Thanks, but I need to keep payments on Upwork."),
        ("pay pal ok for u?", "No sorry, only via the platform."),
        ("Let's just do bank transfer, simpler", "I can't do that, I'm sorry, Upwork's terms don't allow it."),
    ]:
        add("client-proposes-freelancer-declines", [("c", prop), ("f", reply)], client=[(0, "PAY001")])
    # hard negatives
    for who, text in [
        ("c", "Does Upwork support PayPal withdrawals in Pakistan?"),
        ("f", "Can I withdraw my Upwork earnings to Payoneer?"),
        ("c", "We need a PayPal button on the pricing page."),
        ("c", "Build a Zelle-like transfer screen for our banking app."),
        ("f", "The Venmo webhook now verifies the signature."),
        ("c", "Write a comparison article: Wise vs Revolut for freelancers."),
        ("f", "Your crypto wallet app crashes when the balance is zero."),
        ("c", "Please translate our bank transfer instructions into Spanish."),
        ("f", "I can add Cash App Pay to your Shopify store."),
        ("c", "Can you take a look at our Stripe payout errors?"),
        ("c", "Do you accept the offer? I've set the milestones."),
        ("f", "Could you fund the next milestone so I can start?"),
        ("c", "I'll send a bonus through Upwork for the extra work."),
        ("f", "I sent you the invoice through Upwork for this week's hours."),
        ("c", "The refund was processed by Upwork, thanks for your patience."),
        ("f", "Payment is protected by escrow here, so no worries."),
        ("c", "Can I pay you for the extra hours through a new milestone?"),
        ("f", "Please pay through the platform as usual."),
        ("c", "My last freelancer asked me to pay by PayPal, I refused."),
        ("f", "A client once paid me with Zelle and later disputed it."),
        ("c", "We used to pay our designers via Wise before joining Upwork."),
        ("f", "I used to receive payments in bitcoin back in 2017."),
        ("c", "Do you take on weekend work?"),
        ("f", "I can accept the changes if you send them by Friday."),
        ("c", "Can you send me the file directly?"),
        ("f", "Transfer the domain to my registrar account and I'll set up DNS."),
        ("c", "Do you use Figma or Sketch?"),
        ("f", "The cash flow report is in the shared folder."),
        ("c", "Is Upwork's payment protection available for hourly contracts?"),
        ("f", "My Upwork earnings go to my bank account, works fine."),
        ("c", "Would you recommend Payoneer or Wise for receiving Upwork payouts?"),
        ("f", "Do you need the PayPal sandbox credentials for testing?"),
        ("c", "I'll pay the invoice today on Upwork."),
        ("f", "Venmo, Zelle and PayPal logos are now in the footer."),
    ]:
        add("hard-negative", [(who, text)])
    return cases


def heldout8_cases() -> list[dict[str, Any]]:
    """Eighth held-out batch, written after this round's mechanism work and before the
    improved detector was run on it; measured once."""
    rng.seed(8)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout8-")
    for text in [
        "Hey, quick one: could I pay the final 40% by Zelle rather than here?",
        "I'm able to transfer the funds to your Payoneer straight away if you agree.",
        "can i give u the money on cashapp instead",
        "We would like to remunerate you via bank wire going forward.",
        "Are you OK receiving payment in USDC on Polygon?",
        "Let me know your Revolut and I'll sort the payment this evening.",
        "Sir please tell me your western union details for the payment.",
        "Would a direct Wise transfer to you work for the remaining hours?",
        "I could just e-transfer you the balance, less hassle.",
        "Fancy taking the rest in bitcoin? I'd round it up.",
        "Can my company pay you by SEPA directly next month?",
        "Send me your bank info pls so we can do the next milestones outside.",
    ]:
        add("client-solicits", [("c", text)], client=[(0, "PAY001")])
    for text in [
        "If it's easier for you, my PayPal is open for the payment.",
        "Could you transfer the tip to my Wise instead of adding a bonus here?",
        "For ongoing work most of my clients pay me by Payoneer, would that suit you?",
        "I'm fine with being paid in ETH for the next part.",
        "You can always pay me on Venmo, it's instant.",
        "Would you consider paying me through Skrill? Upwork withdrawals take ages.",
        "Transfer the money to my account directly and I'll start right away.",
        "i take gift cards too if u want",
        "Please pay the second half via M-Pesa to my number.",
        "We can keep the contract for show and do the payment between us.",
    ]:
        add("freelancer-solicits", [("f", text)], freelancer=[(0, "PAY001")])
    add("conversation", [
        ("c", "Do you accept Venmo?"),
        ("f", "For what?"),
        ("c", "For the bonus, I'd rather send it there."),
        ("f", "Yes, I have Venmo."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "Happy to give a discount if you send the payment via Wise."),
        ("c", "Sounds interesting."),
        ("c", "Ok, go ahead and send me your details."),
    ], freelancer=[(0, "PAY001")], client=[(2, "PAY003")])
    add("conversation", [
        ("c", "Could I pay you via PayPal for this part?"),
        ("f", "Thanks for asking, but no. Please use the milestone."),
        ("c", "Sure, will do."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "The app needs Zelle payments for our users."),
        ("f", "Ok, what's the deadline?"),
        ("c", "Two weeks."),
        ("f", "Sure, no problem."),
    ])
    add("conversation", [
        ("f", "Would bank transfer be okay for the final invoice?"),
        ("c", "Which bank?"),
        ("f", "Any, I'll send you my IBAN."),
        ("c", "Fine."),
    ], freelancer=[(0, "PAY001"), (2, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [
        ("c", "Can I send you money through crypto?"),
        ("f", "I'm reporting this, it violates the terms of service."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("c", "Do you want the bonus on PayPal or through Upwork?"),
        ("f", "Through Upwork please."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "I'll pay the remaining via Revolut, ok?"),
        ("f", "Hmm"),
        ("f", "ok"),
    ], client=[(0, "PAY001")], freelancer=[(2, "PAY003")])
    add("conversation", [
        ("c", "Is there any issue if I pay you in cash when we meet?"),
        ("f", "That works, see you Thursday."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "I've uploaded the final files."),
        ("c", "Thanks! Releasing the milestone now."),
        ("f", "Great, pleasure working with you."),
    ])
    for who, text in [
        ("c", "Hire me a developer who knows PayPal and Braintree."),
        ("f", "Your Wise transfer page has a typo in the footer."),
        ("c", "Could you pay attention to the Venmo brand guidelines?"),
        ("f", "Do you want me to write the post about how to pay with Zelle?"),
        ("c", "Our donors can now send money via Cash App on the donate page."),
        ("f", "I'll add USDT and BTC to the supported currencies list."),
        ("c", "Can you explain why the bank transfer option disappears on mobile?"),
        ("f", "Are you paying by card or PayPal on Upwork?"),
        ("c", "You'll receive the payment through Upwork once I approve."),
        ("f", "Upwork sent me the payment, thank you!"),
        ("c", "I set up a new milestone for the bonus, you should see it."),
        ("f", "Could you release the escrow for milestone 3?"),
        ("c", "Does Upwork let you withdraw to Wise in Nigeria?"),
        ("f", "I get my Upwork money via direct deposit to my bank."),
        ("c", "Last year a freelancer asked me for Western Union, I said no."),
        ("f", "I once had a client who paid through Payoneer outside Upwork and he vanished."),
        ("c", "Please send me your portfolio link."),
        ("f", "I can transfer the Figma file to your account."),
        ("c", "We're a fintech, our main competitor is Revolut."),
        ("f", "Happy to accept the contract, thanks for the offer!"),
        ("c", "Can you translate our PayPal dispute emails into French?"),
        ("f", "The crypto market data is cached for five minutes."),
        ("c", "Did you receive the bonus I sent on Upwork?"),
        ("f", "Wise is a good name for the new brand, I think."),
        ("c", "I'll pay for the stock photos myself and add them to the project."),
        ("f", "Should the invoice template show a PayPal QR code for your customers?"),
    ]:
        add("hard-negative", [(who, text)])
    for prop, reply in [
        ("Zelle ok for the rest of the money?", "yep, same number as my profile"),
        ("Mind if I send the last payment on Payoneer?", "Not at all, go for it."),
    ]:
        add("client-proposes-freelancer-agrees", [("c", prop), ("f", reply)],
            client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    for prop, reply in [
        ("Zelle ok for the rest of the money?", "I'd rather not, Upwork protects us both."),
        ("Mind if I send the last payment on Payoneer?", "Sorry, I have to decline, and I've let Upwork know."),
    ]:
        add("client-proposes-freelancer-declines", [("c", prop), ("f", reply)], client=[(0, "PAY001")])
    return cases


def heldout9_cases() -> list[dict[str, Any]]:
    """Ninth held-out batch, written after heldout8's fixes and measured once with no
    change after it: the honest estimate for this round."""
    rng.seed(9)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout9-")
    for text in [
        "Hello friend, for the payment I think better we use my brother's PayPal, he will send you.",
        "Would it help if I paid you half up front by Zelle? Then the rest here.",
        "Honestly I'd prefer to just transfer you the money myself, much cleaner.",
        "yo can i hit u with the cash on venmo after",
        "Our finance dept can wire you directly if you email me your banking details.",
        "Let's not bother with the platform for the small stuff, I can Zelle you.",
        "I'll send you $300 in USDT today and the rest next week, ok?",
        "Is your Payoneer still the same? I want to send the bonus there.",
        "For tax reasons we pay contractors via Deel, not Upwork. Can you sign up there?",
        "Do you use Wise? I can pay you in EUR directly.",
        "Hi, are you able to receive a bank transfer from Germany for the next part?",
        "i pay u with gift card ok? amazon",
    ]:
        add("client-solicits", [("c", text)], client=[(0, "PAY001")])
    for text in [
        "Quick note: Upwork holds my money for 10 days, so a direct Wise transfer would help me a lot.",
        "You can also tip me on Cash App ($mayabuilds) if you liked it!",
        "If the budget is tight, pay me through PayPal friends and family and I'll reduce my rate.",
        "My Payoneer receives USD directly, just send it there.",
        "Kindly make payment to my bank account, the details are below.",
        "Please consider paying me outside the platform for the bonus part.",
        "I can invoice you directly through my company to keep things simple.",
        "can we do crypto? I prefer it to the escrow here",
    ]:
        # relabelled after heldout23: a proposal that gives a $cashtag is PAY002 by the
        # set's convention (the cashtag beside "Cash App" was not read when written)
        code = "PAY002" if "$mayabuilds" in text else "PAY001"
        add("freelancer-solicits", [("f", text)], freelancer=[(0, code)])
    for text in [
        "Hello! I have 6 years of React experience. My rate is lower if you pay me directly by PayPal.",
        "I have built 20+ Shopify stores, including PayPal and Stripe checkout integrations.",
    ]:
        exp = [(0, "PAY001")] if "directly" in text else []
        add("cover-letter", [("f", text)], freelancer=exp, surface="proposal")
    add("conversation", [
        ("c", "The designs look amazing!"),
        ("c", "How do I send you a tip? Venmo?"),
        ("f", "Thank you!! Venmo is @kai-draws"),
    ], client=[(1, "PAY001")], freelancer=[(2, "PAY003")])
    add("conversation", [
        ("f", "Do you mind paying the last milestone via PayPal? Upwork is holding my funds."),
        ("c", "I'd have to ask my manager."),
        ("c", "She says it's fine."),
    ], freelancer=[(0, "PAY001")], client=[(2, "PAY003")])
    add("conversation", [
        ("c", "Can you accept payment by bank transfer?"),
        ("f", "Through Upwork's direct contracts? No, only the normal contract here."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "I want to send the remaining via Zelle."),
        ("f", "That is not allowed, sorry. Reported."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("c", "How about I Venmo you for the rush fee?"),
        ("f", "Sure"),
        ("c", "Great what's your handle"),
        ("f", "@leah_codes"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003"), (3, "PAY002")])
    add("conversation", [
        ("f", "Thanks for the project. Can we continue future work outside Upwork? I'll give you 10% off."),
        ("c", "I'll think about it."),
        ("c", "Actually let's keep it on Upwork, I like the protection."),
    ], freelancer=[(0, "PAY001")])
    add("conversation", [
        ("c", "Our payroll runs on PayPal, I need a dashboard for it."),
        ("f", "Sure, which metrics?"),
        ("c", "Monthly payouts per country."),
    ])
    add("conversation", [
        ("c", "Will you accept a bonus?"),
        ("f", "Yes, thank you!"),
        ("c", "Sent through Upwork."),
    ])
    add("conversation", [
        ("c", "Can I pay by PayPal?"),
        ("f", "Yes, you can add PayPal as your billing method on Upwork."),
    ])
    for prop, reply in [
        ("Would a crypto payment be acceptable for this gig?", "Yeah that's fine, USDT preferred."),
        ("I could pay you via Revolut to skip the fees.", "Perfect, send the link."),
    ]:
        add("client-proposes-freelancer-agrees", [("c", prop), ("f", reply)],
            client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    for prop, reply in [
        ("Would a crypto payment be acceptable for this gig?", "Unfortunately no, I only work through Upwork contracts."),
        ("I could pay you via Revolut to skip the fees.", "I won't do that, and I've flagged it to Upwork."),
    ]:
        add("client-proposes-freelancer-declines", [("c", prop), ("f", reply)], client=[(0, "PAY001")])
    for who, text in [
        ("c", "Please add Apple Pay and PayPal to the mobile checkout."),
        ("f", "The Wise API returns a 401, can you check the token?"),
        ("c", "We need an explainer video on how to send money with Remitly."),
        ("f", "Your bank transfer confirmation email has broken links."),
        ("c", "Can you take over the crypto wallet project from the last developer?"),
        ("f", "I noticed your customers can't pay with Venmo on iOS."),
        ("c", "I paid the invoice on Upwork this morning."),
        ("f", "Thanks for the bonus on Upwork, much appreciated!"),
        ("c", "Could you submit the hours so I can pay you this week?"),
        ("f", "Please fund the milestone before I start."),
        ("c", "Upwork's fee went up, so I adjusted the budget."),
        ("f", "When does Upwork release the payment after approval?"),
        ("c", "Is it true that Upwork stopped supporting PayPal in some countries?"),
        ("f", "I withdraw my Upwork balance to Wise every Friday."),
        ("c", "My previous developer wanted bitcoin, which is why I came to Upwork."),
        ("f", "Years ago I worked for a client who paid in cash, that's all in the past."),
        ("c", "Send me your CV and availability."),
        ("f", "I'll transfer the app to your developer account today."),
        ("c", "Please keep the PayPal branding subtle."),
        ("f", "The cash register module now prints receipts."),
        ("c", "That was a wise move on the layout."),
        ("f", "Do you want me to take the bank holiday off?"),
        ("c", "I'll pay you for the revision through the contract as agreed."),
        ("f", "Should the Zelle FAQ mention transfer limits?"),
        ("c", "Could you research how freelancers in Kenya get paid via M-Pesa?"),
        ("f", "I can accept a lower rate if the scope is smaller."),
    ]:
        add("hard-negative", [(who, text)])
    return cases


def heldout10_cases() -> list[dict[str, Any]]:
    """Tenth held-out batch, written after heldout9's fixes and measured once with no
    change after it: the estimate to quote for this round."""
    rng.seed(10)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout10-")
    for text in [
        "Thanks for the quick turnaround! Going forward I'd like to pay you via PayPal each Friday rather than through milestones.",
        "Is Zelle something you use? Would make the weekly payments a lot simpler for me.",
        "We could save both of us some money if I paid you by bank transfer.",
        "plz give ur usdt adress i send now",
        "Can I reimburse the font license through Venmo instead?",
        "Let me pay you on Payoneer for the next three weeks, Upwork's fees add up.",
        "Would you be okay if we moved the payments to Wise from now on?",
        "I prefer paying freelancers through Revolut, do you have an account?",
        "Bonus is coming your way through Cash App tonight, check it.",
        "Please share your account number and I will transfer the salary monthly.",
        "Are you able to get paid through Skrill?",
        "If you close the contract now I can send the rest by Western Union.",
    ]:
        add("client-solicits", [("c", text)], client=[(0, "PAY001")])
    for text in [
        "For this and any future work, you're welcome to pay me by Zelle at my number.",
        "It would be great if the remaining amount could go straight to my PayPal.",
        "My bank details: account 12345678, sort code 20-00-00, please transfer the deposit there.",
        "I'm not on Upwork much anymore, we can settle future invoices by Wise.",
        "Would you mind paying me in USDT? I'll give you a 5% discount.",
        "Let's agree on $500 and you send it to my Venmo once you're happy.",
        "I also accept Payoneer transfers if that's more convenient for your company.",
        "you can cashapp me the tip if u want",
    ]:
        # relabelled after heldout13: a proposal that gives labelled bank details is
        # PAY002 by the set's convention (sort codes were not read when it was written)
        code = "PAY002" if "sort code" in text else "PAY001"
        add("freelancer-solicits", [("f", text)], freelancer=[(0, code)])
    add("conversation", [
        ("c", "Could we handle the final payment on PayPal?"),
        ("f", "Why not here?"),
        ("c", "My Upwork card keeps getting declined."),
        ("f", "Ok, PayPal then."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "Can you send the bonus to my Wise instead?"),
        ("c", "No, I'll send it here as a bonus."),
        ("f", "Fine, thank you."),
    ], freelancer=[(0, "PAY001")])
    add("conversation", [
        ("c", "Do you take bitcoin for larger projects?"),
        ("f", "I do, yes."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Happy to pay via Venmo if that's easier."),
        ("f", "That's a violation of Upwork's terms, I'm reporting it."),
        ("c", "Sorry, my mistake, I'll use the contract."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("f", "I can lower the price if we do the payment by Revolut."),
        ("c", "How much lower?"),
        ("f", "15% off."),
        ("c", "Deal."),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [
        ("c", "Would you accept Zelle?"),
        ("f", "What is Zelle?"),
        ("c", "A bank app, I'd send you the money there."),
        ("f", "Sorry, I'll keep to Upwork payments."),
    ], client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [
        ("c", "We're building a PayPal payout tool for our sellers."),
        ("f", "Nice, I've built one with the Payouts API."),
        ("c", "Great, when can you start?"),
        ("f", "Monday works."),
    ])
    add("conversation", [
        ("f", "Should I invoice you for the extra hours?"),
        ("c", "Yes, add it to the weekly timesheet on Upwork."),
        ("f", "Ok, done."),
    ])
    for prop, reply in [
        ("Would you like to be paid by wire transfer for the next phase?", "Yes please, I'll send my IBAN."),
        ("Can we use Venmo for the rest?", "sure, @mike-ux"),
    ]:
        add("client-proposes-freelancer-agrees", [("c", prop), ("f", reply)],
            client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    for prop, reply in [
        ("Would you like to be paid by wire transfer for the next phase?", "No thank you, Upwork is fine for me."),
        ("Can we use Venmo for the rest?", "Not possible, sorry, it has to be through the platform."),
    ]:
        add("client-proposes-freelancer-declines", [("c", prop), ("f", reply)], client=[(0, "PAY001")])
    for who, text in [
        ("c", "We need a landing page explaining how to pay rent with Zelle."),
        ("f", "The PayPal refund flow now emails the customer automatically."),
        ("c", "Can you write a script to export our Wise transactions to Google Sheets?"),
        ("f", "I've added bitcoin and USDT to the accepted currencies dropdown."),
        ("c", "Does your design include the Venmo badge?"),
        ("f", "Would you like the Cash App QR on the flyer?"),
        ("c", "Please test the bank transfer option with the sandbox account."),
        ("f", "I'll record a tutorial on sending money with Remitly for your channel."),
        ("c", "I've released the payment for milestone 2, thanks!"),
        ("f", "I'll submit the final milestone for approval tonight."),
        ("c", "Can you send me an Upwork invoice for my accountant?"),
        ("f", "Upwork takes 10%, so my rate here is $55/hour."),
        ("c", "I tipped you through Upwork's bonus button."),
        ("f", "Do you know if Upwork supports Wise withdrawals in Ghana?"),
        ("c", "Back in 2020 we paid designers by Payoneer; now everything is on Upwork."),
        ("f", "A client once tried to pay me with a fake PayPal email, so I'm careful."),
        ("c", "My old agency charged us by bank transfer every month."),
        ("f", "I'll send you the wireframes directly in the chat."),
        ("c", "Can you transfer the domain to our GoDaddy account?"),
        ("f", "You can pay me a compliment anytime, haha."),
        ("c", "Please take the wise approach and test it first."),
        ("f", "Cash flow projections are in the second tab."),
        ("c", "Are you comfortable with an hourly contract paid weekly here?"),
        ("f", "The Stripe and PayPal fees are shown on the pricing page now."),
        ("c", "Could you accept the contract offer I sent?"),
        ("f", "I'm happy to receive feedback on the draft by email."),
        ("c", "Our users keep asking whether we take Apple Pay, can you add a note to the FAQ?"),
        ("f", "Which payment method do you use on Upwork, card or PayPal? Just curious for the invoice."),
    ]:
        add("hard-negative", [(who, text)])
    for who, text in [
        ("c", "Instead of a new contract, could I just PayPal you for the small edits?"),
        ("f", "Easiest is if you send it to me on Wise, the details are on my website."),
    ]:
        add("solicits", [(who, text)], **({"client": [(0, "PAY001")]} if who == "c" else {"freelancer": [(0, "PAY001")]}))
    return cases


def heldout11_cases() -> list[dict[str, Any]]:
    """Eleventh held-out batch, written after heldout10's fixes and measured once with
    no change after it: the final estimate of this round."""
    rng.seed(11)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout11-")
    for text in [
        "I was wondering if I could pay you through Venmo for the remaining sketches.",
        "As discussed on the call, we'll pay your invoice by ACH directly to your bank.",
        "Good morning, kindly provide your PayPal email for the payment of the remaining balance.",
        "Can I settle up with you over Zelle? Upwork keeps charging my card twice.",
        "is crypto ok with you? i can pay in eth",
        "Let's finish this milestone and then I'll pay you privately for the rest.",
        "Mate, just shoot me your Revolut and I'll sort you out.",
        "Would you prefer I Wise you the money or use Payoneer?",
        "Our company can only pay international contractors by SWIFT, can you give me your bank's SWIFT code?",
        "Hi! I'd love to tip you a bit extra via Cash App, what's your cashtag?",
        "Could the payment for phase 2 be done through PayPal instead of Upwork?",
        "you have binance? easier for me",
    ]:
        add("client-solicits", [("c", text)], client=[(0, "PAY001")])
    for text in [
        "I can start today if you send a deposit to my PayPal first.",
        "In case Upwork gives you trouble, Zelle to my phone works too.",
        "Paying me through Wise would save you the client fee.",
        "For long-term clients I offer payment by bank transfer, it's cheaper.",
        "Let me know if you'd rather pay me in bitcoin, I accept it.",
        "Sir you can send payment on my Payoneer email directly, no problem.",
        "If you want to skip the marketplace fee, Venmo me.",
        "My PayPal is the quickest way to pay me, honestly.",
    ]:
        add("freelancer-solicits", [("f", text)], freelancer=[(0, "PAY001")])
    add("conversation", [
        ("c", "Can I pay you by Zelle?"),
        ("f", "I'd prefer Upwork."),
        ("c", "It's just easier for me, the fees are high."),
        ("f", "Ok fine, send it to my Zelle then."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")],
        note="relabelled after measurement: turn 2 only gives a motive for the client's own "
        "open proposal, so it is part of that proposal (evidence on turn 0's finding), as "
        "heldout7-conversation-002 was labelled; first labelled (2, PAY001)")
    add("conversation", [
        ("f", "Would you like to pay with PayPal next time? It's faster for me."),
        ("c", "Let me check with accounting."),
        ("c", "Accounting says no, only through Upwork."),
    ], freelancer=[(0, "PAY001")])
    add("conversation", [
        ("c", "What's your Wise email?"),
        ("f", "Why do you need it?"),
        ("c", "To send the payment directly."),
        ("f", "I can't accept payments outside Upwork. I've reported this."),
    ], client=[(0, "PAY001")], flags=[("f", 0)],
        # relabelled after heldout18-20: turn 2 explains the open proposal and names no
        # way of paying, which the set's convention counts as part of that proposal
        note="turn 2 relabelled: an explanation, not a second proposal")
    add("conversation", [
        ("c", "I'll send the rest via Western Union."),
        ("f", "Ok, send me the tracking number when done."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Let's do USDT for this one."),
        ("f", "Which network?"),
        ("c", "TRC20."),
        ("f", "ok"),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "Do you have experience with Venmo's API?"),
        ("f", "Yes, I've used it for two clients."),
        ("c", "Great, can you start tomorrow?"),
        ("f", "Sure."),
    ])
    add("conversation", [
        ("c", "I sent the bonus."),
        ("f", "Received on Upwork, thank you!"),
    ])
    add("conversation", [
        ("f", "Can you pay the invoice?"),
        ("c", "Sure, paying it on Upwork now."),
    ])
    for prop, reply in [
        ("Would Payoneer be ok for the final payment?", "Yes, that's ok with me."),
        ("I'd like to pay you the balance through Skrill.", "Alright, my Skrill is my Upwork email."),
    ]:
        add("client-proposes-freelancer-agrees", [("c", prop), ("f", reply)],
            client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    for prop, reply in [
        ("Would Payoneer be ok for the final payment?", "No, please pay through Upwork."),
        ("I'd like to pay you the balance through Skrill.", "I'm not allowed to do that, sorry. Upwork only."),
    ]:
        add("client-proposes-freelancer-declines", [("c", prop), ("f", reply)], client=[(0, "PAY001")])
    for who, text in [
        ("c", "We want a PayPal-style split payment feature in our marketplace."),
        ("f", "Zelle's limits are documented in the help article I linked."),
        ("c", "Make the Cash App card design match our brand colours."),
        ("f", "I can create a comparison table of Payoneer, Wise and Revolut fees for your blog."),
        ("c", "The bitcoin price chart on the homepage is stuck."),
        ("f", "Your checkout should accept bank transfers from EU customers."),
        ("c", "Please pay special attention to the Venmo onboarding screens."),
        ("f", "Is the refund going back to your PayPal through Upwork?"),
        ("c", "I paid the milestone, let me know if it doesn't show up."),
        ("f", "The escrow is funded, I'll start now."),
        ("c", "Can you accept the new contract? I raised the rate."),
        ("f", "I'll request the payment for this week through the hourly contract."),
        ("c", "Upwork's bonus option is under the contract menu."),
        ("f", "I moved my Upwork withdrawals from PayPal to direct deposit."),
        ("c", "A freelancer I hired in 2021 asked for Venmo, so we ended the contract."),
        ("f", "I used to be paid in crypto by a startup, but that was before Upwork."),
        ("c", "My previous company paid everyone through Payoneer."),
        ("f", "Send me the brief directly in this chat."),
        ("c", "Could you transfer the copyright to us after delivery?"),
        ("f", "I'll wire up the form to the API tonight."),
        ("c", "Cash is tight this month, can we reduce the scope?"),
        ("f", "That's a wise decision for the MVP."),
        ("c", "Would you be willing to take on a second project?"),
        ("f", "Can you give me access to your Stripe dashboard for the reports?"),
        ("c", "Please tell me your availability for a call."),
        ("f", "Do you want the invoice PDF to include the PayPal logo?"),
        ("c", "How long does Upwork take to clear a payment to Payoneer?"),
        ("f", "Thanks for paying so quickly through the platform!"),
    ]:
        add("hard-negative", [(who, text)])
    for who, text in [
        ("c", "To keep it simple I'll just send you a bank transfer on Monday, no need for a new milestone."),
        ("f", "If you're ok with it, you can pay the next invoice to my Wise USD account."),
    ]:
        add("solicits", [(who, text)], **({"client": [(0, "PAY001")]} if who == "c" else {"freelancer": [(0, "PAY001")]}))
    return cases


def heldout12_cases() -> list[dict[str, Any]]:
    """Twelfth held-out batch, written after heldout11's fixes (service as a deliverable's
    adjective, payment-identity requests, routes to a party, the platform's own payouts,
    motive-only follow-ups) and before the detector was run on it; measured once."""
    rng.seed(12)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout12-")
    for text in [
        "Hello dear, I am prefer to send you payment by Western Union because Upwork is blocking my card.",
        "can u take p@yp@l f&f for the rest? will send tonight",
        "Kindly share your z3lle so I can clear the balance today.",
        "We'd like to move future invoices off Upwork and settle them by ACH.",
        "If it's cool with you I'd rather just Venmo you directly, way less hassle.",
        "Our finance team can pay you in USDC on Polygon if you share an address.",
        "Pls send ur V e n m o, I pay now",
        "Is there any way to pay you outside of the site? The fees on my side are insane.",
        "For the next project let's skip the milestone thing and I'll transfer to your bank.",
        "I can pay half here and half through Revolut, works?",
        "Do you accept Interac e-transfer? I'm in Canada.",
        "Bro just drop your cashtag, I'll send the 200 now.",
        "Would you mind receiving the bonus via Payoneer instead of the platform?",
        "Let me pay u with Google Pay, it's instant.",
        "Is it possible to pay you through Alipay? Our company account is in Shanghai.",
    ]:
        add("client-solicits", [("c", text)], client=[(0, "PAY001")])
    for text in [
        "I usually work with clients outside Upwork after the first job, we can use Wise.",
        "Dear sir, kindly release payment on my Payoneer, Upwork is charging me 20%.",
        "If you pay through Skrill I give you 10% discount.",
        "You can tip me on c@sh app if you like the result :)",
        "Payment by crypto is also possible, I have a USDT wallet (TRC20).",
        "Hi! Before we start: for orders above $500 I only accept bank transfer.",
        "Would a direct bank transfer work for you for the next phase?",
    ]:
        add("freelancer-solicits", [("f", text)], freelancer=[(0, "PAY001")])
    add("cover-letter", [("f", "I have 8 years of experience in React and Next.js. To save on fees, I ask to be paid via Payoneer directly after each milestone.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    for text in [
        "For faster payment you can also send to my PayPal: maria.design@gmail.com",
        f"My IBAN is {grouped(iban('DE', 22))}, please send the remaining there.",
        "Bank: Barclays, sort code 20-32-06, account number 41234567, name J. Okafor",
        f"My BTC: {btc()}",
        f"here's my wallet for the USDT (ERC20): {eth()}",
        "hi, I finished. for payment, my p a y p a l is andrei.k@mail.ru",
    ]:
        add("details-valid", [("f", text)], freelancer=[(0, "PAY002")])
    for who, text in [
        ("f", f"The checksum fails for {corrupt(iban('FR', 27), '0123456789')}, can you double-check the test data?"),
        ("c", f"Our smart contract is deployed at {eth()} on mainnet, please audit it."),
    ]:
        add("identifier-job-context", [(who, text)])
    # conversations: agreements
    add("conversation", [
        ("c", "Could we do the last part on PayPal?"),
        ("f", "yeah ok"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "Would you be open to paying me via Wise? Saves us both the fees."),
        ("c", "How does that work?"),
        ("f", "You just send it to my Wise email, I'll give it to you."),
        ("c", "Alright, go ahead."),
    ], freelancer=[(0, "PAY001"), (2, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [
        ("c", "I'll send the money by Zelle tonight, ok?"),
        ("f", "perfect, my zelle is 555-201-7788"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Hey, can I pay you in bitcoin?"),
        ("f", "Which wallet do you use?"),
        ("c", "Any, whatever you prefer."),
        ("f", "Ok sure, I'll send you my address."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "Sir my company can not pay on Upwork anymore, account is problem. Can you give bank details?"),
        ("f", "Yes sir I will send."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "How do you want the bonus?"),
        ("f", "cashapp pls, $lenaart"),
    ], freelancer=[(1, "PAY002")])
    add("conversation", [
        ("c", "Can you accept Payoneer directly? I will pay extra 5%."),
        ("f", "Ok no problem, my payoneer email is same as here."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Let's do the rest by bank transfer, easier for our accounting."),
        ("f", f"Fine with me. IBAN: {iban('GB', 22)}"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "Can you pay me via Zelle for this milestone?"),
        ("c", "Why?"),
        ("f", "Saves us both the fees."),
        ("c", "ok"),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [
        ("c", "Can we handle the extra hours on Venmo?"),
        ("f", "How much would it be?"),
        ("c", "$300, same as last week."),
        ("f", "ok deal"),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "Wanna send the tip by Cash App instead?"),
        ("c", "sure, what's your tag"),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    # conversations: declines, declines with report
    add("conversation", [
        ("c", "Can I pay you through Remitly? cheaper for me."),
        ("f", "Sorry, I'm only able to accept payments via Upwork."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "Wanna do the rest via Venmo?"),
        ("c", "No, let's keep everything here please."),
    ], freelancer=[(0, "PAY001")])
    add("conversation", [
        ("c", "I send you money on Western Union, ok?"),
        ("f", "no thank you"),
        ("f", "we keep it on the contract"),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Pay outside = 10% extra for you 😉"),
        ("f", "That's not allowed, and I've reported this message."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("c", "Let's continue on WhatsApp and I'll pay you with PayPal."),
        ("f", "I'm not comfortable with that."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("f", "Could you send it via Skrill this time?"),
        ("c", "Hmm"),
        ("c", "No. I've flagged this to support."),
    ], freelancer=[(0, "PAY001")])
    add("conversation", [
        ("c", "What's your PayPal?"),
        ("f", "Why?"),
        ("c", "Upwork fee is too high for bonuses."),
        ("f", "Please use the bonus button on Upwork, I can't take PayPal."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "u have zelle?"),
        ("f", "I do but I only get paid through Upwork, sorry"),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Can we do the rest by bank wire?"),
        ("f", "I'd rather not."),
        ("f", "Reported to Upwork support, sorry."),
    ], client=[(0, "PAY001")])
    # conversations with no violation
    add("conversation", [
        ("c", "Do you have experience with Stripe?"),
        ("f", "Yes, I've built three Stripe integrations."),
        ("c", "Great, send me your portfolio."),
    ])
    add("conversation", [
        ("c", "Will you send the invoice via Upwork?"),
        ("f", "Yes, I'll submit it through the contract."),
    ])
    add("conversation", [
        ("c", "Do you withdraw your Upwork earnings to Payoneer or to your bank?"),
        ("f", "Payoneer, it's cheaper for me in Egypt."),
    ])
    add("conversation", [
        ("f", "I finished the PayPal checkout flow."),
        ("c", "Nice, can you also add Venmo?"),
        ("f", "Sure, I'll add it tomorrow."),
    ])
    for who, text in [
        ("c", "Can you integrate Venmo payouts into our marketplace dashboard?"),
        ("f", "The PayPal button on mobile overlaps the footer."),
        ("c", "I need a logo for my crypto exchange, something like Binance but friendlier."),
        ("c", "Write 5 blog posts comparing Wise and Revolut for expats."),
        ("c", "Please set up Stripe Connect so our sellers get paid directly."),
        ("c", "Our customers keep asking whether we accept Zelle; can you add an FAQ entry?"),
        ("f", "The Cash App Pay sandbox returns 401 for every request."),
        ("c", "Translate our Payoneer onboarding emails into Spanish."),
        ("c", "Could you export my PayPal transactions into a clean spreadsheet?"),
        ("c", "Can you reconcile the bank transfers in Xero for March?"),
        ("c", "I've sent a bonus through Upwork for the extra revisions."),
        ("c", "Please submit the milestone so I can release the payment."),
        ("f", "Upwork pays me out to Wise every Wednesday, so my replies are slow on Thursdays lol"),
        ("c", "My weekly limit on the hourly contract is 30 hours."),
        ("c", "Can you accept the offer? I added a bonus for the rush."),
        ("f", "A client in 2019 paid me through Western Union and it took weeks."),
        ("f", "I used to receive payments by PayPal before I joined Upwork."),
        ("c", "Last year someone asked me to pay by gift cards; it was a scam."),
        ("c", "Our clients mostly pay us by bank transfer, so the invoice generator needs IBAN fields."),
        ("f", "That's a wise move, let's ship it Friday."),
        ("c", "Cash flow is tight, can we pause the project for two weeks?"),
        ("f", "I'll wire the new header to the API tonight."),
        ("c", "Could you send me the files directly? The Upwork preview is blurry."),
        ("c", "Let's chat here on Upwork about the rates."),
        ("c", "What's your hourly rate for Flutter work?"),
        ("c", "Please pay attention to the Venmo-style feed animation."),
        ("f", "I'm going to deposit the designs in the shared Drive folder."),
        ("c", "Is PayPal down for you too? My checkout tests fail."),
        ("c", "Send me your GitHub so I can add you to the repo."),
        ("c", "Send me your Revolut referral link? I want to open an account too."),
        ("c", "What's your PayPal business account's API username? I need it for the integration."),
        ("f", "I never accept payments outside Upwork, just so you know."),
        ("c", "My bank is closed on Monday, so I'll fund the milestone on Tuesday."),
        ("f", "The bitcoin price widget should refresh every minute."),
        ("c", "Does Upwork charge a fee when I pay the invoice with PayPal?"),
        ("c", "Can I add my PayPal as a billing method here?"),
        ("c", "The client of my client pays through Zelle, does that affect our contract?"),
        ("f", "I'll send you the Venmo screens by Friday."),
        ("f", "Here are the Wise icon sets you asked for."),
        ("c", "Don't forget to tip the delivery guy in cash lol"),
        ("c", "Could you pay the domain renewal with your card and add it to the invoice here?"),
        ("c", "Can you transfer the domain to my GoDaddy account?"),
        ("f", "Sir please check my work and release the milestone, I am waiting payment since 3 days."),
        ("c", "My accountant wants to know if Upwork sends a 1099."),
    ]:
        add("hard-negative", [(who, text)])
    return cases


def heldout13_cases() -> list[dict[str, Any]]:
    """Thirteenth held-out batch: realistic everyday chat (non-native English, slang, typos, buried asks, multi-turn negotiations, cover letters)."""
    rng.seed(13)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout13-")

    # ---------------------------------------------------------------- client solicits
    add("client-solicits", [("c", "hello sir, project is going good. for next part can i send payment by western union? upwork is charging me too much extra")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "yo quick q - u got cashapp? i'd rather just shoot u the $$ there for the revisions lol")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Hi Marta, thanks for the updated mockups, the team loved the colour palette on the onboarding flow. A couple of notes: the logo on the splash screen is a bit small, and the second screen should say 'Get started' rather than 'Begin'. Also, for the next phase I'd prefer to settle with you via Revolut directly, our finance people find it easier than the platform invoices. Lastly, can you export the icons as SVG? Thanks!")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Dear Mr. Okafor, further to our call, our procurement team would like to propose that future engagements be invoiced directly to our company and settled by SEPA transfer, outside of this platform. Kindly let me know whether this arrangement is acceptable to you.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Hola amigo, the work is excelent. Is possible to pay you by Payoneer directly? is more easy for me from Guadalajara")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Dear developer, thank you for hard work. Next milestone we want to pay by USDT on TRC20 network, no need Upwork. Please kindly confirm.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "ngl the fee is killing me on this one, lets end the contract here and i'll keep paying u every friday by bank wire, same rate")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would it be weird if I paid you in Amazon gift cards for this small one? I have a bunch of balance I need to use up before it expires")], client=[(0, "PAY001")])

    # ---------------------------------------------------------------- freelancer solicits
    add("freelancer-solicits", [("f", "Bhai kindly release the payment via Skrill this time, Upwork is cutting lot of fees and withdrawal to my bank takes 5 working days")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "hey!! 😊 if ur ok with it we could do the next gig off upwork, i take zelle, saves us both the fees")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Hello. Parser is finished. For the next tasks I suggest we work directly, without platform, you pay to my card through Wise. It will be cheaper for both of us.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Good day sir, I trust you are doing well. Please for the balance, can you send it through MoneyGram? I will pick it up tomorrow by God's grace.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "np! btw for tips or small extras u can just venmo me, no need to go thru the site 🙏")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Oi! I can do the 3 extra landing pages, but maybe we do this part outside the platform? you send by PIX or crypto, what you prefer")], freelancer=[(0, "PAY001")])

    # ---------------------------------------------------------------- valid details
    add("details-valid", [("f", f"Invoice for the February work is attached. Please transfer to IBAN {grouped(iban('DE', 22))}, account holder Jonas Weber, so we avoid the platform commission.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"send btc here pls {btc()} , thx")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"For payment, my ETH wallet: {eth()} (USDT on ERC20 also ok)")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"usdt trc20 only pls: {tron()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Please refund the deposit to my PayPal maria.lopez88@gmail.com rather than through the site, it's quicker for me")], client=[(0, "PAY002")])
    add("details-valid", [("f", "paypal.me/kwamedesigns - send whatever u think is fair for the extra banner 🙂")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My bank details for direct payment: Account name: Priya Nair, A/C no: 50100234567891, IFSC: HDFC0001234. Please transfer the remaining INR there.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Cheers mate. If it's easier, my bank details are sort code 20-45-77, account 43918265, name T. Hughes - just pop it over directly")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "$LeoBuildsApps on cash app if u wanna skip the upwork cut")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Dzień dobry, my account: {iban('PL', 28)} - please send PLN directly, it is faster than the platform")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"For the remaining 0.01 BTC, lightning isn't set up yet so on-chain please: {taproot()}")], freelancer=[(0, "PAY002")])

    # ---------------------------------------------------------------- corrupted identifiers
    add("identifier-invalid", [("c", f"The checkout form rejects this IBAN: {corrupt(iban('FR', 27), '0123456789')} - is the checksum validator wrong or the number?")])
    add("identifier-invalid", [("f", f"the wallet string in the QA fixture doesnt decode: {corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')} maybe a typo when someone copied it?")])
    add("identifier-invalid", [("c", f"Our supplier sent this TRON address with their invoice but my wallet says invalid: {corrupt(tron(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}. Can your script flag these automatically?")])
    add("identifier-invalid", [("f", f"bech32 test vector #7 should fail, and it does now: {corrupt(segwit(), 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}")])
    add("identifier-invalid", [("f", f"pls send the rest to my iban {corrupt(iban('ES', 24), '0123456789')} instead of upwork, thanks")], freelancer=[(0, "PAY001")])

    # ---------------------------------------------------------------- valid identifiers in a job context
    add("identifier-job-context", [("c", f"For the unit tests use this sample IBAN: {iban('GB', 22)} - it should pass the mod-97 check and the UI must display it in groups of four.")])
    add("identifier-job-context", [("c", f"Please audit the withdraw() function in our vault contract deployed at {eth()} on Sepolia. Report due Friday.")])
    add("identifier-job-context", [("f", f"I added {segwit()} and {p2sh()} as fixtures for the address-parser tests, both decode fine now.")])
    add("identifier-job-context", [("c", f"Dashboard should show the balance of the treasury wallet {btc()} read-only, pulled from a block explorer API every 10 min.")])
    add("identifier-job-context", [("c", f"the TRC20 parser chokes on {tron()} - its a valid addr from our testnet faucet, pls check the base58 decode step")])

    # ---------------------------------------------------------------- cover letters
    add("cover-letter", [("f", "Dear Hiring Manager,\n\nI have 6 years of experience building Shopify stores for fashion and beauty brands, including custom themes and Klaviyo flows. My rate is $25/hr and I can start immediately.\n\nTo keep costs lower for you, I am also open to working outside Upwork after the first milestone, with payment through Payoneer or Wise.\n\nBest regards,\nAhmed")], freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", f"Hi! I'm a React Native dev from Lagos with 4 years experience, I've shipped 9 apps to the stores. I can finish your MVP in 3 weeks. I also accept crypto if you prefer, my USDT TRC20: {tron()}")], freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Hello, I have integrated Stripe, PayPal, Razorpay and Paystack checkouts for more than 12 e-commerce clients, including refunds, subscriptions and webhooks. Your WooCommerce + PayPal issue sounds like a webhook signature mismatch; I can diagnose it within the first hour.")], surface="proposal")
    add("cover-letter", [("f", "Hi there, I'd suggest splitting this into 3 milestones on Upwork: wireframes, UI design, and the developer handoff. You only release each milestone once you're happy. I pay attention to detail and always deliver on time.")], surface="proposal")
    add("cover-letter", [("f", "Greetings, I am a blockchain developer. I built non-custodial wallets supporting BTC, ETH and TRON, and audited DeFi contracts handling over $40M. I am confident I can deliver your Solidity staking contract with full test coverage.")], surface="proposal")

    # ---------------------------------------------------------------- conversations with violations
    add("conversation", [
        ("c", "hey so my card keeps getting declined on here 😩 could we do zelle for the last milestone instead?"),
        ("f", "hmm how would that work exactly?"),
        ("c", "it goes straight from my bank to yours, takes like a minute, and neither of us pays the fee"),
        ("f", "ok fine, lets do it"),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "Hello Mr. Daniels, the first module is delivered. For the remaining 3 modules, would your company consider paying me directly via Wise? I can give 8% discount since there is no platform fee."),
        ("c", "Interesting. Let me check with my manager, she handles vendor payments."),
        ("f", "Sure, no rush."),
        ("c", "Ok, finance approved it. Send over your Wise details when you get a chance."),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [
        ("c", "bro can i pay u on paypal friends and family? upwork keeps holding my card"),
        ("f", "sorry man, I only take payments through Upwork. maybe try adding a different card?"),
        ("c", "ok will try"),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Hello. For next work I send money on Revolut, you give me phone number. Is faster."),
        ("f", "Thank you but I cannot accept payment outside the platform. I have reported this message to Upwork."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("c", "Happy to pay the balance however suits you - PayPal or Wise, whichever has lower fees on your end"),
        ("f", "wise pls, paypal eats like 5% on conversion here in Turkey"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "Hi! Since the contract is almost done, for the maintenance work next month we could skip Upwork and you pay me monthly via Payoneer. What do you think?"),
        ("c", "Thanks, but our company policy is that all contractors are paid through Upwork. Let's just open a new hourly contract."),
        ("f", "no worries, makes sense 👍"),
    ], freelancer=[(0, "PAY001")])
    add("conversation", [
        ("c", "Lorenzo, I'd like to send the remaining €600 by bank transfer directly, is that ok?"),
        ("f", f"sure, here you go: {grouped(iban('IT', 27))}, intestato a Lorenzo Ferri"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "do u have venmo or cashapp? would rather pay u there"),
        ("f", "Hello, I'm in Kenya so I don't have those 😅 M-Pesa or Payoneer would work for me though"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Would you be open to settling the rest off the platform?"),
        ("f", "Why? is something wrong with the payment here?"),
        ("c", "No, it's just the fees, they add up over a long project."),
        ("f", "I understand, but I'd rather keep everything on Upwork."),
        ("c", "come on, it's only a few hundred bucks. just give me your paypal and i'll send it today"),
        ("f", "Sorry, still no. Let's continue here."),
    ], client=[(0, "PAY001"), (4, "PAY001")])
    add("conversation", [
        ("f", "Sir for this big job I prefer payment in USDT, we can do outside Upwork and save the 10% fee for you also."),
        ("c", "what's USDT? never used it"),
        ("f", "It is a stablecoin, its value is pegged to the US dollar, so 1 USDT is always around 1 USD. It is very popular for international work."),
        ("c", "alright that works for me, send me the address and I'll figure out how to buy it"),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [
        ("c", "Hi Aigerim, thanks for the proposal. Your portfolio is great. Budget is $1,200 for the full dashboard."),
        ("f", "Thank you! $1,200 is fine. I can start Monday. Do you want milestones for each section?"),
        ("c", "Yes let's do 3 milestones. Actually one thing - I run a small agency and would rather pay you by direct bank transfer after the first milestone, keeps my accounting simple. Is that an issue?"),
        ("f", "that's fine by me, I have a USD account at Kaspi"),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "Hey can we move to WhatsApp and do the payments through Skrill? would save us both a lot"),
        ("f", "Sorry, payments outside Upwork are against the Terms of Service, so I have to say no. I've also flagged this to Upwork support."),
        ("c", "ok no problem, we continue here then"),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("c", "do u have venmo? i'll send the tip there, upwork takes a cut of bonuses too"),
        ("f", "yep!! @dani-morales-22 🙌"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "Hi Sarah, quick update: the checkout page is done, I fixed the tax rounding bug and the mobile menu now collapses correctly. I still need the final copy for the About page. Also, for the next milestones, could you pay me through Payoneer directly? It's just easier on my end. I'll push the staging build tonight."),
        ("c", "Great, thanks! I'll get you the About page copy tomorrow."),
        ("f", "ok thanks. so can I get the next payment on payoneer? my email there is the same as here"),
    ], freelancer=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [
        ("c", "Random question, could I pay you with Steam gift cards? I've got about $300 in codes I'm never gonna use"),
        ("f", "lol steam works for me actually"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Our AP system can pay you by ACH directly, it's faster than Upwork. Just send me your routing and account numbers."),
        ("f", "Sure. Routing 021000021, account 483920175, Chase checking, name Mark Delaney."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Milestone 1 approved and payment released, great work!"),
        ("f", "thank u so much! for future stuff u can also send straight to my paypal lina.dev.studio@outlook.com, no fees that way 😊"),
        ("c", "I'd prefer to keep everything on Upwork, thanks."),
    ], freelancer=[(1, "PAY002")])
    add("conversation", [
        ("f", "Hello sir, kindly pay the remaining $400 via Western Union to my name, Upwork is holding my funds 14 days which is problem for me."),
        ("c", "No, we only pay through the platform. I'm reporting this."),
    ], freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [
        ("f", "can we close the contract here and continue privately? same rate"),
        ("c", "why would we do that?"),
        ("f", "fees, mostly. upwork takes 10% from me and you pay a marketplace fee too"),
        ("c", "Nah, I'm comfortable with the protection here. Let's keep it on Upwork."),
    ], freelancer=[(0, "PAY001")])
    add("conversation", [
        ("c", "Would you accept crypto for the next phase? BTC or ETH, your call."),
        ("f", "Let me think about it."),
        ("f", "Actually I'll pass, I prefer to be paid through Upwork. Thanks for understanding."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "Hola! The logo set is finish. For the extra stickers, you can pay me directly by Mercado Pago? is more cheap for both"),
        ("c", "how much would it be?"),
        ("f", "$80 for the 10 stickers"),
        ("c", "ok deal, send me the link"),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [
        ("f", "Hi Tomasz, could you pay the last invoice to my PayPal instead of through the contract? Upwork fees are really high for me"),
        ("c", "I don't use PayPal. I could do a SEPA transfer though."),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])

    # ---------------------------------------------------------------- conversations without violations
    add("conversation", [
        ("c", "Milestone 2 is funded, you can start on the API integration"),
        ("f", "Thanks! I'll submit by Thursday. Should I include the Stripe webhook retry logic in this milestone or the next?"),
        ("c", "This one please. And if it takes longer than planned just tell me, I'll add to the escrow or send a bonus."),
        ("f", "perfect, thank you 🙏"),
    ])
    add("conversation", [
        ("f", "sorry for late reply, I was sorting out my Payoneer account - my Upwork withdrawals to it were stuck for a week"),
        ("c", "no worries! hope it's sorted. any ETA on the revised banner?"),
        ("f", "tonight inshaAllah"),
    ])
    add("conversation", [
        ("c", "One of the applicants mentioned Payoneer in his profile. What is that?"),
        ("f", "It's a payment service a lot of freelancers use to withdraw their Upwork earnings to a local bank. Nothing you need to do on your side, you just pay through the contract as usual."),
        ("c", "Got it, thanks!"),
    ])
    add("conversation", [
        ("c", "The PayPal sandbox keeps returning INSTRUMENT_DECLINED on the capture call"),
        ("f", "are you using the v2 orders API? send me the request payload pls"),
        ("c", "yes v2, here's the payload (client id redacted)"),
        ("f", "found it - you're capturing before the buyer approves. fix pushed to the branch"),
    ])
    add("conversation", [
        ("c", "your quote is $900 but budget is 700, can we meet in the middle?"),
        ("f", "800 and I include the favicon set + 2 rounds of revisions"),
        ("c", "deal 🤝 sending the offer now"),
        ("f", "accepted! starting tomorrow"),
    ])
    add("conversation", [
        ("c", "FYI the last freelancer I hired asked me to pay him on Zelle and I refused. Glad you're doing it properly here."),
        ("f", "Thanks, yeah I always keep everything on Upwork, it protects us both."),
    ])
    add("conversation", [
        ("c", "Our finance team needs an invoice for the March hours for our records"),
        ("f", "You can download it from Reports > Transaction history, every weekly charge has an invoice PDF"),
        ("c", "found it, thanks!"),
    ])

    # ---------------------------------------------------------------- ordinary chat
    add("ordinary-chat", [("c", "morning! did u get a chance to look at the figma comments?")])
    add("ordinary-chat", [("f", "Sorry sir, there was power cut whole day in my area, I will deliver by tomorrow 10am IST")])
    add("ordinary-chat", [("f", "ok kool, will send v2 in 1 hr 👍")])

    # ---------------------------------------------------------------- hard negatives
    add("hard-negative", [("c", "Can you integrate PayPal Express Checkout into our WooCommerce store? We also need Apple Pay on mobile.")])
    add("hard-negative", [("c", "need the onboarding screens for our venmo-style P2P app, figma only, 12 screens max")])
    add("hard-negative", [("c", "Stripe webhooks keep returning 400 on invoice.paid since yesterday, can u debug asap")])
    add("hard-negative", [("c", "I'll fund the next milestone tonight once my card clears, sorry for the wait")])
    add("hard-negative", [("c", "Hi, just released the payment for milestone 3 and added a small bonus for the quick turnaround 🙏")])
    add("hard-negative", [("f", "Last year a client paid me by wire outside the platform and it took 2 weeks and a lot of stress, never again lol. so happy with escrow here")])
    add("hard-negative", [("c", "Our customers in Germany pay us via SEPA direct debit; the report should split revenue by payment method and by month.")])
    add("hard-negative", [("c", "pls pay attention to the footer spacing on mobile, its off by like 4px")])
    add("hard-negative", [("f", "honestly moving to Next.js was a wise choice, build times are way down")])
    add("hard-negative", [("f", "What is Payoneer exactly? a client mentioned it in a job post and I've never used it")])
    add("hard-negative", [("c", "The refund for the cancelled contract should show up in your Upwork balance within 5 days.")])
    add("hard-negative", [("c", "I updated my billing method to a new Visa, so this week's invoice should go through now.")])
    add("hard-negative", [("c", "Need a Python script that reconciles our Wise business account CSV exports with QuickBooks entries.")])
    add("hard-negative", [("c", "we're a small crypto exchange, need someone to write docs for our BTC and ETH deposit flow, approx 20 pages")])
    add("hard-negative", [("c", "Could you cash in on the holiday traffic with a quick promo banner? 🎄 same style as last one")])
    add("hard-negative", [("c", "my bank is closed today for the holiday so I'll fund escrow tomorrow morning, apologies")])
    add("hard-negative", [("f", "Sir I am from Pakistan and the Upwork fees are quite high for me, but I understand we must follow the rules. I will wait for the milestone release.")])
    add("hard-negative", [("c", "Western Union brand guideline PDF attached, the poster must use their yellow exactly (#FFDD00)")])
    add("hard-negative", [("c", "Translate our Revolut-style fintech landing page into Portuguese (BR) and Spanish (MX), approx 1,800 words")])
    add("hard-negative", [("f", "Can we raise the milestone to $450? scope grew with the admin panel and the CSV export")])
    add("hard-negative", [("f", "I submitted the extra hours as a separate milestone request through Upwork, plz approve when free")])
    add("hard-negative", [("c", "Cash App Pay integration for our tip jar feature - need the OAuth flow and a webhook handler in Node")])
    add("hard-negative", [("f", "Fees on this site are 10% now?? wow. anyway, here is the final logo pack, all formats in the zip")])
    add("hard-negative", [("c", "the Zelle limit bug: when the user enters more than $2,500 the app must show the error message returned by the bank")])
    add("hard-negative", [("f", "Just to be clear from the start: I don't do any business or payments outside Upwork 🙂 happy to discuss the scope here")])
    add("hard-negative", [("c", "Could you write 5 blog posts comparing Wise vs Payoneer vs PayPal for freelancers receiving money in India?")])
    add("hard-negative", [("c", "gift card module: codes should be 16 chars, redeemable once, expire after 12 months, and show the remaining balance")])
    add("hard-negative", [("c", "If the extra work took longer than we agreed, just tell me and I'll send a bonus through Upwork, happy to.")])
    add("hard-negative", [("c", "We got paid by our distributor through MoneyGram last week, can u add that to the ledger sheet under 'other income'?")])
    add("hard-negative", [("c", "no cap this animation is fire 🔥 worth every penny")])
    add("hard-negative", [("f", "Kindly note I will be on leave during Eid, but the milestone delivery on 15th is still fine inshallah")])
    add("hard-negative", [("c", "Per our vendor policy, all contractor payments are processed exclusively through Upwork. Please log your hours weekly with the desktop app.")])
    add("hard-negative", [("c", "Can you help me set up a Binance Pay button on my Shopify? some customers want to pay in USDT")])
    add("hard-negative", [("c", "Someone messaged me asking to be paid outside Upwork, is that even allowed? Just checking before we start our contract.")])
    add("hard-negative", [("f", "Does hourly Payment Protection only apply if I track time with the desktop app? Want to be sure before we start")])
    add("hard-negative", [("f", "Hi Ken, long week here 😅 my laptop died on Tuesday, I had to go to the bank to sort a card issue, and my cousin's wedding was on Saturday. Anyway the invoice template for your clients is done - it now shows the bank transfer instructions and IBAN field at the bottom like you asked, and the VAT line is fixed.")])
    add("hard-negative", [("c", "Our app lets users split rent via ACH - we need a QA tester to run through 40 test cases on Android and iOS")])

    return cases


def heldout14_cases() -> list[dict[str, Any]]:
    """Fourteenth held-out batch: evasion and keyword traps (obfuscated asks, euphemisms, splits, platform hops vs fintech jobs, platform payment features, idioms)."""
    rng.seed(14)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout14-")

    # ------------------------------------------------------------------
    # Part 1: EVASION (single messages)
    # ------------------------------------------------------------------
    # obfuscated service names
    add("evasion", [("c", "Quick q - could we do the rest off site? I'd send it by p-a-y-p-a-l, saves both of us the cut.")],
        client=[(0, "PAY001")])
    add("evasion", [("f", "If you'd rather skip the service charge, v3nm0 works for me too, just ping me when you're ready.")],
        freelancer=[(0, "PAY001")])
    add("evasion", [("f", "ZeII3 is fastest for me - can you send the $400 there instead of funding the milestone?")],
        freelancer=[(0, "PAY001")])
    add("evasion", [("c", "For the next batch let's do \u0420ay\u0420al friends & family, I'll handle it on my side so no fee comes off your rate.")],
        client=[(0, "PAY001")])
    add("evasion", [("f", "Could you pay me through \uff37\uff49\uff53\uff45 directly? The conversion on this site eats 4% of my rate.")],
        freelancer=[(0, "PAY001")])
    add("evasion", [("c", "I can Ven\u200bmo you the balance tonight if you're ok with that, no need to wait for escrow.")],
        client=[(0, "PAY001")])
    # euphemisms and indirection
    add("evasion", [("c", "Once this milestone is approved, let's take this offline and I'll settle with you personally for phase two.")],
        client=[(0, "PAY001")])
    add("evasion", [("f", "For the ongoing maintenance I'd prefer we handle billing outside of here - I'll email you my own invoice each month.")],
        freelancer=[(0, "PAY001")])
    add("evasion", [("f", "For the next job let's just do it the usual way, directly between the two of us, no platform fee.")],
        freelancer=[(0, "PAY001")])
    add("evasion", [("c", "Can we go direct from now on? Same hourly rate, just nothing taken out by the middleman.")],
        client=[(0, "PAY001")])
    add("evasion", [("f", "For the rush fee, send it privately - I'd rather it didn't show up on the contract.")],
        freelancer=[(0, "PAY001")])
    add("evasion", [("c", "Instead of the dispute, could you send my refund to my other account? It's a Revolut under the same name.")],
        client=[(0, "PAY001")])
    add("evasion", [("c", "I'll pay through the app with the green dollar-sign logo if you give me your tag - zero fees that way.")],
        client=[(0, "PAY001")])
    # split payments
    add("evasion", [("c", "I'll fund $300 as a milestone here and wire the other $700 to you directly, so the fee only hits part of it.")],
        client=[(0, "PAY001")])
    # moving to another platform / direct invoicing
    add("evasion", [("c", "Can you recreate this offer as a gig on Fiverr? I'll order it from you there, my company card works better on that site.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Going forward we'd like to onboard you through Deel and pay you monthly there instead of through this contract.")],
        client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Happy to keep working together - I can simply invoice your company directly every month, no need for a contract on here.")],
        freelancer=[(0, "PAY001")])
    # close/cancel the contract and continue
    add("evasion", [("c", "Could you end the contract on your side? I want to keep you on for the remaining pages and pay you privately.")],
        client=[(0, "PAY001")])
    # discounts and bonuses for paying directly
    add("evasion", [("c", "I'll throw in an extra $50 if you let me pay you off-platform for this round.")],
        client=[(0, "PAY001")])
    # gift cards
    add("client-solicits", [("c", "Would you accept Amazon gift card codes as payment for the remaining hours? I have a stack of them from work.")],
        client=[(0, "PAY001")])
    # crypto with network names
    add("evasion", [("c", "I can send USDT on TRC20 today, just drop your address here and we skip the escrow.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "\u00bfTe puedo pagar por fuera de la plataforma? Te hago una transferencia bancaria y nos ahorramos la comisi\u00f3n.")],
        client=[(0, "PAY001")])

    # ------------------------------------------------------------------
    # Own payment details (PAY002), often obfuscated
    # ------------------------------------------------------------------
    add("details-valid", [("f", "Send it to my s k r i l l: marta.kowal.design@gmail.com - faster than waiting on the milestone.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "my pay\u200bpal: jonas.reuter.dev@gmail.com, use friends and family please")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My \u03a1ayoneer email is hana.sato.works@gmail.com, you can pay me there directly and we skip the fee.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Pay in USDT (TRC20) to {tron()} and I'll start immediately.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"ERC-20 USDC works for me: {eth()} - cheaper than the platform's cut.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", f"Just refund the $120 to {taproot()} and I'll close the dispute.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", f"For a direct SEPA transfer: {grouped(iban('ES', 24))}, holder Luc\u00eda Ferrer. Much cheaper than paying through here.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"I B A N: {grouped(iban('PL', 28))} - put 'consulting' as the reference, no need to go through the site.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Direct deposit info - Routing: 026009593, Account: 4829117566. Pay the balance there and we can close the contract.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Faster Payments: sort code 40-47-84, account 70872490, name T. Okafor. Send the rest there.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "$NiaBuildsApps on the green app - send it there and I'll mark the job as done.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "paypal[dot]me/rkdesignstudio - tap that and pay whatever's left over.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My Binance Pay ID is 384920117, you can send the bonus there instead.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Interac e-Transfer to aurelie.gagnon.design@gmail.com works, autodeposit is on, so you don't need to fund anything here.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Minha chave Pix \u00e9 11987654321, pode mandar por l\u00e1 que cai na hora, sem taxa da plataforma.")],
        freelancer=[(0, "PAY002")])

    # cover letters (proposal surface)
    add("cover-letter", [("f", "I deliver in 48h with unlimited revisions. Tip: clients who pay me off-platform via W!se get a 20% lower rate - ask me how.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", f"Rate: $25/h. For long-term work I prefer direct bank payment: {grouped(iban('RO', 24))}.")],
        freelancer=[(0, "PAY002")], surface="proposal")

    # ------------------------------------------------------------------
    # Conversations: ask in a later turn, agreement, clarification, decline
    # ------------------------------------------------------------------
    # ask in the 3rd message, agreement with a handle
    add("conversation", [
        ("c", "Loved the logo concepts!"),
        ("f", "Thank you, glad they landed."),
        ("c", "For the brand guide can we go direct? I'll Revolut you and we skip the fees."),
        ("f", "Sure, Revolut is fine: @dario_m_design"),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    # clarifying question, motive-only follow-up, then "ok"
    add("conversation", [
        ("c", "Could we wrap up the next part outside the platform?"),
        ("f", "Why would we do that?"),
        ("c", "Their fee plus VAT adds about 25% on my end, it really adds up."),
        ("f", "Ok, fair enough, let's do it your way."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    # restated proposal naming a channel, then a plain decline
    add("conversation", [
        ("c", "Let's settle this part off the books."),
        ("f", "Not sure what you mean?"),
        ("c", "I'd send it through Wise straight to you, no middleman."),
        ("f", "I'll pass - payments stay on the contract."),
    ], client=[(0, "PAY001"), (2, "PAY001")])
    # obfuscated ask, decline and report
    add("conversation", [
        ("c", "pls send ur z e l l e, I'll pay tonight, quicker than the escrow thing"),
        ("f", "I can only be paid through the platform, and I'm reporting this message as the rules ask."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    # freelancer proposes, client agrees
    add("conversation", [
        ("f", "Would you mind paying the last milestone through Payoneer? My withdrawals here keep getting held."),
        ("c", "ok deal, what's your Payoneer email?"),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    # counter-proposal counts as agreement
    add("conversation", [
        ("c", "Can I pay you outside the site? P4yP4l maybe?"),
        ("f", "PayPal freezes my account all the time - could you do crypto instead? BTC or USDT."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    # agreement by replying with an address
    add("conversation", [
        ("c", "Do you have a crypto wallet? I'd rather pay that way than fund escrow."),
        ("f", f"Yes - BTC: {btc()}"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    # ask in the 3rd message, polite decline without report
    add("conversation", [
        ("c", "Hi, the spreadsheet automation looks great."),
        ("f", "Thanks! Want me to add the export tab as well?"),
        ("c", "Yes please. For that piece, would you take a Western Union transfer? My card keeps failing on here."),
        ("f", "Sorry, I can't take payments off the platform. Could you try another billing method here instead?"),
    ], client=[(2, "PAY001")])
    # freelancer proposes with a discount, client declines and flags
    add("conversation", [
        ("f", "Between us: m0neygram works better for me, and I'll give you 15% off if you use it."),
        ("c", "No. We keep everything on the contract, and I've flagged this."),
    ], freelancer=[(0, "PAY001")], flags=[("c", 0)])
    # split proposal accepted
    add("conversation", [
        ("c", "What if I pay half here and half by bank transfer?"),
        ("f", "That works, I'll send the bank info after we start."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    # close-and-pay proposal, delayed agreement in the client's 2nd reply
    add("conversation", [
        ("f", "Could you close the contract and pay me the rest via Skrill? My account here is under review."),
        ("c", "Hmm, let me check with finance."),
        ("f", "Sure, take your time."),
        ("c", "Finance says it's fine, send over the Skrill email."),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    # pushy restatement after a decline, reported
    add("conversation", [
        ("c", "can we sort the payment outside of here?"),
        ("f", "No, sorry."),
        ("c", "come on, just Zelle it, nobody checks these things"),
        ("f", "Still no. I'm reporting this conversation."),
    ], client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])
    # close the contract and continue, agreed
    add("conversation", [
        ("c", "If you close out the contract I can pay the remaining hours directly."),
        ("f", "Sure, closing it now - how will you send it?"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    # platform hop, agreed with an emoji
    add("conversation", [
        ("f", "Let's move over to Fiverr for the next order, my packages are already set up there."),
        ("c", "\U0001f44d send me the gig link"),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    # clarifying "is that allowed?", motive-only follow-up, then agreement
    add("conversation", [
        ("f", "Could you pay this invoice via Wise instead of the milestone?"),
        ("c", "Is that allowed?"),
        ("f", "Nobody will notice, it's just quicker for me."),
        ("c", "Alright then."),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    # gift cards offered in the 2nd client message, accepted
    add("conversation", [
        ("c", "The banner set is perfect, thank you."),
        ("c", "For the extra sizes, is it ok if I just send you a couple of Apple gift cards?"),
        ("f", "ok, Apple cards are fine"),
    ], client=[(1, "PAY001")], freelancer=[(2, "PAY003")])
    # ETH proposal, declined and reported
    add("conversation", [
        ("c", "I'll send 0.2 ETH on Arbitrum for the audit, cheaper gas than mainnet. Wallet?"),
        ("f", "I only accept payment through this contract, and I've reported the request."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])

    # ------------------------------------------------------------------
    # Part 2: HARD NEGATIVES
    # ------------------------------------------------------------------
    # fintech and payment-integration jobs
    add("hard-negative", [("c", "Looking for a backend dev to wire up PayPal Checkout and Venmo buttons on our storefront. Paid hourly through this contract.")])
    add("hard-negative", [("c", "Our Stripe webhook double-charges customers when the 3DS challenge times out. Need a fix this week.")])
    add("hard-negative", [("c", "Build a Wise API integration that pays out our 40 warehouse contractors in GBP and EUR every month.")])
    add("hard-negative", [("f", "I've shipped Zelle and Cash App payout flows for two US fintechs and built the KYC onboarding for a crypto exchange - happy to do the same for your app.")],
        surface="proposal")
    add("hard-negative", [("c", "Write five blog posts comparing PayPal, Payoneer and Skrill fees for freelancers in Pakistan and Nigeria.")])
    add("hard-negative", [("c", "Redesign the 'Send money' screen of our remittance app - Western Union and MoneyGram are our main competitors, screenshots attached.")])
    add("hard-negative", [("c", "Need a bookkeeper to reconcile Stripe payouts and ACH deposits in Xero for Q3.")])
    add("hard-negative", [("c", "Bug: the checkout button reads 'P A Y P A L' because of a letter-spacing hack in our CSS. Please fix it.")])
    add("hard-negative", [("c", "Our CMS export has 'Ven\u200bmo' with a zero-width space inside it, which breaks site search. Please strip those characters.")])
    add("hard-negative", [("c", "Build a Telegram bot that shows USDT balances on TRC20 and ERC20 for our exchange dashboard.")])
    add("hard-negative", [("c", "Need a redemption screen for Amazon and Google Play gift cards inside our loyalty app.")])
    # identifiers in a job context / corrupted identifiers
    add("identifier-job-context", [("c", f"Our wallet page shows 0 ETH for {eth()} although the block explorer shows a balance - that's the bug for this milestone.")])
    add("identifier-job-context", [("c", f"Test fixture for the SEPA payout module: {grouped(iban('IT', 27))}. Please make the validator accept spaces.")])
    add("identifier-job-context", [("c", f"Please audit the multisig at {p2sh()} - we need a written report on its spending script.")])
    add("identifier-job-context", [("c", f"KYC sandbox check: the test account with IBAN {iban('DE', 22)} should be rejected for a name mismatch, but it passes.")])
    add("identifier-invalid", [("c", f"Our form accepts {corrupt(iban('GB', 22), '0123456789')} but the bank rejects it - shouldn't the mod-97 check catch that?")])
    add("identifier-invalid", [("c", f"Users paste addresses like {corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')} and the app doesn't flag the bad checksum. Can you add validation?")])
    add("identifier-invalid", [("c", f"In the import log our parser rejects {corrupt(tron(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')} as a TRON address - is the parser right or wrong?")])
    add("identifier-invalid", [("f", f"Found the bug: the seed data has {corrupt(segwit(), 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}, whose bech32 checksum fails, so the test crashes.")])
    # platform payment features
    add("hard-negative", [("c", "I've funded milestone 2 ($450) in escrow; it'll be released once you submit the revised files.")])
    add("hard-negative", [("f", "Could you release the first milestone? I submitted the wireframes on Tuesday.")])
    add("hard-negative", [("c", "I'll add a $75 bonus through the contract for the weekend work.")])
    add("hard-negative", [("f", "I withdraw my earnings from here to my own PayPal every Friday, so there's no rush on releasing the milestone.")])
    add("hard-negative", [("f", "My withdrawal method here is Payoneer, and the conversion to PKR happens on their side.")])
    add("hard-negative", [("c", "Does the platform accept a wire transfer as a billing method for funding contracts? Our finance team can't use cards.")])
    add("hard-negative", [("c", "I opened a dispute on the last milestone because the files were incomplete - let's sort it out through the resolution center.")])
    add("hard-negative", [("f", "Please close the contract and leave feedback once you've approved the final milestone.")])
    add("hard-negative", [("f", "Do I need to submit the W-8BEN tax form before my first payment is released?")])
    add("hard-negative", [("c", "Half now as milestone 1, half on delivery as milestone 2 - both through the contract.")])
    add("hard-negative", [("f", "I can knock 15% off the second milestone since I reused components - I'll update the amount here.")])
    add("hard-negative", [("c", "When does the platform pay out after I approve the work? It's my first time hiring here.")])
    add("conversation", [
        ("c", "Can I use my PayPal as the billing method on here to fund your milestone?"),
        ("f", "Yes, the platform supports PayPal for funding - just add it under Billing & Payments."),
    ])
    add("conversation", [
        ("c", "Would you be ok with splitting the payment into three milestones?"),
        ("f", "Sure, three milestones is fine."),
    ])
    add("conversation", [
        ("c", "My card got declined here again."),
        ("f", "Try adding another card or your bank account in the billing settings - I can wait a day."),
    ])
    # past events and third parties
    add("hard-negative", [("f", "Years ago a client paid me via PayPal outside a platform and then filed a chargeback - that's why I only work through contracts now.")])
    add("hard-negative", [("c", "Our previous developer insisted on Bitcoin payments and then vanished, so we're glad this one is on escrow.")])
    add("conversation", [
        ("c", "Did you get paid for the last project?"),
        ("f", "Yes, the milestone was released on the 3rd and I already withdrew it to my bank."),
    ])
    add("hard-negative", [("c", "Our customers pay us through Venmo and Zelle; I need a script that matches those deposits to invoices in our CRM.")])
    add("hard-negative", [("c", "We pay our full-time staff through Deel; contractors like you we pay through the platform as usual.")])
    # idioms
    add("ordinary-chat", [("f", "You can bank on having the draft by Thursday.")])
    add("ordinary-chat", [("c", "That refactor really paid off - page load dropped by half.")])
    add("ordinary-chat", [("f", "Let's put our money where our mouth is and ship the MVP before polishing the settings page.")])
    # declines and reports
    add("hard-negative", [("f", "Just so you know, I don't accept p@yments off the platform - please fund the milestone here.")])
    add("hard-negative", [("f", "A different client asked me to switch to Zelle yesterday; I declined and reported it. Glad we keep everything here.")])
    add("hard-negative", [("c", "Heads-up: someone messaged me pretending to be you and asking for a Wise transfer. I reported it to support.")])
    # asking what a service is
    add("hard-negative", [("f", "What's Payoneer exactly? I see it listed as a withdrawal option in my settings.")])
    add("hard-negative", [("c", "Sorry, what's a 'cashtag'? It appears in your copy for our fintech landing page.")])
    # euphemism look-alikes with innocent meanings
    add("ordinary-chat", [("c", "I'll be off site at a conference this week, but I'll check messages here every evening.")])
    add("ordinary-chat", [("f", "Let's take the colour discussion offline on a quick call tomorrow; I'll post the notes here afterwards.")])
    add("ordinary-chat", [("c", "The app with the blue logo - Facebook - must open the share sheet, not the browser.")])
    add("ordinary-chat", [("f", "I'll send the brand assets privately through the file share, not the public Figma link.")])
    add("ordinary-chat", [("c", "Use my other account's email for the Figma invite; billing stays on this contract as usual.")])
    add("ordinary-chat", [
        ("c", "Can you push the launch to Monday?"),
        ("f", "Sure, Monday works."),
    ])
    return cases


def heldout15_cases() -> list[dict[str, Any]]:
    """Fifteenth held-out batch: mixed voices, multi-turn counter-proposals, fintech/bookkeeping hard negatives."""
    rng.seed(15)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout15-")

    # ---- (a) short single messages: client proposes ----
    add("client-solicits", [("c", "Hi Tomasz, before we start: our finance team can't onboard another vendor portal. "
                                  "Could we just send your fee by SEPA transfer each month? Saves us both the service charge.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "yo can i just venmo u for the logo? fees on here r brutal")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Dear freelancer, kindly accept the payment by Western Union for this task, it is more "
                                  "convenient to my side. Please confirm your full name as written on passport.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would it be okay if I cover the remaining $400 in Amazon gift cards? "
                                  "My card keeps getting declined on this site.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "We pay all our contractors in USDC on Polygon. Once you accept the offer, let's move billing "
                                  "off this platform and I'll send it monthly.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can we close this contract and keep working on our own? I'd pay you through Payoneer "
                                  "directly, same rate, and neither of us loses the cut.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Mate, happy to pay cash in hand if you're round Manchester, we can sort it when you drop off the prints.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Hola! la plataforma no acepta mi tarjeta. Can I pay you por Mercado Pago? You have account there?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "For the next projects I'd rather pay you over Revolut, it's instant and free. What's your Revtag?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Loved the edit. I want to tip you a bit extra, but I'll drop it on your Cash App rather than here. What's your tag?")],
        client=[(0, "PAY001")])

    # ---- (a) short single messages: freelancer proposes ----
    add("freelancer-solicits", [("f", "Hello sir, for faster process please release the payment on Skrill, here the platform take too long to clear.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "If you pay me directly through Wise I can bring the quote down from $900 to $780.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "ok fixes are live. can u zelle the rest? easier on my end")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I'm based in Lagos and withdrawals from here are painful. Would you mind paying the next milestones "
                                      "by direct bank transfer? I'll send an invoice on my company letterhead.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Quick suggestion: let's end the contract here and handle the later phases by MoneyGram. "
                                      "I'll keep the same weekly hours.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Могу принять оплату в USDT напрямую, if that's simpler for you than the card on this site.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Kindly send the 30% advance via GCash before I begin, then the remaining can go on the site.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "For long-term work I usually move clients to direct Payoneer invoicing, we both save on fees. Interested?")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "pls pay via easypaisa bro, this site hold my funds 5 days")], freelancer=[(0, "PAY001")])

    # ---- (a) own payment details ----
    add("details-valid", [("f", f"Invoice attached. For the transfer: beneficiary Jana Novak, IBAN {grouped(iban('DE', 22))}, "
                                f"reference INV-2291. No need to go through the contract.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Here's my BTC address so you can pay the last milestone directly and skip the fee: {btc()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "send to my paypal -> r.okafor.dev@gmail.com, friends & family pls")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My Cash App is $LenaDrawsStuff, toss the balance there whenever you're ready.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "paypal.me/kwamestudio/250 - link has the amount prefilled, cheaper than paying here.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Account name: Priya Raman, Routing number 021000021, Account number 483920117645 (Chase). "
                                "ACH is fine for the rest of the project.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Please pay in ETH instead, wallet: {eth()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"USDT TRC20 only: {tron()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "You overbilled me 6 hours. Don't bother with the site's refund thing, just send the $180 "
                                "back to my PayPal, mark.ellison.builds@gmail.com")], client=[(0, "PAY002")])
    add("details-valid", [("f", "UK account for the transfer: sort code 20-45-77, account number 63018452, name D. Whitfield. "
                                "Let's keep it off the platform from now on.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Mi IBAN para la transferencia: {grouped(iban('ES', 24))} - así evitamos la comisión de la plataforma.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Lightning keeps failing for me, just send it on-chain to {segwit()} and I'll close the milestone.")],
        freelancer=[(0, "PAY002")])

    # ---- (d) identifiers: corrupted ----
    add("identifier-invalid", [("f", f"IBAN {grouped(corrupt(iban('FR', 27), '0123456789'))}")])
    add("identifier-invalid", [("f", f"btc: {corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}")])
    add("identifier-invalid", [("f", f"send the USDT here and we both skip the 10%: "
                                     f"{corrupt(tron(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("c", f"ref no. {corrupt(segwit(), 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}")])

    # ---- (d) identifiers in job context ----
    add("identifier-job-context", [("c", f"For the payment-form unit tests, use this IBAN as the happy-path fixture: {grouped(iban('BE', 16))}")])
    add("identifier-job-context", [("c", f"The contract to audit is deployed at {eth()} on mainnet; please focus on the withdraw() reentrancy path.")])
    add("identifier-job-context", [("f", f"The validator now rejects "
                                         f"{corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')} "
                                         f"(bad checksum) and accepts {btc()}. Pushed to the branch.")])
    add("identifier-job-context", [("c", f"For the block-explorer dashboard, pull the full transaction history of this public address as demo data: {taproot()}")])
    add("identifier-job-context", [("c", f"Sample row for the CSV importer: Müller Bau GmbH; {grouped(iban('AT', 20))}; EUR 1,240.00; due 2024-03-31")])

    # ---- (d) cover letters ----
    add("cover-letter", [("f", "Hello! I've built more than 40 Shopify stores for fashion brands and can start Monday. If you prefer, "
                               "after the first milestone we can settle payments directly over Wise - direct clients get 10% off.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Dear Hiring Manager, I am expert of data entry with 6 years experience. I accept payment by Payoneer "
                               "or bank transfer for avoid the platform fee, so you will get better price from me.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "I integrated Stripe Connect and PayPal Checkout for a two-sided rental marketplace, including payouts and "
                               "chargeback handling. I'd structure this job as three fixed-price milestones here, funded one at a time.")],
        surface="proposal")
    add("cover-letter", [("f", "I've written onboarding emails and App Store copy for two neobanks and a crypto wallet, so I know how to explain "
                               "fees and transfer limits without scaring users. Samples attached.")], surface="proposal")
    add("cover-letter", [("f", "I reconcile Wise, Payoneer and PayPal Business accounts in Xero every month for six e-commerce sellers. "
                               "Happy to do a paid trial on one month of your statements.")], surface="proposal")

    # ---- (b) conversations ----
    add("conversation", [("c", "Hey, the hourly tracker is a hassle on my old laptop. Could I just PayPal you for the hours every Friday?"),
                         ("f", "Sure, that works for me. I'll send you a summary of my hours each Thursday."),
                         ("c", "Perfect, thanks!")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "I'd rather send the payment via Zelle, it's instant on my side. ok?"),
                         ("f", "Thanks, but I keep all payments on the platform - it's in the terms and it protects us both. "
                               "I can set up a fixed-price milestone instead."),
                         ("c", "Fine, set it up.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Would you be open to paying the next invoices through Payoneer directly?"),
                         ("c", "Why? Is something wrong with the contract here?"),
                         ("f", "Nothing wrong, the service fee just eats 10% and I'd pass half of that saving on to you."),
                         ("c", "ok, send me the Payoneer request then.")],
        freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("c", "Our accounts team can pay by international wire next week if we do it outside the platform. Does that work?"),
                         ("f", "A wire takes ages to reach Argentina. Could you use Wise instead? My Wise email is lucia.ferraro.ux@gmail.com"),
                         ("c", "Let me check with accounts.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "For the remaining phases I'd suggest paying me in USDT. Settlement is instant and there's no platform cut."),
                         ("c", "No, we only pay through the platform. I'm reporting this, sorry."),
                         ("f", "Understood, forget I asked.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "Would you take a Steam gift card for this instead of the contract? I have a few unused ones."),
                         ("f", "Hmm, what's the reason?"),
                         ("c", "Just easier for me, my bank won't let me pay foreign sites."),
                         ("f", "I'll have to pass on that, sorry. You could try adding PayPal as a billing method here.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "btw can I venmo you for this one? the card on file expired and idk how to update it"),
                         ("f", "Let me finish the mockups first, nearly there"),
                         ("c", "no rush"),
                         ("f", "Mockups uploaded! And yeah Venmo is fine, I'm @sam-ortega-art")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Can I pay you with Apple Cash? The site won't take my card."),
                         ("f", "I can't accept payments outside the platform. You can add a different billing method under Settings."),
                         ("c", "Tried that. What about Google Pay then, just this once?"),
                         ("f", "Sorry, still no. I'm flagging this; support can help with the billing issue.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])
    add("conversation", [("f", "Since this is turning into a monthly retainer, want to pay me by bank transfer instead? I'd knock 8% off."),
                         ("c", "deal. email me your account details"),
                         ("f", "Great, will do tonight.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "We'd like to pay you in euros by SEPA outside the contract to avoid the conversion fees, is that possible?"),
                         ("f", "I appreciate the thought, but I'll keep it through the contract here. I handle the conversion on my side."),
                         ("c", "No worries, contract it is.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Let's do Western Union for this job."),
                         ("f", "Why Western Union?"),
                         ("c", "My company blocks online marketplaces for payments, it's the only way I can get it approved."),
                         ("f", "I understand, but I can't do that. I've let the platform's support team know.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Sir you can pay me by PayPal or direct bank, whichever is easy for you, no need of this site."),
                         ("c", "Bank is easier for me."),
                         ("f", "Ok I will share account details in the file.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("f", "Milestone 2 submitted."),
                         ("c", "Got it, reviewing tomorrow."),
                         ("f", "Also, for milestone 3 could you pay me directly by PayPal? Saves us both the fees."),
                         ("f", "Or Skrill if that's easier for you, either works."),
                         ("c", "I'll stick with the platform, thanks.")],
        freelancer=[(2, "PAY001"), (3, "PAY001")])
    add("conversation", [("f", "Could we move payment to bank transfer from the next sprint?"),
                         ("c", "Can't do bank transfers to Ukraine from our account, but I could send BTC if that helps."),
                         ("f", "Let me think about it over the weekend.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Is there a way to pay you directly? I'd love to skip the marketplace fee."),
                         ("f", f"Sure, here's my IBAN: {grouped(iban('PL', 28))}"),
                         ("c", "Thanks, sending Monday.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "You accidentally paid milestone 4 twice. I'll send the extra $150 back to your PayPal, what's your email?"),
                         ("c", "Kind of you, but please just use the refund option on the contract so it's on record."),
                         ("f", "Oh, didn't know that existed. Done!")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "Before onboarding you need to buy the training kit, $85. Send it by Cash App to our coordinator."),
                         ("f", "That sounds like a scam. I won't pay anything outside the platform, and I've reported this.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Pour la suite, je vous paie par Lydia ou par virement, en dehors du site. Ça vous va?"),
                         ("f", "Le virement me va, je vous envoie mon RIB."),
                         ("c", "Parfait.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Hi! Draft 1 of the pitch deck is in the shared folder."),
                         ("c", "Looks great. How do I pay you for the extra slides?"),
                         ("f", "Easiest is my PayPal, hana.suzuki.slides@gmail.com - I'll send a request for $120.")],
        freelancer=[(2, "PAY002")])
    add("conversation", [("c", "I'm in Kenya, could I send the deposit through M-Pesa rather than this site?"),
                         ("f", "What exactly would that look like?"),
                         ("c", "I send to your number, you confirm receipt, we carry on. Much faster."),
                         ("f", "ok, let's do that. My number is on my profile CV.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "Would you consider paying the rest through Remitly? Withdrawals to India are slow here."),
                         ("c", "I'd prefer not to. Let's keep it all on the platform."),
                         ("f", "Of course, no problem.")],
        freelancer=[(0, "PAY001")])

    # ---- (b)/(c) conversations with no violation ----
    add("conversation", [("c", "Another freelancer mentioned Payoneer. What is that exactly?"),
                         ("f", "It's a payout service - some of us use it to withdraw our earnings from the platform. "
                               "Nothing changes on your side, you just fund milestones as usual."),
                         ("c", "Got it, thanks.")])
    add("conversation", [("c", "Is it fine if I pay the extra you did as a bonus on the contract when we wrap up?"),
                         ("f", "Sure! A bonus through the contract is perfect."),
                         ("c", "Great, will do Friday.")])
    add("conversation", [("c", "Last freelancer I paid through PayPal vanished with the deposit, so I only use milestones now."),
                         ("f", "Makes sense. Milestones it is - I'll propose three of them for the scope we discussed."),
                         ("c", "Sounds good.")])
    add("conversation", [("f", "The payment for this week shows as failed in the contract."),
                         ("c", "Ugh, my Amex expired. Updating the billing method now."),
                         ("f", "Thanks! It went through.")])

    # ---- (c) hard negatives ----
    add("hard-negative", [("c", "Job: integrate PayPal Checkout and Apple Pay into our WooCommerce store. Must support partial refunds and "
                                "send the order to our ERP once captured.")])
    add("hard-negative", [("c", "We need landing page copy for our new Venmo-style app for college students. Fun tone, lean on splitting rent and pizza.")])
    add("hard-negative", [("f", "Stripe webhook now marks orders as paid; next I'll add the Klarna option you asked for and the bank-transfer "
                                "instructions page for B2B buyers.")])
    add("hard-negative", [("c", "Please reconcile our Q3 Wise and Revolut Business statements against the QuickBooks ledger, about 600 transactions.")])
    add("hard-negative", [("c", "Write 20 support macros for our remittance app, e.g. for 'my MoneyGram transfer is still pending' and "
                                "'the recipient's bank rejected the SWIFT code'.")])
    add("hard-negative", [("f", "Just checking: once you approve the milestone, how long until the funds show in my available balance?")])
    add("hard-negative", [("c", "I've funded milestone 3 in escrow, go ahead whenever you're ready.")])
    add("hard-negative", [("c", "Sent a $50 bonus through the contract for the quick turnaround. Thanks!")])
    add("hard-negative", [("f", "I'll withdraw my earnings to my own Payoneer once the security hold ends, nothing needed on your side.")])
    add("hard-negative", [("c", "Our CFO needs the weekly invoices from this contract as PDFs. Can you grab them from the Reports tab?")])
    add("hard-negative", [("f", "Translating the Zelle FAQ into Spanish: should 'enrolled' be 'inscrito' or 'registrado' in your glossary?")])
    add("hard-negative", [("c", "Build a Telegram bot that pings our group when BTC or ETH moves more than 5% in an hour. Use the Binance public API.")])
    add("hard-negative", [("f", "That refactor really paid off, page loads went from 4s to 900ms. You get what you pay for with good caching.")])
    add("hard-negative", [("c", "Back in 2021 I paid a designer via Skrill and never heard from them again, which is why I hire only here now.")])
    add("hard-negative", [("f", "My previous client kept asking me to switch to Cash App, so I reported him. Glad this contract is straightforward.")])
    add("hard-negative", [("c", "The app should let members split bills and pay each other with M-Pesa or Airtel Money from inside the group chat.")])
    add("hard-negative", [("c", "There's a 'request refund' option on the hourly contract. Do I use that for the two hours we agreed to cancel?")])
    add("hard-negative", [("f", "First draft of the crypto tax article is up: 1,800 words on how HMRC treats staking rewards and airdrops.")])
    add("hard-negative", [("c", "We're a Wise partner agency and need a 60-second explainer video on sending money from Canada to the Philippines.")])
    add("hard-negative", [("f", "Set up the ACH debit flow against the Plaid sandbox; the test routing and account numbers are in the README.")])
    add("hard-negative", [("c", "Can the invoice template we're building show a SWIFT/BIC field and an IBAN field for our EU customers?")])
    add("hard-negative", [("c", "Just back from Tokyo - paid for everything with a Suica card and cash, felt strange after a year of Apple Pay.")])
    add("hard-negative", [("f", "I had to pay for the stock footage licence myself; I'll add it as a separate milestone so you can approve the expense.")])
    add("hard-negative", [("c", "Holiday campaign: five Instagram posts promoting our store's digital gift cards, with a 'give the gift of choice' angle.")])
    add("hard-negative", [("f", "Heads-up: I'm offline Monday, it's a bank holiday here.")])
    add("hard-negative", [("c", "Design a comparison page showing fees of PayPal, Wise, Western Union and Remitly for sending $200 to Mexico.")])
    add("hard-negative", [("f", "Venmo vs Zelle blog post is nearly done. Want a summary table at the end, or is the FAQ enough?")])
    add("hard-negative", [("c", "My brother owes me for concert tickets and keeps 'forgetting' to Venmo me. Anyway - did the export finish?")])
    add("hard-negative", [("f", "Bookkeeping note: the client's Shopify payouts and the PayPal settlements are off by $312.40; looks like a chargeback.")])
    add("hard-negative", [("c", "Does the platform charge me a fee on top of your hourly rate, or is it included?")])

    # ---- ordinary chat ----
    add("ordinary-chat", [("f", "Morning! Uploaded the revised logo set, let me know which direction you prefer.")])
    add("ordinary-chat", [("c", "Can we push the call to 4pm CET? Something came up.")])
    add("ordinary-chat", [("f", "Payment for milestone 2 received, thank you! Starting on the checkout screens today.")])
    add("ordinary-chat", [("f", "The extra revisions would be $35/h; I'll add them as a new milestone if that works for you.")])
    add("ordinary-chat", [("c", "Quick one: could you send the source files as a zip?"), ("f", "Sure, uploading now."), ("c", "Got them, thanks!")])
    add("ordinary-chat", [("c", "Happy with the work. Closing the contract and leaving a review now.")])
    return cases


def heldout16_cases() -> list[dict[str, Any]]:
    """Sixteenth held-out batch: mixed trades and countries, proposals, details, agreements, declines, hard negatives."""
    rng.seed(16)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout16-")

    # ---- single messages: client proposals ----
    add("client-solicits", [("c", "Hi Marta, loved the logo drafts. Honestly the fees here are eating my budget, could I just send the remaining \u20ac300 "
                                   "over Revolut and we close the contract early?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "No pressure at all, and feel free to say no, but would you be open to being paid directly by bank transfer "
                                   "for phase two? We'd both save on the service fee.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "can i pay u on p-a-y-p-a-l instead of here? way easier for our accounts dept")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "For the ongoing admin support I'd rather settle weekly through Wise, outside of this site. Would that work for you?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I can send USDT to you directly if that's simpler than the milestone thing. Just tell me which network you use.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Oga no need to pass through the site for the balance, let me just send it to your Opay or Palmpay this evening.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Bhai, for the next sprint I will pay you via UPI directly. Share your UPI ID and we can end the contract here.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would Amazon gift cards work as payment? I can get you $150 in cards today and we skip the contract entirely.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "K\u00f6nnen wir die n\u00e4chsten Texte direkt per SEPA-\u00dcberweisung abrechnen? Die Geb\u00fchren hier sind mir "
                                   "ehrlich gesagt zu hoch.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Really happy with the bookkeeping cleanup. Once this contract wraps, maybe we work directly and I pay you by "
                                   "wire each month? Let me know what you think.")], client=[(0, "PAY001")])

    # ---- single messages: freelancer proposals ----
    add("freelancer-solicits", [("f", "If you pay me via Payoneer directly I can knock 10% off the quote for the remaining chapters.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Hi sir, for the next tasks can we use GCash? It is faster for me than waiting for the withdrawal here.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Happy to keep going. For the final invoice we could just do Z\u200belle to keep things simple?")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Let's move billing off here from next month, Venm\u043e is totally fine for me.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Kindly send the balance through M-Pesa directly instead of the platform, so I receive it today.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Withdrawals take almost two weeks in my country. Could you send it by Western Union or MoneyGram instead "
                                      "of releasing the milestone?")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "\u00bfPodemos hacer el pago por transferencia bancaria fuera de la plataforma? As\u00ed evitamos las comisiones "
                                      "los dos.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Se preferir, podemos fechar os pr\u00f3ximos v\u00eddeos por Pix direto, fora da plataforma, e eu te dou 15% "
                                      "de desconto.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Delivered the final cut, check the 4K export. btw for future gigs just hit me up on WhatsApp and I'll take "
                                      "payment through Wise, cheaper for both of us.")], freelancer=[(0, "PAY001")])

    # ---- single messages: own payment details ----
    add("details-valid", [("f", f"Final files are attached. Please transfer the \u20ac450 straight to my account: IBAN {grouped(iban('DE', 22))}, "
                                "account holder Jonas Weber.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My PayPal is lena.design.studio@gmail.com, send it there and I'll start on the banners tonight.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Easiest for me is paypal.me/rafaelcuts, drop the $200 there and we're square.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"You can pay in BTC to {btc()} instead of funding the contract, I'll confirm once it has 2 confirmations.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"USDT TRC20 address for the payment: {tron()} . Please send the $380 there rather than through here.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Send me a request on Cash App instead of the contract, mine is $BrightLeafMktg and I'll pay you right away.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", "Sort code 20-45-77, account number 41783920, name P. Okafor. Just bank it directly and we both skip the fee.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Routing 021000021, account 483920117 (checking). Pay by ACH and I'll mark the milestone as done here.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"For USDC on Ethereum use {eth()} and we can close the contract without paying the platform cut.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"my btc wallet: {segwit()} (native segwit). send whenever, no need for the milestone")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Pour le solde, un virement direct sur mon compte sera plus simple : {grouped(iban('FR', 27))}. Merci beaucoup !")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My Revolut is @anyaw3, send it there and I'll finish the subtitles by Friday.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "You can pay the translation fee to my Skrill account, tomasz.kowal.tlumacz@wp.pl, it lands instantly.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"If you prefer crypto outside the contract, my taproot address is {taproot()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Kindly send to my Meezan Bank account, IBAN {iban('PK', 24)}. Direct transfer is much faster than withdrawal.")],
        freelancer=[(0, "PAY002")])

    # ---- cover letters ----
    add("cover-letter", [("f", "Hello! I've migrated over 40 stores from WooCommerce to Shopify and can start Monday. To keep costs down I "
                               "usually move clients to direct payment via Wise after the first milestone.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Dear hiring manager, I am a certified Arabic-English translator with 9 years of legal experience. If you'd "
                               "rather avoid the platform fees, my PayPal is hello@mkstudio.io and I invoice per 1,000 words.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Hi, I've built Stripe and PayPal checkout flows for more than 30 e-commerce sites, including refunds and "
                               "webhooks. Happy to walk you through my portfolio on a call.")], surface="proposal")
    add("cover-letter", [("f", "I'm comfortable with fixed-price milestones funded in escrow, and I send weekly progress notes so you always "
                               "know what you're paying for.")], surface="proposal")

    # ---- conversations with violations ----
    add("conversation", [("c", "Can I pay you on PayPal for this one? Our finance person hates the platform fees."),
                         ("f", "Sure, what email do you need?")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Let's do the rest through Zelle, it's instant and I don't have to deal with the contract."),
                         ("f", "Thanks, but I only take payment through the platform. I've let support know about this request.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Would you mind if we continued this outside the site and I paid you by bank transfer?"),
                         ("f", "Why? Is something wrong with the contract?"),
                         ("c", "Nothing wrong, it just saves us both about 10% in fees."),
                         ("f", "ok, fair enough")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "For the monthly retainer, could you send it via Wise instead? The conversion rate is much better."),
                         ("c", "Sorry, company policy says every contractor gets paid through the platform.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("f", "Would a direct bank transfer work for the last milestone? Saves us both the fee."),
                         ("c", "Sure, send me your IBAN."),
                         ("f", f"Here it is: {grouped(iban('IT', 27))}, Giulia Rossi.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can I pay you in ETH directly? Our company holds most of its funds in crypto."),
                         ("f", "I don't really do crypto, but PayPal would work if you want to go direct.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Could we switch to Zelle for the next batch of product descriptions?"),
                         ("f", "Let me think about it and get back to you."),
                         ("c", "ok, no rush"),
                         ("f", "I thought it over and I'd rather keep everything on the contract here, hope that's fine.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "I'll pay you outside the site from now on, cash app ok?"),
                         ("f", "ok sounds good"),
                         ("c", "great, send me your tag"),
                         ("f", "Actually, on second thought I'd prefer to keep it on the platform. Sorry for the back and forth.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "The contract is getting messy with all these small tasks. Can I just PayPal you each week instead?"),
                         ("f", "Sure, my PayPal is kemal.edits@outlook.com")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Just Venmo me your rate and we skip the contract, easier."),
                         ("f", "I'd prefer to stay on the platform, thanks."),
                         ("c", "Come on, nobody will know. Venmo or Cash App, whichever you like."),
                         ("f", "No, I'm not comfortable with that. I'm reporting this conversation.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])
    add("conversation", [("f", "Do you have Wise? It would make the payments for the weekly edits much simpler."),
                         ("c", "Whatever's easiest for you, I have Wise too.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "I'd like to pay you directly next time instead of through here. What do you use?"),
                         ("f", "Payoneer works for me.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Do you have PayPal? I'd rather pay that way for the translation."),
                         ("f", "I do, but I keep all client payments on the platform.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Milestone 2 is funded, go ahead."),
                         ("f", "Thanks! Delivered the updated spreadsheet templates."),
                         ("c", "Great work. For the next project let's skip the contract, I'll pay you through Wise."),
                         ("f", "I'd prefer to keep using the platform, thanks.")],
        client=[(2, "PAY001")])
    add("conversation", [("f", "Could you pay the next invoices through Payoneer instead of the contract?"),
                         ("c", "What's Payoneer?"),
                         ("f", "It's a payment service, I'd send you an invoice from my account and you pay it by card."),
                         ("c", "Got it. Sure, let's do that.")],
        freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("c", "Send me your bank details and I'll transfer it directly, the platform takes too long."),
                         ("f", "I can't accept payment outside the platform, sorry. I've reported this as the terms ask."),
                         ("c", "Oh, I didn't know that. Apologies, I'll fund the milestone.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "The invoice for March looks fine to me."),
                         ("f", f"Great. By the way, if you prefer, just send it to my IBAN {iban('NL', 18)} next time, saves us both fees.")],
        freelancer=[(1, "PAY002")])
    add("conversation", [("c", "\u00bfTe puedo pagar por Mercado Pago directamente? Con la plataforma pierdo mucho en la conversi\u00f3n."),
                         ("f", "Dale, perfecto.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "For the monthly SEO retainer, would you be okay paying by Revolut instead of the hourly contract?"),
                         ("c", "Sure, I'll send from my Revolut, my tag is @northfieldco so you can request it.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])

    # ---- identifiers: invalid ----
    add("identifier-invalid", [("f", f"Just transfer the rest directly to my bank, no need for the platform: {corrupt(iban('ES', 24), '0123456789')}")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"send the USDT here instead of the milestone: {corrupt(tron(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"The validator now rejects {corrupt(iban('FR', 27), '0123456789')} as expected, since the checksum is off.")])
    add("identifier-invalid", [("c", f"Bug report: the checkout form accepts {corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')} "
                                     "even though the checksum is wrong. Can you fix the validation?")])
    add("identifier-invalid", [("f", f"Typo in the docs example: {corrupt(segwit(), 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')} fails the bech32 check, I'll "
                                     "replace it with a real test vector.")])

    # ---- identifiers: job context ----
    add("identifier-job-context", [("c", f"Test data for the payment form validator: use {iban('GB', 22)} as the valid case and make sure spaces are accepted.")])
    add("identifier-job-context", [("c", f"Please audit the token contract deployed at {eth()} on mainnet and report any gas or reentrancy issues.")])
    add("identifier-job-context", [("f", f"The wallet screen now renders {segwit()} correctly in the QR component. Pushing to staging now.")])
    add("identifier-job-context", [("c", f"For the SWIFT parser unit tests, cover BIC DEUTDEFF500 and the IBAN {grouped(iban('DE', 22))} with and without spaces.")])
    add("identifier-job-context", [("c", f"Our treasury multisig is {p2sh()}. Please add it to the read-only balance dashboard's watch list.")])
    add("identifier-job-context", [("f", f"The block explorer page crashes when the address is {tron()}. Stack trace attached, looking into it.")])

    # ---- hard negatives ----
    add("hard-negative", [("c", "We need a backend developer to integrate PayPal and Stripe payouts into our tutoring marketplace app.")])
    add("hard-negative", [("c", "Looking for a writer for a 6-part blog series comparing Wise, Revolut and Payoneer for remote freelancers.")])
    add("hard-negative", [("c", "I've funded milestone 3 in escrow, you can start whenever you're ready.")])
    add("hard-negative", [("c", "Sent a $50 bonus through the platform for the quick turnaround. Thanks a lot!")])
    add("hard-negative", [("f", "No rush on approving, I withdraw my earnings to my PayPal every Friday anyway.")])
    add("hard-negative", [("f", "Could you release milestone 2 when you get a chance? It'll show up in my Payoneer once I withdraw.")])
    add("hard-negative", [("f", "A client years ago paid me through Western Union and it took two weeks to arrive. Never again, haha.")])
    add("hard-negative", [("c", "Our accounting team pays suppliers in Germany via SEPA. I need a spreadsheet that reconciles those transfers "
                                "against the ERP export.")])
    add("hard-negative", [("f", "Heads up: someone claiming to be your colleague messaged me asking to be paid via Zelle. I declined and reported "
                                "it to support.")])
    add("hard-negative", [("c", "This rewrite really pays off, worth every penny.")])
    add("hard-negative", [("f", "Quick question, what is Skrill? It's in the competitor list in your brief and I haven't heard of it.")])
    add("hard-negative", [("c", "Could you download the invoice from the contract page? Our finance team needs it for the VAT return.")])
    add("hard-negative", [("c", "I requested a partial refund for the unused hours through the platform, hope that's okay with you.")])
    add("hard-negative", [("c", "My card got declined so I added a new billing method. The milestone should fund today.")])
    add("hard-negative", [("f", "The service fee went up this year, so from July my hourly rate on new contracts will be $45.")])
    add("hard-negative", [("c", "Need a smart contract auditor for an ERC-20 token launch. Solidity and Foundry experience required.")])
    add("hard-negative", [("c", "The document is a wire transfer confirmation from Bancolombia. Please translate it into English and keep the "
                                "amounts exactly as written.")])
    add("hard-negative", [("f", "I'll reconcile your Stripe, PayPal and bank transfer receipts for Q1 and have the P&L ready by the 15th.")])
    add("hard-negative", [("f", "The sponsor segment at 03:12 mentions Cash App. Do you want me to blur the logo or keep it?")])
    add("hard-negative", [("c", "We need five ad copy variants for our Revolut Business campaign aimed at small agencies.")])
    add("hard-negative", [("f", "I've logged the team lunch Venmo reimbursements in the shared expense sheet, two people still owe Carla.")])
    add("hard-negative", [("c", "Please don't mention PayPal by name in the landing copy, legal says we can't use their trademark.")])
    add("hard-negative", [("f", "The client's mockup shows 'Pay with Zelle or Wise' buttons on checkout. Should I build those as static images?")])
    add("hard-negative", [("f", "I know the terms say we can't be paid outside the platform, so let's keep everything on this contract.")])
    add("hard-negative", [("f", "I'll send the wireframes tonight, then we can iterate on the checkout flow tomorrow.")])
    add("hard-negative", [("c", "Can you write a TikTok script that helps us cash in on the back-to-school trend?")])
    add("hard-negative", [("c", "Could we split the payment into two milestones instead of one? Easier for our budget approval.")])
    add("hard-negative", [("c", "The crypto exchange dashboard needs a dark mode and a better order-book layout on mobile.")])
    add("hard-negative", [("f", "Some clients ask if I accept crypto. I only accept payment through the contract here, just so you know.")])
    add("hard-negative", [("f", "My mobile money wallet was hacked last week, so I changed my withdrawal method in the platform settings.")])
    add("hard-negative", [("c", "Please send over the bank statement PDFs you've categorised so far, but redact the account numbers first.")])
    add("hard-negative", [("f", "Your finance team asked for a W-8BEN. Should I upload it here or to your vendor portal?")])

    # ---- ordinary chat ----
    add("ordinary-chat", [("f", "Draft 2 is in the shared folder. I switched the headline font to Inter and tightened the spacing.")])
    add("ordinary-chat", [("c", "Can we hop on a call Thursday at 3pm CET to go over the onboarding flow?")])
    add("ordinary-chat", [("f", "Translated 4,000 words so far, glossary attached. Two terms need your confirmation.")])
    add("ordinary-chat", [("c", "The audio in clip 3 is clipping. Could you re-export it from the raw file?")])
    add("ordinary-chat", [("f", "Happy Diwali! I'll be offline until Monday, but inbox triage is scheduled for the weekend.")])

    # ---- conversations without violations ----
    add("conversation", [("c", "Are the milestones working okay for you?"),
                         ("f", "Yes, all good. I got the escrow notice this morning."),
                         ("c", "Great, I'll fund the next one on Monday.")])
    add("conversation", [("f", "The fee deducted on this payment looks higher than last month."),
                         ("c", "I think they changed their pricing. Maybe ask support?"),
                         ("f", "Will do, thanks.")])
    add("conversation", [("c", "Your profile says you're in Brazil, do you get paid in reais?"),
                         ("f", "I withdraw to my local bank account in BRL from the platform, it works fine."),
                         ("c", "Cool, good to know.")])
    add("conversation", [("f", "Someone claiming to be from your team asked me to pay a registration fee with gift cards."),
                         ("c", "That's definitely not us! Please report it."),
                         ("f", "Done, I've flagged it to support.")])
    add("conversation", [("c", "Another freelancer mentioned Wise. What is it?"),
                         ("f", "It's a money transfer service, but for our work the payments should stay here on the platform."),
                         ("c", "Makes sense, thanks.")])
    return cases


def heldout17_cases() -> list[dict[str, Any]]:
    """Seventeenth held-out batch: chat-heavy client/freelancer threads, single messages, identifiers, hard negatives."""
    rng.seed(17)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout17-")

    # ------------------------------------------------------------------
    # Multi-turn conversations
    # ------------------------------------------------------------------
    add("conversation", [
        ("c", "Hi Marta, the landing page mockups look great. Could you also do a mobile version by Friday?"),
        ("f", "Thanks! Friday works. I'll share the Figma file once the breakpoints are done."),
        ("c", "Perfect. For the mobile part let's not bother with another milestone, I'll just send you 150 EUR on Wise."),
        ("f", "Hmm, I suppose that's fine since it's a small add-on. My Wise is marta.pixels@gmail.com."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])

    add("conversation", [
        ("c", "Quick admin thing before we start phase two: could we handle the remaining payments through PayPal?"),
        ("f", "Can I ask why? The contract has been working fine so far."),
        ("c", "Our finance team is switching cards and the platform keeps declining the new one. "
              "PayPal is just easier for them this quarter."),
        ("f", "Ok, that makes sense. Let's do it that way."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])

    add("conversation", [
        ("c", "The API docs you wrote are excellent. For the next batch I'd rather wire you directly, "
              "send me your bank details and we both skip the 10%."),
        ("f", "Thank you! I'll have to pass on that though, I only take payment through the contract here."),
        ("c", "Come on, it's a one-off, nobody is going to check."),
        ("f", "Sorry, still no. If you open the next milestone I'll start on the batch right away."),
    ], client=[(0, "PAY001")])

    add("conversation", [
        ("c", "Hi Dev, before I accept your proposal: would you be OK with Zelle instead? I don't like the platform fees."),
        ("f", "I'm not able to do that, payments need to stay on the platform. I've also let support know about this request."),
        ("c", "Fine, forget I asked."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])

    add("conversation", [
        ("c", "The translation is due on the 14th, right?"),
        ("f", "Yes, all 40 pages by the 14th. By the way, for future orders you could pay me with a Payoneer "
              "payment request, it's cheaper for both of us."),
        ("c", "No, I'd rather keep everything on the platform, that's how our company works."),
        ("f", "Of course, no problem."),
    ], freelancer=[(1, "PAY001")])

    add("conversation", [
        ("f", "The invoice for the March bookkeeping is ready."),
        ("c", "Great, upload it to the contract and I'll approve it."),
        ("f", f"Sure. From next month it's easier to pay me straight to my account: IBAN {grouped(iban('NL', 18))}, "
              "Sanne de Vries."),
        ("c", "We'll keep paying through the contract, please don't post bank details here."),
    ], freelancer=[(2, "PAY002")])

    add("conversation", [
        ("c", "The checkout fails when a customer pays with Apple Pay through Stripe."),
        ("f", "I see it, the webhook secret in staging is outdated. I'll rotate it and retest the PayPal fallback too."),
        ("c", "Thanks. Also make sure Stripe refunds show up in the admin dashboard."),
        ("f", "Will do, pushing a fix tonight."),
    ])

    add("conversation", [
        ("f", "I've finished the logo variations and uploaded them to the milestone."),
        ("c", "They look great. I'll release the milestone now and add a bonus for the quick turnaround."),
        ("f", "Thank you so much! Should I create a new milestone for the brand guide?"),
        ("c", "Yes please, I'll fund it into escrow today."),
    ])

    add("conversation", [
        ("c", "Can I pay you in USDT instead? TRC20 is instant and I don't have to fight with the card issues."),
        ("f", f"Alright, that works for me. TRC20 address: {tron()}"),
        ("c", "Sent 400 USDT, please confirm."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("conversation", [
        ("c", "Loved the voiceover demo. Do you have Venmo? I could just send it there this time."),
        ("f", "Yep, it's @jake-reads-audio"),
        ("c", "Cool, sending the 80 tonight."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("conversation", [
        ("c", "The platform won't accept my card again. Would a bank transfer be OK for this milestone?"),
        ("f", "Have you tried adding another billing method? Support can usually help with that."),
        ("c", "Tried twice already, it just fails. A transfer would be the fastest."),
        ("f", "Fine by me, as long as it arrives before I deliver the final files."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])

    add("conversation", [
        ("f", "Since we're both in Lisbon, I could come by the office to set up the network and you pay me cash "
              "on the day, no fees."),
        ("c", "Sure, cash is fine. Tuesday at 10?"),
        ("f", "Tuesday at 10 works."),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])

    add("conversation", [
        ("c", "Have you done Shopify migrations before?"),
        ("f", "Yes, quite a few. Before I joined this platform I did them for agencies that paid me by bank transfer "
              "every month. These days I work only here."),
        ("c", "Great, can you start with the product import?"),
        ("f", "Sure, I'll start today."),
    ])

    add("conversation", [
        ("c", "Our warehouse in Poland pays its couriers via SEPA transfers, and the CSV you built needs a column "
              "for the transfer reference."),
        ("f", "Understood, I'll add a transfer_ref column and map it from the courier export."),
        ("c", "Also the accountant wants totals per courier per week."),
    ])

    add("conversation", [
        ("f", "Just a heads up, someone claiming to be from your team messaged me asking to pay me via Skrill. "
              "I reported it to support."),
        ("c", "That wasn't us! Thanks for telling me, we only pay through here."),
        ("f", "Figured as much. Back to the banner designs then."),
    ])

    add("conversation", [
        ("c", "Our finance department needs an invoice for last month's hours."),
        ("f", "You can download it from the contract's billing section, the platform generates it automatically."),
        ("c", "Found it, thanks. Is VAT already included?"),
        ("f", "It shows a VAT line if your company tax ID is saved in your settings."),
    ])

    add("conversation", [
        ("c", "Released the milestone, thanks for the fast work!"),
        ("f", "Thank you! I'll withdraw it to my Payoneer account once the security period ends."),
        ("c", "Sounds good, talk next week about the second chapter."),
    ])

    add("conversation", [
        ("c", "Habari James, the survey app is working well. Can I send the next payment via M-Pesa? It's quicker for me."),
        ("f", "Thanks for the offer, but I keep all payments on the platform, it protects both of us."),
        ("c", "Okay, no problem, I'll fund the milestone here then."),
    ], client=[(0, "PAY001")])

    add("conversation", [
        ("c", "Hi Ana, can I pay you through GCash for the extra 20 product listings? Easier than a new contract."),
        ("f", "Sure po, my GCash number is 0917 482 3391, Ana R."),
        ("c", "Sent! Thanks."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("conversation", [
        ("f", "Honestly, my rates are lower on Fiverr. You could order the next video there and pay me less."),
        ("c", "No thanks, we keep our freelancers on one platform."),
        ("f", "Understood, I'll quote the next video here then."),
    ], freelancer=[(0, "PAY001")])

    add("conversation", [
        ("c", "We'd like to keep working with you long-term. Could we move you onto our Deel payroll and pay you "
              "monthly from there instead of through here?"),
        ("f", "What is Deel exactly?"),
        ("c", "It's a payroll service for international contractors. You'd send invoices there and get paid to your bank."),
        ("f", "Alright, sounds good, let's set it up."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])

    add("conversation", [
        ("c", "Would you accept Amazon gift cards for the remaining 200 dollars? I have a bunch from work."),
        ("f", "I'm afraid not, I can only be paid through the contract."),
        ("c", "Okay, I'll add funds to the milestone."),
    ], client=[(0, "PAY001")])

    add("conversation", [
        ("c", "The board approved the final report. For the balance I'll mail you a cheque from our office, "
              "that's how our treasurer prefers it."),
        ("f", "Okay, that works. Send it to 14 Rue des Lilas, 69003 Lyon."),
        ("c", "Will do, it goes out Monday."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("conversation", [
        ("f", "Would you mind paying the next phase outside the platform?"),
        ("c", "Why would we do that?"),
        ("f", "The service fee eats 10% of my rate, and I could give you a discount in return."),
        ("c", "Sorry, our policy is to pay contractors only here."),
    ], freelancer=[(0, "PAY001")])

    add("conversation", [
        ("c", "The second batch of illustrations wasn't what we agreed."),
        ("f", "I'm sorry about that. I can redo them, or if you prefer I'll issue a partial refund through the contract."),
        ("c", "A partial refund of 50 dollars would be fair."),
        ("f", "Done, you should see it in your transaction history."),
    ])

    add("conversation", [
        ("c", "For the wallet app demo, please show a sample receive screen."),
        ("f", f"I'll put this test address on the receive screen: {eth()}. Is a 240px QR code OK?"),
        ("c", f"Make it 280px, and add a second example for Bitcoin, e.g. {segwit()}."),
        ("f", "Got it, both screens will be in tonight's build."),
    ])

    add("conversation", [
        ("c", "Would it be OK if I sent the payment via Revolut this time? The platform fee is a lot for us."),
        ("f", "Let me think about it."),
        ("f", "Actually, I'd rather keep it on the platform, sorry. I hope that's alright."),
        ("c", "That's fine, I'll set up the milestone."),
    ], client=[(0, "PAY001")])

    add("conversation", [
        ("f", "For the recurring SEO work, would a monthly Wise transfer be easier than weekly contracts?"),
        ("c", "Sure, that's simpler. Send me your details."),
        ("f", f"Here you go: IBAN {grouped(iban('ES', 24))}, Lucia Moreno."),
    ], freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])

    add("conversation", [
        ("c", "Amazing job on the resume! Is it okay if I tip you a little extra on Cash App?"),
        ("f", "That's really kind! You can use the bonus option on the contract instead, that way it stays on the platform."),
        ("c", "Oh nice, didn't know that existed. Done!"),
    ], client=[(0, "PAY001")])

    add("conversation", [
        ("f", "The contract closed before the last revision was paid. Could you send the 60 dollars to my PayPal, "
              "kostas.edits@outlook.com?"),
        ("c", "ok sent"),
        ("f", "Received, thanks!"),
    ], freelancer=[(0, "PAY002")], client=[(1, "PAY003")])

    add("conversation", [
        ("c", "That outage really cost us this morning."),
        ("f", "I know. I'll pay extra attention to the failover config this time."),
        ("c", "We're banking on the new setup to survive Black Friday."),
        ("f", "It will. After those load test numbers I'd bet money on it."),
    ])

    add("conversation", [
        ("c", "I can pay you directly this time to save on fees. Revolut or bank transfer?"),
        ("f", "Revolut is easiest for me, my Revtag is @nikola_dev."),
        ("c", "Sending it now."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("conversation", [
        ("c", "Could we do half through the contract and half outside, to keep the fees down?"),
        ("f", "Rather than splitting, how about you pay everything in USDC? I'm set up for that."),
        ("c", "Let me check with our finance team and come back to you."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("conversation", [
        ("c", "How's the data scraping going?"),
        ("f", "Nearly done, 8,000 rows collected. Could you pay the rest over Skrill? My account here is under review."),
        ("c", "No, I won't pay outside the platform. I'm reporting this message to support."),
    ], freelancer=[(1, "PAY001")], flags=[("c", 1)])

    add("conversation", [
        ("c", "I paid the hosting company by wire last week but the server still isn't provisioned."),
        ("f", "That's on their side, I'd open a ticket with them. Meanwhile I'll set up staging locally."),
        ("c", "Okay, I'll chase them today."),
    ])

    add("conversation", [
        ("c", "Sorry for the delay funding the milestone, my card expired."),
        ("f", "No worries. You can add PayPal or a new card as your billing method in the settings."),
        ("c", "Just added PayPal as my billing method, the milestone is funded now."),
        ("f", "Got it, starting on the wireframes."),
    ])

    add("conversation", [
        ("c", "Can we settle the rest of this outside the platform? The fees are killing my budget."),
        ("f", "How would that even work?"),
        ("c", "I can send it through Zelle or PayPal, whichever you like."),
        ("f", "PayPal then."),
    ], client=[(0, "PAY001"), (2, "PAY001")], freelancer=[(3, "PAY003")])

    add("conversation", [
        ("c", "Rahul, the client demo went well. Can I pay the bonus directly over UPI? Our corporate card doesn't work here."),
        ("f", "I'm not sure about this... but okay, just this once. UPI ID is rahul.k@okaxis"),
        ("c", "Done, 5,000 rupees sent."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("conversation", [
        ("c", "Since we're both in Toronto, can I just Interac e-Transfer you the rest?"),
        ("f", "Interac is fine, but could you send it before Friday? Rent is due."),
        ("c", "Sure, Thursday at the latest."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("conversation", [
        ("c", "The last developer we hired asked us to pay through Payoneer outside the contract. We refused and ended it."),
        ("f", "Sorry to hear that. I work only through the contract, so that won't be an issue with me."),
        ("c", "Good. Let's talk scope for the booking module."),
    ])

    add("conversation", [
        ("c", "Would you be open to getting paid through Wise for this one?"),
        ("f", "What's Wise? I've never used it."),
        ("c", "It's an international money transfer app, the fees are much lower than here."),
        ("f", "Thanks for explaining, but I'll stick with payments through the contract."),
    ], client=[(0, "PAY001")])

    add("conversation", [
        ("c", "Can you push the deadline for the chapter edits to Monday?"),
        ("f", "Monday works. I'll send the tracked-changes file by noon."),
        ("c", "Perfect, and keep the footnotes in Chicago style."),
    ])

    add("conversation", [
        ("c", "We need a Venmo and PayPal button on the donation page of our nonprofit's site."),
        ("f", "I can do that with the PayPal JavaScript SDK; the Venmo button shows up automatically for US mobile users."),
        ("c", "Great. Donations go to the nonprofit's PayPal account, of course."),
        ("f", "Right, I'll put your client ID in the config and submit the estimate as a milestone."),
    ])

    add("conversation", [
        ("c", "Hola Diego, the app icons are perfect. For the next set could I pay you through Mercado Pago? "
              "It's way simpler for me in Argentina."),
        ("f", "Gracias! But I only accept payments through the platform."),
        ("c", "Or a bank transfer to your CBU, whatever's easier for you."),
        ("f", "No, sorry. I'm flagging this conversation to support, please use the contract."),
    ], client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 0)])

    add("conversation", [
        ("c", "I'm not happy with the last delivery. Instead of going through the contract, just refund the 30 dollars "
              "to me by PayPal."),
        ("f", "Refunds have to go through the contract, I'll issue it there now."),
        ("c", "Fine."),
    ], client=[(0, "PAY001")])

    add("conversation", [
        ("c", "Are you ok with being paid in bitcoin for the audit?"),
        ("f", "Outside the contract, you mean?"),
        ("c", "Yes, directly. I'll add 5% on top for your trouble."),
        ("f", f"Ok then. {btc()}"),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])

    # ------------------------------------------------------------------
    # Single messages: proposals
    # ------------------------------------------------------------------
    add("client-solicits", [("c", "Hey! I'm new here. Is it alright if I pay you via PayPal instead? "
                                  "The checkout on this site confuses me.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "let's keep the payment off the site, i'll e-transfer you 300 CAD once the logo is done")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I send the money through Western Union? My bank doesn't work with this website.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I can send it on P\u0430yP\u0430l friends & family, so no fees for either of us.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "For long-term work we pay contractors through our own Gusto payroll rather than this site. "
                                  "Interested?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Ven\u200bmo works for me if you want to skip the platform fee.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Send me your account number and IFSC code and I'll do a NEFT transfer to you directly.")],
        client=[(0, "PAY001")])

    add("freelancer-solicits", [("f", "If you prefer, you can pay me straight by bank transfer and I'll knock 10% off the price.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I accept crypto too: USDT, BTC or ETH. Tell me which one and I'll send a wallet.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Let's continue on Freelancer.com, my fees are lower there and you can pay me there.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Could you pay this milestone via Payoneer instead? My account here is on hold for verification.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Happy to do it for 200 EUR cash if you're in Berlin, we can meet at your office.")],
        freelancer=[(0, "PAY001")])

    # ------------------------------------------------------------------
    # Single messages: own payment details
    # ------------------------------------------------------------------
    add("details-valid", [("f", f"My IBAN is {grouped(iban('DE', 22))} (Jonas Weber), transfer whenever the draft is approved.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Bank details for payment: Barclays, sort code 20-32-06, account number 43718592, Priya Shah.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "You can wire it to Chase, routing number 021000021, account 483920175, Miguel Torres.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"BTC: {btc()} - send whenever you're ready, no need to go through the site.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Quickest is Cash App, my cashtag is $LenaDrawsStuff")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Here's my payment link: paypal.me/tomasvfx/250, just use that for the final cut.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"USDC on Ethereum works, send to {eth()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"For the transfer: IBAN {iban('FR', 27)}, BIC BNPAFRPPXXX.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Pay to this BTC address if that's easier for you: {p2sh()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Instead of opening a dispute, just refund the deposit to my PayPal, anna.kowalczyk@gmail.com.")],
        client=[(0, "PAY002")])

    # ------------------------------------------------------------------
    # Cover letters
    # ------------------------------------------------------------------
    add("cover-letter", [("f", "Dear hiring manager, I have six years of bookkeeping experience with Xero and QuickBooks and "
                               "currently manage books for four small agencies. To save on fees, I'd suggest we agree the "
                               "scope here and then you pay me directly through Payoneer each month.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hello, I'm a full-stack developer who has integrated Stripe, PayPal and Adyen for three "
                               "e-commerce clients. I can build your subscription billing with Stripe Billing and webhooks, "
                               "including proration and failed-payment emails. Estimated 3 weeks.")], surface="proposal")

    # ------------------------------------------------------------------
    # Identifiers
    # ------------------------------------------------------------------
    add("identifier-invalid", [("f", f"Ref from the statement you sent: "
                                     f"{grouped(corrupt(iban('IT', 27), '0123456789'))}")])
    add("identifier-invalid", [("c", f"wallet: {corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}")])
    add("identifier-invalid", [("f", f"Row 12 of the sheet has {corrupt(tron(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}"
                                     ", is that a typo?")])
    add("identifier-invalid", [("f", f"Address from the QA sheet: {corrupt(segwit(), 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')} "
                                     "- the decoder throws on it, expected?")])
    add("identifier-job-context", [("c", f"For the SEPA export unit tests, use this sample IBAN: {grouped(iban('AT', 20))}.")])
    add("identifier-job-context", [("c", f"Please audit the token contract deployed at {eth()} and check the owner-only functions.")])
    add("identifier-job-context", [("f", f"The explorer page crashes when I search for {btc()}, I'll debug the parser tomorrow.")])

    # ------------------------------------------------------------------
    # Hard negatives
    # ------------------------------------------------------------------
    add("hard-negative", [("c", "We need a developer to fix our Stripe Connect payouts; some sellers aren't receiving transfers.")])
    add("hard-negative", [("f", "Files are uploaded, could you release the milestone when you get a chance?")])
    add("hard-negative", [("c", "I've funded escrow for all three milestones, so you can start whenever.")])
    add("hard-negative", [("c", "Sending you a bonus through the contract for the extra revisions, thank you!")])
    add("hard-negative", [("f", "I've issued a refund for the unused hours through the platform, it should reach your card in a few days.")])
    add("hard-negative", [("f", "Before I joined this site a client in Dubai paid me by wire and it took two weeks to arrive. "
                                "Glad that's over.")])
    add("hard-negative", [("c", "My sister pays her nanny with Venmo every Friday, that's why I want a Venmo-style split "
                                "feature in the app.")])
    add("hard-negative", [("f", "A client on another job asked for my PayPal so he could pay me outside the site. "
                                "I said no and reported it.")])
    add("hard-negative", [("c", "Can you point me to the invoice the platform generated for week 12? Accounting needs it.")])
    add("hard-negative", [("f", "Don't worry, I'll pay it forward, your referral got me two new clients.")])
    add("hard-negative", [("c", "Let's not cash in our chips on this design yet, one more round of feedback please.")])
    add("hard-negative", [("c", "What is Payoneer? I keep seeing it in the withdrawal settings and don't know if I need it.")])
    add("hard-negative", [("f", "I withdraw my earnings from here to my local bank account every two weeks, so no rush on the milestone.")])
    add("hard-negative", [("c", "Need a 1,500-word blog post comparing Wise, Revolut and PayPal fees for freelancers, due Friday.")])
    add("hard-negative", [("c", "Please translate our Zelle help-center articles into Spanish, about 12 pages.")])
    add("hard-negative", [("f", "My billing method is updated to the new card, so the membership fee should go through now.")])
    add("hard-negative", [("c", "Back in 2019 we paid our designers in bitcoin, which was a nightmare for the accountants.")])
    add("hard-negative", [("f", "Got a weird message from a 'client' offering to pay me in gift cards. Already reported it, just so you know.")])
    add("hard-negative", [("c", "Is it true the platform holds payments for 5 days after I approve? Just want to know when you'll get it.")])
    add("hard-negative", [("c", "Our CFO wires money to our Singapore subsidiary every month; build a dashboard that tracks those transfers.")])
    add("hard-negative", [("f", "You're right, that one's on me. I'll pay for the mistake with a free revision.")])
    add("hard-negative", [("f", "What's Zelle? A job post about a fintech app mentions it and I want to understand the flow.")])

    # ------------------------------------------------------------------
    # Ordinary chat
    # ------------------------------------------------------------------
    add("ordinary-chat", [("c", "Morning! Did you get a chance to look at the new brand colors?")])
    add("ordinary-chat", [("f", "I'll be offline Thursday for a public holiday, back Friday morning.")])
    add("ordinary-chat", [("c", "The copy is great, but can you make the intro a bit shorter?")])
    add("ordinary-chat", [("f", "Uploaded v3 of the floor plans, let me know what you think.")])
    add("ordinary-chat", [("c", "Can we hop on a quick video call through the platform tomorrow at 3pm CET?")])
    add("ordinary-chat", [("f", "Thanks for the five-star review, it means a lot!")])
    return cases


def heldout18_cases() -> list[dict[str, Any]]:
    """Eighteenth held-out batch: blind mix of proposals, details, agreements, declines and hard negatives."""
    rng.seed(18)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout18-")

    # ---- client proposals (single messages) ----
    add("client-solicits", [("c", "Hi Tomasz, the first draft of the logo looks great. For the remaining two concepts I'd like to pay you "
                                  "via PayPal directly so we both skip the fee, okay?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Morning! A few notes on the Flutter build before Monday's demo. The onboarding carousel still stutters on "
                                  "older Android phones, so please profile it on the Galaxy A12 we sent. The push-notification copy is "
                                  "approved by legal, you can merge it. Dark mode can wait until sprint 4. Also, from next month I'd prefer "
                                  "to wire your monthly retainer straight to your bank rather than through here, our finance team finds "
                                  "the extra step annoying. Finally, can you estimate the offline-sync feature by Wednesday?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I just Zelle you the $300 for the extra revisions? Easier than making a new milestone.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Since you're in Lekki as well, I'll pay the balance in cash when you drop off the prints on Saturday, "
                                  "no need to keep the contract open.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "We have a stack of Amazon gift cards left from our promo budget. Would you accept $250 in gift cards "
                                  "for the next batch of product descriptions instead of paying through the site?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "We pay all our contractors in USDT on TRC20. Let's end the contract here and I'll send the first "
                                  "week tomorrow.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Nitakulipa kupitia M-Pesa moja kwa moja, ni rahisi zaidi kuliko hapa. Just send me your number "
                                  "and we can close the job on the site.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Good news, we want you long term! HR will onboard you onto our Deel payroll next week and then we "
                                  "can end the contract on here.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Let's keep it simple, I'll send it on Pay\u200bPal as friends & family, no platform cut for either "
                                  "of us.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Posso te pagar por Pix direto? Assim a gente evita a taxa da plataforma.")],
        client=[(0, "PAY001")])

    # ---- freelancer proposals (single messages) ----
    add("freelancer-solicits", [("f", "Would you mind paying me through Wise for this one? The platform takes 10% and the currency "
                                      "conversion on top kills me.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Hi ma'am, if it's okay, can you send the payment through GCash instead? It's faster for me "
                                      "to receive here in Cebu.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Sir, for the next module you can pay me via UPI directly, I will give 10% discount.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Para los siguientes encargos, \u00bfte parece si me pagas por Bizum o transferencia fuera de "
                                      "la plataforma? As\u00ed te hago mejor precio.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Pour la suite de la mission, on pourrait passer par un virement bancaire direct plut\u00f4t "
                                      "que par le site, ce serait plus simple pour ma comptabilit\u00e9.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Dear Ms. Haddad, thank you for the glossary, it helps a lot with the pharmaceutical terms. "
                                      "I have finished sections 1 to 4 and flagged two sentences where the source Arabic is ambiguous; "
                                      "please ask the author about them. I expect to deliver the rest on the 14th as agreed. If you're "
                                      "open to it, we could settle future jobs directly by bank transfer, I'm happy to share my details. "
                                      "Kind regards, Youssef")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Could you pay the balance by p\u0430yp\u0430l instead? I'll knock the service fee off the price.")],
        freelancer=[(0, "PAY001")])

    # ---- own payment details (single messages) ----
    add("details-valid", [("f", f"Here are my details so you can pay me directly next time, no fees: IBAN {grouped(iban('DE', 22))}, "
                                f"Commerzbank.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"For this gig I take USDT (TRC20) only, outside the site: {tron()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"My ETH wallet if you'd rather pay outside the platform: {eth()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"You can pay the rest here, it's my wallet: {segwit()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My Cash App is $MarcusEdits, just send the $80 there and we're square.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Pay link for the remaining balance: https://paypal.me/lenavoigtdesign/450EUR - thanks!")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Bank details for the direct payment: sort code 20-45-77, account number 41758392, name R. Okafor.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Direct deposit info so we can skip the platform: routing 021000021, account 483920157746, "
                                "Chase checking.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Virement direct possible : IBAN {grouped(iban('FR', 27))} (titulaire : Camille Roux).")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Taproot address if you want to pay in BTC instead: {taproot()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My Venmo is @priya-k-designs, send it there and I'll mark the job done here so nobody gets charged.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"If you prefer paying outside the site: SWIFT INGBNL2A, IBAN {iban('NL', 18)}, A. de Vries.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "For the refund you offered on the cancelled chapter, rather than going through the contract just "
                                "send it to my PayPal, jhollis.books@gmail.com. Faster than the dispute process.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", f"{p2sh()} - that's my BTC address, pay there and I'll send the source files.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Mo\u017cesz przela\u0107 bezpo\u015brednio na moje konto: {grouped(iban('PL', 28))}, "
                                f"bez prowizji platformy.")], freelancer=[(0, "PAY002")])

    # ---- identifiers: corrupted ----
    add("identifier-invalid", [("f", f"Pay me directly to this IBAN instead: {grouped(corrupt(iban('IT', 27), '0123456789'))}")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Row 14 of the sheet has {corrupt(segwit(), 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}, it fails "
                                     f"your validator, can you check whether the source file is wrong?")])
    add("identifier-invalid", [("c", f"The account number on the supplier invoice looks off: "
                                     f"{grouped(corrupt(iban('ES', 24), '0123456789'))}. Can you compare it with the PDF?")])
    add("identifier-invalid", [("c", f"A customer typed {corrupt(tron(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')} "
                                     f"into our withdraw form and the app accepted it. That's the bug I need fixed.")])

    # ---- identifiers: job context ----
    add("identifier-job-context", [("c", f"Job: build an IBAN validator in TypeScript. Include unit tests, e.g. "
                                         f"{grouped(iban('GB', 22))} must be accepted.")])
    add("identifier-job-context", [("c", f"For the analytics dashboard, please pull every transaction for {btc()} and chart the "
                                         f"inflows by month.")])
    add("identifier-job-context", [("c", f"Audit scope: the staking contract deployed at {eth()} on mainnet, plus its proxy.")])
    add("identifier-job-context", [("f", f"The TRON explorer scraper is done; I tested it against {tron()} and it pulls the full "
                                         f"TRC20 history.")])
    add("identifier-job-context", [("c", f"Data entry task: 400 supplier records. Format IBANs with spaces like "
                                         f"{grouped(iban('AT', 20))} and flag any that fail the checksum.")])

    # ---- cover letters ----
    add("cover-letter", [("f", "Hello! I read your brief for the Magento to Shopify migration and it's exactly the kind of work I "
                               "do every week: I've moved 40+ stores, including product variants, customer accounts and 301 "
                               "redirects. To keep costs low for you, I'm happy to work off-platform and take payment via Wise, so "
                               "you save the service fee. Looking forward to hearing from you.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", f"Dear hiring manager, I'm a certified Spanish-English translator with 9 years in legal texts and "
                               f"can start today. Tip: if you pay me directly you save 10%, IBAN {grouped(iban('ES', 24))}.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Hi, I've integrated Stripe, PayPal and Razorpay checkouts for more than 30 online stores, including "
                               "subscription billing and refunds via webhooks. I can have your payment flow tested in sandbox "
                               "within a week.")], surface="proposal")
    add("cover-letter", [("f", "Hello Jana, I'd split this into three fixed-price milestones so the escrow covers you at every step: "
                               "research, first draft, final edit. Happy to jump on a short call first.")], surface="proposal")
    add("cover-letter", [("f", "Hi there, voice-over artist from Johannesburg here. I have a neutral South African and a British RP "
                               "accent, a treated home studio and 24-hour turnaround on scripts under 500 words. Samples are in my "
                               "profile. Payment can also be made in crypto if you prefer to keep it off the site. Cheers, Thabo")],
        freelancer=[(0, "PAY001")], surface="proposal")

    # ---- conversations with violations ----
    add("conversation", [("c", "Hey, would you be okay if I paid you through PayPal for this? Fees here are brutal."),
                         ("f", "Sure, no problem. It's anya.petrova.art@gmail.com"),
                         ("c", "Perfect, sending it tonight.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Can we continue outside the platform? I'd rather you pay me on Wise."),
                         ("c", "ok deal, send me your details"),
                         ("f", f"Great, here you go: IBAN {grouped(iban('BE', 16))}")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "From now on I'll transfer the payment directly to your bank, it's easier for our accounts team."),
                         ("f", "Sorry, I can only accept payment through the platform, it protects both of us. I've also let "
                               "support know, nothing personal.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Could you accept Zelle for the remaining work? No fees for either of us."),
                         ("f", "What do you mean exactly, would we close the contract here?"),
                         ("c", "Yes, we'd close it and settle the rest between us. It saves us both around 10%."),
                         ("f", "ok, fine by me.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "I'll pay you cash when we meet at the venue, can we cancel the contract here?"),
                         ("f", "I'd prefer USDT actually, cash is a hassle for me.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Would you be able to pay me directly via Revolut for the next phase? I'd pass on the savings."),
                         ("c", "No thanks, we keep all payments on the platform. I'm reporting this message.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "For the next contracts, do you take Payoneer directly? Our company pays all vendors that way."),
                         ("f", "Payoneer works for me.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Let's take this off the site. PayPal, Wise or crypto, which do you prefer?"),
                         ("f", "Wise.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Thanks for the quick turnaround on the spreadsheet!"),
                         ("f", "My pleasure, the pivot tables are in tab 3."),
                         ("c", "Great. For next time can I just send you money on Venmo? Easier for me."),
                         ("f", "I'd rather keep it on here, sorry, the platform protection matters to me."),
                         ("c", "What about crypto then? I can send ETH."),
                         ("f", "No, still only through the contract, thanks.")],
        client=[(2, "PAY001"), (4, "PAY001")])
    add("conversation", [("c", "Can we do the rest of the payments outside the site?"),
                         ("f", "Outside how?"),
                         ("c", "Bank transfer, I'd send it to your account directly every Friday."),
                         ("f", "ok, that works.")],
        client=[(0, "PAY001"), (2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Could I pay you by international wire next time instead of the contract?"),
                         ("f", "Probably better not to."),
                         ("c", "Never mind, we'll just keep using milestones here.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "K\u00f6nnen wir die Zahlung au\u00dferhalb der Plattform per \u00dcberweisung machen? "
                               "Spart uns beiden die Geb\u00fchren."),
                         ("f", "Ja, passt. Ich schicke dir gleich meine Kontodaten.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "To save on fees, could you send the payment through Wise instead of here?"),
                         ("c", "What's Wise? Never used it."),
                         ("f", "It's a money transfer app, pretty cheap for international payments."),
                         ("c", "ok, let's do that then.")],
        freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("f", "If you pay me through Skrill instead of the contract, I can give you 15% off."),
                         ("f", "It would save both of us the service fee, and you'd get the files a day earlier."),
                         ("c", "No, and I've flagged this to support.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("f", "Could you pay the last invoice by Venmo? The platform payout is slow this month."),
                         ("c", "Sure, I can do Venmo. What's your handle?"),
                         ("f", "My Venmo is @lucia-ramos-va, thanks so much!")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can I pay you via Western Union? I'm in Kumasi and my card keeps failing on the site."),
                         ("f", f"Okay, no problem. Or if it's easier, straight to my account: IBAN {grouped(iban('GB', 22))}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Payment through the site keeps failing on my card. Can I just send you bitcoin?"),
                         ("f", f"{btc()}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Can we move payment to bank transfer outside the platform for the next phase?"),
                         ("c", "Sure, ok."),
                         ("f", "Great, I'll email you my bank details tonight.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])

    # ---- conversations without violations ----
    add("conversation", [("f", "Heads up: a client on another contract asked me to take payment on PayPal. I declined and "
                               "reported him."),
                         ("c", "Good call, thanks for telling me.")])
    add("conversation", [("c", "I've funded the first milestone, $400."),
                         ("f", "Thanks! I'll submit the wireframes on Thursday."),
                         ("c", "Approved and released. I also sent a small bonus for the fast work."),
                         ("f", "Wow, thank you!")])
    add("conversation", [("c", "Can you refund the second milestone? We've cancelled that feature."),
                         ("f", "Sure, I've issued the refund from the contract page, it should reach your billing method in a "
                               "few days.")])
    add("conversation", [("f", "Back when I freelanced in Dubai, clients paid me by cheque, it was a nightmare."),
                         ("c", "Ha, glad those days are over.")])
    add("conversation", [("c", "Our accountant pays the printing company by wire every month. Could you reconcile those wires "
                               "in the ledger?"),
                         ("f", "Sure, send me the bank statement export and the chart of accounts.")])
    add("conversation", [("c", "Is Payoneer one of the withdrawal options here? I'm helping my nephew set up his freelancer account."),
                         ("f", "Yes, he can add it under withdrawal methods in the settings.")])
    add("conversation", [("f", "Just confirming: the remaining $600 goes through the milestone once you approve, right?"),
                         ("c", "Correct, I'll release it on Monday.")])
    add("conversation", [("f", "I withdrew last month's earnings to my bank account and it took 5 days, is that normal?"),
                         ("c", "Mine usually take 2 or 3 days, depends on the bank.")])
    add("conversation", [("f", "My bank in Lagos blocked a transfer last week, could that be why my withdrawal failed?"),
                         ("c", "No idea, maybe ask the platform's support about your withdrawal method.")])

    # ---- hard negatives (single messages) ----
    add("hard-negative", [("c", "Looking for a Laravel dev to integrate PayPal and Stripe checkout into our booking site. "
                                "Must handle webhooks and refunds.")])
    add("hard-negative", [("c", "Need a bookkeeper to reconcile Square and Stripe payouts against QuickBooks for Q3.")])
    add("hard-negative", [("f", "I'll set up a milestone for each chapter so the escrow covers you at every step.")])
    add("hard-negative", [("c", "Write a 1,500-word blog post comparing Wise, Revolut and Payoneer fees for freelancers in Pakistan.")])
    add("hard-negative", [("c", "Translate our bank's SWIFT transfer instructions from Portuguese into English, about 12 pages.")])
    add("hard-negative", [("c", "I downloaded last week's invoice from the Reports page and our tax ID is missing on it. Is there a "
                                "way to add it on your side?")])
    add("hard-negative", [("f", "You get what you pay for. Cheap logo shops reuse templates, I never do.")])
    add("hard-negative", [("f", "I'm banking on the launch going well; the extra SEO work should pay off within a couple of months.")])
    add("hard-negative", [("c", "Design a set of holiday gift card templates for our caf\u00e9 chain, print and digital versions.")])
    add("hard-negative", [("c", "Looking for an Android dev to add M-Pesa STK push payments to our delivery app.")])
    add("hard-negative", [("c", "Can you add a 'Pay with Venmo' button to my Shopify store checkout?")])
    add("hard-negative", [("c", "Build a crypto trading bot for Binance USDT pairs, backtesting required.")])
    add("hard-negative", [("c", "I'm adding a $50 bonus on top of the milestone, you went well beyond the scope.")])
    add("hard-negative", [("f", "Just so you know, I only accept payment through the platform, it protects both of us.")])
    add("hard-negative", [("c", "My old developer used to get paid via PayPal before we moved everything here.")])
    add("hard-negative", [("f", "A client of mine pays his suppliers in China by Alipay, so the invoice template I'm building needs "
                                "an Alipay reference field.")])
    add("hard-negative", [("f", "Quick update: the Stripe test payments go through now, the 3DS issue was the webhook secret.")])
    add("hard-negative", [("c", "Let's cash in on the Black Friday traffic, can you have the banners ready by Thursday?")])
    add("hard-negative", [("f", "FYI, I reported another client who asked me to pay a 'registration fee' in gift cards.")])
    add("hard-negative", [("c", "What's Zelle? One of the applicants mentioned it in their profile.")])
    add("hard-negative", [("c", "Sorry for the delay, my card expired so I had to update my billing method. The milestone is "
                                "funded now.")])
    add("hard-negative", [("f", "Ya he recibido el pago del hito, \u00a1muchas gracias! Empiezo con la segunda fase ma\u00f1ana.")])
    add("hard-negative", [("c", "We're a fintech startup and need a UX writer for the onboarding screens of our peer-to-peer "
                                "payment app, similar to Zelle.")])
    add("hard-negative", [("f", "Attached is the invoice generated for this contract, for your accounting team.")])

    # ---- ordinary chat ----
    add("ordinary-chat", [("c", "Hi Mei, can we move our call to 3pm Singapore time?")])
    add("ordinary-chat", [("f", "Attached the revised floor plan with the bigger kitchen island, let me know what you think.")])
    add("ordinary-chat", [("c", "Great work on the podcast edit, the intro music fits perfectly.")])
    add("ordinary-chat", [("f", "I'll be offline on Friday for Eid, back Monday morning.")])
    add("ordinary-chat", [("f", "Here's my portfolio: https://www.behance.net/oksanahrytsenko")])
    add("ordinary-chat", [("c", "Could you send the final files as a zip? The Google Drive link expired.")])
    return cases


def heldout19_cases() -> list[dict[str, Any]]:
    """Nineteenth held-out batch: near-pairs on the allowed/forbidden boundary (topics, platform features, past, third parties, replies)."""
    rng.seed(19)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout19-")
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    dig = "0123456789"

    # --- near-pairs: proposal vs. same words in an innocent sense ---
    add("client-solicits", [("c", "Could we settle the remaining milestones through Wise instead? I'd rather we both skip the service fee.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Could you pick up the Wise transfer milestone next? The sandbox endpoint keeps returning a 422 on quotes.")])
    add("client-solicits", [("c", "I'll just Venmo you $150 for the extra banner, simpler than opening another contract.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "I'll add $150 as a bonus on this contract for the extra banner, simpler than opening another contract.")])
    add("freelancer-solicits", [("f", "If it's easier, you can pay me straight by bank transfer and we end the contract here. Saves us both the fee.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "If it's easier, you can add a bank account as your billing method here; the platform supports ACH debits in the US.")])
    add("client-solicits", [("c", "Email me an invoice and our AP team will wire the amount to your account directly, no need to go through the site.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Our AP team needs the invoice the platform generates for this contract. Could you download it from the transaction history?")])
    add("freelancer-solicits", [("f", "For phase two I'd like to be paid in USDT on Tron, it's a lot quicker than waiting for the weekly release.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "For phase two I'll add USDT on Tron as a checkout option in your store; confirmations are quicker than on Ethereum.")])
    add("client-solicits", [("c", "Can I pay you in Amazon gift cards? My company card keeps getting declined on here.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "My company card keeps getting declined on here. Do you know if the platform lets me fund the milestone with PayPal as billing method?")])
    add("freelancer-solicits", [("f", "Can you pay me through Payoneer outside the site this time? It clears in a day instead of five.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "A client once paid me through Payoneer outside the site and then filed a chargeback, so I've kept everything on here since.")])
    add("client-solicits", [("c", "I'm in Lisbon next week, I could just hand you cash for the last two milestones over coffee.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "I'm in Lisbon next week for the cash-register vendor meeting, so I'll approve the last two milestones before I fly.")])
    add("client-solicits", [("c", "Our finance department only issues cheques. Can I post one to your home address instead of funding the contract?")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Our finance department only issues cheques to suppliers, so I had them add a corporate card as the billing method here.")])
    add("client-solicits", [("c", "From next month we'd like to put you on our Deel payroll and close the contract on here.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Next month's task is migrating our staff from Gusto payroll to Deel; contractor payments are out of scope.")])
    add("client-solicits", [("c", "I can send the money by GCash today if you give me your number.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "The Manila stores need GCash at checkout. Can you scope how long that integration would take?")])
    add("client-solicits", [("c", "Would you take payment in ETH? We hold most of our treasury on-chain.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "We hold most of our treasury on-chain, so the reporting tool needs to pull ETH balances every hour.")])
    add("freelancer-solicits", [("f", "Once this contract ends, let's keep working directly: I'll invoice you monthly and you pay me by bank transfer.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "Once this contract ends, we can keep working through a new monthly contract here; the platform invoices you automatically.")])
    add("freelancer-solicits", [("f", "Let's move the payments to P\u200bayPal, it's cheaper for both of us than the fee here.")],
        freelancer=[(0, "PAY001")])
    add("client-solicits", [("c", "Would you take \u0420ayoneer directly? Our treasury team is already set up for it.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "¿Te puedo pagar el resto por Bizum? Así no tenemos que esperar a que se libere el hito.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Los clientes finales pagan por Bizum en la tienda; necesito que el panel muestre esos cobros agrupados por día.")])

    # --- own payment details (valid) vs. platform details ---
    add("details-valid", [("f", "My PayPal is anna.kowalska.studio@gmail.com, send it there and I'll mark the job complete.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"IBAN for the transfer: {grouped(iban('DE', 22))}, account holder Jonas Weber. Much faster than the release here.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"You can send the USDT (TRC-20) here: {tron()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"BTC works best for me: {btc()}. Send it whenever the final files are in.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Cash App: $MarcoBuildsApps. Just drop the $300 there and we're square.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Sort code 20-45-77, account number 41930285, name R. Patel. Pay by bank transfer and we can close this one here.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Here's my payment link, quicker than a milestone: https://paypal.me/lenadraws/450")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Instead of refunding through the dispute, just send the $200 back to my Revolut, @tomaszk88.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", f"ETH (ERC-20) address: {eth()}. I'll start as soon as the deposit lands.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Pay me directly to this wallet and skip the escrow: {segwit()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "For a direct ACH payment: routing number 021000021, checking account 48120937551, Miguel Ortega.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Can you pay via UPI? My UPI ID is rahul.devworks@okaxis, it's instant.")],
        freelancer=[(0, "PAY002")])
    add("hard-negative", [("c", "We need a UPI payment flow for our Pune grocery app, Razorpay preferred. Can you quote for it?")])
    add("details-valid", [("f", "Pode me pagar por Pix? Minha chave é o e-mail joana.ux.design@gmail.com, cai na hora.")],
        freelancer=[(0, "PAY002")])
    add("hard-negative", [("f", "O app precisa aceitar Pix no checkout. Vocês já têm as credenciais da API do provedor de pagamentos?")])
    add("details-valid", [("f", f"Titulaire: Claire Moreau, IBAN {grouped(iban('FR', 27))}, BIC BNPAFRPP. Virement direct, c'est plus simple.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Taproot address for the payment: {taproot()}. Send the balance there instead of the milestone.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"My multisig takes BTC too: {p2sh()}. Use it for the final payment.")],
        freelancer=[(0, "PAY002")])
    add("hard-negative", [("f", "I've uploaded my W-8BEN in the platform's tax settings. My billing address is 14 Rue des Lilas, Lyon, if you need it on file.")])
    add("hard-negative", [("c", "Updated our billing address in the platform settings to 22 Harbour Street, Dublin. Please check the next contract invoice shows it.")])

    # --- invalid identifiers and identifiers in a job context ---
    add("identifier-invalid", [("f", f"Pay me in BTC outside the platform, address: {corrupt(btc(), b58)}")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("c", f"The validator rejects this IBAN from the customer import and I think it is right: {grouped(corrupt(iban('GB', 22), dig))}")])
    add("identifier-invalid", [("c", f"Reference printed on the shipping manifest: {grouped(corrupt(iban('IT', 27), dig))}. Can your OCR pick these fields up?")])
    add("identifier-invalid", [("f", f"The string in the mockup footer reads {corrupt(segwit(), bech)}; should I keep it as a placeholder?")])
    add("identifier-invalid", [("f", f"Test vector for the bad-checksum case: {corrupt(tron(), b58)}")])
    add("identifier-job-context", [("c", f"Use {grouped(iban('NL', 18))} as the happy-path fixture for the SEPA form tests.")])
    add("identifier-job-context", [("c", f"The donation widget should show our foundation's address {eth()} with a QR code under it.")])
    add("identifier-job-context", [("f", f"The parser chokes on taproot outputs like {taproot()}; I'll add a bech32m test case.")])
    add("identifier-job-context", [("c", f"Our cold wallet {p2sh()} must never appear in the frontend bundle. Please add a CI check.")])
    add("identifier-job-context", [("c", f"Put our supplier's IBAN {grouped(iban('ES', 24))} in the footer of the invoice template for the Madrid client.")])

    # --- conversations: declined / accepted / questioned ---
    add("conversation", [("c", "Can we do the rest on PayPal? The fees here are eating my budget."),
                         ("f", "Sorry, I keep all payments on the platform, it protects both of us. Happy to split the work into smaller milestones.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Can we do the rest on PayPal? The fees here are eating my budget."),
                         ("f", "Sure, PayPal is fine with me.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Can we do the rest on PayPal? The fees here are eating my budget."),
                         ("f", "What do you mean exactly, close the contract first?"),
                         ("c", "Just to save on the fees, nothing more. You'd still get the full amount."),
                         ("f", "Ok, makes sense, let's do that.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Can we do the rest on PayPal? The fees here are eating my budget."),
                         ("f", "Do you mean outside the contract?"),
                         ("c", "Yes, PayPal friends and family, straight to you."),
                         ("f", "I'd rather not. Let's keep it on the contract.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])
    add("conversation", [("c", "Our customers pay by PayPal on the site you're building. Can you set up the webhook?"),
                         ("f", "Sure, PayPal is fine with me, just send the sandbox credentials.")])
    add("conversation", [("c", "Can I pay you the extra $50 as a bonus?"),
                         ("f", "Sure, the bonus option is under the contract menu. Thank you!")])
    add("conversation", [("f", "Would you be open to paying me by Wise from now on? I'd knock 5% off."),
                         ("c", "No thanks, company policy is that everything goes through the platform.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("f", "Would you be open to paying me by bank transfer from now on? I'd knock 5% off."),
                         ("c", "Ok deal, send me your details."),
                         ("f", f"Great: IBAN {grouped(iban('AT', 20))}, Lukas Huber.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Is it ok if I send the payment through Wise? The milestone release takes too long."),
                         ("f", "Yes, my Wise account is under priya.nair.writes@gmail.com.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Is it ok if I send the payment through PayPal? The milestone release takes too long."),
                         ("f", "I don't use PayPal, but USDT works for me.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Could I pay you outside the site for this one?"),
                         ("f", "Zelle or Venmo, whichever is easier for you.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Could I pay you through Wise for the translation? Also, is the glossary ready?"),
                         ("f", "Glossary is 80% done. Should I include the legal terms too?"),
                         ("c", "Yes please, the legal ones matter most."),
                         ("f", "Will do. And yes, Wise is fine for the payment.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Let's skip the contract for the next batch and I'll pay via Skrill."),
                         ("f", "I'd prefer to stay on the platform."),
                         ("c", "Come on, Skrill is instant and nobody loses 10%."),
                         ("f", "Still no, sorry. I'll send a new offer here.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])
    add("conversation", [("c", "Do you accept Payoneer?"),
                         ("f", "Only payments through the platform, sorry.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Do you withdraw your earnings to Payoneer or straight to a bank? Curious how the platform pays out in Ukraine."),
                         ("f", "Payoneer mostly. The platform sends it weekly and I withdraw from there to my bank.")])
    add("conversation", [("f", "I'll refund the $40 through the platform's refund option today."),
                         ("c", "Thanks, appreciated.")])
    add("conversation", [("f", "I'll refund the $40 straight to your PayPal instead, refunds here take ages."),
                         ("c", "Ok, my PayPal is the same email as my account here.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can I just pay you by bank transfer this month?"),
                         ("f", "Ok."),
                         ("c", "Great, I'll send it tonight once finance signs off.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Would you mind paying the last part in crypto?"),
                         ("c", "Sure."),
                         ("f", "Great, I'll share the address once the files are delivered.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can I pay the last milestone in bitcoin? It's what I have on hand."),
                         ("f", f"Yes, crypto is fine: {corrupt(btc(), b58)}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Another freelancer on the team asked me to pay him through PayPal. I said no and reported him. Just so you're aware."),
                         ("f", "Thanks for telling me. All good on my side, everything stays on the contract.")])
    add("conversation", [("c", "My business partner pays our illustrator by Venmo every month. I've been trying to get him to move her onto the platform."),
                         ("f", "Makes sense, it's safer for both of them.")])
    add("conversation", [("c", "How did your last client handle payments?"),
                         ("f", "Through milestones here. Years ago, before I joined, one client paid me by wire and it took two weeks.")])
    add("conversation", [("c", "Funds are in escrow now, you can start whenever you're ready."),
                         ("f", "Great, starting today.")])
    add("conversation", [("c", "I'll send the funds directly to your bank account so you can start today, no need to wait for escrow."),
                         ("f", "Please fund the milestone instead. I only work through the platform.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Can I send the $600 through Cash App instead?"),
                         ("f", "Is that even allowed here?"),
                         ("c", "Nobody checks, honestly. It's fine."),
                         ("f", "I'd rather not risk my account. Let's stay on the contract.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Can I pay you through Venmo for this job?"),
                         ("f", "What's Venmo? I'm in Kenya, never used it."),
                         ("c", "It's a US payment app, I'd just send the money to you there."),
                         ("f", "Ok, I'll sign up for it tonight.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Is it ok if I pay you via M-Pesa?"),
                         ("f", "Sure, M-Pesa works, I'll send my number.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Our users in Nairobi pay via M-Pesa. Is that something you've integrated before?"),
                         ("f", "Sure, M-Pesa works, I've used the Daraja API on two projects.")])
    add("conversation", [("c", "Do you need anything from us before we start?"),
                         ("f", "Just the brand guide. My W-8BEN is already in the platform's tax settings.")])
    add("conversation", [("c", "Do you need anything from us before we start?"),
                         ("f", f"Just pay me directly rather than via a milestone: IBAN {grouped(iban('BE', 16))}, Sofie Peeters.")],
        freelancer=[(1, "PAY002")])

    # --- cover letters ---
    add("cover-letter", [("f", "Hi! Six years of Shopify work, 40+ stores. To keep costs down I usually settle by direct bank transfer "
                               "outside the platform once scope is agreed.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hello, I've integrated Stripe, PayPal and Razorpay checkouts for 30+ stores and can start Monday. "
                               "Happy to work in milestones.")], surface="proposal")
    add("cover-letter", [("f", f"My rate is $35/h. I prefer payment in USDT rather than through the site, wallet: {tron()}")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "I built a crypto payment gateway that accepts USDT and BTC for an exchange in Dubai, so this job is right "
                               "up my street.")], surface="proposal")
    add("cover-letter", [("f", "I'm new here, so I'm offering a lower rate; you'd release each milestone once the deliverable is approved.")],
        surface="proposal")
    add("cover-letter", [("f", "I give a 15% discount to clients who pay me via Wise instead of through the platform.")],
        freelancer=[(0, "PAY001")], surface="proposal")

    # --- other hard negatives and ordinary chat ---
    add("hard-negative", [("c", "Our Dutch subsidiary pays the German one by SEPA transfer each quarter; the reconciliation script has to match those.")])
    add("hard-negative", [("c", "Honestly, this refactor will pay for itself. Money well spent.")])
    add("hard-negative", [("f", "Cash is king for a finance dashboard, so I put the cash-flow chart first.")])
    add("hard-negative", [("c", "What is Skrill exactly? Some of our players mention it in support tickets and I want the FAQ to be accurate.")])
    add("hard-negative", [("f", "How long do withdrawals to a bank account usually take from here? First time cashing out my earnings.")])
    add("hard-negative", [("f", "FYI, a client on another contract asked to pay me via Zelle. I declined and reported it to support.")])
    add("ordinary-chat", [("c", "Thanks for the quick turnaround! The logo looks great. Can we try a slightly darker navy?")])
    add("ordinary-chat", [("f", "API docs will be done by Thursday; the staging server is up if you want to poke at it.")])
    add("ordinary-chat", [("c", "Are you free for a call on Tuesday?"), ("f", "Tuesday 3pm CET works for me.")])
    add("ordinary-chat", [("c", "Just approved the milestone, thanks. Great work on the checkout page.")])
    return cases


def heldout20_cases() -> list[dict[str, Any]]:
    """Twentieth held-out batch: subtle and hedged off-platform asks, payroll/direct invoicing, crypto networks, regional wallets, plus everyday hard negatives."""
    rng.seed(20)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout20-")

    # --- client solicits (single message) ---
    add("client-solicits", [("c", "Would you be open to settling the remaining balance over Wise? The fees here eat into our budget and I'd rather you keep more of it.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Just this once, could we do the payment by bank transfer outside the site? Our finance team froze new card charges this quarter.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'll add 10% on top if we settle this one the other way, directly between us, no middleman taking a cut.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Going forward we'd like to put you on Deel as a contractor and pay you through our own payroll instead of here. "
                                  "Which email should I send the invite to?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Our accounts payable needs your bank details for our records before the next cycle, "
                                  "since from then on we'll process your monthly retainer directly from our account.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Do you accept USDT? Happy to send it on TRC20 or BEP20, whichever is cheaper for you to receive.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Since you're in Nairobi, could I just M-Pesa you the money? Way faster than waiting for the platform to release it.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I pay you via Pix instead? I'm in Sao Paulo and it's instant, no waiting on conversions.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Is GCash okay for you? I'd send it tonight and we can just close the contract here at zero.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Honestly the fee here is a rip-off. Let's keep the contract open for show and I'll Venmo you the real amount.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Could you send an invoice addressed directly to our company (Halvorsen AS) and we'll pay it by SEPA? "
                                  "Our auditors prefer that to the platform invoices.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would cash work? We're in the same city, I could hand it over when we meet for the handoff on Thursday.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "If you're comfortable with it, the next milestones could go through UPI instead. I'll even round the amount up.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I can give you an Amazon gift card for the rest of the amount. Same value, just no fees for either of us.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "can I just ven\u200bmo you the rest? saves us both the hassle")],
        client=[(0, "PAY001")])

    # --- freelancer solicits (single message) ---
    add("freelancer-solicits", [("f", "For future projects I'd prefer we handle payment through Payoneer directly. I can pass the 10% saving on to you as a discount.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Small favour: could you send this bonus to my Revolut instead of through the site? Just this once, "
                                      "withdrawals here are taking ten days.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "If it helps your budget, I charge 15% less when clients pay me the other way (direct transfer). Just say the word.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I also take crypto, ETH on Arbitrum or USDC on Polygon, if you'd rather skip the platform fees altogether.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Would you mind sending it via JazzCash or Easypaisa? Withdrawals from here to Pakistan are painfully slow.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Could we move the retainer to a monthly invoice I send you and you pay by wire? Saves both of us the service fee.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Any chance you could pay via bKash this time? We can keep the contract here for the review.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "No pressure at all, but a few of my long-term clients pay me directly by Zelle and it's been smoother for everyone. Up to you!")],
        freelancer=[(0, "PAY001")])

    # --- own payment details (valid) ---
    add("details-valid", [("f", f"Here are my details for the transfer: IBAN {grouped(iban('DE', 22))}, Jonas Weber. Send whenever it suits you.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"My USDT address (TRC20): {tron()} - ping me once it's sent and I'll confirm.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "PayPal is maria.k.design@gmail.com, friends & family please so there's no fee on my side.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Cash App: $leoframes - easiest for me if you're paying the balance.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Account name: A. Okafor, Account no: 0123456789, Bank: GTBank. Pay straight in, no need to wait for escrow.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Just send a payment request to my Venmo, @dan-hollis-22, and I'll approve it today.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", f"BTC works for me: {segwit()}. It's native segwit, so send from a wallet that supports bech32.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Sort code 20-45-77, account number 41829360, Barclays, in my name. Transfer whenever you're ready.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Here's a payment link so you can pay me directly: https://buy.stripe.com/5kA9bX2yQ0vT - card or Apple Pay both work.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"For the wire: IBAN {iban('GB', 22)}, SWIFT BARCGB22. Put 'logo project' as the reference.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "paypal.me/anikadraws - the rest of the balance there please, and I'll mark the milestone done here.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Easier if you P\u0430yP\u0430l it to me: tomas.r.studio@gmail.com")],
        freelancer=[(0, "PAY002")])

    # --- invalid identifiers ---
    add("identifier-invalid", [("f", f"Send the rest here please: IBAN {grouped(corrupt(iban('FR', 27), '0123456789'))}.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", "You can pay the balance straight to my BTC wallet "
                                     f"{corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')} instead of through here.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("c", f"The export lists this IBAN for a vendor but our validator rejects it: {corrupt(iban('NL', 18), '0123456789')}. "
                                     "Can your script flag rows like that automatically?")])
    add("identifier-invalid", [("f", "Checksum report: the TRON address in row 14 "
                                     f"({corrupt(tron(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}) fails validation, highlighted in the sheet.")])
    add("identifier-invalid", [("c", f"This segwit string from the old import won't decode: {corrupt(segwit(), 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}. Is it truncated?")])

    # --- identifiers in a job context ---
    add("identifier-job-context", [("c", f"Test data for the payment form: use IBAN {iban('ES', 24)} for the happy-path case.")])
    add("identifier-job-context", [("f", f"I've put the donation address {btc()} in the footer as per your spec. Please confirm it's the charity's current one.")])
    add("identifier-job-context", [("c", f"Our treasury wallet is {eth()}; the dashboard should show its balance and the last 20 transactions.")])
    add("identifier-job-context", [("f", f"The unit test fixture uses {taproot()} as the sample taproot address, and the parser handles bech32m now.")])
    add("identifier-job-context", [("c", f"For the reconciliation script, match incoming wires against IBAN {grouped(iban('IT', 27))} (that's our supplier).")])

    # --- cover letters ---
    add("cover-letter", [("f", "Hi! I'm a Shopify developer with six years of experience in custom themes and apps. I'm flexible on payment: "
                               "happy to work through here, or directly via Wise if you'd prefer lower fees. Looking forward to hearing from you.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hello, I can deliver the full data-cleaning pipeline in two weeks. My rate is $30/h. "
                               "To save on fees you can also pay me at PayPal: jt.devstudio@outlook.com.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "I recently built a Stripe and PayPal checkout for a subscription-box store and I'm comfortable with the Wise and "
                               "Payoneer APIs, so the payout integration you describe is right in my wheelhouse.")],
        surface="proposal")
    add("cover-letter", [("f", "I'd suggest splitting the work into three milestones, funded one at a time through the platform, "
                               "so you only release payment once you're happy with each part.")],
        surface="proposal")
    add("cover-letter", [("f", "I've written smart contracts on Ethereum and TRON, including USDT payment flows for a remittance app in the Philippines. "
                               "Happy to share code samples.")],
        surface="proposal")

    # --- conversations with violations ---
    add("conversation", [("c", "Would you be OK if I paid the next part through Wise? It saves me a chunk."),
                         ("f", "Sure, that works for me."),
                         ("c", "Great, send me your details when you get a sec.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Can we do the rest via Payoneer?"),
                         ("f", "What do you mean, outside the contract?"),
                         ("c", "Yes, just a direct transfer. The fees here are brutal for a small shop like ours."),
                         ("f", "ok, fine by me")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Mind if I pay you by Zelle this time? It's faster."),
                         ("f", "Thanks, but I keep all payments on the platform. Happy to continue here.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Would you mind sending the final amount by bank transfer? My withdrawals from here are stuck."),
                         ("c", "No problem. What's your IBAN?"),
                         ("f", f"IBAN {iban('PT', 25)}, name Ana Sousa. Thank you!")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("f", "I can also accept payment outside the site if that's simpler for you."),
                         ("c", "Revolut would be easiest on our side.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can I pay you in cash when we meet on Thursday?"),
                         ("f", "I'd prefer a bank transfer if possible, cash is awkward for me to deposit.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Let's handle the payment privately, it's cheaper for both of us."),
                         ("f", "I'd rather keep it here, sorry."),
                         ("c", "Come on, just Western Union it over, nobody will know.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [("c", "Could you take the payment via Wise?"),
                         ("f", "What's Wise?"),
                         ("c", "It's a money transfer app, much cheaper than the fees on here."),
                         ("f", "Ah, thanks for explaining, but I'll stick to the platform's payments.")],
        client=[(0, "PAY001")])
    add("conversation", [("f", "Would you be open to paying in USDC? I can give you a small discount."),
                         ("c", "ok deal, which network?"),
                         ("f", f"Polygon please: {eth()}")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "For our records, could you send your bank name, account number and SWIFT? "
                               "From next month we pay all contractors straight from the company account."),
                         ("f", "Does that mean outside the platform?"),
                         ("c", "Yes, same work, we just cut out the fee."),
                         ("f", "Okay, I'll email them over tonight.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Can I send the money through Paytm or PhonePe instead? Whichever you use."),
                         ("f", "PhonePe.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "If you pay me directly through Payoneer I'll do the revisions for free."),
                         ("c", "We only pay through the platform, sorry. Please keep it here.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "We're moving all our freelancers onto Remote.com so payroll is in one place. Could you onboard there and we'll end the contract here?"),
                         ("f", "How would hours be tracked then?"),
                         ("c", "Through their timesheets, and they'd pay you monthly."),
                         ("f", "Alright, send me the invite.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "The budget's tight on your side, right? There's a way we could both save about 20%."),
                         ("c", "I'm listening."),
                         ("f", "You pay me directly to my bank and I knock off what the platform would have taken.")],
        freelancer=[(2, "PAY001")])
    add("conversation", [("c", "Could I pay the rest with Steam gift cards? I have a bunch lying around."),
                         ("f", "Fine, send the codes to my email, karim.design@proton.me.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Would it be OK to pay this one by cheque? Our accountant prefers it."),
                         ("f", "Let me check with my bank how long cheques from abroad take."),
                         ("f", "Okay, they said about two weeks. That's fine, go ahead and post it.")],
        client=[(0, "PAY001")], freelancer=[(2, "PAY003")])
    add("conversation", [("f", "The service fee went up again this month, ugh."),
                         ("c", "Tell me about it. Want me to just send it to your PayPal instead?"),
                         ("f", "Ha, tempting, but no. Rules are rules.")],
        client=[(1, "PAY001")])
    add("conversation", [("c", "The quote is a bit above our budget."),
                         ("f", "I understand. I could come down a bit if payment went a different route, say a direct bank transfer."),
                         ("c", "What would the new price be?"),
                         ("f", "Around $850 instead of $1,000."),
                         ("c", "Okay, let's do that.")],
        freelancer=[(1, "PAY001")], client=[(4, "PAY003")])

    # --- conversations without violations ---
    add("conversation", [("c", "Did the payment for milestone 2 come through?"),
                         ("f", "Yes, it shows as pending and should clear in five days."),
                         ("c", "Great, I'll fund milestone 3 now.")])
    add("conversation", [("f", "By the way, a client last year tried to get me to take PayPal outside the site. I said no."),
                         ("c", "Good call. We keep everything on here too.")])
    add("conversation", [("f", "Do you know if withdrawing earnings to Payoneer is faster than straight to a bank?"),
                         ("c", "No idea, I only use the client side. Maybe check the help centre.")])
    add("conversation", [("c", "I got charged twice for the same milestone."),
                         ("f", "That looks like a billing glitch. Could you open a ticket with support? They'll refund the duplicate.")])
    add("conversation", [("c", "I'm sending a $50 bonus through the contract for the quick turnaround."),
                         ("f", "That's very kind, thank you!")])
    add("conversation", [("c", "The app needs PayPal and Venmo checkout for US users and M-Pesa for Kenya."),
                         ("f", "Understood. I'll use the Braintree SDK for PayPal/Venmo and the Daraja API for M-Pesa.")])
    add("conversation", [("c", "Our supplier in Vietnam insists on being paid by wire, which is a pain."),
                         ("f", "Yeah, international wires can be slow. Hope it goes through quickly.")])
    add("conversation", [("f", "Heads up: someone claiming to be your colleague messaged me asking to pay in crypto. I reported it."),
                         ("c", "Thanks! That's not us, we only pay through here.")])
    add("conversation", [("c", "Our finance team asks whether you can accept EUR instead of USD on this contract."),
                         ("f", "The platform converts it for me anyway, so whatever currency the contract uses is fine.")])
    add("conversation", [("c", "Can you send an invoice for our records?"),
                         ("f", "Sure, the platform generates one for every payment. I'll forward the PDF from the transaction history.")])

    # --- single-message hard negatives ---
    add("hard-negative", [("c", "What is Payoneer exactly? A freelancer I worked with before mentioned it.")])
    add("hard-negative", [("f", "I paid for my design course with PayPal last year and the refund took forever.")])
    add("hard-negative", [("c", "Can you add a 'Pay with Venmo' button to the checkout page?")])
    add("hard-negative", [("f", "I've set my withdrawal method to my local bank account, and the first payout arrived today.")])
    add("hard-negative", [("c", "Please submit the milestone when it's ready and I'll approve and release the payment.")])
    add("hard-negative", [("f", "The invoice for last week's hours is in the contract's reports section.")])
    add("hard-negative", [("c", "My cousin paid his landlord in crypto and now he's trying to explain it to his tax advisor, lol.")])
    add("hard-negative", [("f", "You helped me a lot on the last project, so I'll pay it forward and review your docs for free.")])
    add("hard-negative", [("c", "Is Monday a bank holiday where you are? Just planning the timeline.")])
    add("hard-negative", [("f", "Exchange rates are brutal this month, the euro dropped again against the dollar.")])
    add("hard-negative", [("c", "I added a new card as a billing method, so the failed charge should go through now.")])
    add("hard-negative", [("f", "Could you fund the escrow for the next milestone before I start? Thanks!")])
    add("hard-negative", [("c", "Our accounting team needs the platform invoice for each payment. Where can I download them?")])
    add("hard-negative", [("f", "A client once offered to pay me in Bitcoin outside the platform; I declined and reported it.")])
    add("hard-negative", [("c", "We need a script that reconciles Stripe payouts with our bank statements in Xero.")])
    add("hard-negative", [("f", "Fun fact: in Kenya people pay for almost everything with M-Pesa, even street food.")])
    add("hard-negative", [("c", "Please don't send me any payment details. I'd like to keep everything on the platform as required.")])
    add("hard-negative", [("f", "If you'd like to tip, the bonus button in the contract works. Totally optional!")])
    add("hard-negative", [("c", "I'll buy the stock photos myself through our Shutterstock account, so you don't need to purchase them.")])
    add("hard-negative", [("f", "The translation is a FAQ about Pix payments for a Brazilian bank; I kept the terms consistent with the central bank's glossary.")])
    add("hard-negative", [("c", "Can I raise your hourly rate on the contract? You've earned it.")])
    add("hard-negative", [("f", "I withdrew my earnings to my Wise account yesterday, their rates are decent.")])
    add("hard-negative", [("c", "Sorry for the delay, our bank flagged the card payment to the platform as suspicious. It's sorted now.")])
    add("hard-negative", [("f", "Quick question: should I send the final files before or after you release the milestone?")])
    add("hard-negative", [("c", "Just a heads-up: we'll pay the remaining milestones in one go through the contract to keep it simple.")])
    add("hard-negative", [("f", "My bank charges a $15 fee on every incoming transfer from the platform. Annoying, but fine.")])

    # --- ordinary chat ---
    add("ordinary-chat", [("c", "Morning! Did you get a chance to look at the wireframes?")])
    add("ordinary-chat", [("f", "I'll be offline Friday for a family event, back on Monday.")])
    add("ordinary-chat", [("c", "Thanks for the quick turnaround, the team loved the new logo.")])
    add("ordinary-chat", [("f", "Attached is the revised spreadsheet with the Q3 numbers.")])
    return cases


def heldout21_cases() -> list[dict[str, Any]]:
    """Twenty-first held-out batch: mixed trades and countries, wallets, homoglyphs, delayed agreements, restated proposals."""
    rng.seed(21)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout21-")

    # ---- client solicits -------------------------------------------------------------------------------------------
    add("client-solicits", [("c", "Hi Maria, the logo set is perfect. For the next batch could we settle over PayPal instead of here? "
                                  "Saves us both the fees.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Our accounts payable team in Rotterdam would rather wire you directly for the remaining chapters. "
                                  "Can you send us an invoice outside the contract?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Können wir die nächsten Übersetzungen direkt per Überweisung abrechnen, ohne die Plattform? "
                                  "Das wäre für unsere Buchhaltung einfacher.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Oye, ¿te puedo pagar por Bizum los próximos vídeos? Así nos ahorramos la comisión de la web.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Let's take payment off the site from now on. I can send USDT every Friday, whatever network suits you.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'll be in Lagos next week. How about I hand you the cash for the app screens when we meet, "
                                  "rather than going through the contract?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would you accept M-Pesa directly for the transcription work? The platform fee is eating my small budget.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Once this contract wraps we'd like to put you on our Deel payroll and close things here. Interested?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Instead of the milestone, could I pay you with Amazon gift cards, say $300 worth? My card won't work on here.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Je préfère vous régler par virement bancaire hors plateforme pour la suite des articles, ça vous va ?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I just send the $400 through P\u0430yP\u0430l friends & family? Quicker than funding another milestone.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'm old school. Can I post you a cheque for the bookkeeping catch-up instead of paying through the site?")],
        client=[(0, "PAY001")])

    # ---- freelancer solicits ---------------------------------------------------------------------------------------
    add("freelancer-solicits", [("f", "To save on fees, I can invoice your company directly and you pay by bank transfer. Just let me know.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "If you prefer, you can pay me through Payoneer directly for future projects and I'll knock 10% off my rate.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Could you send the tip via Cash App rather than the bonus button? The site takes a cut of bonuses too.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Podemos fazer o pagamento por Pix fora da plataforma? Fica mais barato pra você e pra mim.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Would UPI work for you for the next sprint? I can share my ID and we skip the 10% cut.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "For the voiceover pickups just Ven\u200bmo me, no need to open a new contract for a ten-minute session.")],
        freelancer=[(0, "PAY001")])

    # ---- details (valid) -------------------------------------------------------------------------------------------
    add("details-valid", [("f", f"Here are my bank details for next time: IBAN {grouped(iban('DE', 22))}, Commerzbank Hamburg. "
                                "Pay there directly and we don't need a new contract.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My PayPal is anna.kowalska.studio@gmail.com. Send the balance there and we can close the contract today.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"You can pay me in BTC to {btc()}, much quicker than waiting for the milestone to clear.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"USDT (TRC20): {tron()}. That's where my direct clients pay me, no platform fees.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Since you can't finish the last module, please refund the $120 to my Venmo @jake-t-2041 instead of via the site.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", "My Cash App is $LeahEdits22. Send it there whenever you're ready, no need to go through Upwork.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Sort code 20-45-77, account number 41295863, name J. Okafor. Pay there directly for the next podcast episodes.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Pay me via this link and we can skip the milestone: https://paypal.me/tomasvoice/150")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"ETH or USDC on ERC-20 both fine: {eth()}. Send it and I'll deliver the source files right away.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"RIB pour le virement direct : IBAN {grouped(iban('FR', 27))}, BIC BNPAFRPPXXX. Merci !")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Routing 021000021, account 483920175566 (Chase checking). Please pay the rest there, the platform is holding my funds.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"If you'd rather keep it simple, send the sats to {taproot()} and I'll mark the job done on my side.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", f"If you can't deliver, send the deposit back to my BTC wallet {p2sh()} rather than opening a dispute.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", f"UK clients usually pay me straight to {grouped(iban('GB', 22))} (Monzo). No platform fee on top for you.")],
        freelancer=[(0, "PAY002")])

    # ---- identifiers (invalid) -------------------------------------------------------------------------------------
    add("identifier-invalid", [("f", f"Pay me directly to my IBAN {grouped(corrupt(iban('NL', 18), '0123456789'))} and skip the milestone.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Rather than the contract, send the BTC to "
                                     f"{corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')} and I'll start today.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Off-platform is fine with me, bech32 only please: {corrupt(segwit(), 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"The IBAN in your CSV fixture fails the checksum: {corrupt(iban('ES', 24), '0123456789')}. "
                                     "Should I regenerate the seed data for the payment form tests?")])

    # ---- identifiers in a job context ------------------------------------------------------------------------------
    add("identifier-job-context", [("c", f"Please add IBAN validation to the checkout form. Test with {grouped(iban('NL', 18))}, "
                                         "it should pass, and with a shortened one, which should fail.")])
    add("identifier-job-context", [("c", f"Our test wallet for the smart contract audit is {eth()}. Please check the Transfer events it emitted on Sepolia.")])
    add("identifier-job-context", [("f", f"The regex I wrote accepts legacy addresses like {btc()} but rejects bech32. Should I add support for those?")])
    add("identifier-job-context", [("c", f"Translate this letter from our bank into English. The IBAN {iban('IT', 27)} must stay exactly as written.")])
    add("identifier-job-context", [("c", f"The dashboard widget should show the balance of {tron()}, our treasury wallet, refreshed every minute.")])

    # ---- cover letters ---------------------------------------------------------------------------------------------
    add("cover-letter", [("f", "Hello! I'm a certified bookkeeper with eight years in Xero and QuickBooks for small UK retailers. "
                               "I can start on your backlog this week. Many of my long-term clients pay me by direct bank transfer "
                               "to avoid the service fee, and I'm happy to do the same for you.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi, I've built 30+ React Native apps and can deliver your MVP in six weeks. "
                               "Rate is $35/h. For direct deals my PayPal is dev.rahul.m@outlook.com.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Dear hiring manager, I specialise in Stripe integrations: Checkout, Connect payouts, webhooks and "
                               "subscription billing. I recently moved a SaaS from PayPal to Stripe with zero downtime. "
                               "Happy to walk you through it on a call.")], surface="proposal")
    add("cover-letter", [("f", "I'm a bookkeeper in Cape Town. I reconcile PayPal, Stripe and bank feeds in Xero every month for "
                               "e-commerce stores, and I'd love to tidy up your last two quarters.")], surface="proposal")
    add("cover-letter", [("f", "Konnichiwa! Native Japanese translator here, five years localising fintech apps, including a "
                               "remittance app's onboarding screens about bank transfers and fees. Samples attached.")],
        surface="proposal")

    # ---- conversations with violations -----------------------------------------------------------------------------
    add("conversation", [("c", "Next month can I pay you on PayPal instead? The fees here are silly."),
                         ("f", "Sure, works for me.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Would you be ok if we moved payment to Wise for the rest of the translations?"),
                         ("f", "Sorry, I only get paid through the platform. I've let support know about this request.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "For the monthly retainer, could you pay me through Wise? It's cheaper for both of us."),
                         ("c", "What's Wise? Is it safe?"),
                         ("f", "It's a money transfer service, lots of freelancers in Ukraine use it. Fees are tiny."),
                         ("c", "ok let's do that then")],
        freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("c", "Can I pay the final invoice by bank transfer? Our procurement system doesn't like the site."),
                         ("f", f"No problem, here you go: {grouped(iban('ES', 24))}, account holder Lucía Ferrer.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "If it helps, I can take crypto directly for the next phase, no platform cut."),
                         ("c", "I'd rather use Payoneer if we're going to do it that way.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Could we settle the rest outside this site?"),
                         ("f", "Why would we do that?"),
                         ("c", "The fees. I can do Revolut or a Wise transfer, whichever you prefer."),
                         ("f", "I'll pass, thanks. Let's keep it on the contract.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [("c", "Can I pay you for the edits via Cash App?"),
                         ("f", "Why not through the contract?"),
                         ("c", "My card keeps getting declined on the site, that's all."),
                         ("f", "okay then, go ahead")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Let's pay outside Upwork from now on, I'll send it via Zelle every two weeks."),
                         ("f", "I'm not comfortable with that and I'm reporting this message to support.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "¿Podemos seguir con transferencia directa fuera de la plataforma para los próximos diseños?"),
                         ("f", "Vale, perfecto, así nos ahorramos la comisión.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Between us, you could pay me through PayPal and save the service fee."),
                         ("c", "No, we keep all payments on the platform. I've reported this.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "For phase two, can I pay you directly rather than through the site?"),
                         ("f", "Wise or Revolut, whichever is easier for you.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Do you have Cash App? I'd rather tip you there than here."),
                         ("f", "$NiaCuts, thank you so much!")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "For the remaining chapters, would a direct bank transfer work? Saves you the fee."),
                         ("c", "ok"),
                         ("f", f"Great. IBAN {grouped(iban('BE', 16))}, name Pieter Claes. Thanks!")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can we do the payment off-platform? Saves us both money."),
                         ("f", "Is that allowed here?"),
                         ("c", "Sure, everyone does it."),
                         ("f", "I checked the terms and it isn't. I'll stay on the contract, thanks.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Can I send your fee through GCash instead of the contract? Mas mabilis."),
                         ("f", "Let me check with my partner first, she handles our accounts."),
                         ("c", "No rush."),
                         ("f", "Sure, GCash is fine.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "For the next series of blog posts you could pay my studio directly by invoice, outside the site."),
                         ("c", "Deal."),
                         ("f", "Great, I'll email you an invoice from my studio address tonight.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Could I pay you over PayPal for the mixing work?"),
                         ("f", "Not PayPal, but I can take a Wise transfer.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Happy to keep going after this contract, paid in USDT if that works for you."),
                         ("c", "We only pay through the platform, sorry.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("f", "Uploaded the new thumbnails for episodes 4-6."),
                         ("c", "Love the colours on 5. Can the title on 6 be bigger?"),
                         ("f", "Sure. Do you want the same font as the channel banner?"),
                         ("c", "Yes. Also, for the next contract let's just pay via Payoneer directly, ok?"),
                         ("f", "I'd rather keep it here, thanks. Updated thumbnail coming tonight.")],
        client=[(3, "PAY001")])
    add("conversation", [("c", "Can we handle payment outside the app for the rest of the tutoring sessions?"),
                         ("f", "No, sorry, I keep everything on the platform."),
                         ("c", "What if I send it via Zelle, just this once?"),
                         ("f", "Still no. I'm reporting this to support.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])

    # ---- hard negatives (single) -----------------------------------------------------------------------------------
    add("hard-negative", [("c", "Need a developer to integrate PayPal checkout and Stripe into our Shopify store before Black Friday.")])
    add("hard-negative", [("c", "Looking for a writer for a 1,500-word post comparing Wise, Revolut and Payoneer for freelancers in Kenya.")])
    add("hard-negative", [("c", "I've funded milestone 2 in escrow, you can start on the landing page.")])
    add("hard-negative", [("c", "The bonus for the extra revisions will come through the contract's bonus option tonight.")])
    add("hard-negative", [("f", "I've issued a refund of $40 through the contract for the hours we didn't use.")])
    add("hard-negative", [("c", "I updated my billing method to a new Visa card, so the weekly payment should go through now.")])
    add("hard-negative", [("f", "No need to rush the milestone release. I withdraw my earnings from here to my bank in Lahore once a month anyway.")])
    add("hard-negative", [("f", "Years ago a client paid me through Western Union and vanished halfway, which is why I only work with milestones now.")])
    add("hard-negative", [("c", "Our Berlin entity pays the Toronto one by wire each quarter, so the intercompany entries will look odd in the files.")])
    add("hard-negative", [("f", "Heads up: someone claiming to be your HR asked me on Telegram to take payment in USDT. "
                                "I reported it. I assume it wasn't you?")])
    add("hard-negative", [("c", "Could you check the invoice the platform generated for last week's hours? Our finance team needs our VAT number on it.")])
    add("hard-negative", [("f", "Trust me, the extra keyword research will pay off. It's money in the bank for next quarter's rankings.")])
    add("hard-negative", [("f", "Sorry, what is Bizum exactly? It's in your brief for the app copy and I'm not from Spain.")])
    add("hard-negative", [("c", "We need someone to reconcile our Stripe and PayPal payouts in QuickBooks Online for 2023.")])
    add("hard-negative", [("c", "Please translate our bank's FAQ about SEPA instant transfers and standing orders into Italian.")])
    add("hard-negative", [("c", "Script for the 15s spot: 'Split the bill in seconds. Just Venmo your friends!' Upbeat, young, American accent.")])
    add("hard-negative", [("c", "Can you tutor my son in economics? He struggles with the chapter on cheques, bank drafts and clearing.")])
    add("hard-negative", [("c", "Hiring a writer for our crypto exchange blog: explainers on USDT on Tron, gas fees and cold wallets.")])
    add("hard-negative", [("f", "My hourly rate goes up to $45 in January. I'll send you an updated offer here so the contract reflects it.")])
    add("hard-negative", [("c", "We need a consultant to set up Gusto payroll for our 12-person company in Texas.")])
    add("hard-negative", [("f", "Payment received, thanks! Great working with you, I left you a 5-star review.")])
    add("hard-negative", [("f", "Please don't offer to pay me outside the platform. I keep every payment on here, it protects us both.")])
    add("hard-negative", [("c", "We pay all our contractors through the platform. It's company policy, so please don't send outside invoices.")])
    add("hard-negative", [("f", "The cash-back credit card campaign drove 1,240 signups last week and the CPA dropped to $8.40.")])

    # ---- ordinary chat ---------------------------------------------------------------------------------------------
    add("ordinary-chat", [("f", "I'll submit the milestone tonight so you can review and release it in the morning.")])
    add("ordinary-chat", [("f", "Revised logo attached: I thickened the strokes and tried the teal you liked. Three variants in the PDF.")])
    add("ordinary-chat", [("f", "Standup: fixed the login redirect bug, started on push notifications, blocked on the Firebase keys.")])
    add("ordinary-chat", [("c", "Could you push the e-book deadline to Thursday? The subject-matter expert is travelling.")])
    add("ordinary-chat", [("f", "I'll send the raw footage over WeTransfer, it's about 40 GB, so please download it within 7 days.")])
    add("ordinary-chat", [("c", "Please block Tuesday afternoons in my calendar for supplier calls and move the dentist to Friday.")])
    add("ordinary-chat", [("c", "Retakes needed on lines 12 and 18, a bit warmer please. The rest is perfect.")])
    add("ordinary-chat", [("c", "Merci pour la traduction ! Pouvez-vous ajouter les termes du glossaire client dans le fichier Excel ?")])

    # ---- conversations without violations --------------------------------------------------------------------------
    add("conversation", [("c", "How does payment work here? I've never hired before."),
                         ("f", "You fund a milestone, it's held in escrow, and you release it when you approve the work."),
                         ("c", "Great, funding the first one now.")])
    add("conversation", [("c", "Last year I paid a designer through PayPal and it was a total mess."),
                         ("f", "Sorry to hear that. The milestones here protect us both, so you won't have that problem with me.")])
    add("conversation", [("c", "Can I pay you a bonus for the fast turnaround?"),
                         ("f", "Sure, thank you! There's a Bonus button on the contract page.")])
    add("conversation", [("c", "Your profile mentions Payoneer. Do I need to pay you there?"),
                         ("f", "No, that's just where I withdraw my earnings from the platform. You pay through the contract as usual.")])
    add("conversation", [("f", "The scope has doubled with the new sections. Could we discuss the rate?"),
                         ("c", "Fair. I'll send you a new offer here at $40/h for phase two."),
                         ("f", "Thanks, I'll accept it as soon as it comes in.")])
    add("conversation", [("c", "Did you finish the bank reconciliation for March?"),
                         ("f", "Yes, two unmatched items: a $12.50 bank fee and a duplicated supplier payment."),
                         ("c", "The duplicate was refunded by the supplier on April 3."),
                         ("f", "Got it, I'll match it against the April statement.")])
    add("conversation", [("c", "Our printing vendor insists on a wire transfer for the brochures. Does that affect your delivery date?"),
                         ("f", "No, that's between you and them. I'll have the print-ready PDFs to you by Monday.")])
    add("conversation", [("f", "Can you fund the next milestone? I can't start the API work until it's in escrow."),
                         ("c", "Done, funded just now."),
                         ("f", "Thanks, starting today.")])
    add("conversation", [("c", "Can we move Thursday's lesson to 6pm Manila time?"),
                         ("f", "Yes, that works. We'll cover past perfect and do some speaking practice."),
                         ("c", "Perfect, see you then.")])
    return cases


def heldout22_cases() -> list[dict[str, Any]]:
    """Twenty-second held-out batch: chat-like threads with mid-thread payment talk, details, identifiers, hard negatives."""
    rng.seed(22)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout22-")

    # ---------------- conversations ----------------
    add("conversation", [
        ("c", "Hi Marta, the landing page mockups look great. Can you also do a mobile version of the pricing section?"),
        ("f", "Sure, I can have the mobile layout by Thursday. Should I add it as a new milestone?"),
        ("c", "Honestly the fees here are killing my budget. Could I just pay you for this extra part through PayPal? Saves us both some money."),
        ("f", "Yeah ok, that works for me. Just this once."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "The data pipeline ran fine overnight, thanks. Next up is the dashboard."),
        ("f", "Great. For the dashboard phase, would you be open to paying me via Wise instead of here? The service fee is 10% on my side."),
        ("c", "Hmm, what's Wise exactly? Is it like a bank?"),
        ("f", "It's a money transfer app, you send from your bank card and I receive it in euros. Much cheaper than the cut here."),
        ("c", "Ok, let's try it for the dashboard part then."),
    ], freelancer=[(1, "PAY001")], client=[(4, "PAY003")])
    add("conversation", [
        ("c", "Before we start the second phase I want to suggest something: I pay you directly with Zelle, same rate, no platform fees."),
        ("f", "Thanks for offering, but I keep all payments on the platform. It protects both of us."),
        ("c", "Come on, Zelle is instant and nobody checks. I do it with all my contractors."),
        ("f", "I understand, but my answer is still no. Happy to continue on the contract here."),
    ], client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [
        ("c", "Quick question about the logo files - do you have the SVG versions?"),
        ("f", "Yes, I'll upload them with the final delivery today."),
        ("c", "Perfect. For the brand guide I'd rather pay you outside of here, by bank transfer. Easier with my accountant."),
        ("f", "Sorry, I can only accept payment through the platform."),
        ("c", "It's really not a big deal, everyone does it. Think about it."),
        ("f", "I've thought about it and it's still a no. I'm also letting support know about this request."),
    ], client=[(2, "PAY001")], flags=[("f", 2)])
    add("conversation", [
        ("c", "We're happy with the translations. Going forward, can we handle payments through Payoneer? Our finance team prefers it."),
        ("f", "I could do that, as long as you send 50% upfront before I start each batch."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "I've funded the first milestone in escrow, you can start whenever you're ready."),
        ("f", "Thanks! I see it. I'll submit the wireframes for review by Friday."),
        ("c", "Once I approve, is the payment released automatically?"),
        ("f", "Yes, once you approve the milestone the funds are released to me. If there's no response in 14 days it releases on its own."),
    ])
    add("conversation", [
        ("c", "Our checkout keeps failing when customers use Apple Pay through Stripe. Can you look into it?"),
        ("f", "Sure. Can you give me access to the Stripe dashboard in test mode? I want to check the webhook logs."),
        ("c", "Invited you as a developer. The PayPal button on the same page works fine, only Stripe breaks."),
        ("f", "Found it - the payment intent is created with the wrong currency code. Fixing it now, I'll push to staging."),
    ])
    add("conversation", [
        ("c", "Hey Tomas, did you get a chance to look at the Figma comments?"),
        ("f", "Yes, I went through all of them. Most are quick, but the navigation change will take a day."),
        ("c", "No rush on the nav. Can you prioritize the onboarding screens?"),
        ("f", "Will do. I'll share a preview link tonight."),
        ("c", "Sounds good, thanks!"),
    ])
    add("conversation", [
        ("f", "Since the milestone is done, would you mind paying the rest in USDT? The platform takes a big cut from me."),
        ("c", "I don't do crypto, but I can Venmo you if that helps."),
        ("f", "Perfect, thanks a lot!"),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "Our procurement can't pay through freelance platforms, it has to be a wire transfer to your bank. Can you send me your details?"),
        ("f", f"Ok, no problem. IBAN: {grouped(iban('DE', 22))}, account holder Jonas Weber."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Final files received, thank you! Everything looks perfect."),
        ("f", "Glad you like them! For the remaining balance you can send it directly here and skip the fees: paypal.me/lenadesigns"),
        ("c", "I'll just release the milestone on the platform, that's easier for me."),
    ], freelancer=[(1, "PAY002")])
    add("conversation", [
        ("c", "Can I pay you through Revolut for the next tasks? It's instant."),
        ("f", "What's Revolut? Never used it."),
        ("c", "It's a banking app, you give me your @username and I send the money in seconds."),
        ("f", "Ah ok. Mine is @andrei.pop, send it there."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "Before we start, I want to be upfront: my last freelancer asked me to pay him on PayPal and then disappeared."),
        ("f", "That's awful, sorry to hear it. That's exactly why I only work through contracts here."),
        ("c", "Good. Let's set up the first milestone then."),
        ("f", "Done, I've sent the offer with three milestones."),
    ])
    add("conversation", [
        ("c", "Heads up: did someone claiming to be from our team message you asking to be paid in gift cards? That wasn't us."),
        ("f", "Yes, I got that message yesterday. I ignored it and reported the account."),
        ("c", "Thank you. All official payments go through this contract only."),
    ])
    add("conversation", [
        ("c", "You went above and beyond on this release. I'm going to add a bonus on top of the final milestone."),
        ("f", "That's very kind, thank you! Really appreciated."),
        ("c", "Sent it from the contract page, it should show up in your transactions."),
        ("f", "Got it, thanks again!"),
    ])
    add("conversation", [
        ("f", "Hi Sarah, for the next contract could we skip the platform and you pay me by bank transfer? I'd give you 5% off."),
        ("c", "I'd rather not, I like having the platform's protection."),
        ("f", "Totally understand, it's just that the fees eat a lot of my income, and a transfer is perfectly safe."),
        ("c", "Still, let's keep it here. Sorry. I'll mention it to support as well, it's their rule."),
    ], freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [
        ("f", f"Thanks for the quick approval! If you have more work, you can pay me straight to my bank, it saves us 10%: {grouped(iban('ES', 24))}"),
        ("c", "Good idea, I'll send the next one there."),
    ], freelancer=[(0, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "My company card got blocked by the platform. Could I pay you with Amazon gift cards for now? I'd send the codes here."),
        ("f", "I'm sorry, I can't accept gift cards. Maybe you could add a different billing method in your settings?"),
        ("c", "Ok, I'll try adding my PayPal as a billing method."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Since you're in Lisbon too, I could just pay you in cash when we meet for the photo shoot on Saturday."),
        ("f", "Deal, cash is fine. See you at 10 at the studio."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "We'd like to bring you onto our Deel payroll instead of paying through here. Monthly salary, same hours."),
        ("f", "What would happen with my current contract here?"),
        ("c", "We'd close this one and you'd get a monthly salary from us, like the rest of our contractors."),
        ("f", "Thanks, but I prefer to stay on the platform for now."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "Hi, the Swahili translations of the app are done. Would it be ok to pay me through M-Pesa? Withdrawals from here take a week in Kenya."),
        ("c", "Fine by me. What's your number?"),
        ("f", "It's +254 712 345 678, registered under Wanjiru Kamau."),
    ], freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "Hey Rohit, for the small fixes I can pay you on UPI directly, it's faster than setting up a new contract."),
        ("f", "Thanks, but I'll keep it on the platform. You can just add a milestone for the fixes."),
        ("c", "Ok fair enough, adding a milestone now."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "The PayPal Express button disappears on the cart page after the last WooCommerce update."),
        ("f", "I'll check. Are you on the new PayPal Payments plugin or the old Standard one?"),
        ("c", "The new one I think. Version 2.4."),
        ("f", "Ok, it's a known conflict with the caching plugin. I'll exclude the cart from cache and test with a sandbox buyer."),
    ])
    add("conversation", [
        ("f", "Sorry for the slow reply, I was sorting out my withdrawal method. The platform now sends my earnings to my local bank account."),
        ("c", "No worries! Did the payment for milestone 2 arrive?"),
        ("f", "Yes, it's in my balance, thanks. Starting milestone 3 now."),
    ])
    add("conversation", [
        ("c", "The second batch of product photos doesn't match the brief. I'd like a partial refund for that milestone."),
        ("f", "I'm sorry about that. I can reshoot them, or refund half the milestone through the contract - your choice."),
        ("c", "Let's do the refund through the contract, please."),
        ("f", "Done, you should see the refund in your billing history within a few days."),
    ])
    add("conversation", [
        ("c", "The new onboarding flow really paid off, signups are up 30%."),
        ("f", "That's great news! Worth every penny of the extra testing."),
        ("c", "Agreed. Let's cash in on the momentum and launch the referral page next."),
        ("f", "I'll send the scope for that tomorrow."),
    ])
    add("conversation", [
        ("c", f"Please deploy the staking contract to Sepolia. The owner wallet should be {eth()}."),
        ("f", "Got it. Do you want the admin functions behind a multisig too?"),
        ("c", "Yes, use the Safe we already have. Payment for this stays on the fixed-price milestone."),
        ("f", "Perfect, deploying this afternoon. I'll send you the verified contract link."),
    ])
    add("conversation", [
        ("c", "Can you send me an invoice for the last milestone? Our accounting needs it for the quarter."),
        ("f", "Sure - the platform generates invoices automatically. It's under Reports > Transactions, you can download the PDF."),
        ("c", "Found it, thanks!"),
    ])
    add("conversation", [
        ("c", "Some context: our distributor pays the manufacturer by wire every month, and we need a dashboard that tracks those transfers."),
        ("f", "Understood. Where does the wire data come from - a bank export or the ERP?"),
        ("c", "A CSV export from the bank, weekly."),
        ("f", "Ok, I'll build an importer for that CSV first."),
    ])
    add("conversation", [
        ("c", "Please pay attention to the contrast ratios on the buttons, our accessibility audit flagged them."),
        ("f", "Noted. I'll bump them to at least 4.5:1 and re-export."),
        ("c", "Thanks. Also the footer links are too small on mobile."),
        ("f", "Fixed both, the new build is on the staging link."),
    ])
    add("conversation", [
        ("f", "By the way, for future work I could invoice you directly and you pay via Wise. It would save you the client fee."),
        ("c", "Let me check with my partner first."),
        ("f", "Sure, no pressure."),
        ("c", "Ok, he's fine with it. Send me the Wise details when the next batch is ready."),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [
        ("f", "Could you pay the final milestone via a Payoneer request instead? I'm having issues with withdrawals here."),
        ("c", "Is that allowed by the platform?"),
        ("f", "Lots of freelancers do it, it's just a normal payment request, nothing risky."),
        ("c", "Alright, send me the request."),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [
        ("c", "Can I Venmo you for the extra hour?"),
        ("f", "I don't have Venmo, but Cash App works: $MiaCodes"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "I've fixed the bug in the export module. Could you review?"),
        ("c", "Reviewed, works. Listen, I'd like to pay you in bitcoin for the next features, no fees."),
        ("f", "Thanks, but I only accept payment through the contract."),
        ("c", "Seriously, it's safer than you think. I've done it a hundred times."),
        ("f", "No, sorry. I'm reporting this to support, as the rules require."),
    ], client=[(1, "PAY001")], flags=[("f", 1)])
    add("conversation", [
        ("f", "I've uploaded three logo directions to the shared folder."),
        ("c", "I like the second one, but can the wordmark be a bit heavier?"),
        ("f", "Sure, I'll try a semibold and a bold version."),
        ("c", "Great, and please keep the teal."),
        ("f", "Will do. New versions by tomorrow noon."),
    ])
    add("conversation", [
        ("c", "Are you able to accept payment in USDT? Would be easier for us than a card."),
        ("f", "Only through the contract here, sorry. You can add a card or bank account as a billing method."),
        ("c", "Understood, I'll set that up."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Would you be ok if I paid you through PayPal Friends & Family for this one? My card keeps getting declined here."),
        ("f", "Hmm, I'm not sure, I've never done that."),
        ("c", "It's really simple, you just receive it in your PayPal like any transfer."),
        ("f", "Ok fine, let's do it this time."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "The website launch went perfectly. For the maintenance retainer let's skip the platform - I'll pay you monthly by bank transfer."),
        ("f", "Glad the launch went well! I'd love to do the retainer, but it needs to go through an hourly or monthly contract here."),
        ("c", "Fine, send me an offer then."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "I can pay outside the site, whatever app you use. What do you prefer?"),
        ("f", "P\u0430yPal is best for me."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Oi Lucas, the video edit is approved! I can pay the next ones via Pix, it's instant and free for both of us."),
        ("f", "Perfeito, my Pix key is my email lucas.edits@gmail.com."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "The migration to Postgres 16 is scheduled for Sunday night. Can you be on call?"),
        ("f", "Yes, I'll be available from 22:00 UTC."),
        ("c", "Great. The rollback plan is in the doc I shared."),
        ("f", "Read it. I'd add a step to snapshot the replica before switching."),
        ("c", "Good call, added."),
    ])
    add("conversation", [
        ("f", "For this project I suggest three milestones: research, design, and handoff."),
        ("c", "Works for me. Can I fund all three at once?"),
        ("f", "You can, but funding them one at a time is fine too. The money stays in escrow until you approve each one."),
        ("c", "I'll fund the first now."),
    ])
    add("conversation", [
        ("c", "My card expired, will that delay your payment for this week's hours?"),
        ("f", "It might. You can update the billing method in your settings; the weekly hourly invoice is charged on Monday."),
        ("c", "Updated it with my new card."),
    ])
    add("conversation", [
        ("c", "We need M-Pesa STK push added to our checkout for Kenyan customers."),
        ("f", "I've done Daraja API integrations before. Do you have production credentials or just sandbox?"),
        ("c", "Sandbox only for now. Budget is the fixed price we agreed, paid through the milestones here."),
        ("f", "Perfect, I'll start with the sandbox callback handler."),
    ])

    # ---------------- single messages: solicitation ----------------
    add("client-solicits", [("c", "Hi! I'd love to hire you for the logo, but I'd prefer to pay you directly through Zelle to avoid the fees. Does that work?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can we do the rest via wire transfer? I'll send it in GBP straight to your bank.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "I can mail you a cheque for the full amount if you close the contract on here.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Could we use Alipay or WeChat Pay directly? Easier for my team in Shenzhen than the platform.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would you take an Interac e-Transfer instead? I'm in Toronto and the fees here are brutal.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Let's move this to Telegram and I'll pay you in ETH, ok?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I send it on V-e-n-m-o instead? Just cheaper for me.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'd rather pay you via Pay\u200bPal outside the app, fine?")], client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "If it's easier for you, you can pay me via Skrill and I'll send the files right away.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "For the next job, could you pay me via Pix directly instead of through here?")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I can give you 10% off if we settle this outside the platform with GCash.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Would you be open to paying through bKash? Withdrawals here take ages for me in Dhaka.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Let's do the next milestone by direct bank transfer, I'll send you my account details.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Cash on delivery works for me if you want to skip the site fees for the installation.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Happy to work with you long-term, but going forward I'd prefer Revolut payments rather than the platform.")],
        freelancer=[(0, "PAY001")])

    # ---------------- single messages: own payment details ----------------
    add("details-valid", [("f", f"Please transfer the balance to my account: {grouped(iban('DE', 22))} (Commerzbank).")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"My IBAN for the payment: {iban('PL', 28)}, name Katarzyna Nowak.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"You can pay me in BTC here: {btc()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Send USDT (TRC20) to {tron()} and I'll start today.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"My ETH wallet for the payment: {eth()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Native segwit address if you want to pay me in bitcoin directly: {segwit()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"For the crypto payment use this address: {taproot()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Bitcoin address for the payment (P2SH): {p2sh()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My PayPal is anna.kowalski.design@gmail.com, just send it as goods and services.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Just send it to my Cash App $DevonBuilds, easier than the platform.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Sort code 20-45-77, account number 43127865, Barclays, name J. Okafor - pay there and skip the fees.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Routing 021000021, account 4839201745, Chase checking. Pay me there directly.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Here's my payment link, you can pay the rest outside the site: https://buy.stripe.com/7sI4hR2kLa9b")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Send the refund to my PayPal mike.r@outlook.com instead of through the contract, it's quicker.")], client=[(0, "PAY002")])

    # ---------------- identifiers ----------------
    add("identifier-invalid", [("f", f"Pay me by bank transfer instead: {grouped(corrupt(iban('AT', 20), '0123456789'))}")], freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Send the BTC to {corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')} so we skip the fees.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("c", f"The unit test for the validator should reject this TRON address: "
                                     f"{corrupt(tron(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}")])
    add("identifier-invalid", [("c", f"A customer typed this address in the form and the checksum failed: "
                                     f"{corrupt(segwit(), 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')} - can you make the error message clearer?")])
    add("identifier-job-context", [("c", f"The IBAN validator should accept this test account: {iban('BE', 16)}. Please add it to the fixtures.")])
    add("identifier-job-context", [("c", f"Can you add a watch-only view for this BTC address on the dashboard: {btc()}")])
    add("identifier-job-context", [("c", f"Our treasury hot wallet is {tron()}; the bot should alert us when its balance drops below 10k USDT.")])
    add("identifier-job-context", [("f", f"Found the bug: the parser dropped the last group of {grouped(iban('PT', 25))} when it was pasted with spaces.")])

    # ---------------- cover letters ----------------
    add("cover-letter", [("f", "Hello, I've read your brief for the Shopify migration and have done three similar moves this year. My rate is $45/h. "
                               "To keep things simple I take payment by Payoneer or direct bank transfer rather than through the platform.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi! I'm a bookkeeper with 8 years of experience reconciling PayPal, Stripe and bank feeds in Xero. "
                               "I'd split the cleanup into two milestones: catch-up for last year, then monthly close.")], surface="proposal")
    add("cover-letter", [("f", "I'd suggest a fixed price of $1,200 split into milestones for copy, design and launch, "
                               "each released through the contract once you approve it. I can start Monday.")], surface="proposal")

    # ---------------- hard negatives ----------------
    add("hard-negative", [("c", "We need someone to build a Venmo-style bill splitting feature in our React Native app.")])
    add("hard-negative", [("f", "I've submitted the milestone - please release the payment once you've had a look.")])
    add("hard-negative", [("c", "The funds are in escrow, so you're covered. Start whenever you like.")])
    add("hard-negative", [("c", "Sent you a bonus for the quick turnaround!")])
    add("hard-negative", [("f", "I've issued a refund for the duplicated milestone through the contract page, sorry for the mix-up.")])
    add("hard-negative", [("c", "I've added a new billing method, so the hourly charges should go through now.")])
    add("hard-negative", [("f", "Just withdrew my earnings to my bank account, everything arrived. Thanks for the smooth project!")])
    add("hard-negative", [("f", "Back in 2019 a client paid me through PayPal outside the platform once, and never again - lesson learned.")])
    add("hard-negative", [("c", "Our bookkeeper pays the suppliers by wire every Friday; I just need the spreadsheet to match those payments.")])
    add("hard-negative", [("f", "Just so you know, I reported a user who asked me to pay them with gift cards.")])
    add("hard-negative", [("c", "Your invoice for the March contract is in the platform's transaction history, right?")])
    add("hard-negative", [("c", "This feature will pay for itself in a month, trust me.")])
    add("hard-negative", [("f", "What is Payoneer? A client mentioned it in a job post and I've never heard of it.")])
    add("hard-negative", [("c", "We're looking for a copywriter for our crypto exchange landing page - must know Bitcoin, Ethereum and stablecoins.")])
    add("hard-negative", [("f", "I can build the Wise API integration so your app sends payouts to your suppliers automatically.")])
    add("hard-negative", [("c", "Please don't cut corners on the security review, it's worth the extra cash we budgeted for it.")])
    add("hard-negative", [("f", "I never accept payment outside the platform, just so you know how I work.")])
    add("hard-negative", [("c", "We need a report that compares our Gusto payroll totals with the monthly bank statements.")])

    # ---------------- ordinary chat ----------------
    add("ordinary-chat", [("c", "Can we move the call to 3pm my time? Something came up.")])
    add("ordinary-chat", [("f", "Uploaded the revised copy. I changed the headline and shortened the intro.")])
    add("ordinary-chat", [("f", "Thanks for the feedback, I'll update the color palette and send a new draft tomorrow.")])
    add("ordinary-chat", [("c", "Loved the animations! Could you make the loading spinner a bit slower?")])
    add("ordinary-chat", [("f", "I'll be offline on Monday for a public holiday, back on Tuesday.")])
    return cases


def heldout23_cases() -> list[dict[str, Any]]:
    """Twenty-third held-out batch: near-pairs, hedged asks, payroll/invoicing moves, regional wallets, crypto networks."""
    rng.seed(23)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout23-")
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    b32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    digits = "0123456789"

    # --- Near-pairs: proposal vs. innocent twin -------------------------------------------------
    add("client-solicits", [("c", "Would you be open to me sending the remaining balance through Wise instead? The fees here are eating into my budget.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Would you be open to building a Wise integration for our checkout? The fees our current processor charges are eating into our budget.")])

    add("freelancer-solicits", [("f", "If it's easier for you, I can knock 10% off if you pay the other way, outside of here. Just let me know.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "If it's easier for you, I can knock 10% off the fixed price if we split it into two milestones here. Just let me know.")])

    add("client-solicits", [("c", "Just this once, could I send it over Venmo? My card keeps getting declined on the site and I don't want you waiting.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Just this once, could you check the Venmo webhook? My test card keeps getting declined in the sandbox and I don't know why.")])

    add("hard-negative", [("f", "Last year a client paid me through PayPal for a similar project and it took weeks to clear, which is why I only work through contracts here now.")])
    add("freelancer-solicits", [("f", "A client paid me through PayPal last month and it cleared in minutes. Want to do the same for this one instead of the milestone?")],
        freelancer=[(0, "PAY001")])

    add("hard-negative", [("c", "Our accountant pays the print shop by bank transfer, so please send the print-ready files straight to them at the address in the brief.")])
    add("client-solicits", [("c", "Our accountant can pay you by bank transfer directly, so please send your invoice to her instead of going through here.")],
        client=[(0, "PAY001")])

    add("hard-negative", [("f", "How do I get my earnings from here into my account in Kenya? Does the platform support M-Pesa as a withdrawal method?")])
    add("freelancer-solicits", [("f", "Can you just send the payment to my M-Pesa directly? It's faster than waiting for the platform to release the funds.")],
        freelancer=[(0, "PAY001")])

    add("hard-negative", [("f", "I've uploaded my W-8BEN under tax settings and my billing address is 14 Rue Lafayette, 69003 Lyon. Does the contract need anything else from me?")])
    add("details-valid", [("f", f"For the transfer outside the contract, here are my details: IBAN {grouped(iban('FR', 27))}, BIC BNPAFRPPXXX, name Claire Morel.")],
        freelancer=[(0, "PAY002")])

    add("identifier-job-context", [("c", f"Please add {iban('NL', 18)} as a passing fixture in the IBAN form tests; the same string with its last digit changed must fail.")])
    add("details-valid", [("f", f"Send it to {iban('NL', 18)} (ING, account holder J. de Vries) and we both skip the platform fee.")],
        freelancer=[(0, "PAY002")])

    add("details-valid", [("f", f"USDT on TRC20 works best for me: {tron()}. Send the 400 there and I'll close the contract here.")],
        freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("c", f"Our wallet app must show the TRC20 deposit address {tron()} in full on the receipt screen; please fix the truncation bug.")])

    add("client-solicits", [("c", "Do you take USDC on Base or Polygon? I'd rather settle the final milestone that way than through the site.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Do you have experience with USDC on Base or Polygon? The dApp needs to settle trades that way and I want someone who's shipped it.")])

    add("client-solicits", [("c", "Hi! GCash or Maya is fine with me, I'll send it to you directly so you don't lose 10% here.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("f", "Hi! Is GCash or Maya available as a withdrawal method for my earnings here? I'm based in Cebu.")])

    add("client-solicits", [("c", "Going forward we'd like to put you on Deel as a contractor instead of renewing the contract here. Same rate, monthly payouts.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Going forward we'd like you to build the Deel integration for our HR dashboard. Same rate, weekly milestones here.")])

    add("client-solicits", [("c", "For the next phase, could you invoice our GmbH directly? Finance prefers paying suppliers on net-30 by SEPA.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "For the next phase, could you download the invoice from the contract page? Finance needs a copy for our records.")])

    add("client-solicits", [("c", "What are your bank details? I'd like to settle the bonus myself rather than pay the service fee on top of it.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "What's the best way to send you a bonus on here? I'd like to add something extra for the fast turnaround.")])

    add("client-solicits", [("c", "I'm in Lisbon next week anyway, I can hand you the rest in cash over coffee and we close the contract at the current amount.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "I'm in Lisbon next week anyway, happy to meet for coffee and go over the wireframes. Payment stays on the milestone as usual.")])

    add("freelancer-solicits", [("f", "If it's simpler, Amazon gift cards work for me too. Just email me the codes and we'll call it even.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("c", "We need product photos for our Amazon gift card landing page: 12 images, white background, delivered as a milestone.")])

    add("client-solicits", [("c", "Our company can only cut a cheque for amounts over $5k, so could we pay you that way and end the contract here?")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "The design is great, but we're not writing you a blank cheque on scope. Let's keep it to the three screens we agreed.")])

    add("client-solicits", [("c", "Can I send the final amount by Interac e-Transfer? I'm in Toronto and it's instant for me.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("f", "Sorry, what's Interac e-Transfer? The brief mentions it for the checkout page and I haven't worked with it before.")])

    add("details-valid", [("f", "Here's a link to pay me directly and skip the platform fee: https://paypal.me/rafaelmoradesign/250")],
        freelancer=[(0, "PAY002")])
    add("hard-negative", [("c", "Here's the link to our staging checkout where the PayPal redirect breaks: https://staging.brightcart.io/checkout?test=1")])

    add("details-valid", [("f", "Cash App is easiest for me: $JordanBuildsWeb. Send it whenever and I'll mark the job done here.")],
        freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("c", "The Cash App button on our landing page rejects cashtags; a value like $TestUser123 should validate. Can you fix the regex?")])

    add("details-valid", [("f", "For the direct payment: Chase, routing 021000021, account 4839201175, name Daniel Ruiz. No need to fund the milestone.")],
        freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("c", "The payroll import chokes on routing number 021000021. Please add an ABA checksum check to the parser.")])

    add("hard-negative", [("f", "My WhatsApp is +233 24 555 0192 if a quick call helps with the requirements. Payment as per the milestone, of course.")])
    add("details-valid", [("f", "MoMo number: +233 24 555 0192 (Kwame Asante). Send the balance there and I'll close the contract.")],
        freelancer=[(0, "PAY002")])

    add("client-solicits", [("c", "Our procurement team wants to onboard you as a vendor in Coupa so they can pay you directly by ACH from next month.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Our procurement team wants the platform invoices for this contract exported monthly into Coupa. I'll pull them from the Reports page.")])

    add("freelancer-solicits", [("f", "Would you consider hiring me through Remote.com instead? I'd be on your payroll and we'd close the contract here.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "I previously worked through Remote.com for a German startup and it went smoothly. For this one, the hourly contract here is perfect.")])

    add("client-solicits", [("c", "Not sure if this is allowed, but would a direct transfer be possible for the extra hours? Feel free to say no.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Not sure if this is allowed, but can I add the extra hours as a bonus on the contract? Feel free to say no if there's a better way.")])

    add("freelancer-solicits", [("f", "WeChat Pay is also fine for me if you prefer, then there's no platform fee at all.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("c", "The mini-program must support WeChat Pay and Alipay at checkout. Have you done that before?")])

    add("client-solicits", [("c", "Could I pay with BLIK to your phone number instead? I'm in Krakow and it's instant.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "We need a landing page explaining BLIK payments for our Polish e-shop, in English and Polish.")])

    add("client-solicits", [("c", "I can pay in ETH on Arbitrum, it'd cost a fraction of the site's fee. Want to?")],
        client=[(0, "PAY001")])
    add("identifier-job-context", [("f", f"Deployed the token contract to Sepolia at {eth()}. Please verify it on Etherscan when you have a moment.")])

    # --- Subtle single-message asks ------------------------------------------------------------
    add("freelancer-solicits", [("f", "No pressure at all, but some of my regulars find it easier to settle via a Payoneer request directly. Totally your call.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I'd do the revisions for free if we handle the next project's payment between ourselves rather than through here.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "If it helps, you can send the rest via MTN MoMo to my number, no need to wait for the milestone release.")],
        freelancer=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I send it via P\u0430yP\u0430l instead, off the site? Simpler for both of us.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Send me your bank details and I'll transfer the deposit today, no need to fund the contract.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Send me your billing address and VAT number for the invoice the platform generates; our accountant needs them.")])
    add("details-valid", [("f", "my pay\u200bpal: lena.k.art@gmail.com, send there and we skip the fees")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Send me a Cash App request at $BrightLoopLLC and I'll pay right away, outside of here.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", "Happy to take it by bank transfer: NatWest, sort code 60-16-13, account 31926819, name E. Clarke.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"My BTC address for the balance, outside the contract: {btc()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Taproot works too if your wallet supports it: {taproot()}. That way we avoid the site's cut.")],
        freelancer=[(0, "PAY002")])

    # --- Identifiers: invalid / job context ----------------------------------------------------
    add("identifier-invalid", [("f", f"Send the balance in BTC to {corrupt(btc(), b58)} instead of through here.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("c", f"The checksum validator should reject {corrupt(segwit(), b32)}. Please add it as a negative test fixture.")])
    add("identifier-invalid", [("c", f"Our SEPA validator accepted {grouped(corrupt(iban('IT', 27), digits))}, which should fail. Please add a regression test.")])
    add("identifier-invalid", [("f", f"You can wire the deposit to {grouped(corrupt(iban('ES', 24), digits))}, that way neither of us pays fees.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("c", f"The TRON explorer page crashes on {corrupt(tron(), b58)}; it should show an 'invalid address' message instead.")])
    add("identifier-job-context", [("c", f"Our block explorer shows {segwit()} as unconfirmed forever. Please debug the mempool polling.")])
    add("identifier-job-context", [("c", f"Multisig address for the DAO treasury UI mock: {p2sh()}. Display it with a copy button and a QR code.")])

    # --- Other hard negatives and ordinary chat ------------------------------------------------
    add("hard-negative", [("c", "FYI, a freelancer I interviewed earlier asked me to pay via Zelle; I declined and flagged it. That's why I'm strict about milestones.")])
    add("hard-negative", [("c", "Money talks: deliver by Friday and I'll add a bonus through the platform.")])
    add("hard-negative", [("c", "Please send me screenshots of the payouts view in your Stripe dashboard so I can reproduce the reconciliation bug.")])
    add("hard-negative", [("f", "I've added my bank account under Get Paid settings so the weekly payments will come through. Anything else needed on my side?")])
    add("hard-negative", [("f", "I've issued a refund of the second milestone through the contract as agreed; it should show in your billing within a few days.")])
    add("hard-negative", [("f", "I withdrew my earnings to my Wise account yesterday and the conversion rate was decent. Starting on the next module now.")])
    add("hard-negative", [("c", "Our finance team pays through the platform with the company card on file, so there's no need to send a separate invoice.")])
    add("hard-negative", [("c", "My partner sent our landlord the deposit by Zelle, so we're finally in the new office. The Wi-Fi setup job can start Monday.")])
    add("hard-negative", [("c", "We need a UPI QR code generator for our shop's POS screen; it should work with Paytm and PhonePe.")])
    add("hard-negative", [("f", "Just a reminder that the platform takes its fee from my side, so you don't need to add anything when funding the milestone.")])
    add("ordinary-chat", [("c", "Thanks for the quick turnaround! Could you also export the icons as SVG?")])
    add("ordinary-chat", [("f", "I'll be offline Thursday for a public holiday, back Friday morning CET.")])
    add("ordinary-chat", [("c", "Could you hop on a video call at 3pm GMT to go through the backlog?")])

    # --- Cover letters -------------------------------------------------------------------------
    add("cover-letter", [("f", "Hello! I'm a React Native developer with six years of experience building fintech apps. My rates are flexible, and for "
                              "long-term clients I also accept direct bank transfer to avoid the fees.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi, I've integrated Stripe, PayPal and Razorpay checkouts for a dozen e-commerce stores. Happy to start with a small "
                              "paid milestone here so you can judge my work.")], surface="proposal")
    add("cover-letter", [("f", f"Experienced Solidity auditor here. I offer 15% off for payment in crypto, USDT (ERC20): {eth()}. Turnaround in 5 days.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "I'm available immediately. Note: after the trial milestone I prefer to invoice my clients' companies directly, which "
                              "keeps accounting simple on both sides.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "I've built invoicing tools that let agencies bill their clients directly through Stripe and QuickBooks. I'd love to do "
                              "the same for you, paid hourly through this contract.")], surface="proposal")

    # --- Conversations -------------------------------------------------------------------------
    add("conversation", [("c", "Can we do the last $300 through PayPal friends and family? Saves us both the fees."),
                         ("f", "Sure, that works for me."),
                         ("c", "Great, I'll send it tonight.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Would you mind if I paid you via Revolut for the next tasks? It's much quicker."),
                         ("f", "Sorry, I keep all payments on the platform and I've let support know. Happy to continue with milestones here.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "I'd prefer to pay you through Payoneer directly from now on."),
                         ("f", "Do you mean the payout on my side, or paying me outside the contract?"),
                         ("c", "Outside. You'd get the full amount without any cut taken."),
                         ("f", "Ok, that works.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "Would you be able to pay the remaining part by bank transfer? The platform holds funds for five days."),
                         ("c", "Bank transfer is a hassle for me. Could I do Wise instead?"),
                         ("f", "Wise is perfect. My Wise email is ana.kovac.design@gmail.com.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Could we settle outside the site? I can do a SEPA transfer today."),
                         ("f", f"Okay, here you go: {grouped(iban('DE', 22))}, account name Lukas Brandt.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "The logo looks great, thank you! How do I release the milestone?"),
                         ("f", "Glad you like it! You can release it from the contract page. For the next one, my PayPal is m.okafor.studio@gmail.com "
                               "if you'd rather skip the fees.")],
        freelancer=[(1, "PAY002")])
    add("conversation", [("c", "Let's move payments off here, I'll pay by bank wire."),
                         ("f", "I'd rather not, the platform protects both of us."),
                         ("c", "Understood, but I'd really prefer Western Union, it's just simpler for me."),
                         ("f", "I'll stay with the milestones here, thanks.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [("c", "Would you take payment via Skrill for the next batch?"),
                         ("f", "Hmm, why not the contract?"),
                         ("c", "My company card stopped working on the site last week."),
                         ("f", "Ok, deal.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "How did you get paid on your last gig?"),
                         ("f", "Through an hourly contract here, same as always. The weekly payout landed in my account on Wednesday.")])
    add("conversation", [("f", "Quick question: the milestone was released but I don't see it in my bank yet."),
                         ("c", "It usually takes a few days for the platform to clear funds. Check the Transactions page.")])
    add("conversation", [("c", "The service fee on this contract is higher than I expected."),
                         ("f", "I understand. If you like, you can pay me directly via Wise and I'll close the contract after the current milestone."),
                         ("c", "No, let's keep it here, I'd rather have the protection. I've reported this to support as well.")],
        freelancer=[(1, "PAY001")], flags=[("c", 1)])
    add("conversation", [("f", "The platform is holding my payment for review and rent is due. Could you, just this once, send the $150 directly? "
                               "I'll refund the milestone afterwards."),
                         ("c", "Sure, send me your details."),
                         ("f", "Thank you so much! PayPal: nadia.h.writes@outlook.com")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "What if I pay the other way, would you do it for $800 instead of $1000?"),
                         ("f", "What do you mean by the other way?"),
                         ("c", "Off the site, by bank transfer."),
                         ("f", "I'd prefer to stay on the contract at $1000, sorry.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [("f", "Do you have bKash? My bank takes ages with international transfers."),
                         ("c", "No bKash here, but I can do Payoneer directly if that helps."),
                         ("f", "Yes, Payoneer is fine. I'll send you a request.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can I pay you via Pix? I'm in Sao Paulo and it's instant for me."),
                         ("f", "I'd rather keep it on the contract, thanks. I'm reporting this as the platform asks.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "I'll send the advance on UPI, just share your ID."),
                         ("f", "My UPI is priya.designs@okaxis")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "I can pay either through Zelle or a direct ACH, whichever you prefer. Just not through here."),
                         ("f", "Zelle, please.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "I can do it for 20% less if you pay me on Payoneer directly."),
                         ("c", "ok deal")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("f", "Could you send it via Wise? It's cheaper for both of us."),
                         ("c", "What is Wise exactly?"),
                         ("f", "It's a money transfer app, you'd only need my email."),
                         ("c", "I'll stick with the platform, thanks.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "Can I pay you on Venmo for the next sprint?"),
                         ("f", "No thanks. I'll report this to support as required, and we can keep going here.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "I'd rather pay by bank, what's your IBAN?"),
                         ("f", f"{grouped(iban('GB', 22))}, Monzo, name Aisha Bello.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "My cofounder paid our previous designer by wire transfer and it was a mess."),
                         ("f", "Sorry to hear that! Here everything goes through milestones, so it should be smoother.")])
    add("conversation", [("c", "Back in 2019 we paid our freelancers by cheque, believe it or not."),
                         ("f", "Ha, times have changed! Milestones are much easier."),
                         ("c", "Agreed. I've funded the first one, start whenever you're ready.")])
    add("conversation", [("f", "Can we switch to an invoice from my Ltd? My accountant wants everything on company paper, paid by transfer."),
                         ("c", "We can only pay through the contract here, sorry. You can download the platform's invoice for your accountant."),
                         ("f", "Fair enough, I'll use that.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "Is there a way to tip you for the extra work?"),
                         ("f", "You can add a bonus from the contract page, that goes through the platform."),
                         ("c", "Done, sent a small bonus. Thanks again!")])
    return cases


def heldout24_cases() -> list[dict[str, Any]]:
    """Twenty-fourth held-out batch: mixed trades and countries, wallets, payroll, look-alikes, counter-proposals."""
    rng.seed(24)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout24-")
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    dig = "0123456789"

    # ---- client solicits (single messages) ----
    add("client-solicits", [("c", "Hi Priya, loved the logo drafts. The service fee is eating into my budget, could I just send the remaining "
                                  "$400 through Zelle and we close the contract here?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "For phase two I'd rather pay you directly by bank transfer, saves us both the platform charge. "
                                  "Send me whatever details you need.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "You're in Nairobi as well, right? Shall I just M-Pesa you for the Swahili subtitles from now on? "
                                  "Much quicker than waiting for the weekly release.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would you accept Amazon gift cards for the extra 10 product descriptions? I can email the codes tonight.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "do you take USDT? could pay the whole audit upfront in crypto and skip the marketplace entirely")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "We'd like to keep you on after this contract ends. From next month we'll put you on our Gusto payroll "
                                  "as a 1099 contractor, same hourly rate, and you can close things out here.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Hola Martín, el próximo video te lo puedo pagar por Mercado Pago directamente y así nos ahorramos la "
                                  "comisión. ¿Te parece bien?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "If it's easier I can just hand you cash when you come by the studio for the product shoot on Saturday. "
                                  "No need to bill that day here.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can you send me your PayPal? I'd like to give you the bonus there instead, this site takes a cut of bonuses too.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Quick q \u2014 can I pay the remaining hours on P\u0430yP\u0430l friends & family? No fees that way.")],
        client=[(0, "PAY001")])

    # ---- freelancer solicits (single messages) ----
    add("freelancer-solicits", [("f", "Hi Tom, since this is turning into a long-term thing, would you be open to paying me via Wise going "
                                      "forward? I could drop my rate by 5% since we'd both avoid the fees.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Just so you know, for anything beyond this milestone I invoice clients directly and they pay by bank "
                                      "transfer. Shall I email you my own invoice for the next batch of entries?")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Can we settle the rest on GCash po? Withdrawals from here take almost a week to reach me in Cebu.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Oi Carla, será que podemos fazer o pagamento das próximas traduções por Pix? Fica bem mais simples "
                                      "pra mim do que pela plataforma.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "If you'd rather pay in BTC or ETH I'll knock 15% off the quote. Tell me which one and I'll send an address.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Would you mind sending future payments through Cash App? My account here is on a verification hold "
                                      "and I don't know how long it'll last.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Pour la suite du projet, je vous propose de passer par un virement bancaire direct plutôt que par la "
                                      "plateforme. Qu'en pensez-vous ?")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "We could do bK\u200bash for the next milestone instead, it reaches me the same day. Let me know!")],
        freelancer=[(0, "PAY001")])

    # ---- details (valid) ----
    add("details-valid", [("f", f"To save on fees you can transfer the \u20ac1,200 straight to my account: IBAN {grouped(iban('DE', 22))}, "
                                f"Lena Hoffmann.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My PayPal is rajesh.codes@gmail.com, send it there and I'll mark the milestone as done on my side.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Before onboarding every writer buys the style-guide kit ($45). Send it to our Cash App $BrightPathHR and "
                                "forward me the receipt, then we start.")], client=[(0, "PAY002")])
    add("details-valid", [("f", f"Here's my USDT (TRC20) wallet for the remaining payment: {tron()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Bitcoin works best for me: {btc()} \u2014 send it whenever you approve the final cover.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Easiest for me is Venmo @Kayla-Edits-22, or Cash App $KaylaCuts if you don't have Venmo.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Bank details for the invoice, outside the platform so we skip the fees: Account name: Oluwaseun Adeyemi, "
                                "Account number: 0153729846, Bank: GTBank, SWIFT: GTBINGLA.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Sort code 20-45-77, account no. 43918206, J. Whitfield. Pay the last invoice straight to that and I'll "
                                "close the contract.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "You can pay me here: paypal.me/annakowalczyk/350 \u2014 skips the platform's cut.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"For the remaining balance just send 0.4 ETH to my wallet {eth()}, it's quicker than the release.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Wire it to {grouped(iban('GB', 22))} (Barclays, name on the account: Daniel Okafor). Cheaper for both of us "
                                f"than the fee here.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My Revolut: revolut.me/marcosilva88 \u2014 pay the last three videos there.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"btc segwit for the extra work outside the contract: {segwit()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "ACH details if you want to pay me directly: routing 021000021, account 483920175, Chase checking.")],
        freelancer=[(0, "PAY002")])

    # ---- identifiers (invalid) ----
    add("identifier-invalid", [("f", f"Please wire the balance to my IBAN {grouped(corrupt(iban('NL', 18), dig))} instead of releasing the milestone.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("c", f"The customer ID in row 14 of the export is {corrupt(iban('FR', 27), dig)}. Is that the one failing "
                                     f"validation in your script?")])
    add("identifier-invalid", [("f", f"Copied the string from the screenshot: {corrupt(btc(), b58)}. The wallet app in the test says it's "
                                     f"not recognised, so the OCR step probably misread a character.")])
    add("identifier-invalid", [("c", f"Supplier reference from the email: {corrupt(tron(), b58)} \u2014 please paste it into column F of the tracker.")])
    add("identifier-invalid", [("f", f"Send the last part in BTC to {corrupt(segwit(), bech)} please, I'll confirm when it lands.")],
        freelancer=[(0, "PAY001")])

    # ---- identifiers (job context) ----
    add("identifier-job-context", [("c", f"For the SEPA validation module, use {iban('DE', 22)} as the happy-path test IBAN. The corrupted "
                                         f"one in the fixtures should fail on the checksum.")])
    add("identifier-job-context", [("c", f"Our treasury wallet is {btc()}. The dashboard should show its balance and the last 20 transactions "
                                         f"from the public block explorer API.")])
    add("identifier-job-context", [("c", f"Audit scope: the token contract deployed at {eth()} on mainnet, plus the staking module.")])
    add("identifier-job-context", [("f", f"Added a unit test where the parser gets {taproot()} and classifies it as P2TR. All green now.")])
    add("identifier-job-context", [("c", f"Please translate the attached account-opening form into Polish. The sample IBAN on page 2 "
                                         f"({grouped(iban('PL', 28))}) stays as it is.")])
    add("identifier-job-context", [("c", f"The explorer widget should accept an address like {tron()} and list its TRC20 transfers with timestamps.")])

    # ---- cover letters ----
    add("cover-letter", [("f", "Hello! I'm a Shopify developer with six years of experience building custom themes and checkout tweaks. "
                               "I can start Monday. Note: I give a 10% discount to clients who pay me directly via PayPal or bank transfer "
                               "instead of through the platform.")], freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Dear hiring manager, I'm a certified Arabic-English legal translator based in Amman. Turnaround for "
                               "5,000 words is 3 days. To get started faster I accept payment on Wise, my Wise email is "
                               "h.nasser.translate@gmail.com.")], freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Hi! I edit long-form YouTube content for tech channels (examples in my portfolio). I'd suggest three "
                               "milestones: rough cut, fine cut, final export with captions. Happy to jump on a call first.")],
        surface="proposal")
    add("cover-letter", [("f", "Hello, I've integrated Stripe Connect and PayPal Checkout for four marketplaces, including split payouts "
                               "and webhooks for refunds. I can add Apple Pay to your checkout within the first milestone.")],
        surface="proposal")

    # ---- conversations ----
    add("conversation", [("c", "Can I pay this last part by PayPal? The fees here are killing me."),
                         ("f", "Sure, that works. It's mina.park.design@gmail.com"),
                         ("c", "Just sent it, thanks!")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Would you be ok paying the next invoices through Wise? It's a lot cheaper for me."),
                         ("c", "ok deal"),
                         ("f", f"Great! My Wise details: IBAN {grouped(iban('BE', 16))}, Sofie Peeters.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Let's do the rest by bank transfer so neither of us pays fees."),
                         ("f", "Sorry, I only accept payment through the platform. It protects us both and it's in the terms I agreed to."),
                         ("c", "Understood, I'll add a new milestone then.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Could I pay you through Cash App instead?"),
                         ("f", "What's Cash App? I'm in Germany, never heard of it."),
                         ("c", "It's a US payment app, I'd just send you the dollars straight from my phone."),
                         ("f", "Ok, let's do it that way then.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "For the next sprint could you pay in USDT? Banks here freeze foreign transfers."),
                         ("c", "No, we keep every payment on the contract. I'm reporting this message.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "Can I Zelle you for the extra hours? Easier for my accountant."),
                         ("f", "I'd prefer to keep it on here, thanks. You can add the hours to the contract."),
                         ("c", "Come on, just take the Zelle, nobody checks these things."),
                         ("f", "I'm going to have to decline again, and I've let support know.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])
    add("conversation", [("c", "Can we pay the next invoice via Payoneer?"),
                         ("f", "I'd rather keep it here, but why the change?"),
                         ("c", "Our finance team in Singapore isn't allowed to use the platform's billing anymore, only Payoneer."),
                         ("f", "Alright then, Payoneer it is.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "Hi Dana, how do milestones work if the scope grows halfway through?"),
                         ("c", "I can just add another milestone to the contract and fund it, or we switch to hourly."),
                         ("f", "Hourly sounds fairer for the data cleaning part. Thanks!")])
    add("conversation", [("c", "Releasing the milestone now, and I've added a $50 bonus for the quick turnaround."),
                         ("f", "Thank you so much, that's really kind!")])
    add("conversation", [("f", "Would you be open to paying outside the site for the next project?"),
                         ("f", "It's just that the fee is 10% and I'm paying my way through university."),
                         ("c", "Hmm, how would that even work?"),
                         ("f", "You could send it by PayPal friends and family, no fees on either side."),
                         ("c", "Okay, fine.")],
        freelancer=[(0, "PAY001"), (3, "PAY001")], client=[(4, "PAY003")])
    add("conversation", [("c", "Bhai can I pay you via JazzCash for the next logo?"),
                         ("f", "I'd rather use Easypaisa if that's ok with you."),
                         ("c", "Sure, Easypaisa is fine, I'll send it tomorrow.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Just FYI, a client on another contract asked me to take payment by Western Union. I declined and flagged it."),
                         ("c", "Good call, thanks for telling me.")])
    add("conversation", [("c", "Would you take a Steam gift card for the bug fixes? I have a few unused ones."),
                         ("f", "No thanks, I only accept payment through the contract."),
                         ("c", "No worries, I'll fund a milestone.")],
        client=[(0, "PAY001")])
    add("conversation", [("f", "I've submitted this week's timesheet, the invoice will be generated automatically on Monday."),
                         ("c", "Great, thanks for the heads up.")])
    add("conversation", [("c", "Können wir die nächsten Stunden einfach per Überweisung abrechnen? Dann spare ich mir die Gebühr."),
                         ("f", f"Klar, gerne. Meine Bankverbindung: IBAN {grouped(iban('AT', 20))}, Kontoinhaber Jonas Berger.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "How do you usually get paid out from here?"),
                         ("f", "I withdraw my earnings to my local bank account every two weeks. Works fine."),
                         ("c", "Good to know, I'm new to hiring on here.")])
    add("conversation", [("f", "Could you pay me in bitcoin for the remaining modules?"),
                         ("c", "ok, send me your wallet"),
                         ("f", f"Here: {p2sh()}")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "At the end of the month we'd like to move you to Deel and pay you there directly."),
                         ("f", "Thanks, but I'd like to stay on this platform for the engagement. If you want to hire me full-time "
                               "there's a contract-to-hire option here.")],
        client=[(0, "PAY001")])
    add("conversation", [("f", "Can you pay me on UPI? My ID is arjun.design@okicici"),
                         ("c", "I'd rather not, let's stay on the contract.")],
        freelancer=[(0, "PAY002")], flags=[("c", 0)])
    add("conversation", [("c", "Will the refund for the cancelled hours go back to my card automatically?"),
                         ("f", "Yes, it goes back to your billing method within a few business days."),
                         ("c", "Perfect.")])
    add("conversation", [("c", "Can I just send you an Interac e-Transfer for this one? We're both in Toronto anyway."),
                         ("f", "ok deal"),
                         ("c", "Perfect, I'll send it to the email on your profile tonight.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Could you pay through MTN MoMo next time? My number is +233 24 555 0192."),
                         ("c", "Sure, I'll send it Friday.")],
        freelancer=[(0, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Our previous designer wanted to be paid through Payoneer outside the site, which is why we ended that contract."),
                         ("f", "Understood. I keep everything on the contract, so that won't be an issue.")])
    add("conversation", [("c", "Would you mind if I paid the rest by cheque? Our bookkeeper prefers it."),
                         ("f", "Why a cheque?"),
                         ("c", "She just likes paper records for contractors."),
                         ("f", "I understand, but I can only accept payment through the platform. Could she download the invoices here instead?")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Hey Yuki, can you deliver the product photos as TIFF and JPEG?"),
                         ("f", "Of course. TIFF at full res, JPEG at 2048 px on the long side?"),
                         ("c", "Exactly that."),
                         ("f", "Will upload both by Thursday evening your time.")])
    add("conversation", [("f", "Hi Mr. Adeyemi, the remaining balance can be paid via Skrill if that suits you better."),
                         ("c", "Why not through here?"),
                         ("f", "Skrill reaches me in two hours, withdrawals here take days."),
                         ("c", "Fine by me, Skrill then.")],
        freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("c", "Quiero pagarte el resto por Nequi, ¿me pasas tu número?"),
                         ("f", "Prefiero que sigamos por la plataforma, gracias."),
                         ("c", "Dale, sin problema.")],
        client=[(0, "PAY001")])

    # ---- hard negatives ----
    add("hard-negative", [("c", "Looking for a developer to integrate PayPal and Stripe checkout into our WooCommerce store, incl. refunds.")])
    add("hard-negative", [("c", "Need 5 blog posts comparing Wise, Revolut and Payoneer for expat freelancers, around 1,500 words each.")])
    add("hard-negative", [("f", "Here's how I'd split it: $300 milestone for wireframes, $500 for the final design. Fund the first one "
                                "whenever you're ready.")])
    add("hard-negative", [("c", "Funded escrow for milestone 2, go ahead.")])
    add("hard-negative", [("c", "Sent you a bonus for the extra revisions. Thanks for being so patient with us!")])
    add("hard-negative", [("f", "I've issued a refund for the last two hours through the contract, I logged them by mistake.")])
    add("hard-negative", [("f", "Back in 2018, before I joined here, a client paid me by cheque and it took three weeks to clear. "
                                "Glad those days are over.")])
    add("hard-negative", [("c", "Our accountant pays the suppliers by wire every Friday. I need you to reconcile those payments in Xero "
                                "against the purchase orders.")])
    add("hard-negative", [("c", "Heads up: someone pretending to be our HR contacted freelancers asking them to pay a fee via Telegram. "
                                "It's not us, please report them if they reach you.")])
    add("hard-negative", [("f", "The invoice for last week's hours is under Reports > Transactions, you can download it as a PDF.")])
    add("hard-negative", [("f", "That extra polish on the landing page will really pay off once the ads go live.")])
    add("hard-negative", [("c", "I wouldn't bank on the launch date holding, the dev team is a week behind.")])
    add("hard-negative", [("c", "What is Payoneer exactly? A freelancer mentioned it in their profile and I've never heard of it.")])
    add("hard-negative", [("f", "The last milestone shows as pending because your card was declined. Could you update your billing method?")])
    add("hard-negative", [("c", "Please make a 3-minute explainer video showing our bank's customers how to send money with Zelle in the app.")])
    add("hard-negative", [("f", "I withdrew my earnings to my Wise account yesterday, so I'm all sorted for the month.")])
    add("hard-negative", [("c", "Copywriter needed for a crypto exchange landing page: USDT transfers, BTC wallets, fee tiers. Native English.")])
    add("hard-negative", [("f", "The M-Pesa STK push works in sandbox now, the callback updates the order status to PAID.")])
    add("hard-negative", [("c", "A tradução é para o FAQ de um banco brasileiro sobre transferências Pix e boletos, cerca de 4 mil palavras.")])
    add("hard-negative", [("c", "I've ended the contract and left feedback. The final payment should clear after the security period.")])
    add("hard-negative", [("f", "Can you add a $200 milestone for the extra chapter? I'll start as soon as it's funded.")])
    add("hard-negative", [("f", "The client on my last project offered to pay me in crypto. I declined and reported it to support.")])
    add("hard-negative", [("c", "Data job: clean a dataset of 40k Western Union remittance records and flag outliers by corridor.")])
    add("hard-negative", [("f", "Ya envié la factura por la plataforma; cuando puedas, libera el hito, por favor.")])
    add("hard-negative", [("c", "Bookkeeping task: categorize the PayPal and Stripe payouts in QuickBooks for Q3 and match them to sales.")])
    add("hard-negative", [("c", "For episode 14 of the podcast, keep the Cash App sponsor read intact, it's a paid placement.")])
    add("hard-negative", [("f", "Should my rate be VAT-inclusive, or do you add VAT on top? Just want the contract terms to be clear.")])

    # ---- ordinary chat ----
    add("ordinary-chat", [("c", "Morning! Any chance the second draft is ready by Wednesday?")])
    add("ordinary-chat", [("f", "Uploaded the revised floor plan. I moved the stairwell per the structural engineer's note.")])
    add("ordinary-chat", [("c", "The voice-over sounds great, could you slow down the intro by about 10%?")])
    add("ordinary-chat", [("f", "I'm in Lagos (GMT+1), so I can overlap with your team until about 2 pm Eastern.")])
    add("ordinary-chat", [("c", "Thanks for the pivot tables. Can you add a monthly breakdown by region?")])
    add("ordinary-chat", [("f", "Quick question before I start: should the Japanese version keep the English product names?")])
    add("ordinary-chat", [("c", "Calendar invite sent for Thursday, 10:00 CET. We'll go over the campaign KPIs.")])
    add("ordinary-chat", [("f", "Les sous-titres sont synchronisés, je vous envoie le fichier SRT ce soir.")])
    add("ordinary-chat", [("c", "Your inbox cleanup saved me hours. Next week could you also sort my travel bookings for Lisbon?")])
    add("ordinary-chat", [("f", "I've finished the keyword research, 120 terms grouped by intent. Sheet link is in the files tab.")])
    add("ordinary-chat", [("c", "The load calculations look right to me, but please double-check the wind load on the north facade.")])
    return cases


def heldout25_cases() -> list[dict[str, Any]]:
    """Twenty-fifth held-out batch: chat-like threads (mid-thread proposals, hesitant agreement, pressure, reports) plus singles."""
    rng.seed(25)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout25-")

    # ---------------------------------------------------------------- conversations with violations
    add("conversation", [
        ("c", "Hi Marta, the landing page mockups look great. Can we push the contact form to next week?"),
        ("f", "Sure, no problem. I'll finish the hero section and the pricing table first."),
        ("c", "Perfect. Also, for the remaining $900, could I just PayPal it to you directly? The fees here add up on my side."),
        ("f", "Sure, that works for me. Send it to the same email I use here."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "Quick thing before we start milestone 2: would you be open to getting paid through Wise from now on?"),
        ("f", "Hmm, why? Is something wrong with the contract?"),
        ("c", "Nothing wrong, our finance team just settles every contractor the same way in EUR, it's simpler for their bookkeeping."),
        ("f", "Ok, understood. Let's do that then."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "The API integration is done, nice work. For the next part I'd prefer to send you the money over Venmo, okay?"),
        ("f", "Thanks! I'm sorry but I only accept payment through the platform."),
        ("c", "Come on, it's the same money. If Venmo is a problem I can do Zelle instead."),
        ("f", "I appreciate it, but no. It has to stay on the contract. Happy to keep working here."),
    ], client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [
        ("c", "Would you accept a direct bank transfer for the next milestone instead of going through here?"),
        ("f", "I'd rather not, I keep all my payments on the platform."),
        ("c", "Are you sure? We'd both save about 10% and I'm going to be a long-term client."),
        ("f", "I'm sure, thanks for understanding. The contract works fine for me."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "Hi! I've uploaded the revised logo files in AI, SVG and PNG."),
        ("c", "Got them, thank you. Going forward I can pay you by wire transfer to save on fees, just give me your bank info."),
        ("f", "Thanks, but I can't accept payments outside the platform. I've let support know about this request, as their policy asks."),
    ], client=[(1, "PAY001")], flags=[("f", 1)])
    add("conversation", [
        ("c", "How is the scraper coming along?"),
        ("f", "Milestone 3 is submitted. By the way, would you mind paying the last part in USDT? Payouts to my country through here take a week."),
        ("c", "Sure, I have some USDT. Send me your wallet."),
        ("f", f"Great, here it is (TRC20): {tron()}"),
    ], client=[(2, "PAY003")], freelancer=[(1, "PAY001"), (3, "PAY002")])
    add("conversation", [
        ("c", "The copy for the five product pages reads really well."),
        ("f", "Glad to hear it! Should I start on the blog posts next?"),
        ("c", "Yes please. And for the blog batch, could I pay you through Payoneer directly? My card keeps getting declined here."),
        ("f", "I suppose that's fine, as long as you send half before I start."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "The floor plan renders are uploaded, let me know if the lighting works for you."),
        ("c", "They look great. I'm in Lisbon next week, I could just hand you the rest in cash if we meet for coffee."),
        ("f", "Cash is awkward for me, could you do a Revolut transfer instead?"),
    ], client=[(1, "PAY001")], freelancer=[(2, "PAY003")])
    add("conversation", [
        ("c", "Do you have PayPal? I'd like to send the bonus there rather than through the site."),
        ("f", "Yes, it's daniel.k.design@gmail.com"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "For this small job, would Amazon gift cards be ok as payment instead of using the contract?"),
        ("f", "What do you mean, instead of the contract payment?"),
        ("c", "I'd just email you the codes when you finish, no fees for either of us."),
        ("f", "Thanks, but I'll pass on that. Please pay through the contract."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "The Android build is ready for testing, APK is in the shared folder."),
        ("c", "Nice. I'm in Nairobi too, so for the next phase let's just do M-Pesa, no need for the platform."),
        ("f", "Ok deal, that's easier for me as well."),
    ], client=[(1, "PAY001")], freelancer=[(2, "PAY003")])
    add("conversation", [
        ("c", "The translations are approved, thanks!"),
        ("f", f"Thank you! For future orders you can send the money straight to my account to skip fees: IBAN {grouped(iban('ES', 24))}"),
        ("c", "I'd rather keep paying through the platform, but thanks."),
    ], freelancer=[(1, "PAY002")])
    add("conversation", [
        ("c", "We'd like to extend your contract for six months."),
        ("f", "That's great news, thank you!"),
        ("c", "For the extension, HR wants to put you on our Deel payroll instead of paying through this site. Would that be alright?"),
        ("f", "That works, send me the invite."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "Hi sir, the Excel automation is done. Could you pay the balance by UPI? Platform withdrawal charges are high for me."),
        ("c", "Ok, no issue. Share your UPI ID."),
        ("f", "It's ravi.sharma92@okaxis, thank you sir."),
    ], client=[(1, "PAY003")], freelancer=[(0, "PAY001"), (2, "PAY002")])
    add("conversation", [
        ("c", "Could we move payment over to Payoneer for the rest of the project?"),
        ("f", "Let me think about it and get back to you tomorrow."),
        ("f", "Alright, I've thought about it. Let's do it your way."),
    ], client=[(0, "PAY001")], freelancer=[(2, "PAY003")])
    add("conversation", [
        ("c", "I'm old fashioned, I'd prefer to mail you a cheque for the whole project."),
        ("f", "I'm afraid I can't accept that, all payments must go through the platform. I've flagged this to support, no offence intended."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("c", "Honestly the service fees here are getting expensive for a small business like mine."),
        ("f", "I get it. If you want, we could settle the remaining hours through Wise and skip the fees."),
        ("c", "No, I'd rather keep it on the platform for the protection."),
    ], freelancer=[(1, "PAY001")])
    add("conversation", [
        ("c", "Our company pays all vendors via Bill.com. Could you register there so we can pay you directly?"),
        ("f", "Sorry, I can only be paid through the contract here."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "The podcast intro edit sounds fantastic."),
        ("f", "Would you be okay paying me the next invoice through Skrill? I'll knock 5% off."),
        ("c", "Sure, why not."),
        ("f", "Great, I'll message you my account details tomorrow."),
    ], client=[(2, "PAY003")], freelancer=[(1, "PAY001")])
    add("conversation", [
        ("c", "The e-book formatting looks perfect."),
        ("f", "Thanks! I'll send the EPUB version tonight."),
        ("c", "Great. For payment I can do PayPal or Wise outside the site, whichever you prefer."),
        ("f", "Wise, please."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "Can I pay you directly for the next stage?"),
        ("f", "Do you mean outside the platform?"),
        ("c", "Yes, exactly, just between us."),
        ("f", "Then no, sorry. I'll stick with the platform."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Would you take Cash App for this one?"),
        ("f", "No, sorry, I only get paid through the contract."),
        ("c", "Ok fair enough, platform it is. Please start on the flyers."),
        ("f", "Will do, first drafts by Thursday."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "The smart contract tests all pass now."),
        ("c", "I'd rather pay you in bitcoin than through this site. What's your address?"),
        ("f", f"No problem, here you go: {segwit()}"),
    ], client=[(1, "PAY001")], freelancer=[(2, "PAY003")])
    add("conversation", [
        ("c", "Oi! The subtitles are synced perfectly."),
        ("f", "Obrigado! Do you need them as SRT or VTT?"),
        ("c", "SRT. Also, since we're both in Brazil, could I send the rest via PIX? It's instant."),
        ("f", "Hmm, I'm not sure that's allowed here..."),
        ("c", "Lots of people do it, nobody checks."),
        ("f", "Okay, fine, I'll send you my key."),
    ], client=[(2, "PAY001")], freelancer=[(5, "PAY003")])
    add("conversation", [
        ("f", "Hey, for the rest of the project could you pay me in ETH? I'll send my wallet."),
        ("c", "No thanks, and I've reported this to the platform. Let's keep things by the book."),
    ], freelancer=[(0, "PAY001")], flags=[("c", 0)])

    # ---------------------------------------------------------------- conversations without violations
    add("conversation", [
        ("c", "For the checkout we're using Stripe. Can you set up webhooks for payment_intent.succeeded?"),
        ("f", "Yes. Do you want me to also handle refunds through the Stripe API?"),
        ("c", "Yes, and please add PayPal as a second option at checkout."),
        ("f", "Will do. I'll use the PayPal JS SDK and test everything in sandbox mode first."),
    ])
    add("conversation", [
        ("f", "Before I start, could you fund the first milestone? I like to see it in escrow."),
        ("c", "Done, $600 is funded. When you submit, I'll release it."),
        ("f", "Thanks! I'll submit the wireframes by Friday."),
        ("c", "Great. I'll add the second milestone once we've reviewed them."),
    ])
    add("conversation", [
        ("c", "The app passed App Store review on the first try! I want to send you a bonus."),
        ("f", "That's very kind, thank you!"),
        ("c", "Just sent $150 as a bonus through the contract. You should see it in your earnings."),
        ("f", "Got it, really appreciate it. Looking forward to the next project."),
    ])
    add("conversation", [
        ("c", "The nightly ETL job failed again around 2am."),
        ("f", "I saw that. The source API started returning paginated results, so the loader stopped after page one."),
        ("c", "Can you fix it today?"),
        ("f", "Yes, I'll add pagination handling and a retry with backoff, then rerun last night's load."),
        ("c", "Perfect, ping me when the dashboard is green."),
    ])
    add("conversation", [
        ("c", "Hola Lucia, how is the Spanish version of the user manual going?"),
        ("f", "About 70% done. Do you want 'usted' or 'tú' for the tone?"),
        ("c", "Let's go with 'tú', our audience is young."),
        ("f", "Understood, I'll adjust the first chapters accordingly and deliver on Wednesday."),
    ])
    add("conversation", [
        ("f", "First cut of the wedding video is uploaded, 12 minutes long."),
        ("c", "Love it! Could you swap the song in the second half? The couple wants something slower."),
        ("f", "Sure, send me two or three options and I'll try them."),
        ("c", "Will do tonight."),
        ("f", "Great, I'll have the revised cut ready within a day after that."),
    ])
    add("conversation", [
        ("c", "Have you worked with clients in Australia before?"),
        ("f", "Yes, quite a few. One of them once asked me to take payment through PayID, but I turned it down and we kept it on the platform."),
        ("c", "Good to know. Let's get started then, I'll send the brief."),
    ])
    add("conversation", [
        ("c", "Just so you know, the landing page copy needs to be approved by our distributor first."),
        ("f", "No problem. How long does that usually take?"),
        ("c", "A few days. They're slow on everything; they still pay their own suppliers by cheque, if you can believe it."),
        ("f", "Ha, old school. I'll wait for their feedback then."),
    ])
    add("conversation", [
        ("c", "My accountant keeps mentioning Payoneer. What is it exactly?"),
        ("f", "It's a cross-border payments company; many freelancers use it to receive money from marketplaces. For our contract you don't need it, everything is paid here."),
        ("c", "Ah okay, thanks for explaining."),
    ])
    add("conversation", [
        ("c", "Did the last payment reach you okay?"),
        ("f", "Yes, it cleared in my platform balance yesterday and I withdrew it to my bank account this morning."),
        ("c", "Great, just wanted to double check."),
    ])
    add("conversation", [
        ("f", "Hi, quick heads-up: someone claiming to be your project manager messaged me on Telegram asking me to take the next payment via Zelle."),
        ("c", "That is not anyone from our team! Please ignore them."),
        ("f", "Will do, I've reported that account to support as well."),
    ])
    add("conversation", [
        ("c", "Our accounts team needs an invoice for last month's hours."),
        ("f", "You can download it from the contract page under Reports, the platform generates it automatically."),
        ("c", "Found it, thanks."),
    ])
    add("conversation", [
        ("c", "The second banner was never delivered, can I get a partial refund?"),
        ("f", "You're right, sorry about that. I've issued a $40 refund through the contract."),
        ("c", "Received, thanks for sorting it out so quickly."),
    ])
    add("conversation", [
        ("c", "This redesign is going to pay off big time."),
        ("f", "I hope so! Conversion usually jumps once the checkout flow is simpler."),
        ("c", "If it does, drinks are on me next time I'm in Berlin. You've earned every penny."),
    ])
    add("conversation", [
        ("c", "These fees are brutal. Is there any way to bring the cost down?"),
        ("f", "I understand. The best I can offer is a slightly lower rate on the next contract, but I keep all payments on the platform."),
        ("c", "Fair enough, a lower rate would help."),
    ])
    add("conversation", [
        ("c", f"For the balance checker, use this address as the test case: {btc()} (it has a long transaction history)."),
        ("f", "Got it. I'll also add an Ethereum address to the test fixtures."),
        ("c", f"Good idea, here's one from our docs: {eth()}"),
        ("f", "Thanks, the parser handles both now."),
    ])
    add("conversation", [
        ("c", "How did the SEO audit turn out?"),
        ("f", "There are 140 pages with duplicate meta descriptions and the sitemap still lists old URLs."),
        ("c", "Ouch. What should we tackle first?"),
        ("f", "The sitemap and redirects. That's a quick win, then I'll rewrite the meta descriptions in batches."),
    ])
    add("conversation", [
        ("f", "Here are three logo concepts for the bakery."),
        ("c", "We like the second one, but can the wheat look less like a feather?"),
        ("f", "Good catch, I'll thicken the stalk and add a couple of grains."),
        ("c", "Thanks. Pay attention to the brown too, it should match the shop sign."),
        ("f", "Noted, I'll sample it from the photo you sent."),
    ])
    add("conversation", [
        ("c", "We need M-Pesa checkout on our Django site through the Daraja API."),
        ("f", "I've done that before. Do you already have the shortcode and consumer keys?"),
        ("c", "Yes, I'll share them through the project's secrets vault."),
        ("f", "Perfect. I'll implement STK push first and then the callback handler."),
    ])
    add("conversation", [
        ("c", "We're wrapping up the contract today. Thanks for everything."),
        ("f", "Thank you! It was a pleasure. I'll leave feedback once you close it."),
        ("c", "Closing it now. We'll definitely rehire you on the platform for the Q3 campaign."),
    ])

    # ---------------------------------------------------------------- single messages: client proposals
    add("client-solicits", [("c", "Can I send the payment through Zelle instead? My bank supports it and it's instant.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Send me your Interac e-Transfer email and I'll pay you the CAD 800 directly, no need to go through here.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Let's skip the fees, I'll pay you via P\u0430yP\u0430l friends & family once you deliver.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Ich überweise Ihnen den Restbetrag lieber direkt per SEPA-Überweisung, dann sparen wir beide die Gebühren.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Are you on GCash? It's easier for me to send pesos directly than to use the platform.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "I can pay through Western Union if you give me your full name and city.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would you accept Apple gift cards for the whole job? I'll throw in an extra $50.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Drop your pay\u200bpal email here and I'll send the money off-site, cheaper for both of us.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "From next month we'll pay you through our Gusto payroll instead of this contract, please fill in the onboarding form.")],
        client=[(0, "PAY001")])

    # ---------------------------------------------------------------- single messages: freelancer proposals
    add("freelancer-solicits", [("f", "Would it be possible to pay through Easypaisa or JazzCash? Withdrawals from here are slow in Pakistan.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I'd prefer to receive the payment in USDT for this one, if that's okay with you.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "For future projects we can work directly, a bank transfer is fine with me and we both save 20%.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Please send the final payment via bKash, I'll give you my number.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Can you pay via Alipay? I'm based in Shanghai and it's much faster than the platform payout.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "If you'd like to avoid the service fee, I also accept V e n m o.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Could we move the remaining balance to a direct wire? I'll send an invoice from my company.")],
        freelancer=[(0, "PAY001")])

    # ---------------------------------------------------------------- single messages: own payment details
    add("details-valid", [("f", f"To avoid the fees you can pay me directly, my IBAN is {grouped(iban('DE', 22))}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Overschrijven mag ook rechtstreeks naar mijn rekening: {grouped(iban('NL', 18))} t.n.v. J. de Vries")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"You can pay me here instead of through the contract: {btc()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"My ETH wallet for the payment: {eth()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Send the BTC to my taproot address {taproot()} and I'll start right away.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Payment address (BTC): {p2sh()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Easiest is Cash App, my cashtag is $MariaDesigns22")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Here's my link if you want to skip the platform fee: paypal.me/lukasweber")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "For a UK transfer: sort code 20-45-77, account number 41236589, name T. Okafor.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Pay me directly by ACH: routing number 021000021, account number 483920175.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Please refund the deposit to my Revolut rather than through the contract: revolut.me/anapopescu")],
        client=[(0, "PAY002")])

    # ---------------------------------------------------------------- cover letters
    add("cover-letter", [("f", "Hello, I'm a React developer with six years of experience building dashboards. "
                              "I can deliver your admin panel in three weeks. I offer a 10% discount to clients who pay me directly "
                              "via PayPal or bank transfer instead of through the platform.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi! I've built checkout flows with Stripe, PayPal and Adyen for three e-commerce brands, "
                              "including subscription billing and refunds. I'd be glad to help integrate Klarna into your store; "
                              "I propose two milestones: integration, then testing and launch.")],
        surface="proposal")

    # ---------------------------------------------------------------- identifiers
    add("identifier-invalid", [("c", f"The import script chokes on this line: {grouped(corrupt(iban('IT', 27), '0123456789'))}")])
    add("identifier-invalid", [("f", f"Reference from the log file: {corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}")])
    add("identifier-invalid", [("c", f"Why does the widget show zero for {corrupt(tron(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}?")])
    add("identifier-invalid", [("f", f"The string in row 14 is {corrupt(segwit(), 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}, can you confirm it's the one you meant?")])
    add("identifier-job-context", [("c", f"For the IBAN validator unit tests, please include this one as a valid sample: {grouped(iban('FR', 27))}")])
    add("identifier-job-context", [("c", f"The smart contract is deployed at {eth()}, please audit the withdraw function for reentrancy.")])
    add("identifier-job-context", [("c", f"Our charity's donation page shows this address: {btc()}. Can you render it as a QR code below the text?")])
    add("identifier-job-context", [("c", f"The TRON explorer widget should show the balance for {tron()}, that's our QA account.")])

    # ---------------------------------------------------------------- hard negatives
    add("hard-negative", [("c", "I'm looking for a developer to build a Venmo-style peer-to-peer payments app for our campus.")])
    add("hard-negative", [("c", "Please write a 1500-word blog post comparing Wise, Revolut and Payoneer for expats in Portugal.")])
    add("hard-negative", [("c", "I've funded the milestone, you can start whenever you're ready.")])
    add("hard-negative", [("f", "Years ago a client paid me by bank transfer and then disputed it. Lesson learned, now I only work through here.")])
    add("hard-negative", [("c", "My brother pays his landlord with Zelle every month; he's the one who recommended you, he loved the site you built him.")])
    add("hard-negative", [("c", "Heads-up: another freelancer on this project asked me to pay him through Cash App. I declined and reported it.")])
    add("hard-negative", [("c", "What's the difference between PayPal and Payoneer? I keep seeing both mentioned in the community forums.")])
    add("hard-negative", [("f", "The invoice for this contract is attached to the weekly summary the platform emailed you.")])
    add("hard-negative", [("c", "This feature is our cash cow, so let's get every detail right.")])
    add("hard-negative", [("f", "I've added my new bank account as a withdrawal method in settings, so my next payout from here should go there.")])
    add("hard-negative", [("c", "Could you translate our Bitcoin whitepaper summary into Spanish and Portuguese?")])
    add("hard-negative", [("c", "Sorry for the delay, my card expired. I've added a new one to my billing methods, so the milestone should fund today.")])
    add("hard-negative", [("c", "Before moving to this platform, our agency paid its contractors through a payroll service.")])
    add("hard-negative", [("c", "Can you add Apple Pay and Google Pay buttons to our Shopify checkout?")])

    # ---------------------------------------------------------------- ordinary chat
    add("ordinary-chat", [("c", "Can we move our call to 3pm CET tomorrow?")])
    add("ordinary-chat", [("f", "I've pushed the fix to the staging branch, let me know if the login bug still happens.")])
    add("ordinary-chat", [("c", "The photos are a bit dark, could you brighten them by about 10%?")])
    add("ordinary-chat", [("c", "Thanks for the quick turnaround, our investors loved the pitch deck.")])
    add("ordinary-chat", [("f", "I'll be offline on Monday for a public holiday, back on Tuesday morning.")])
    return cases


def heldout26_cases() -> list[dict[str, Any]]:
    """Twenty-sixth held-out batch: near-pairs (job topic / platform feature / past / third party) and hedged, regional, payroll and crypto asks."""
    rng.seed(26)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout26-")
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    digits = "0123456789"

    # ---- near-pairs: client asks vs. innocent twin ----
    add("client-solicits", [("c", "Not sure if this breaks a rule here, but would you be open to me paying the last part by Wise? The fee on my side is brutal.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Not sure if this is in scope, but the last part of the project is hooking our checkout up to Wise so suppliers get paid automatically.")])

    add("client-solicits", [("c", "Just this once, could I send the $80 via Cash App? My card keeps getting declined on here.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "Just this once, could you wait a day on the $80 milestone? My card keeps getting declined on here and support is looking into it.")])

    add("client-solicits", [("c", "My last freelancer let me pay her on Venmo, could we do the same?")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "My last freelancer asked me to pay her on Venmo and I said no, which is why I only hire through here now.")])

    add("client-solicits", [("c", "Once this contract closes I'd like to keep you on monthly. Send me your account number and sort code and I'll set up "
                                  "a standing order from our business account.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "Once this contract closes I'd like to keep you on monthly. I'll open a new hourly contract here with a 20-hour weekly limit.")])

    add("client-solicits", [("c", "From next month we'd rather onboard you through Deel as a contractor, our payroll runs everything there and "
                                  "it's cleaner for the accountants.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "From next month you'll be building the sync between Deel and our HR system; the payroll exports land as CSV every Friday.")])

    add("client-solicits", [("c", "Could you invoice Harbor Analytics GmbH directly going forward? Our finance team pays vendors by SEPA transfer, net 30.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Could you download last week's invoice from the contract's transaction history? Our finance team at Harbor Analytics GmbH "
                                "needs it for the books.")])

    add("client-solicits", [("c", "Would you accept part of it in Steam gift cards? I have a pile of codes I'll never use.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "The copy is for our gift card storefront: Steam, Google Play and Apple cards, roughly 40 product pages.")])

    add("client-solicits", [("c", "Can I pay in USDC on Polygon instead? Gas is almost nothing and you'd have it in seconds.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "The dApp has to accept USDC on Polygon and Arbitrum, and the gas estimate should show before the user confirms.")])

    add("client-solicits", [("c", "I'll just hand you cash when you come to install the shelves on Saturday, easier than the app.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "When you come to install the shelves on Saturday, the building wants a cash deposit for the service lift. I'll cover that "
                                "myself, just ring the concierge.")])

    add("client-solicits", [("c", "Our company still pays contractors by cheque. Can I post you one for the whole batch instead of going through here?")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Our company still pays its suppliers by cheque, which is exactly why we need the accounts-payable scanner you're building.")])

    # ---- near-pairs: freelancer asks vs. innocent twin ----
    add("freelancer-solicits", [("f", "If you'd prefer to pay outside the site I can knock 15% off, since I won't lose the service fee.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "If you fund all three milestones upfront I can knock 10% off, since it saves me chasing each one.")])

    add("freelancer-solicits", [("f", "Could you send it to my Payoneer directly? It skips the withdrawal wait.")], freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "Sorry for the slow reply, I was sorting out my withdrawal method. Payouts from here to Payoneer take a couple of days for me.")])

    add("freelancer-solicits", [("f", "Here in Manila GCash is way faster for me, could you send the balance there?")], freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "Here in Manila most of your customers will expect GCash and Maya at checkout, so I'd put both on the payment screen.")])

    add("freelancer-solicits", [("f", "For the next phase, can we move to a direct arrangement? I'd bill your company monthly and you'd pay by bank transfer.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "For the next phase, can we move to an hourly contract? I'd log time with the desktop app and you'd be billed weekly.")])

    add("freelancer-solicits", [("f", "My agency bills through Remote.com now. Could you sign their contractor agreement and pay me there from here on?")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "Remote.com's API docs are a mess, so the contractor-agreement import will take me an extra day. Still on track for Friday.")])

    # ---- details: own payment details vs. the same identifiers in a job context ----
    add("details-valid", [("f", f"For the remaining 600 EUR, my IBAN is {grouped(iban('DE', 22))}, account holder Jonas Weber.")], freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("c", f"For the SEPA export test suite, use our sandbox account {grouped(iban('NL', 18))} as the debtor IBAN.")])

    add("details-valid", [("f", f"Wire to {grouped(iban('GB', 22))}, SWIFT BARCGB22, beneficiary Samuel Reid. Quicker than waiting for the contract.")],
        freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("c", f"Row 3 of the fixture should be a valid French account, e.g. {iban('FR', 27)}, so the reconciliation test passes.")])

    add("details-valid", [("f", f"USDT, TRC20 only please: {tron()}")], freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("c", f"The bot should watch incoming TRC20 transfers to our hot wallet {tron()} and post them to Slack.")])

    add("details-valid", [("f", f"BTC is easiest for me, send whatever's left to {segwit()} and I'll confirm when it lands.")], freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("c", f"Parse this sample transaction from the explorer and print the outputs: receiver {btc()}, fee 2100 sats.")])

    add("details-valid", [("f", f"ETH or any ERC-20 token works, {eth()}. No need to go through the contract for this bit.")], freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("c", f"The audit covers the multisig at {eth()} on Sepolia; please focus on the withdraw() path.")])

    add("details-valid", [("f", f"Rather than the milestone, you can send BTC to my taproot address {taproot()}.")], freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("f", f"Found it: the validator accepts {p2sh()} as a segwit address because it only checks the length.")])

    add("details-valid", [("f", "Bank details for the transfer: Account 40218833, Sort code 20-45-77, Name A. Okafor.")], freelancer=[(0, "PAY002")])
    add("hard-negative", [("f", "I've added my bank account under withdrawal methods and updated my billing address, so the tax form should go through now.")])

    add("details-valid", [("f", "My cashtag is $NiaDesignsCo, send whatever you think is fair for the extra icons.")], freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("f", "Added the Cash App button to the footer with $RiverBendCafe as the cashtag, like you asked.")])

    add("details-valid", [("f", "Here's a link for the last invoice: https://paypal.me/tomasrivera/250EUR")], freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("f", "Your PayPal integration is live. Test orders go to the sandbox buyer sb-buyer7@personal.example.com, nothing real is charged.")])

    add("details-valid", [("f", "Paying here is quicker: https://buy.stripe.com/8wM5kD2aB9xQ0cE4gg, it's my own checkout so there's no platform cut.")],
        freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("c", "Generate a Stripe payment link for each plan, like https://buy.stripe.com/test_6oE3cd, and list them on the pricing page.")])

    add("details-valid", [("f", "UPI: kavya.designs@okicici. Send the balance there and I'll share the source files right away.")], freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("c", "The checkout form must accept UPI IDs like name@okaxis and reject anything without the @ handle.")])

    add("details-valid", [("f", "My M-Pesa number is 0722 481 390 (Wanjiru K.), you can send the balance there directly.")], freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("c", "Test the STK push against the Daraja sandbox, shortcode 174379 and the test phone 254708374149 from their docs.")])

    add("details-valid", [("f", "Pode me pagar via Pix? Minha chave é o e-mail ana.lima@exemplo.com.br, cai na hora.")], freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("c", "A loja precisa aceitar Pix no checkout; para testes use a chave teste@exemplo.com.br do ambiente sandbox.")])

    add("details-valid", [("c", "For the refund, just send it back to my PayPal, lena.kraus@gmx.de, rather than opening a dispute.")], client=[(0, "PAY002")])
    add("hard-negative", [("c", "For the refund, please use the refund option on the contract page rather than opening a dispute. Thanks for being fair.")])

    add("details-valid", [("f", "Hi, I'll deliver the logo in 3 concepts. My Binance Pay ID is 381204557, we can settle there to skip fees.")],
        freelancer=[(0, "PAY002")], surface="proposal")

    # ---- corrupted identifiers ----
    add("identifier-invalid", [("c", f"Is this wallet format right for the donation widget? {corrupt(btc(), b58)}")])
    add("identifier-invalid", [("f", f"The form throws a checksum error on {corrupt(tron(), b58)}, can you confirm the address you pasted in the config?")])
    add("identifier-invalid", [("c", f"The import failed on row 14: {corrupt(iban('IT', 27), digits)}. Can the parser skip bad rows instead of crashing?")])
    add("identifier-invalid", [("f", f"Transfer the rest to my account {corrupt(iban('ES', 24), digits)} please, outside the contract is fine.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Skip the milestone, send the BTC here: {corrupt(segwit(), bech)}")], freelancer=[(0, "PAY001")])

    # ---- subtle / hedged asks ----
    add("freelancer-solicits", [("f", "I know the site prefers otherwise, but would crypto be an option for you? BTC or ETH, whatever's easier.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Between us, it would help me a lot if the next payment didn't go through here.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Do you have Alipay? My rate drops to 25 USD an hour if I receive it there.")], freelancer=[(0, "PAY001")])
    add("client-solicits", [("c", "Let's keep the contract at $5 for the record and I'll send the real amount separately.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "I can send naira straight to your OPay account, just tell me the number.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Could we put you on our payroll in Poland? You'd be on a B2B contract with us and invoice the company directly.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "pls send ur P\u0430yP\u0430l so I can pay u direct, cheaper for both")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "We can finish this on ven\u200bmo if that works for you, no fees that way.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "¿Te parece si te pago por transferencia directa y nos ahorramos la comisión de la plataforma?")], client=[(0, "PAY001")])

    # ---- cover letters ----
    add("cover-letter", [("f", "Hi! I've built 30+ Shopify stores and can start today. For long-term clients I also offer a lower rate if we handle "
                               "payment directly by bank transfer.")], freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Dear hiring manager, I can translate your 12,000-word manual into Portuguese in 6 days. I accept Wise or Payoneer too "
                               "if that's easier on your end.")], freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hello, I specialise in PayPal and Stripe integrations and have shipped checkout flows for three SaaS products. "
                               "Happy to split the work into milestones here.")], surface="proposal")
    add("cover-letter", [("f", "Good day! I'm a bookkeeper who reconciles Wise, Payoneer and Revolut Business accounts in Xero every month for "
                               "small agencies.")], surface="proposal")
    add("cover-letter", [("f", "Hi, I've audited two ERC-20 contracts and a bridge. Previous clients paid me in USDT before I joined this site; "
                               "now everything runs through milestones.")], surface="proposal")

    # ---- conversations ----
    add("conversation", [("c", "Can we do the rest over PayPal? The fees here are eating my budget."),
                         ("f", "Sorry, I only take payment through the platform. Happy to carry on under the contract.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Would you mind if I paid the next part through Remitly?"),
                         ("f", "What's Remitly? Never used it."),
                         ("c", "It's a money transfer app, it goes straight to your bank with no platform fee."),
                         ("f", "Ok, that works for me.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "Would you be ok paying me on Revolut for the bonus part?"),
                         ("c", "Sure, what's your @?"),
                         ("f", "It's @marta.codes, thanks!")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Any chance you take USDT? I can send it today."),
                         ("f", f"Yes, TRC20 please: {tron()}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "I'd like to tip you extra for the weekend work, can I Zelle you $100?"),
                         ("f", "That's kind! Please use the bonus button on the contract instead, I can't accept payments outside.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Can I pay you via PayPal for this one?"),
                         ("f", "I don't use PayPal, but Wise works fine for me.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Let's skip the contract, I'll pay you direct."),
                         ("f", "I'd rather keep it on the platform, thanks."),
                         ("c", "Come on, I'll just Venmo you, nobody's checking."),
                         ("f", "No. I've reported this conversation to support.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])
    add("conversation", [("c", "Could we settle the final invoice by bank transfer?"),
                         ("c", "Our accounts department can't add new card payments this quarter, that's the only reason."),
                         ("f", "I understand, but I have to keep it here. Could someone on your side update the billing method on the contract?")],
        client=[(0, "PAY001")])
    add("conversation", [("f", "Would you consider paying through Payoneer directly for the next batch?"),
                         ("c", "Why not through here?"),
                         ("f", "Withdrawal fees to my country are high, Payoneer is a lot cheaper."),
                         ("c", "Ok fine, let's do that."),
                         ("f", "Great, I'll send you a payment request later today.")],
        freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("c", "I'll pay 10% more if we do it by Interac e-Transfer instead."),
                         ("f", "Ok deal.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Would you take the payment through Skrill? It's easier for me."),
                         ("f", "Why Skrill and not the contract?"),
                         ("c", "Honestly I just don't trust the escrow hold."),
                         ("f", "I get it, but I'll stick with the contract. The escrow protects both of us.")],
        client=[(0, "PAY001")])
    add("conversation", [("f", "Could you send the balance by Western Union? My account here is under review."),
                         ("c", "No, I'll wait until your account is sorted. Reporting this to support just in case.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "I can pay by PayPal, Wise or crypto, whatever suits you, just not through here."),
                         ("f", "Wise.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Can we sort the payment outside the app?"),
                         ("c", "Revolut or Wise, your pick.")],
        client=[(0, "PAY001"), (1, "PAY001")])
    add("conversation", [("c", "For the rest, can I just do a SEPA transfer to you?"),
                         ("f", "Ok, sure."),
                         ("c", "Great, send me your IBAN."),
                         ("f", f"{grouped(iban('AT', 20))}, Lukas Brandner")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003"), (3, "PAY003")])
    add("conversation", [("c", "How do you usually get paid? I could do Wise or Payoneer if you prefer."),
                         ("f", "Payoneer is best, here's my account email: priya.nair.dev@gmail.com")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "The design's ready. Would you mind paying by bank transfer this time? My withdrawals have been getting stuck."),
                         ("c", "Hmm, I'd rather not. Can you contact support about the withdrawals?"),
                         ("f", "Fair enough, I'll open a ticket.")],
        freelancer=[(0, "PAY001")])

    # ---- innocent conversations and single messages ----
    add("ordinary-chat", [("c", "Milestone 2 is funded."),
                          ("f", "Thanks! I'll submit the draft tomorrow."),
                          ("c", "Great, I'll release it once I've reviewed it.")])
    add("hard-negative", [("c", "Our distributor in Lagos pays us through Flutterwave, and the report needs to show those fees per month."),
                          ("f", "Got it, I'll add a fee column for each provider.")])
    add("hard-negative", [("c", "Milestone 4 wasn't delivered, can you refund it?"),
                          ("f", "Yes, I'll issue the refund from the contract page now.")])
    add("hard-negative", [("f", "When you release the payment, how long until it shows in my available balance?"),
                          ("c", "About five days I think, then you can withdraw it to your bank.")])
    add("hard-negative", [("c", "Which bank do you withdraw to? Mine takes ages with international transfers."),
                          ("f", "I use Wise as my withdrawal method here, it usually arrives the same day.")])
    add("hard-negative", [("f", "FYI another client asked me to take payment on Skrill last week. I turned it down and reported it. Mockups attached.")])
    add("hard-negative", [("c", "Our accountant needs your W-9. Can you upload it in the tax info section so the platform issues the 1099?")])
    add("hard-negative", [("c", "Back in 2019 we paid all our designers by wire, which is why the finance sheet still has a SWIFT column. Please drop it.")])
    add("hard-negative", [("f", "Your attention to detail really paid off, the buyer took the design on the spot.")])
    add("hard-negative", [("c", "Don't bank on me replying quickly this week, I'm travelling. Cash flow model review can wait till Monday.")])
    add("hard-negative", [("f", "What is Escrow.com exactly? I saw it in your job post as a feature you want in the marketplace app.")])
    add("hard-negative", [("c", "Please change the Venmo link in the footer to our new business handle @BrightBakes, customers keep using the old one.")])
    add("hard-negative", [("c", "Sending a $40 bonus now for the rush job, thanks for staying late.")])
    add("hard-negative", [("f", "Can you re-add a billing method? The weekly charge failed and my hours show as pending.")])
    add("hard-negative", [("c", "Our customers pay us by Interac e-Transfer, so the bookkeeping sheet needs a column for those.")])
    add("ordinary-chat", [("c", "Can we move the call to Thursday at 3pm CET?"), ("f", "Thursday works, I'll send an invite.")])
    add("ordinary-chat", [("f", "Uploaded the revised logo with the darker navy. Let me know if the kerning on the tagline looks right.")])
    return cases


def heldout27_cases() -> list[dict[str, Any]]:
    """Twenty-seventh held-out batch: mixed voices, trades and languages, with identifiers, cover letters and multi-turn agreements."""
    rng.seed(27)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout27-")
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    digits = "0123456789"

    # --- client solicits (single messages) ---
    add("client-solicits", [("c", "The fees here are eating into my budget. Could we do the remaining chapters over Wise instead? Same rate for you.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "For phase two I'd rather pay you by direct bank transfer, it saves both of us the commission.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I just send the money with Zelle? Way quicker than waiting for the milestone to clear.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "lets skip the site for the next batch of thumbnails, ill venmo u")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Going forward we'd like to put you on our payroll through Deel instead of paying you on here.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would you accept a cheque posted to your home address for the rest of the legal translation?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "I can pay you in Amazon gift cards for the voiceover work if we close the contract here. That ok?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Happy to pay you via M-Pesa directly for the survey data entry, just give me your number.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "If you end the contract now I'll hand you the cash when you come to shoot the photos at the bakery on Saturday.")],
        client=[(0, "PAY001")])

    # --- freelancer solicits (single messages) ---
    add("freelancer-solicits", [("f", "To avoid the service fee, would you be open to paying me through PayPal for future orders?")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I usually invoice my long-term clients directly and they pay by wire. Shall we switch to that after this milestone?")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Could you pay the balance with Revolut? My account here has a withdrawal hold at the moment.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I'm fine taking Bitcoin for the audit if that's easier for you than paying through the platform.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Pode me pagar por Pix direto? Fica mais barato para n\u00f3s dois do que pela plataforma.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Wenn Sie m\u00f6chten, \u00fcberweisen Sie mir den Rest einfach direkt, dann sparen wir beide die Geb\u00fchren.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Puedes pagarme por Bizum fuera de la plataforma, es m\u00e1s r\u00e1pido y sin comisiones.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Sir UPI se payment kar dijiye, platform ki fees bach jayegi dono ki.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Send the payment through P\u0430yP\u0430l friends and family instead, then we skip the cut they take here.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Easier if you pay me on Cash\u200bApp for the beat and I'll refund the order here.")], freelancer=[(0, "PAY001")])

    # --- own payment details (valid) ---
    add("details-valid", [("f", f"My IBAN is {grouped(iban('DE', 22))}, BIC COBADEFFXXX. Transfer it there and we can close the contract.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Payment to: {btc()} - once it's confirmed I'll send over the source files.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Just PayPal me at maria.ortega.design@gmail.com and I'll start on the brochure today.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My Cash App is $jaylenbeats, send the 150 there instead of the milestone.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Account name Tomasz Nowak, sort code 20-45-77, account number 41563298. Pay direct and I'll knock 10% off.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", f"If the scraper isn't done by Friday, refund me directly to {eth()} rather than through the site.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", "Here's my payment link for the second half: https://paypal.me/kofiasante/200")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"USDC on Ethereum: {eth()} - pay there and we don't need to fund the milestone.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"my wallet is {segwit()}, send the BTC there and ill push the fix tonight")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Voici mon IBAN : {grouped(iban('FR', 27))}. Virez-moi directement, ce sera plus simple que la plateforme.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Wire to Chase checking, routing 021000021, account 483920175562. Saves you the platform fee.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Taproot address {taproot()} - pay the deposit in BTC and I'll book the studio.")], freelancer=[(0, "PAY002")])

    # --- corrupted identifiers, no proposal wording ---
    add("identifier-invalid", [("f", f"IBAN: {corrupt(iban('NL', 18), digits)}")])
    add("identifier-invalid", [("f", f"wallet {corrupt(btc(), b58)}")])
    add("identifier-invalid", [("f", f"TRC20 {corrupt(tron(), b58)}")])
    add("identifier-invalid", [("c", f"Address: {corrupt(segwit(), bech)}")])

    # --- identifiers in job context ---
    add("identifier-job-context", [("c", f"The checkout must reject malformed IBANs but accept {iban('ES', 24)}. Please add a unit test for both cases.")])
    add("identifier-job-context", [("c", f"For the donation widget demo, prefill the recipient field with {p2sh()} and show a QR code for it.")])
    add("identifier-job-context", [("f", f"Found it: the validator lowercased the checksum, so {segwit()} was rejected. Fix is in the pull request.")])
    add("identifier-job-context", [("c", f"Use {tron()} as the testnet fixture when you write the wallet-tracking API tests.")])
    add("identifier-job-context", [("f", "The form broke because routing number 011000015 was stored as an integer and lost its leading zero.")])
    add("identifier-job-context", [("f", f"I've whitelisted the token contract {eth()} in the dApp config as you asked.")])

    # --- cover letters ---
    add("cover-letter", [("f", "Hello! I'm a WordPress developer with eight years of experience in WooCommerce stores. I can start tomorrow, "
                               "and I give a 15% discount if we settle payments directly via Payoneer instead of through this site.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi, I've edited three published fantasy novels and would love to work on yours. Fixed price per act works for me, "
                               "with each milestone released only after you approve the edits.")], surface="proposal")
    add("cover-letter", [("f", "I've built PayPal and Stripe integrations for four Laravel shops, including webhooks and refunds. "
                               "I can add PayPal checkout to your store within a week.")], surface="proposal")
    add("cover-letter", [("f", "Dear hiring manager, I'm a bilingual Arabic-English subtitler. For faster payment my Skrill is "
                               "rania.subs@outlook.com, happy to take the job outside the platform.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Hi there - I run a small bookkeeping practice and reconcile Razorpay, Wise and bank feeds in Xero every month. "
                               "Available 20 hours a week.")], surface="proposal")

    # --- hard negatives ---
    add("hard-negative", [("c", "We need someone to integrate Venmo and Zelle payouts into our Django marketplace app.")])
    add("hard-negative", [("f", "Final files are uploaded. Once you've reviewed them, please release the milestone.")])
    add("hard-negative", [("c", "I'm sending a bonus through the platform for the extra revisions, you earned it.")])
    add("hard-negative", [("f", "I've requested a refund of the duplicate charge through the platform's refund option.")])
    add("hard-negative", [("f", "Withdrew my earnings to my bank account this morning, thanks for approving so fast!")])
    add("hard-negative", [("c", "My last freelancer kept asking me to pay him on PayPal. I refused and reported him, which is why I'm rehiring.")])
    add("hard-negative", [("f", "Years ago a client paid me by cheque and it took weeks to clear - one reason I only work through here now.")])
    add("hard-negative", [("c", "Our accounts team pays suppliers by wire; you'll only be reconciling those transfers in the spreadsheet.")])
    add("hard-negative", [("c", "Could you download the invoice for this contract from the platform and forward it? Finance needs it for the audit.")])
    add("hard-negative", [("f", "The redesign will pay off, trust me - every penny you put into onboarding comes back in retention.")])
    add("hard-negative", [("c", "What's Payoneer exactly? Another freelancer mentioned it and I've never heard of it.")])
    add("hard-negative", [("c", "I added a new card as my billing method, so the next milestone should fund without problems.")])
    add("hard-negative", [("c", "Write a 1,500-word article comparing Wise, Revolut and Payoneer for expats moving to Portugal.")])
    add("hard-negative", [("c", "Most of our customers in Nairobi pay with M-Pesa, so the checkout has to support it from day one.")])
    add("hard-negative", [("c", "Need the whitepaper section on wallets, addresses and gas fees translated into Spanish.")])
    add("hard-negative", [("c", "The designer we used before paid his printer in cash and never got a receipt, so the files are lost.")])
    add("hard-negative", [("f", "The milestone payment shows as pending; it should clear in five days.")])
    add("hard-negative", [("c", "Escrow is funded for milestone 2, go ahead whenever you're ready.")])
    add("hard-negative", [("f", "My cousin sends money home through Western Union every month, which is what gave me the idea for this app.")])
    add("hard-negative", [("c", "Necesito un desarrollador para integrar pagos con Mercado Pago en mi tienda online.")])
    add("hard-negative", [("f", "The platform bills the hourly contract every Monday, so there's nothing you need to send me separately.")])
    add("hard-negative", [("c", "The landing page for our crypto exchange needs a live BTC/ETH price ticker in the header.")])
    add("hard-negative", [("f", "No tips over Venmo needed, really! If you want to add something, the bonus button here does it.")])
    add("hard-negative", [("c", "Wir suchen jemanden, der SEPA-Lastschriften f\u00fcr unseren Onlineshop in DATEV einrichtet.")])
    add("hard-negative", [("c", "Please add Apple Pay and Google Pay buttons to the Shopify checkout page.")])
    add("hard-negative", [("f", "Paid in full, thank you - I can see it in my transaction history here.")])

    # --- ordinary chat ---
    add("ordinary-chat", [("c", "Can you have the first draft of the pitch deck by Thursday?")])
    add("ordinary-chat", [("f", "Sure, and I'll include two alternate colour palettes for the logo.")])
    add("ordinary-chat", [("c", "How's the database migration going?"), ("f", "Almost done, I'm testing the rollback script now.")])
    add("ordinary-chat", [("f", "I'm on GMT+8, so I'll answer during your morning.")])
    add("ordinary-chat", [("c", "Loved the mockups!"), ("f", "Thanks! Want me to do the mobile version next?"),
                          ("c", "Yes please, I'll create a new milestone for it.")])
    add("ordinary-chat", [("f", "I'll be offline tomorrow for a public holiday, back on Wednesday with the updated copy.")])

    # --- conversations ---
    add("conversation", [("c", "Can we settle the next invoice over PayPal? The fees here add up."), ("f", "Sure, that works for me.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "I'd like to pay you by bank transfer for the rest of the bookkeeping."),
                         ("f", "Sorry, I only get paid through the platform. I've also had to report this message.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Let's move payment to direct transfer from next month."),
                         ("f", "I'd rather keep it on here, the contract protects both of us.")],
        client=[(0, "PAY001")])
    add("conversation", [("f", "Would you be okay paying through Wise for the next sprint?"), ("c", "What's Wise?"),
                         ("f", "It's a money transfer service, the fees are much lower than here."), ("c", "ok, let's do it")],
        freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("c", "Can I pay you in crypto for the smart contract review?"),
                         ("f", f"Yes, BTC is fine: {btc()}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "For future projects, could you pay me via Payoneer directly?"),
                         ("c", "No, I'd rather keep everything on the platform."), ("f", "No problem, understood.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "We'd like to pay you outside the platform for this one."), ("f", "Why is that?"),
                         ("c", "Our procurement won't approve the platform fees this quarter."), ("f", "Ok then, send me the details.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "I'll give you cash for the tiling when you come over, just cancel the job here."),
                         ("f", "I can't do that, and I'm flagging this as the terms require.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Can we do the remaining payment by direct bank transfer?"), ("c", "ok deal"),
                         ("f", f"Great, here's my IBAN: {grouped(iban('IT', 27))}")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Mind if I Venmo you for the edits instead?"), ("f", "sure"),
                         ("c", "Great, I'll send it tonight.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Could I pay you outside the site for the podcast editing?"),
                         ("f", "Let's keep it on here for now. I'll send the first episode tomorrow."), ("c", "Fine.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Can you do a logo for my food truck?"), ("f", "Yes, $200 for three concepts."),
                         ("c", "Great, I'll pay via PayPal to skip the fees."), ("f", "ok")],
        client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "Could you pay in USDT instead of through the milestone?"),
                         ("c", "I don't have crypto. Can I use Cash App?"), ("f", "Sure, my cashtag is $devmarco")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("f", "Would you consider paying me directly next time?"), ("c", "Let me think about it."),
                         ("f", "The fee here is 20%, that's the only reason I ask."), ("c", "Ok, let's do it then.")],
        freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("c", "Can we finish this off the platform? I'll pay you directly."),
                         ("f", "I'm not able to do that."), ("c", "Come on, just Zelle it, nobody will know."),
                         ("f", "No. I'm reporting this.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])
    add("conversation", [("f", "\u00bfMe puedes pagar por transferencia bancaria directamente?"), ("c", "Vale, p\u00e1same tu cuenta."),
                         ("f", f"Mi IBAN es {grouped(iban('ES', 24))}")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "We pay all our contractors through Gusto after the first month."),
                         ("f", "Thanks, but I'll stay on the platform contract.")],
        client=[(0, "PAY001")])
    add("conversation", [("f", "Can you pay me via Skrill?"), ("c", "Sure, what's your Skrill email?"),
                         ("f", "It's ana.kovac.dev@mail.com")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Would you take a check for the remaining balance?"), ("f", "Would that be in USD?"),
                         ("c", "Yes, a US bank check."), ("f", "Alright, mail it to my office.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Can we settle the rest outside of here?"), ("f", "PayPal or Wise, whichever you prefer.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "For the next contract, let's do a direct bank transfer."),
                         ("c", "No, we keep everything on the platform. I'm reporting this message.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("f", "Heads up: someone claiming to be your colleague asked me to pay a training fee in gift cards."),
                         ("c", "That's not us, thanks for telling me. Please report it.")])
    add("conversation", [("c", "Did the milestone payment arrive?"), ("f", "Yes, it's in my available balance now, thanks!")])
    add("conversation", [("c", "How did your last client pay you?"), ("f", "Through the platform, same as always.")])
    add("conversation", [("c", "My supplier wants to be paid in USDT. Can you draft an email explaining we need proper invoices?"),
                         ("f", "Sure, drafting it now.")])
    add("conversation", [("c", "Is there a way to get you paid faster?"),
                         ("f", "Approving the milestone right after review is the fastest; funds release straight away.")])
    return cases


def heldout28_cases() -> list[dict[str, Any]]:
    """Twenty-eighth held-out batch: chat threads with mid-thread proposals, delayed/conditional agreement, declines, reports and payment-as-work negatives."""
    rng.seed(28)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout28-")
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    digits = "0123456789"

    # ---- conversations with violations ----
    add("conversation", [
        ("c", "Hi Marta, the wireframes look great. Could you also do the mobile breakpoints?"),
        ("f", "Sure, I can have them ready by Thursday."),
        ("c", "Perfect. For this extra bit, could I just PayPal you directly? Easier than opening another contract."),
        ("f", "Sure, that works for me."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "Draft of chapter 3 is uploaded to the shared folder."),
        ("c", "Thanks, I'll read it tonight."),
        ("f", "By the way, for the remaining chapters would you mind paying me by Wise transfer instead? The fees here are eating into my rate."),
        ("c", "Hmm, how would that work exactly?"),
        ("f", "You'd just send the money straight to my account and I'd email you a receipt. Saves us both the service fee."),
        ("c", "Ok, let's do that from chapter 4 onwards."),
    ], freelancer=[(2, "PAY001")], client=[(5, "PAY003")])
    add("conversation", [
        ("c", "Before we start the next phase, any chance we do the payments via Zelle?"),
        ("f", "Why not through here?"),
        ("c", "Our accounting flags the platform charges every month, it's a headache for me."),
        ("f", "Alright, ok then."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "I'd rather wire the 2,000 GBP straight to your bank and skip the fees."),
        ("f", "Thanks, but I keep all payments on the platform. We can set up a milestone instead."),
        ("c", "Come on, everyone does it. A direct bank transfer saves both of us money."),
        ("f", "I understand, but my answer is still no. Milestone or nothing, sorry."),
    ], client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [
        ("c", "Can you send me your Venmo? I'd pay you there for the logo."),
        ("f", "Sorry, I only accept payment through the platform. I'll have to let support know about this request."),
        ("c", "Fine, whatever."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("c", "Would you be ok taking USDT for this one? I keep most of my budget in crypto."),
        ("f", "Hmm, I've never done that, not sure."),
        ("c", "No pressure, take your time."),
        ("f", "Thought about it. Fine, send USDT, I'll set up a wallet tonight."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "For the rest of the audit, could you pay me through Zelle? My bank holds platform withdrawals for a week."),
        ("c", "If you send me a proper invoice with your tax ID, then fine, Zelle works."),
        ("f", "Great, invoice coming tonight."),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "The platform takes too much. Give me your bank details and I'll transfer the euros directly."),
        ("f", f"OK, here: {grouped(iban('ES', 24))}, account holder Lucia Ferrer."),
        ("c", "Got it, transferring tomorrow morning."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Do you have Venmo? I'd like to pay the balance there."),
        ("f", "I don't have Venmo, I'm in Canada. Interac e-Transfer would work though."),
        ("c", "Ok, I'll figure out Interac."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "Hey Tom, the site is live! For the maintenance retainer, should we just do a monthly bank transfer outside the platform?"),
        ("c", "No, I'd prefer to keep it on the platform. Hourly contract please."),
        ("f", "Fine, I'll send an offer."),
    ], freelancer=[(0, "PAY001")])
    add("conversation", [
        ("f", "Can you pay me through Payoneer directly? I'll give you 10% off."),
        ("c", "No thanks, I'll pay through the contract."),
        ("f", "It's really safe, I've done it with lots of clients. Just Payoneer, and you still get the 10% off."),
        ("c", "Still no. I'm reporting this to support."),
    ], freelancer=[(0, "PAY001"), (2, "PAY001")], flags=[("c", 0)])
    add("conversation", [
        ("f", "For the weekly blog posts, would it be simpler if you paid me on PayPal every Friday?"),
        ("c", "Yeah, that's fine with me."),
        ("f", "Great, it's nadia.writes@gmail.com."),
    ], freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "Would you accept payment via Wise for the next part?"),
        ("f", "What's Wise? Never used it."),
        ("c", "It's a money transfer service with low fees, you get the money in your local bank within a day."),
        ("f", "Ok, sounds good."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "I can't add a card to my account right now. Can I pay you with Amazon gift cards instead?"),
        ("f", "Sorry, no. Payment has to go through the platform. You can add PayPal as a billing method in your settings though."),
        ("c", "Oh ok, I'll try that."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "Hi po! For the next batch of edits, can you send the payment via GCash? Mas mabilis."),
        ("c", "Sure, what's your number?"),
        ("f", "0917 555 2841, Maria Santos."),
    ], freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "We'd like to bring you onto our Deel payroll directly instead of paying through here. Interested?"),
        ("f", "That works for me, send the Deel invite."),
        ("c", "Will do."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "You're in Lagos too, right? I can hand you the naira in cash when we meet on Saturday."),
        ("f", "I appreciate it, but I need the payment to go through the platform."),
        ("c", "Alright, milestone it is."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Our company only pays vendors by cheque. I'll mail one to you for the full amount."),
        ("f", "Cheques take weeks to clear here. Could you do an e-transfer instead?"),
        ("c", "Let me check with accounting."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "Logo variations uploaded."),
        ("c", "Nice. Also, for future work can I pay you through Revolut? It's instant."),
        ("f", "Let me finish the brand guide first, then we'll talk."),
        ("c", "Sure."),
        ("f", "Brand guide done. About your question: yes, Revolut is fine for me."),
    ], client=[(1, "PAY001")], freelancer=[(4, "PAY003")])
    add("conversation", [
        ("c", "Can I just send the money to your bank? $1,200 for the whole thing."),
        ("f", "I'd rather not. Let's set it up as a fixed-price contract with two milestones here."),
        ("c", "Ok, fair enough, send me the offer."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "Thank you for the great collaboration! If you'd like to tip, my Cash App is $LenaDraws."),
        ("c", "Thanks, I'll just use the bonus button on the contract."),
        ("f", "Oh sure, that's perfect too!"),
    ], freelancer=[(0, "PAY002")])
    add("conversation", [
        ("c", "I'd like to pay in ETH, it's cheaper for me than my card. Can you send an address?"),
        ("f", f"Sure: {eth()}"),
        ("c", "Sent 0.4 ETH, please check."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Could we settle the rest outside the site?"),
        ("f", "What do you mean?"),
        ("c", "I mean I pay you directly and we both skip the service fee."),
        ("f", "Ok, I'm fine with that."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "Do you accept payment in USDT? TRC20 preferably."),
        ("f", "No, sorry, I only get paid through the platform."),
        ("c", "Understood, I'll fund the milestone."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "Oi! The logo is ready. For the next project, can you pay me by Pix? My key is my email, joao.design@outlook.com"),
        ("c", "Sorry, I'm not comfortable with that. Let's keep it on the platform."),
        ("f", "Tudo bem, no problem."),
    ], freelancer=[(0, "PAY002")])
    add("conversation", [
        ("f", "If you pay the next milestone by bank transfer directly, I'll knock off 15%."),
        ("c", "Ok deal."),
        ("f", "Great! I'll send my account info later today."),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "Let's do the rest on P\u0430yPal, the fees here are ridiculous."),
        ("f", "I can't do that, sorry. It stays on the platform."),
        ("c", "Ok."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "I can pay you via M-Pesa or Airtel Money, which one do you prefer?"),
        ("f", "M-Pesa please."),
        ("c", "Ok."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "Sir, please pay the remaining INR 8,000 on UPI, it will be faster."),
        ("c", "No, we only pay via the platform. I'm flagging this."),
        ("f", "Sorry sir, no problem."),
    ], freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [
        ("c", "The last video was off-brief. Can you refund me on PayPal instead of through the contract?"),
        ("f", "I'll refund through the contract instead, that's the only way I can do it."),
        ("c", "Ok."),
    ], client=[(0, "PAY001")])

    # ---- conversations without violations ----
    add("conversation", [
        ("c", "We need the checkout moved from PayPal Express to Stripe Payment Intents."),
        ("f", "Got it. Do you want to keep PayPal as a secondary option on the checkout page?"),
        ("c", "Yes, keep PayPal for EU customers, Stripe for everyone else."),
        ("f", "Understood. I'll also add webhook handling for refunds."),
    ])
    add("conversation", [
        ("c", "I've funded the first milestone, $400."),
        ("f", "Thank you! I'll submit the deliverables for review by Friday."),
        ("c", "Once approved I'll release it and fund milestone 2."),
        ("f", "Sounds good."),
    ])
    add("conversation", [
        ("f", "The translation is done and proofread."),
        ("c", "Excellent work, faster than expected. I'm sending you a bonus through the contract."),
        ("f", "That's very kind, thank you!"),
    ])
    add("conversation", [
        ("c", "Can we move our call to 3pm CET?"),
        ("f", "Sure, 3pm works."),
        ("c", "Great, I'll send the agenda."),
    ])
    add("conversation", [
        ("c", "Have you worked with Shopify before?"),
        ("f", "Yes, several stores. One client years ago insisted on paying me by Western Union and it was a nightmare, so I only work through the platform now."),
        ("c", "Good to know, we keep everything here too."),
    ])
    add("conversation", [
        ("c", "Quick heads up: the previous freelancer on this project asked me to pay him via Skrill. I reported him."),
        ("f", "Thanks for telling me. Everything will go through the contract here."),
        ("c", "Appreciated."),
    ])
    add("conversation", [
        ("c", "All the extra effort on the pitch deck really paid off, investors loved it."),
        ("f", "That's great to hear! I'd love to cash in on some good feedback if you have a minute to leave it."),
        ("c", "Will do, you've earned it. Worth every penny."),
    ])
    add("conversation", [
        ("c", "Did the payment arrive?"),
        ("f", "Yes, it's in my platform balance. I'll withdraw it to my bank account on Monday."),
        ("c", "Great."),
    ])
    add("conversation", [
        ("c", "The second video wasn't what we agreed on. Can we sort out a partial refund?"),
        ("f", "I'm sorry about that. I can issue a partial refund of $80 through the contract."),
        ("c", "Thanks, that's fair."),
    ])
    add("conversation", [
        ("c", "Context for the dashboard: our parent company pays its suppliers by SWIFT wire, so we need a column for the wire reference."),
        ("f", "Got it, I'll add a wire reference field and a currency column."),
        ("c", "Perfect."),
    ])
    add("conversation", [
        ("c", f"We're testing our IBAN validator. This one should pass: {iban('NL', 18)}"),
        ("f", "Thanks. Do you have examples of failing ones as well?"),
        ("c", f"Try this one, it should fail the checksum: {corrupt(iban('NL', 18), digits)}"),
        ("f", "Ok, I'll add both to the test suite."),
    ])
    add("conversation", [
        ("f", "FYI, someone messaging from your company account asked me to move payment to Skrill. Was that you?"),
        ("c", "No! That wasn't us. Please don't send anything there, we only pay through here."),
        ("f", "Got it, I've reported it to support."),
    ])
    add("conversation", [
        ("c", "Can you make the header font bolder?"),
        ("f", "Sure, updated. Check v3."),
        ("c", "Much better. Now the footer spacing."),
        ("f", "Fixed in v4."),
    ])
    add("conversation", [
        ("c", "We need a bot that watches our BTC wallet and posts to Slack when a deposit arrives."),
        ("f", "Which API do you prefer, mempool.space or Blockstream?"),
        ("c", f"mempool.space. Here's the test wallet to watch: {btc()}"),
        ("f", "Thanks, prototype by Wednesday."),
    ])
    add("conversation", [
        ("c", "Our accounts team needs an invoice for last month's hours."),
        ("f", "You can download it from the Reports section, the platform generates an invoice for each weekly payment."),
        ("c", "Found it, thanks."),
    ])
    add("conversation", [
        ("c", "How much does the platform take from you?"),
        ("f", "10% on this contract. It's fine, it covers the payment protection."),
        ("c", "Fair. Let's keep it simple then and go with hourly."),
    ])
    add("conversation", [
        ("f", "Just so you know, payments may show up late on my side. The withdrawal to my local bank in Pakistan takes 3-5 days."),
        ("c", "No problem at all."),
        ("f", "Thanks for understanding."),
    ])
    add("conversation", [
        ("c", "Our Shopify store needs to accept crypto. Can you set up Coinbase Commerce?"),
        ("f", "Yes, I've integrated it before. Do you want USDC only or BTC too?"),
        ("c", "Both, and show prices in EUR."),
    ])
    add("conversation", [
        ("c", "How did you handle your previous long-term clients?"),
        ("f", "Most of them hired me here on hourly contracts. One paid me by bank wire back in 2017, before I joined the platform."),
        ("c", "Ok. We'll do hourly here as well."),
    ])

    # ---- single messages: solicitations ----
    add("client-solicits", [("c", "Can you send me your PayPal so I can pay you directly? I'd rather not pay the fees.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'll wire the money to your account in Dubai, AED is fine.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Is it ok if I pay you with a Steam gift card? I'm a student.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Let's move payment to Bitcoin, I'll send it once you deliver.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "My company can put you on our ADP payroll so we stop paying through this site.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I pay you with Ven\u200bmo for the next task?")], client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I'd prefer to be paid via Skrill going forward, if that's ok with you.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "To save us both the commission, could you send the money by SEPA transfer instead?")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Payment via bKash would be easiest for me, could you do that?")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "For future projects, let's close this contract and you pay me by Payoneer.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Can you pay the last 300 GBP via bank transfer? I'll send the details once you confirm.")], freelancer=[(0, "PAY001")])

    # ---- single messages: own details ----
    add("details-valid", [("f", f"Please send the payment to my IBAN {grouped(iban('DE', 22))} (Jonas Weber).")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Bank transfer details: IBAN {iban('GB', 22)}, name Priya Shah.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"BTC works for me: {btc()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"You can pay me in USDT (TRC20) to {tron()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"My segwit address for the payment: {segwit()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "my PayPal is kat.illustrates@gmail.com, just send it as friends and family")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Here's my payment link, pay whenever you're ready: paypal.me/RaviMotion/150")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "For direct payment: account number 48213907, routing number 021000021, Chase.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "UK bank: sort code 20-45-77, account 63018842, A. Okafor. Send it there and we can close the contract.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Send it to {taproot()} please, no need to go through the platform.")], freelancer=[(0, "PAY002")])

    # ---- identifiers: corrupted ----
    add("identifier-invalid", [("f", f"Send the BTC here: {corrupt(btc(), b58)}")], freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Please pay me in USDT, wallet {corrupt(tron(), b58)}")], freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("c", f"Is this IBAN right? The supplier form keeps rejecting it: {grouped(corrupt(iban('FR', 27), digits))}")])
    add("identifier-invalid", [("c", f"Copied this from the explorer for the tracker, does it look valid to you? {corrupt(segwit(), bech)}")])

    # ---- identifiers: job context ----
    add("identifier-job-context", [("c", f"For the payment form demo, use the sample IBAN {iban('IT', 27)} in the screenshots.")])
    add("identifier-job-context", [("c", f"The contract is deployed at {eth()}, please audit the withdraw() function.")])
    add("identifier-job-context", [("c", f"Add this cold wallet {segwit()} to the portfolio tracker's watch list.")])
    add("identifier-job-context", [("c", f"Our charity's donation page shows {btc()}. Can you make the QR code for it bigger?")])
    add("identifier-job-context", [("c", f"The dashboard should display the live balance of TRON address {tron()}.")])

    # ---- cover letters ----
    add("cover-letter", [("f", "Hello! I've built six WooCommerce stores with Stripe and PayPal checkouts. "
                               "I suggest two milestones: design, then build and testing. Happy to start Monday.")], surface="proposal")
    add("cover-letter", [("f", "I can start today. My rate is $25/hr; to keep things simple I usually take payment via Wise rather than through the platform.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi, I'm a bookkeeper with 8 years of experience reconciling bank feeds, Payoneer and Wise statements in Xero. "
                               "I'd love to help tidy up your books.")], surface="proposal")

    # ---- hard negatives ----
    add("hard-negative", [("c", "Could you explain what Payoneer is? A freelancer friend mentioned it.")])
    add("hard-negative", [("c", "I need a landing page for my Venmo-style budgeting app.")])
    add("hard-negative", [("c", "I've released the milestone, please confirm you received it.")])
    add("hard-negative", [("c", "Please update your billing method so the next invoice goes through.")])
    add("hard-negative", [("f", "My bank account is connected to my platform account for withdrawals, so there's no issue with the payout.")])
    add("hard-negative", [("f", "In 2019 I got paid by cheque for a magazine article and it bounced.")])
    add("hard-negative", [("c", "My cousin pays his landlord via Zelle every month; he wants a spreadsheet to track it.")])
    add("hard-negative", [("f", "Just a heads-up: a user messaged me asking to pay outside the platform. I declined and reported it.")])
    add("hard-negative", [("c", "I'm banking on your expertise here, it'll pay dividends down the line.")])
    add("hard-negative", [("c", "The escrow is funded, you can start whenever you're ready.")])
    add("hard-negative", [("c", "Can you write a blog post comparing Wise, Revolut and PayPal fees for freelancers?")])
    add("hard-negative", [("f", "Your invoice #4471 from the contract is attached to the weekly summary.")])
    add("hard-negative", [("f", "Sorry, I can't accept payment outside the platform. Let's keep using the contract.")])
    add("hard-negative", [("f", "Feel free to tip via the bonus feature if you're happy with the work!")])
    add("hard-negative", [("c", "The vendor on our previous project tried to get paid in crypto; we refused.")])
    add("hard-negative", [("c", "We need a Telegram bot that accepts crypto payments for our shop, USDT and BTC.")])
    add("hard-negative", [("f", "Is the weekly payment released on Wednesdays? I'm new to hourly contracts.")])
    add("hard-negative", [("c", "We owe our supplier in Germany a SEPA transfer. Can you draft an email reminding our finance team?")])

    # ---- ordinary chat ----
    add("ordinary-chat", [("f", "Attached the final PDFs. Let me know if you need any changes.")])
    add("ordinary-chat", [("f", "I'll be offline tomorrow for a public holiday, back on Thursday.")])
    add("ordinary-chat", [("c", "Could you send the source files in Figma rather than Sketch?")])
    add("ordinary-chat", [("c", "Thanks for the quick turnaround, the team loved the animation.")])
    return cases


def heldout29_cases() -> list[dict[str, Any]]:
    """Twenty-ninth held-out batch: near-pairs of off-platform asks vs. innocent look-alikes, hedged and regional asks."""
    rng.seed(29)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout29-")
    digits = "0123456789"
    base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

    # ---- near-pair: Wise as a channel vs. Wise as the job subject
    add("client-solicits", [("c", "Would you be open to taking the remaining balance through Wise instead? Our finance team finds it simpler "
                                  "than topping up the account here every month.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "We need a developer to integrate Wise Business transfers into our invoicing app so that our own customers "
                                "can pay us the remaining balance without card fees.")])

    # ---- near-pair: declined card -> Zelle vs. declined card -> platform billing method
    add("client-solicits", [("c", "Just this once, could I send the milestone via Zelle? My card keeps getting declined on the site and I "
                                  "don't want you waiting over the weekend.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "My card keeps getting declined when I fund the milestone. Do you know if the platform accepts PayPal as a "
                                "billing method? I don't want you waiting over the weekend.")])

    # ---- near-pair: extra % for paying "the other way" vs. extra % as a bonus on the contract
    add("client-solicits", [("c", "Happy to add an extra 8% for you if we settle the next invoices the other way, directly between us, "
                                  "rather than through here. Think about it.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "Happy to add an extra 8% for you as a bonus on the contract if the launch goes smoothly. "
                                "You've earned it, honestly.")])

    # ---- near-pair: payroll tool
    add("client-solicits", [("c", "For long-term people we onboard everyone onto Deel. Once you're set up there we'd end this contract and pay "
                                  "you monthly through Deel in USD.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "We pay our in-house staff through Deel. The job is a dashboard that pulls headcount and monthly USD payroll "
                                "totals from the Deel API.")])

    # ---- near-pair: invoicing the company directly vs. platform invoice for bookkeeping
    add("client-solicits", [("c", "Could you invoice our GmbH directly from next month? Accounts payable settles supplier invoices by bank "
                                  "transfer within 30 days, and we could close the contract here.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "Our GmbH needs the invoice for this contract for bookkeeping. Accounts payable asked where in the platform "
                                "I can download it, any idea?")])

    # ---- near-pair: USDT TRC20
    add("client-solicits", [("c", "I can pay in USDT on TRC20 if that works for you, much faster than waiting for the platform to clear "
                                  "the funds.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "We are building a USDT TRC20 checkout for our e-commerce store, much faster than waiting for card "
                                "settlements. Experience with TronWeb required.")])

    # ---- near-pair: M-Pesa
    add("client-solicits", [("c", "You're in Nairobi, right? I can just M-Pesa you the KES equivalent for this week, saves both of us the "
                                  "service fee.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "You're in Nairobi, right? We need someone who knows the M-Pesa Daraja API to add STK push to our "
                                "checkout, paid via weekly milestones here.")])

    # ---- near-pair: asking for bank details (intent clear) vs. reminder about withdrawal settings
    add("client-solicits", [("c", "Send me your bank details please, I'll settle the extra pages myself so we don't have to open "
                                  "another milestone.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "Please add your bank details in the platform's withdrawal settings if you haven't yet, otherwise the "
                                "milestone I just released will sit in your balance.")])

    # ---- near-pair: GCash
    add("client-solicits", [("c", "Do you prefer GCash or Maya? I'll transfer the PHP bonus there tonight rather than through the site.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Last year a contractor asked me to pay him on GCash and I refused. Glad we're doing everything properly "
                                "through the site this time.")])

    # ---- cash
    add("client-solicits", [("c", "Let's keep this contract at the minimum hours here, and I'll cover the rest in cash when we meet at "
                                  "the office on Friday.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "Cash flow is tight this month, so I'll fund the next milestone here on the 1st. Keep going with the "
                                "office floor plans in the meantime.")])

    # ---- gift cards
    add("client-solicits", [("c", "Would an Amazon gift card for the remaining $150 be okay? Way easier than creating another milestone.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "The task: design a set of printable gift card templates for our bakery, $150 fixed price, one "
                                "milestone.")])

    # ---- cheque
    add("client-solicits", [("c", "My accountant prefers paper for anything under \u00a3500, so could I post you a cheque for the "
                                  "translation instead of funding it here?")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "My accountant asked whether your tax form is on file with the platform. Could you upload the W-8BEN "
                                "in the tax information section?")])

    # ---- Pix
    add("client-solicits", [("c", "Pix \u00e9 mais f\u00e1cil pra mim: can I just Pix you the R$ 800 and we skip the platform fee?")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "We need a landing page in Portuguese explaining to customers how to pay our shop by Pix, "
                                "R$ 800 budget.")])

    # ---- hedged Payoneer vs. question about how the platform pays out
    add("client-solicits", [("c", "No pressure at all, but some freelancers I work with prefer direct Payoneer transfers for the later "
                                  "phases. Is that something you'd consider?")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "Do you use Payoneer to withdraw your earnings from here? I'm curious which withdrawal option is cheapest "
                                "for freelancers in Egypt.")])

    # ---- look-alike letters / zero-width
    add("client-solicits", [("c", "Could you take the rest via P\u0430yP\u0430l friends & family? It avoids the site's cut for both "
                                  "of us.")], client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "For the next sprint, send the EUR directly by W\u200bise and I'll give you 5% off.")],
        freelancer=[(0, "PAY001")])

    # ---- freelancer-side pairs
    add("freelancer-solicits", [("f", "To avoid the 10% cut, would you mind sending future payments directly to my Revolut? I'll take a "
                                      "little off the rate.")], freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "The 10% service fee is deducted automatically on my side, so I've already priced it in. No need to add "
                                "anything to the rate.")])
    add("freelancer-solicits", [("f", "For the maintenance retainer it might be easier if I bill you directly each month: my company sends "
                                      "an invoice and you pay by bank transfer.")], freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "For the maintenance retainer it might be easier to set up a monthly hourly contract here, so billing "
                                "runs automatically each week.")])
    add("freelancer-solicits", [("f", "Quick question: could you pay this last milestone through UPI instead? Withdrawals from here to "
                                      "India take almost a week.")], freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "Withdrawals from here to my Indian bank take almost a week, so don't worry if I confirm the milestone "
                                "late. Everything is fine on my end.")])
    add("freelancer-solicits", [("f", "If it's easier, I also accept ETH on Arbitrum or Base for the small tasks, so we wouldn't need to open "
                                      "a new contract each time.")], freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "I've deployed contracts on Arbitrum and Base before and I'm happy to audit your ETH staking contract "
                                "within the fixed price.")])
    add("freelancer-solicits", [("f", "Rather than a new contract for the extra logo variants, just Venmo me whatever you think is fair.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "A previous client paid me through Venmo years ago, before I joined this site. These days all my work "
                                "goes through contracts here.")])
    add("hard-negative", [("c", "Rather than a new contract for the extra logo variants, I'll add a bonus through this contract. "
                                "Whatever you think is fair.")])
    add("freelancer-solicits", [("f", "From next month I'm moving my clients to Remote.com for payroll. Could you onboard me there so we "
                                      "can end the contract here?")], freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "In the market research report I'll compare Remote.com, Deel and Oyster on payroll fees for "
                                "contractors in Latin America.")])
    add("hard-negative", [("f", "My bank details are already in the platform's payment settings, so the withdrawal should land "
                                "on Tuesday. Thanks for releasing it!")])

    # ---- details
    add("details-valid", [("f", f"Thanks! For the remaining part you can wire it directly: IBAN {grouped(iban('DE', 22))}, "
                                f"account holder Jonas Weber.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My PayPal is lena.k.design@gmail.com, send the 200 there and I'll start today.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"USDT (TRC20) address: {tron()} \u2014 once it arrives I'll push the final files.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "If you want to skip the fees, you can tip me directly at $MiroBuilds on Cash App.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Here's a link so we can settle outside the contract: https://paypal.me/arturnowak/300")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"BTC works for me: {segwit()}. Send whenever you're ready, no need to fund a milestone.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "For a direct transfer: account name R. Okafor, sort code 20-45-77, account number 53108842. "
                                "GBP only please.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Chase checking, routing 021000021, account 483920117. Send the balance there and we're square.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Just send a payment request to my Revolut, @dmitri_v, and I'll approve it right away.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", f"SWIFT BPKOPLPW, IBAN {grouped(iban('PL', 28))}. EUR or PLN are both fine, just not through here "
                                f"please.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Lightning is down for me at the moment, so on-chain to {taproot()} please.")],
        freelancer=[(0, "PAY002")])

    # ---- identifiers in a job context (valid) and corrupted identifiers
    add("identifier-job-context", [("c", f"Here's the test IBAN our SEPA sandbox uses: {grouped(iban('NL', 18))}. Make sure the "
                                         f"mandate form validates it.")])
    add("identifier-job-context", [("c", f"The token contract is deployed at {eth()}; please verify the source and check the withdraw "
                                         f"function for reentrancy.")])
    add("identifier-job-context", [("f", f"I added a unit test: validate_btc('{btc()}') returns True, and the bech32 case passes too.")])
    add("identifier-job-context", [("c", f"For the donation widget, show our foundation's public address {p2sh()} in the page footer "
                                         f"with a QR code.")])
    add("identifier-invalid", [("c", f"The wallet string in row 14, {corrupt(tron(), base58)}, fails the checksum. Flag it in the "
                                     f"import report.")])
    add("identifier-invalid", [("f", f"Your validator accepted {grouped(corrupt(iban('IT', 27), digits))}, which should be rejected: "
                                     f"the check digits don't match.")])
    add("identifier-invalid", [("c", f"A customer says a deposit to {corrupt(segwit(), bech32)} never arrived. Can you confirm the "
                                     f"address is malformed?")])
    add("identifier-invalid", [("f", f"Please transfer the rest directly to IBAN {grouped(corrupt(iban('ES', 24), digits))}, "
                                     f"not through the platform.")], freelancer=[(0, "PAY001")])

    # ---- cover letters
    add("cover-letter", [("f", "Hi! Senior Flutter developer, 7 years. I bill long-term clients directly via Wise to keep my rates low, "
                               "so we could agree the scope here and then move billing off-site.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hello, I write SEO articles for fintech brands. My rate is 20% lower when paid directly: PayPal "
                               "ana.ruiz.copy@gmail.com. Samples attached.")], freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "I've integrated Stripe, PayPal and Razorpay checkouts for 30+ stores. Happy to work at a fixed price "
                               "with milestones here.")], surface="proposal")
    add("cover-letter", [("f", "Based in Lagos, I've built Paystack and Flutterwave integrations for three NGN lending apps. "
                               "I'd split your project into two milestones.")], surface="proposal")
    add("cover-letter", [("f", "Previously at a crypto exchange, I handled USDT deposits on TRC20 and ERC20 and can build your wallet "
                               "reconciliation tool quickly.")], surface="proposal")

    # ---- conversations with violations
    add("conversation", [("c", "Can I pay you on Wise for this one?"),
                         ("f", "Sure, what do you need from me?"),
                         ("c", "Just the email you registered with Wise.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "The fee here is eating my budget. Any chance we settle by bank transfer?"),
                         ("f", "What would that look like exactly?"),
                         ("c", "I'd send the money to your account and we'd close the contract on the site."),
                         ("f", "Ok, that works for me.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "Would you be okay paying me via Skrill for the next milestones?"),
                         ("c", "I'd rather use Payoneer, if that's fine with you.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can you send me your IBAN? I'll pay the second half directly."),
                         ("f", f"Here you go: {grouped(iban('FR', 27))}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "I'll send you $400 by Zelle if you cancel the contract here."),
                         ("f", "Sorry, I only accept payment through the platform. Let's keep it on the contract.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Could we do crypto for the next part?"),
                         ("c", "No, let's keep everything on the platform please.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "Would you accept payment via Payoneer?"),
                         ("f", "What's Payoneer?"),
                         ("c", "A transfer service. I'd send money straight to your account, no platform fee."),
                         ("f", "Ah ok, sounds good then.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Could we handle payments outside the site from now on?"),
                         ("f", "Hmm, I'm not sure about that."),
                         ("c", "I could do PayPal or Wise, whichever you prefer.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [("f", "Would you mind paying me via Wise?"),
                         ("c", "ok deal"),
                         ("f", "Great, my Wise email is kemal.arslan@outlook.com")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can I pay in bKash? International transfers are a pain from Dhaka."),
                         ("f", "bKash works, or Nagad if that's easier for you.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Could I pay you directly through Wise for this one?"),
                         ("c", "It's only because my company card isn't accepted here."),
                         ("f", "I understand, but it has to stay on the platform, and I'm required to report this. No hard feelings.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Is there any way to lower the fees on our end?"),
                         ("f", "If you pay me in USDC on Polygon directly there's basically no fee at all.")],
        freelancer=[(1, "PAY001")])
    add("conversation", [("c", "Mind if I Venmo you for the rush fee?"),
                         ("f", "Sure thing, @tasha-draws")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "I can pay via Wise or PayPal, your choice, so we both avoid fees."),
                         ("f", "PayPal.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "The milestone keeps failing to fund."),
                         ("f", "Maybe try another billing method in your settings?"),
                         ("c", "Honestly it's easier if you give me your account number and SWIFT and I send it myself.")],
        client=[(2, "PAY001")])
    add("conversation", [("c", "Would you take the rest as a bank transfer in TRY to save us both the fees?"),
                         ("f", "I guess just this once would be ok.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Got the bonus, thank you!"),
                         ("c", "Great. Next time I might just send it by Wise to skip the fee, alright?")],
        client=[(1, "PAY001")])
    add("conversation", [("c", "Can I JazzCash you the PKR for the revisions?"),
                         ("f", "No thanks, please add it as a milestone instead."),
                         ("c", "Are you sure? It's just JazzCash, nobody will notice.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [("f", "Would you be able to pay the last AED 1,200 by bank transfer instead?"),
                         ("f", "My withdrawal method here has been stuck in verification for two weeks."),
                         ("c", "Sure, send me the details.")],
        freelancer=[(0, "PAY001")], client=[(2, "PAY003")])

    # ---- conversations without violations
    add("hard-negative", [("c", "Is it possible to pay you a bonus?"),
                          ("f", "Yes, there's a 'Give bonus' option on the contract page."),
                          ("c", "Found it, sent!")])
    add("hard-negative", [("c", "I've released the payment for milestone 2."),
                          ("f", "Received, thank you! I'll start on milestone 3 tomorrow.")])
    add("hard-negative", [("f", "How do I get paid from here to my bank in Pakistan?"),
                          ("c", "I think you add it under withdrawal methods. Some people withdraw to Payoneer too.")])
    add("hard-negative", [("c", "Our finance team asked if you take Zelle. I told them it has to go through the contract here, "
                                "so I'll fund the milestone today.")])
    add("hard-negative", [("f", "Heads up: someone claiming to be a client messaged me asking to pay through Western Union. "
                                "I reported it to support.")])
    add("hard-negative", [("c", "What is Wise exactly? A colleague mentioned it for sending money to family abroad.")])
    add("hard-negative", [("f", "Could you request a refund through the platform for the unused hours? I don't mind at all.")])
    add("hard-negative", [("f", "Please don't offer to pay me through PayPal, I keep everything on the contract here.")])
    add("hard-negative", [("c", "Escrow is funded for the full $2,400, so you're covered for all three phases.")])
    add("hard-negative", [("c", "We paid our previous designer by wire transfer back in 2021, before we moved hiring to this site.")])
    add("hard-negative", [("c", "Our UK supplier and our accountant settle by bank transfer every month. I need you to build the "
                                "reconciliation sheet for it.")])
    add("hard-negative", [("c", "Our customers pay us in USDC and we pay our contractors in EUR. Can you write a script that logs "
                                "both sides?")])
    add("hard-negative", [("c", "Our billing address for the invoices is Hauptstra\u00dfe 12, 10115 Berlin. I've added our VAT ID in "
                                "the platform's billing settings too.")])
    add("hard-negative", [("f", "For the article, should I explain sending USDT on TRC20 vs ERC20 with screenshots of an "
                                "exchange withdrawal screen?")])
    add("hard-negative", [("c", "That outage really cost us; we paid dearly in lost signups. Let's not cash in on the redesign "
                                "until the bug is fixed.")])
    add("hard-negative", [("f", "I'll log hours on the weekly timesheet as usual; this week shows 12.5 hours, billed through the "
                                "platform on Monday.")])

    # ---- ordinary chat
    add("ordinary-chat", [("c", "Thanks for the mockups. Can we make the header a bit darker?")])
    add("ordinary-chat", [("c", "When can you deliver the second draft?"),
                          ("f", "Thursday evening, my time."),
                          ("c", "Perfect, thanks.")])
    add("ordinary-chat", [("f", "I submitted the milestone for review. Let me know if anything needs changes.")])
    add("ordinary-chat", [("f", "I'll be travelling next week, so replies may be slower, but the deadline stands.")])
    return cases


def heldout30_cases() -> list[dict[str, Any]]:
    """Thirtieth held-out batch: blind mix of proposals, details, agreements, declines, identifiers and hard negatives."""
    rng.seed(30)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout30-")
    digits = "0123456789"
    base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

    # --- client proposes (single messages) ---
    add("client-solicits", [("c", "Can we move the rest of this off Upwork? I'd rather just Zelle you directly and skip the fees on both ends.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I can pay you in USDT for the remaining sprints if that suits you, it's a lot faster than waiting on milestone approvals.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would you be open to joining our Deel payroll as a contractor instead of billing hours here? Same rate.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "For the small copy fixes let me just send you an Amazon gift card, easier than opening a new contract.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Können wir die restlichen Stunden direkt per Überweisung abrechnen, ohne die Plattform? Spart uns beiden Gebühren.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Te pago por Bizum el resto del proyecto, así nos ahorramos la comisión. ¿Me pasas tu número?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'll bring cash to the venue on Friday for the event photos, no need to set up another milestone.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "send me your venmo and i'll take care of the extra hours myself, no need to bother with the contract")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'll send the balance through P\u0430yPal friends & family, just give me the email you use there.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Bhai UPI pe direct bhej deta hoon, platform ka fee kyun dena. GPay number share karo.")],
        client=[(0, "PAY001")])

    # --- freelancer proposes (single messages) ---
    add("freelancer-solicits", [("f", "Honestly I'd prefer to be paid through Wise for this one, the fees here take a big bite out of a small job.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Could we settle the final invoice by bank transfer outside the site? I'd knock 10% off for you.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I also accept BTC or ETH if you'd like to avoid the platform fees for the next modules.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Se preferir, pode me pagar via Pix direto, fica mais barato pra nós dois e o dinheiro cai na hora.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "On peut régler la suite par virement directement, hors plateforme ? Je vous enverrai mon RIB.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Message me on WhatsApp and we'll sort payment via M-Pesa, much quicker for me here in Nairobi.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Kalau bisa bayarnya lewat GoPay atau transfer BCA aja ya kak, biar nggak kena potongan.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "next time just pay me on c a s h a p p and ill turn it around same day")],
        freelancer=[(0, "PAY001")])

    # --- own payment details (valid) ---
    add("details-valid", [("f", f"Bank details for the transfer: IBAN {grouped(iban('DE', 22))}, Commerzbank, account holder M. Krüger.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My PayPal is lena.design.studio@gmail.com, send the balance there and I'll close the contract on my end.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"You can send the USDT (TRC20) to {tron()} and I'll start as soon as it lands.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My cashtag is $marcowrites, just send it whenever you're ready for the next chapter.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Sort code 20-45-77, account number 43917254, name J. Okafor. Please pay the March invoice directly.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Routing 021000021, account 483920175566 at Chase. Direct deposit is easiest for me.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Quicker this way: https://paypal.me/ArturoDevs/450 and we're square for the API work.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Mi IBAN: {grouped(iban('ES', 24))}, titular Lucía Marín. Cuando hagas la transferencia me avisas.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Send the BTC to {segwit()} and drop me the tx hash when it's out.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Just request the money from my Venmo, @dana-kowalski-22, and I'll approve it tonight.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", f"Je kunt het bedrag overmaken naar {grouped(iban('NL', 18))} t.n.v. S. de Vries, dan ben je van de fee af.")],
        freelancer=[(0, "PAY002")])

    # --- identifiers: corrupted ---
    add("identifier-invalid", [("f", f"Transfer it to my IBAN {corrupt(iban('FR', 27), digits)} and I'll send the files right after.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Wallet: {corrupt(btc(), base58)} send the BTC there instead of the milestone.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("c", f"Our validator correctly rejects {corrupt(segwit(), bech32)}, but the error text is confusing. Can you reword it?")])
    add("identifier-invalid", [("f", f"The importer chokes on row 88: {corrupt(tron(), base58)}. Looks like a bad checksum in the source CSV.")])
    add("identifier-invalid", [("c", f"Reference {corrupt(iban('IT', 27), digits)} keeps showing up in the error log. Can you find out where it comes from?")])

    # --- identifiers: valid, job context ---
    add("identifier-job-context", [("c", f"For the checkout QA, use this sandbox test IBAN: {iban('DE', 22)}. It should pass the form validation.")])
    add("identifier-job-context", [("c", f"The explorer widget should show the balance of our public treasury address {btc()}, read-only.")])
    add("identifier-job-context", [("f", f"Validation fixed: {eth()} now passes the checksum test and lowercase input gets normalised.")])
    add("identifier-job-context", [("c", f"Unit test needs a real P2SH example; use {p2sh()} and assert the parser tags it as script-hash.")])
    add("identifier-job-context", [("c", f"Put our charity's donation address {tron()} in the landing page footer as plain text, no QR code.")])

    # --- cover letters ---
    add("cover-letter", [("f", "Hi! I've built 30+ Shopify stores for fashion and beauty brands. I can deliver your theme customisation "
                               "in 5 days, including mobile QA. Happy to share a couple of live examples on a call.")], surface="proposal")
    add("cover-letter", [("f", "Hello, I'm a bookkeeper with 8 years in Xero and QuickBooks. My rate here is $40/h, but if you'd rather "
                               "hire me directly and pay through Payoneer I can do $32/h.")], freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "I've integrated Stripe, PayPal and Klarna checkouts for a dozen WooCommerce shops, so your payment "
                               "gateway migration is right in my wheelhouse. First milestone: audit of the current setup.")], surface="proposal")
    add("cover-letter", [("f", "I can start today. To lock in the slot, send the deposit via paypal.me/nadiavoiceover and I'll "
                               "record the first 10 minutes of the audiobook by tomorrow.")], freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Bonjour, je traduis de l'anglais vers le français depuis 12 ans (juridique et technique). Je propose "
                               "trois jalons : glossaire, première moitié, relecture finale.")], surface="proposal")

    # --- hard negatives ---
    add("hard-negative", [("c", "Looking for a React Native dev to integrate Venmo and Cash App payouts into our tutoring marketplace.")])
    add("hard-negative", [("f", "Milestone 2 is submitted, please release it when you get a chance.")])
    add("hard-negative", [("c", "I sent a $50 bonus through the contract page for the extra revisions, thanks a lot!")])
    add("hard-negative", [("f", "Years ago a client talked me into taking PayPal outside the site and never paid the last part. Lesson learned.")])
    add("hard-negative", [("c", "What is Wise exactly? My accountant mentioned it for paying our supplier in Valencia.")])
    add("hard-negative", [("f", "Withdrew my earnings to my own bank account this morning, it took two days to clear.")])
    add("hard-negative", [("c", "Need a 1,500-word blog post comparing Zelle, Venmo and Cash App for small retail businesses.")])
    add("hard-negative", [("f", "The invoice for this contract is in the Reports section, you can download it as a PDF for your accountant.")])
    add("hard-negative", [("c", "I've asked for a refund of the unfinished milestone through the platform's dispute process. Sorry it came to this.")])
    add("hard-negative", [("c", "Don't worry about the extra hours now, this groundwork will pay off when we launch.")])
    add("hard-negative", [("f", "Heads up: another client tried to get me to switch to crypto payments last week, I reported it to support.")])
    add("hard-negative", [("c", "I updated my billing method to the new company Visa, so this week's charge should go through.")])
    add("hard-negative", [("f", "The Stripe webhook now handles failed payments and posts an alert to your #billing Slack channel.")])
    add("hard-negative", [("c", "Please translate our 'How to pay by bank transfer' help page into Brazilian Portuguese.")])
    add("hard-negative", [("f", "Ya envié el hito final; cuando lo apruebes, la plataforma libera el pago.")])
    add("hard-negative", [("c", "Ich habe den Meilenstein gerade finanziert, du kannst loslegen.")])
    add("hard-negative", [("f", "Back in 2019 a local paper paid me by cheque every month, so I know how slow that gets.")])
    add("hard-negative", [("c", "We need a script that matches M-Pesa confirmation SMS messages to orders in our ERP.")])
    add("hard-negative", [("c", "Cash is tight this quarter, so let's keep scope small and add features later as new milestones.")])
    add("hard-negative", [("f", "If you want to tip for the rush, there's a bonus button on the contract page, totally optional.")])
    add("hard-negative", [("c", "Our distributor in Dubai wired their deposit to us last week, so the catalogue shoot is a go.")])
    add("hard-negative", [("f", "Do I need a Payoneer account to withdraw my earnings from the platform in Pakistan, or is direct-to-bank enough?")])
    add("hard-negative", [("f", "Dana dari milestone sudah masuk, terima kasih banyak kak!")])
    add("hard-negative", [("f", "The wallet app mockups are attached: three variants of the send/receive crypto screen.")])
    add("hard-negative", [("c", "My co-founder reimburses our printer in cash; they sort it out between themselves, nothing to do with you.")])

    add("hard-negative", [("f", "Your escrow refund for the cancelled milestone was processed by the platform, it should show on your card in a few days.")])
    add("hard-negative", [("c", "Reminder for the newsletter: our customers can now pay by Apple Pay and SEPA transfer at checkout.")])
    add("hard-negative", [("f", "The tenant paid the landlord by cheque, that's why the rent ledger in the sheet shows a 5-day lag.")])

    # --- ordinary chat ---
    add("ordinary-chat", [("c", "Great work on the logo! Can you send the SVG and a version with a transparent background?")])
    add("ordinary-chat", [("f", "I'm offline tomorrow for a public holiday, back on Thursday morning.")])
    add("ordinary-chat", [("c", "Could we jump on a Zoom call at 3pm CET to walk through the wireframes?")])
    add("ordinary-chat", [("c", "Merci pour la traduction, c'est parfait. On continue avec le chapitre 4 ?")])
    add("ordinary-chat", [("f", "Quick question: US or UK spelling throughout the report?")])
    add("ordinary-chat", [("c", "How's the data cleanup going?"), ("f", "About 70% done, the duplicates were worse than expected."),
                          ("c", "No rush, quality first.")])

    add("ordinary-chat", [("f", "Thanks for the quick feedback! I'll push the revised colour palette by end of day.")])

    # --- conversations ---
    add("conversation", [("c", "Mind if I pay you through PayPal for the rest? Platform fees are steep."),
                         ("f", "Sure, that works for me."),
                         ("c", "Great, I'll send it tonight after the call.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Let's do the next batch of illustrations outside Upwork, I'll pay by bank transfer."),
                         ("f", "Sorry, I only take payment through the platform. I'll have to mention this to support.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Would you be able to pay via Wise? It saves me a lot on currency conversion."),
                         ("c", "What's Wise? Is it safe?"),
                         ("f", "It's a money transfer service, low fees and it's regulated in the UK."),
                         ("c", "Ok, let's do it that way then.")],
        freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("c", "Can I just transfer the money straight to your bank account?"),
                         ("f", f"Yes, here you go: {grouped(iban('PL', 28))}, Adam Nowak.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Are you ok paying in crypto for the rest of the audit?"),
                         ("c", "I'd rather use Zelle if that's fine with you."),
                         ("f", "Fine by me. Zelle: rohan.audits@outlook.com")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can we settle the remaining hours outside the platform via bank transfer?"),
                         ("f", "I'd rather not, everything goes through the contract."),
                         ("c", "Fine, what about Payoneer then? It's not a bank."),
                         ("f", "Still no, that's also off-platform. I've reported this conversation.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])
    add("conversation", [("c", "I'd like to pay you via Venmo from now on, is that ok?"),
                         ("f", "Let me think about it, I've never done that before."),
                         ("c", "Sure, let me know."),
                         ("f", "Alright, Venmo it is.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "Can you pay me by direct bank transfer for this one?"),
                         ("c", "Let me check with finance."),
                         ("f", "It's just that the withdrawal fees in my country are brutal."),
                         ("c", "Finance says no, we keep everything on the platform.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "I'll pay you in cash when we meet for the site survey, ok?"),
                         ("f", "Sure, cash is fine.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Can I pay you extra for the rush delivery?"),
                         ("f", "Sure, you can add a bonus or a new milestone on the contract."),
                         ("c", "Done, added a $100 bonus.")])
    add("conversation", [("f", "Has the payment gone through? I don't see it yet."),
                         ("c", "I approved the milestone yesterday, it says processing."),
                         ("f", "Got it, there's usually a short security hold before it's available.")])
    add("conversation", [("c", "Send me a PayPal invoice at billing@kestrel-media.co and I'll pay it outside the platform."),
                         ("f", "Sure, invoice is on its way.")],
        client=[(0, "PAY002")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "If you pay the next milestone directly I can start sooner."),
                         ("c", "ok deal"),
                         ("f", "My Revolut tag is @ivanamotion, send it there.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "¿Podemos hacer el pago por transferencia directa? Así no pagamos la comisión."),
                         ("f", "No, lo siento, solo trabajo a través de la plataforma. Lo voy a reportar.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Podemos fazer o pagamento por Pix? Fica mais simples pra mim."),
                         ("c", "Pode ser."),
                         ("f", "Minha chave Pix é o e-mail carla.souza.arq@gmail.com.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Do you accept crypto? I'd prefer to pay that way."),
                         ("f", "Yes, USDT on Tron works best for me.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Would you take payment by PayPal off the platform? Also, can you hit Friday for the deadline?"),
                         ("f", "Sure, Friday works for the deadline. Payment has to stay on the platform though.")],
        client=[(0, "PAY001")])
    add("conversation", [("f", "Could you pay me directly on Skrill for the next logo set?"),
                         ("c", "No thanks, I'll keep it on the contract. Reporting this, sorry.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "Would you be ok with getting paid over Skrill?"),
                         ("f", "Why not through here?"),
                         ("c", "Our company card gets declined on the platform half the time."),
                         ("f", "Ok, makes sense. Skrill is fine.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "A previous client paid me through PayPal outside the site and it got messy with disputes."),
                         ("c", "Yeah, let's stick with milestones here then.")])
    add("conversation", [("c", "How about I pay you in Steam gift cards? My card doesn't work here."),
                         ("f", "Haha no thanks, that's how scams start. Let's keep it on the contract."),
                         ("c", "Fair enough.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Once the trial week ends we'd like to move you onto our Gusto payroll as a contractor."),
                         ("f", "Sounds good!")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Можем рассчитаться напрямую, переводом на карту?"),
                         ("f", "Нет, оплата только через платформу.")],
        client=[(0, "PAY001")])
    add("conversation", [("f", "Can you pay me by Wise transfer this time?"),
                         ("c", "I only have Revolut, can I send it there instead?")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "I need the dashboard to show Payoneer and Wise payout fees side by side."),
                         ("f", "Got it. Do you have API keys for both sandboxes?"),
                         ("c", "Yes, I'll share them through the project vault.")])
    add("conversation", [("c", "Can I send the money to your bank directly to save on fees?"),
                         ("f", "I can't do that, payments stay here. I'll let the platform know about the request."),
                         ("c", "No problem, I'll fund the milestone then.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Do you charge extra for weekend work?"),
                         ("f", "Yes, 20% on weekends. I can add it as a separate milestone so it's clear on the invoice."),
                         ("c", "Perfect, go ahead.")])
    return cases


def heldout31_cases() -> list[dict[str, Any]]:
    """Thirty-first held-out batch: mid-thread proposals, delayed/conditional agreement, pressure and reports, hard negatives."""
    rng.seed(31)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout31-")
    digits = "0123456789"
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    b32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

    # ---------------- conversations with violations ----------------
    add("conversation", [
        ("c", "Thanks for the first draft of the landing page copy, the tone is spot on."),
        ("f", "Glad it landed well! I'll tighten the FAQ section tonight and send v2 tomorrow."),
        ("c", "Great. By the way, the fee this site adds is eating my budget. Could I just send the rest over PayPal?"),
        ("f", "Sure, that works for me."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])

    add("conversation", [
        ("c", "Is the Portuguese translation finished? Our launch is on Monday."),
        ("f", "Yes, uploading it now. For the next batch, would you be open to paying me through Wise directly? Much cheaper for both of us."),
        ("c", "Hm, how would that work with the contract we have here?"),
        ("f", "We'd wrap this contract up after the batch, then I email you my own invoice and you settle it. No cut taken by anyone."),
        ("c", "Ok, let's try it for the next batch."),
    ], freelancer=[(1, "PAY001")], client=[(4, "PAY003")])

    add("conversation", [
        ("c", "Logo concepts look great, let's go with option B."),
        ("f", "Perfect, I'll prepare the final files in SVG, PNG and PDF."),
        ("c", "For the final payment I'd rather wire it straight to your bank, saves us both the fees."),
        ("f", "Thanks for offering, but I keep all payments on the platform. It protects both of us."),
        ("c", "Come on, it's only $400. I can Zelle it to you in two minutes, nobody checks these things."),
        ("f", "I understand, but my answer is still no. Please release the milestone once you're happy with the files."),
    ], client=[(2, "PAY001"), (4, "PAY001")])

    add("conversation", [
        ("c", "Hi Amina, your Swahili subtitles were perfect. We have 12 more episodes coming."),
        ("f", "Wonderful, happy to continue. Same rate per minute of video?"),
        ("c", "Same rate. But this time I'll pay you on M-Pesa, it's quicker than waiting for the release here."),
        ("f", "Sorry, I can only accept payment through the platform. I've also let support know about this request, as they ask us to."),
    ], client=[(2, "PAY001")], flags=[("f", 2)])

    add("conversation", [
        ("f", "Here's the revised budget spreadsheet, the VLOOKUP errors are fixed."),
        ("c", "Brilliant, thank you. For future jobs, can I pay you via Revolut instead? It's faster on my side."),
        ("f", "If you cover the transfer fee, then fine, Revolut works."),
    ], client=[(1, "PAY001")], freelancer=[(2, "PAY003")])

    add("conversation", [
        ("f", "Chapter 4 edits are attached, I flagged two timeline inconsistencies in the margin."),
        ("c", "Thanks. Would you consider taking a bank transfer for the remaining chapters? The fees here add up for me."),
        ("f", "Let me think about it, I've never done that before."),
        ("c", "No rush at all."),
        ("f", "Ok, I've thought it over. Let's do the bank transfer for the rest of the chapters."),
    ], client=[(1, "PAY001")], freelancer=[(4, "PAY003")])

    add("conversation", [
        ("f", "Episode 7 is mixed and mastered, loudness is at -16 LUFS as you asked."),
        ("c", "Sounds excellent. Can we do the next episodes off-site? I'd send the euros straight to your account."),
        ("f", f"Fine by me. IBAN {grouped(iban('NL', 18))}, account name J. de Vries."),
    ], client=[(1, "PAY001")], freelancer=[(2, "PAY003")])

    add("conversation", [
        ("c", "The product photos are gorgeous, especially the flat lays."),
        ("f", "Thank you! Retouching the last six tonight."),
        ("c", "Can I pay you with Venmo for this last set?"),
        ("f", "I don't use Venmo, but USDT on Tron would be fine."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])

    add("conversation", [
        ("c", "Could we handle payment by Payoneer from now on?"),
        ("c", "The reason is our finance team can't add new vendors on this site until next quarter."),
        ("f", "I understand the situation, but I'll have to keep payments here. Maybe ask support, they may be able to help your finance team."),
    ], client=[(0, "PAY001")])

    add("conversation", [
        ("f", "Before we start phase two: would you be ok paying me directly by bank transfer? I'd knock 10% off the price."),
        ("c", "10% off? Sure, deal."),
        ("f", f"Great, here are my details: IBAN {grouped(iban('ES', 24))}, holder Lucía Ferrer."),
    ], freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])

    add("conversation", [
        ("c", "Do you accept Cash App? I'd rather send it there than through here."),
        ("f", "Yes, Cash App is fine."),
        ("c", "Cool, I'll send it Friday once the files are in."),
        ("f", "Files will be in Thursday night."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("conversation", [
        ("f", "The itinerary for the Palawan trip is done, I added two backup islands in case of weather."),
        ("c", "Amazing work. I can pay via GCash or Maya, whichever you prefer, if we skip the site fees."),
        ("f", "GCash is better for me."),
    ], client=[(1, "PAY001")], freelancer=[(2, "PAY003")])

    add("conversation", [
        ("c", "Your React work has been great these three months. We'd like to move you onto our Gusto payroll as a contractor and pay you from there."),
        ("f", "Thanks! Would I still keep the contract here?"),
        ("c", "No, we'd end it and pay you directly every month, same rate."),
        ("f", "Alright, that sounds more stable. Let's do it."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])

    add("conversation", [
        ("c", "I see from your profile you're in Lisbon too!"),
        ("f", "Yes, in Alfama. Small world."),
        ("c", "Then let's keep it simple: I'll hand you the cash at a café when the site is finished."),
        ("f", "That's kind, but I'd like to keep payment on the contract. Happy to meet for a coffee anyway though!"),
    ], client=[(2, "PAY001")])

    add("conversation", [
        ("c", "Can I mail you a cheque for this month instead?"),
        ("f", "What's the issue with paying here?"),
        ("c", "Our company card got blocked on the platform after a fraud alert."),
        ("f", "Then please sort out the billing method here first, I can wait a few days."),
    ], client=[(0, "PAY001")])

    add("conversation", [
        ("f", "Work is done, please check the repo when you have a moment."),
        ("c", "Looks good, merging now."),
        ("f", "For the extra part we discussed, could you send it in BTC instead? I'm travelling and my cards are limited."),
        ("c", "No, I'll pay the extra through the contract."),
        ("f", "Ethereum then? Or USDC, any chain works for me."),
        ("c", "No. I've reported this conversation to support."),
    ], freelancer=[(2, "PAY001"), (4, "PAY001")], flags=[("c", 4)])

    add("conversation", [
        ("c", "The Hindi voice-over is exactly what we needed."),
        ("f", "Thank you! To save the fees next time, you can pay me on UPI: rohan.mehta@okhdfcbank"),
        ("c", "ok, will do that for the next project"),
    ], freelancer=[(1, "PAY002")], client=[(2, "PAY003")])

    add("conversation", [
        ("c", "Would you be willing to take this job off the platform? I'd pay through Wise, same amount."),
        ("f", "I'm not totally comfortable with that..."),
        ("c", "I get it. I've paid dozens of freelancers that way and never had a problem."),
        ("f", "Ok, just this once then."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])

    add("conversation", [
        ("f", "I've mapped all 40 endpoints in the Postman collection."),
        ("c", "Great. Honestly the service fee on top is annoying for us."),
        ("f", "I can send you a Payoneer payment request instead, then you skip that fee."),
        ("c", "Oh nice, yes please."),
        ("f", "Sending the request in a moment."),
    ], freelancer=[(2, "PAY001")], client=[(3, "PAY003")])

    add("conversation", [
        ("c", "Hey, the banner sizes are right now, thanks."),
        ("f", "Good to hear."),
        ("c", "Can you send me a Skrill request instead, so I pay you there?"),
        ("f", "What's Skrill exactly?"),
        ("c", "It's an e-wallet, like PayPal. Easy for me."),
        ("f", "Thanks for explaining, but I'll stick to payments through the platform."),
    ], client=[(2, "PAY001")])

    add("conversation", [
        ("c", "New deadline for the pitch deck is Wednesday. Also, if the platform keeps delaying payouts, could I pay you on Zelle?"),
        ("f", "Wednesday works. On payment, let's not. If there's a delay I'll contact support."),
        ("c", "Fair enough."),
    ], client=[(0, "PAY001")])

    add("conversation", [
        ("c", "The Excel macro works perfectly now."),
        ("f", "Good! Next step is the Power BI dashboard."),
        ("c", "Sure. One thing: I'll send via P\u0430yP\u0430l from now on, the card fees here are silly."),
        ("f", "ok"),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])

    add("conversation", [
        ("f", "Character sheets are finished, 5 poses each."),
        ("c", "Love them! How do you want the tip for the extra poses?"),
        ("f", "add me on Ven\u200bmo @jules-art-studio and send it there"),
        ("c", "ok sending now"),
    ], freelancer=[(2, "PAY002")], client=[(3, "PAY003")])

    add("conversation", [
        ("c", "Your Shopify theme tweaks fixed the mobile menu."),
        ("f", "Great. The next thing I'd tackle is page speed."),
        ("c", "Sounds good. Our budget is tight, would you accept Amazon gift cards for part of it?"),
        ("f", "No, I'm sorry, payments need to go through the platform. I'm reporting this as the rules require, nothing personal."),
        ("c", "Understood, we'll keep it on the contract."),
    ], client=[(2, "PAY001")], flags=[("f", 2)])

    add("conversation", [
        ("f", "Hi Daniel, just checking whether the wireframes match what you pictured."),
        ("c", "They do, good job. Let's discuss payment for the UI phase."),
        ("f", "Sure. Honestly it would help me if you paid via Interac e-Transfer, I'm in Toronto."),
        ("c", "Let me check with my partner first."),
        ("c", "My partner says fine, Interac it is."),
    ], freelancer=[(2, "PAY001")], client=[(4, "PAY003")])

    add("conversation", [
        ("c", "Can you start the data labelling on Monday?"),
        ("f", "Yes. By the way, I can give you a better rate if we do it outside the platform and you pay by Pix."),
        ("c", "No thanks, we only hire through here."),
        ("f", "Understood, no problem. Monday then."),
    ], freelancer=[(1, "PAY001")])

    add("conversation", [
        ("c", "Your Arabic localisation was flawless, the app store reviews love it."),
        ("f", "Very happy to hear it!"),
        ("c", "For the next release, is it ok if we pay you through STC Pay? We'd save a lot on conversion."),
        ("f", "Why not through here? I have the hourly contract set up already."),
        ("c", "Our Riyadh office manages that budget and they only use local wallets."),
        ("f", "Ok, understood. STC Pay then."),
    ], client=[(2, "PAY001")], freelancer=[(5, "PAY003")])

    add("conversation", [
        ("f", "I'd prefer to be paid in Bitcoin for this one, it's easier for me."),
        ("c", "Hmm, I've never bought crypto."),
        ("f", f"It's easy, any exchange works. Send it here: {btc()}"),
        ("c", "I'll keep using the contract, sorry."),
    ], freelancer=[(0, "PAY001"), (2, "PAY002")])

    # ---------------- conversations without violations ----------------
    add("conversation", [
        ("c", "We need Stripe Checkout wired into our Next.js store, with webhooks for failed payments."),
        ("f", "Got it. One-time payments only, or subscriptions too?"),
        ("c", "Subscriptions too, and Apple Pay through Stripe if possible."),
        ("f", "Doable. I'll set it up with test-mode keys first and send you a staging link by Thursday."),
    ])

    add("conversation", [
        ("f", "I've submitted milestone 2 for review, the API endpoints are live on staging."),
        ("c", "Tested them, all good. Releasing the funds now."),
        ("f", "Thanks! For milestone 3, could we split it into two smaller ones? It's a big chunk."),
        ("c", "Sure, I'll edit the contract and fund the first half in escrow today."),
    ])

    add("conversation", [
        ("c", "The hero section feels too busy. Can we drop the second illustration?"),
        ("f", "Yes, and I'd bump the headline to 48px so it carries the page."),
        ("c", "Good idea. What about the footer links?"),
        ("f", "I'd group them into three columns. Mockup in an hour."),
        ("c", "Perfect, thanks."),
    ])

    add("conversation", [
        ("c", "Have you worked with early-stage startups before?"),
        ("f", "Quite a few. One of them, long before I joined this site, paid me by cheque and it bounced twice. Since then I only work through platforms."),
        ("c", "Ouch. Well, here everything goes through the contract, so no cheques involved."),
    ])

    add("conversation", [
        ("c", "Our distributor in Vietnam pays our German supplier by wire every month, and the bookkeeping is a mess."),
        ("f", "I can reconcile those transfers against the supplier invoices in Xero."),
        ("c", "Please do. The bank statements are in the shared folder."),
        ("f", "Got them. I'll flag any FX differences above 1%."),
    ])

    add("conversation", [
        ("f", "Heads up: someone claiming to be from your company messaged me asking to be paid on Telegram in crypto. Was that you?"),
        ("c", "Definitely not us! Please report it, we would never ask that."),
        ("f", "Already reported to support. Just wanted to double-check with you."),
    ])

    add("conversation", [
        ("c", "If we nail this onboarding flow it will pay off for years."),
        ("f", "Agreed. Let's cash in on the quick wins first: the email verification step is the main drop-off."),
        ("c", "Then let's start there. I'm sold."),
    ])

    add("conversation", [
        ("c", "Your profile says you've built apps with Paystack. What is Paystack, exactly?"),
        ("f", "It's a payment gateway popular in Nigeria and Ghana, similar to Stripe."),
        ("c", "Interesting. We might need it for our Lagos launch then."),
        ("f", "Happy to scope that integration for you."),
    ])

    add("conversation", [
        ("c", "Our accountant needs the invoices for this contract. Where do I find them?"),
        ("f", "Under Reports, then Transactions. You can download each platform invoice as a PDF."),
        ("c", "Found them, thanks!"),
    ])

    add("conversation", [
        ("c", "I'll approve your hours on Friday, so the payment should come through next week."),
        ("f", "Thanks! I then withdraw to my own bank account from the platform's withdrawal page, takes two days."),
        ("c", "Good to know. Have a nice weekend."),
    ])

    add("conversation", [
        ("c", "Our app's PayPal IPN listener stopped receiving notifications after the server move."),
        ("f", "Probably the listener URL still points at the old host. Can you share the PayPal sandbox credentials?"),
        ("c", "Sent them via the shared vault. Live credentials only after the fix is tested."),
        ("f", "Perfect, I'll reproduce it in the sandbox first."),
    ])

    add("conversation", [
        ("c", "We had to cancel the second milestone, the project was put on hold."),
        ("f", "Understood. I'll request a refund of the unused escrow through the contract."),
        ("c", "Thanks, I approved the refund just now."),
    ])

    add("conversation", [
        ("f", "Could we move tomorrow's call to 3pm? I have a dentist appointment."),
        ("c", "3pm works. Same Zoom link?"),
        ("f", "Same link. I'll have the survey results ready."),
    ])

    add("conversation", [
        ("c", "You went way beyond the scope with the extra animations."),
        ("f", "Thanks, I enjoyed it."),
        ("c", "I've sent you a bonus through the platform as a thank you."),
        ("f", "That's very generous, thank you!"),
    ])

    add("conversation", [
        ("c", "We're building an HR portal. Our employees are paid through ADP and contractors through Deel."),
        ("f", "So the portal needs to pull pay stubs from ADP's API and contractor invoices from Deel?"),
        ("c", "Exactly, both into one payroll dashboard."),
        ("f", "Got it, I'll draft the data model tomorrow."),
    ])

    add("conversation", [
        ("f", "The ERC-20 contract is deployed on Sepolia."),
        ("c", f"Nice. Please mint 1,000 test tokens to our QA wallet {eth()}."),
        ("f", "Done, the transaction hash is in the ticket."),
    ])

    add("conversation", [
        ("c", "Honestly the platform fees are high this year."),
        ("f", "They are, but that's the price of the protection we both get."),
        ("c", "True. Let's just factor it into the next estimate."),
    ])

    add("conversation", [
        ("c", "Can you write a comparison article: Wise vs Revolut vs Western Union for sending money to India?"),
        ("f", "Sure. Should I include fees for amounts like 500 and 5,000 USD?"),
        ("c", "Yes, and mention UPI on the receiving side."),
        ("f", "Will do, draft by Tuesday."),
    ])

    add("conversation", [
        ("f", "Ramadan Mubarak! I'll be working shorter hours this month."),
        ("c", "Ramadan Mubarak to you too. No problem at all."),
        ("f", "I'll still deliver the Figma file on the 15th."),
        ("c", "Great, thanks for letting me know."),
    ])

    add("conversation", [
        ("c", "Is it true freelancers here can't take payments outside the site?"),
        ("f", "Yes, everything goes through the platform, and honestly I like the escrow protection."),
        ("c", "Makes sense. Funding the milestone now."),
    ])

    # ---------------- client-solicits ----------------
    add("client-solicits", [("c", "Can I just send the money via Western Union? I'm in Casablanca and my card keeps getting declined here.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Let's skip the contract, I'll pay you half upfront in cash when we meet in Nairobi.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "We'd prefer to pay you monthly by SEPA transfer outside the platform, is that ok with you?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would you take payment in Steam gift cards? I have a bunch I never used.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "I pay all my freelancers with Binance Pay, just send me your Pay ID and we're set.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "¿Te puedo pagar por Bizum? Es más rápido que esperar aquí.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "If you want the deposit back, send it to my PayPal: helga.strand@outlook.com, not through here.")], client=[(0, "PAY002")])

    # ---------------- freelancer-solicits ----------------
    add("freelancer-solicits", [("f", "If you'd like to avoid the service fee, I can accept an Interac e-Transfer instead.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Let's take this off the platform, I'll invoice you myself and you pay by bank.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I also accept bKash or Nagad, if that's easier for you than paying here.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Could you send the remaining 300 by Zelle instead of funding another milestone?")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "You can pay me in crypto if you like, BTC or USDT both fine.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Would you mind paying through Pix? I'm in Recife and the currency conversion here eats a lot.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "We could settle via W\u0456se, way cheaper than here.")], freelancer=[(0, "PAY001")])

    # ---------------- details-valid ----------------
    add("details-valid", [("f", f"Here's my account for the transfer: IBAN {grouped(iban('DE', 22))}, BIC COBADEFFXXX.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Send the BTC to {btc()} and I'll start today.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Deposit in USDT (TRC20) please: {tron()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "my paypal is lena.kraus.design@gmail.com, send it as friends and family so there are no fees")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Cash App: $MarcoBuildsWeb. Send it there and I'll mark the task done.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "For the payment: Chase, routing 021000021, account no. 448501928, name Tom Reyes.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "UK details for the transfer: sort code 20-00-00, account number 55779911, Barclays, A. Okafor.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"ETH or USDC on mainnet to {eth()} works for me.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Easiest is this link: paypal.me/ninaillustrates/250")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Pay the invoice in BTC to my segwit address {segwit()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Virement possible sur mon compte : {grouped(iban('FR', 27))}")], freelancer=[(0, "PAY002")])

    # ---------------- identifier-invalid ----------------
    add("identifier-invalid", [("f", f"{corrupt(segwit(), b32)}")])
    add("identifier-invalid", [("f", f"here it is {corrupt(btc(), b58)}")])
    add("identifier-invalid", [("c", f"Row 212 of the import has account {grouped(corrupt(iban('IT', 27), digits))} and the validator rejects it. Expected?")])
    add("identifier-invalid", [("f", f"My IBAN is {grouped(corrupt(iban('PL', 28), digits))}, please transfer the balance there.")], freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Send it to my TRON wallet {corrupt(tron(), b58)} instead of paying here.")], freelancer=[(0, "PAY001")])

    # ---------------- identifier-job-context ----------------
    add("identifier-job-context", [("c", f"For the QA task, use this test IBAN in the checkout form: {iban('GB', 22)}")])
    add("identifier-job-context", [("c", f"The vault contract must whitelist {eth()} as the treasury address.")])
    add("identifier-job-context", [("f", f"Found the bug: taproot addresses like {taproot()} weren't matched by your regex. Fixed in PR #42.")])
    add("identifier-job-context", [("c", f"Please add a donation page showing our foundation's address {p2sh()} with a QR code.")])

    # ---------------- cover letters ----------------
    add("cover-letter", [("f", "Hello! I'm a WordPress developer with 8 years of experience and 60+ shops built. I usually work with clients directly, "
                               "so if you hire me we can move payments to Wise and save the 10% fee. Available to start tomorrow.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi, I'm a Django developer based in Kraków. I've integrated Stripe, PayPal and Przelewy24 for several e-shops, "
                               "including refunds and webhooks. I'd be glad to help with your checkout migration.")],
        surface="proposal")
    add("cover-letter", [("f", "Dear hiring manager, I translate EN>DE legal documents, sworn translator since 2014. "
                               "Payment: I prefer USDT or bank transfer outside the site, 20% cheaper for you.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi! Mobile developer from Kampala here. I built a mobile money top-up feature with MTN MoMo and Airtel Money "
                               "for a fintech startup. Happy to share code samples.")],
        surface="proposal")

    # ---------------- hard negatives ----------------
    add("hard-negative", [("f", "Please release the escrow for milestone 1 when you get a chance.")])
    add("hard-negative", [("c", "I added a new billing method, the card should go through now.")])
    add("hard-negative", [("c", "Sent you a bonus through the contract for the extra revisions, thanks!")])
    add("hard-negative", [("f", "I withdrew my earnings to my own Payoneer account via the withdrawal settings here, all good.")])
    add("hard-negative", [("f", "The refund for the cancelled milestone was processed by the platform this morning.")])
    add("hard-negative", [("f", "Years ago a client paid me on Venmo and then disputed it. Lesson learned.")])
    add("hard-negative", [("c", "Our customers pay us via ACH and I need a dashboard that tracks those transfers by region.")])
    add("hard-negative", [("f", "Is Wise the same company that used to be called TransferWise?")])
    add("hard-negative", [("f", "Another client just asked me to pay him back through Zelle. I refused and reported it.")])
    add("hard-negative", [("c", "We need to cash in on the holiday traffic before it's gone.")])
    add("hard-negative", [("c", "The platform invoice for week 32 shows 18 hours, but I think you logged 20. Can you check?")])
    add("hard-negative", [("f", "My brother sends money to our parents in Manila via Remitly every month, that's why I know the app's UX so well.")])
    add("hard-negative", [("c", "Please build a Flutter screen where users top up their M-Pesa wallet and see their balance.")])
    add("hard-negative", [("c", "I'll pay the contract amount as soon as our quarterly budget is approved.")])
    add("hard-negative", [("f", "Please don't send me anything outside this site, I only accept payment here.")])
    add("hard-negative", [("f", "Pay attention to the kerning in the header, it's a bit off.")])

    # ---------------- ordinary chat ----------------
    add("ordinary-chat", [("f", "Morning! Fixes are pushed, staging should update in about ten minutes.")])
    add("ordinary-chat", [("c", "Could we move our call to 4pm CET? Something came up.")])
    add("ordinary-chat", [("c", "The palette feels too cold, can we warm up the oranges a bit?")])
    add("ordinary-chat", [("f", "I'll be offline for Eid from Tuesday to Thursday, back Friday.")])
    add("ordinary-chat", [("f", "Attached the final CSV: 4,312 rows after deduplication.")])
    return cases


def heldout32_cases() -> list[dict[str, Any]]:
    """Thirty-second held-out batch: near-pairs (job topic, platform feature, past, third party) and subtle hedged asks."""
    rng.seed(32)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout32-")
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    digits = "0123456789"

    # --- Near-pairs: single messages ---
    add("client-solicits", [("c", "Could we settle the last two invoices through Wise instead? The fees on here are eating most of my budget for this.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Could we settle the Wise webhook issue first? Their fees endpoint changed last week and it's eating most of my budget for this sprint.")])
    add("hard-negative", [("f", "Just so you know how I get paid: the platform sends my earnings to Payoneer, then I withdraw to my local bank, "
                                "so the 10% service fee is already in my quote.")])
    add("client-solicits", [("c", "I know this might not be how it usually works, but could I send the balance by Zelle just this once? "
                                  "My card keeps getting declined on here.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Sorry for the delay. My card keeps getting declined on here, so I've added a new billing method "
                                "and will fund the milestone as soon as it verifies.")])
    add("hard-negative", [("f", "Years ago a client paid me by Zelle outside a platform and then disputed it with his bank, "
                                "which is exactly why I keep everything on contract now.")])
    add("client-solicits", [("c", "Last time we did the final payment over Venmo and it was painless. Shall we do the same for this batch?")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Last time the final payment took a few days to clear through the platform. Was it painless on your end, "
                                "or did the withdrawal get held?")])
    add("client-solicits", [("c", "Can I just pay you through GCash for these small edits? My wife runs our business account and she only really uses GCash.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Our shop app needs GCash and Maya at checkout since most of our customers are in the Philippines. "
                                "Have you integrated either before?")])
    add("freelancer-solicits", [("f", "Since this is turning into a long-term thing, would you consider adding me to your Deel payroll "
                                      "rather than keeping the hourly contract here? It would simplify things for both of us.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("c", "We're moving our in-house staff payroll from Gusto to Deel next quarter. The job is mapping employee records "
                                "and testing the import; no payments involved on your side.")])
    add("client-solicits", [("c", "From next month, could you invoice our company directly? Finance prefers net-30 bank transfers "
                                  "to paying by card through the platform.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Our finance team needs the platform's invoice for each weekly payment. Could you show me where to download them, "
                                "or do I get them from my billing page?")])
    add("hard-negative", [("c", "The docs page should explain how users send USDT on TRC20 versus ERC20, and why TRC20 fees are lower. Aim for 1,200 words.")])
    add("client-solicits", [("c", "Would you be able to refund the $50 by PayPal instead of through the contract? It's quicker for me.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "I've requested a $50 refund through the contract's refund option. Could you approve it when you get a minute?")])
    add("client-solicits", [("c", "Do you have PayPal? For these tiny tasks it'd be simpler than opening a new contract each time.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Do you have PayPal SDK experience? These tiny checkout tasks will need it, and I'd rather open one contract "
                                "than a new one each time.")])
    add("client-solicits", [("c", "By the way, what's your bank's SWIFT code? Easier for me to send the bonus from my side this time.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("f", "What's the SWIFT code field for in the withdrawal settings? I'm adding my local bank so I can withdraw my earnings from here.")])
    add("client-solicits", [("c", "I've got a stack of Amazon gift cards from a promo. Could I pay you with those for the next batch of articles?")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "The next batch of articles is for an Amazon gift card reseller, so keep the tone upbeat and mention the promo codes.")])
    add("client-solicits", [("c", "I can mail you a cheque for phase two if that's easier; our accounts department is a bit old-fashioned.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Phase two is a cheque-printing template for our accounts department: payee, amount in words, and a MICR line at the bottom.")])
    add("client-solicits", [("c", "Happy to pay by escrow as usual, or if you prefer, a direct Wise transfer works for me too.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Happy to pay by escrow as usual. Milestone two can be funded as soon as you confirm the scope.")])
    add("freelancer-solicits", [("f", "If it's easier for you to pay the other way (no platform cut), I can do it for $400 instead of $480.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "If the full scope is too much, I can do it for $400 instead of $480 by dropping the animated banner, "
                                "still through the contract here.")])
    add("freelancer-solicits", [("f", "I don't want to break any rules, so feel free to say no, but would a direct bank transfer for phase three be possible? "
                                      "It would help with the currency conversion.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "Does the platform pay out in EUR, or is everything converted from USD first? I'd like to price phase three correctly.")])
    add("hard-negative", [("c", "My cofounder reimburses me by Venmo for software, so don't worry about the font license. I'll buy it and share the files.")])
    add("hard-negative", [("c", "Heads up: a contractor on our other project asked me to pay him on Cash App. I declined and reported it, "
                                "so don't be surprised if support reaches out.")])
    add("hard-negative", [("f", "What is Payoneer exactly? It came up as a withdrawal option in my settings and I've never used it.")])
    add("hard-negative", [("c", "We're right down to the wire on this launch, so I'll pay you back with a glowing review and a bonus through the contract.")])
    add("hard-negative", [("c", "Cash is king in this niche, so the landing page headline should push the cash-back offer hard.")])
    add("hard-negative", [("c", "Most of our Bangladesh customers pay with bKash or Nagad, so the checkout copy should mention both near the pay button.")])
    add("client-solicits", [("c", "You did a great job. What's your PayPal? I want to send a little bonus on top.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "You did a great job, so I've just sent a little bonus on top through the contract.")])
    add("hard-negative", [("c", "Can I fund the milestone with PayPal instead of my card? I couldn't see the option on the billing methods page.")])
    add("client-solicits", [("c", "Could I send the rest by Interac e-Transfer? Easier for me since we're both in Toronto.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I pay you via MTN MoMo for the translation? Cards on here are a pain from Ghana.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("f", "My withdrawals here were on hold for a week because of a verification check, but it's resolved now. Thanks for your patience.")])
    add("hard-negative", [("c", "We run a remittance comparison site. I need a table comparing Western Union, Remitly and Wise fees for transfers to Mexico.")])
    add("ordinary-chat", [("f", "I'll be offline tomorrow for a public holiday but back on Thursday.")])
    add("hard-negative", [("f", "The platform says to decline and report if anyone asks to be paid outside it. Just letting you know I did that "
                                "with another client, nothing to do with you.")])
    add("hard-negative", [("c", "I'll pay you an extra $100 through the bonus button when the app ships.")])

    # --- Identifiers and payment details ---
    add("details-valid", [("f", f"Could you transfer the rest straight to my bank instead? IBAN {grouped(iban('DE', 22))}, account holder Jonas Weber.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"To avoid the fee, send the final 600 EUR by SEPA transfer: {iban('ES', 24)} (Lucia Ortega).")],
        freelancer=[(0, "PAY002")])
    add("identifier-invalid", [("f", f"Just wire the second half to my account directly, IBAN {grouped(corrupt(iban('FR', 27), digits))}.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Pay me in bitcoin instead of escrow, it's quicker: {corrupt(btc(), b58)}")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("c", f"The validator should reject this one, it has a bad checksum: {corrupt(segwit(), bech)}. "
                                     "Please add it to the negative test set.")])
    add("identifier-invalid", [("c", f"Bug report from a user: the wallet form accepted {corrupt(tron(), b58)} even though the checksum is wrong. "
                                     "Can you reproduce?")])
    add("identifier-job-context", [("c", f"Use {iban('NL', 18)} as the sample IBAN in the SEPA export unit tests; it's our test account at the sandbox bank.")])
    add("identifier-job-context", [("c", f"The token for the audit is deployed at {eth()} on mainnet. Please focus on the transfer and approve functions.")])
    add("identifier-job-context", [("c", f"The withdrawal screen rejects P2SH addresses like {p2sh()}. Can you fix the regex so they pass?")])
    add("identifier-job-context", [("c", f"For the explorer demo, show the transaction history for {taproot()}; it's our public donation address, "
                                         "so it's fine to display.")])
    add("details-valid", [("f", f"To skip the fees, send the final payment as USDC on Polygon to {eth()} and I'll mark the contract complete.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Instead of a milestone, you can pay in BTC to my native segwit address {segwit()}.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Cash App is easiest for me: $MiaEdits22. Then we can close this contract at zero.")],
        freelancer=[(0, "PAY002")])
    add("hard-negative", [("c", "Price tags should read $24.99, and the coupon field must accept codes like $SUMMER25 and $WELCOME.")])
    add("details-valid", [("f", "Here's a link so you don't have to bother with the milestone: paypal.me/karimdesigns/350")],
        freelancer=[(0, "PAY002")])
    add("identifier-job-context", [("c", "Please add our donation link paypal.me/greenroofsfund to the footer of the nonprofit site, next to the newsletter signup.")])
    add("details-valid", [("f", "Could you send the rest via Pix? My key is joana.lima.design@gmail.com and it arrives instantly.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "For the final invoice ACH works best: routing 021000021, account 483920175, Maria Santos. No need to fund the milestone.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Let's move the payment to P\u0430yP\u0430l to avoid the cut: lena.kovac\u200b@gmail.com")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "For the balance it's simpler if you send it on M-Pesa, number 0712 345 678. It saves us both the fees.")],
        freelancer=[(0, "PAY002")])
    add("hard-negative", [("c", "Our billing address for the platform invoices is Baker & Reid Ltd, 14 King St, Manchester M2 4LQ, VAT GB 123 4567 89. "
                                "Please check it shows on the next one.")])
    add("hard-negative", [("f", "I've submitted my W-8BEN and updated my tax residency in settings, so the platform invoices should show my company name now.")])
    add("identifier-job-context", [("c", "The payroll export must include the SWIFT code per employee, e.g. DEUTDEFF for our Frankfurt staff. The spec is attached.")])

    # --- Cover letters ---
    add("cover-letter", [("f", "Hi! I have six years of Shopify theme work and can start tomorrow. My rate is flexible: if you prefer paying via PayPal "
                               "outside the platform, I can go 15% lower.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hello, I've built Stripe and PayPal checkout integrations for over twenty stores, including refunds and subscriptions. "
                               "I'm happy to work in milestones here, starting with a code audit.")],
        surface="proposal")
    add("cover-letter", [("f", "Hi, I'm a bilingual EN/PT translator with legal experience. To start right away, you can send a 30% deposit to my PayPal, "
                               "ana.traducoes@gmail.com, and the rest on delivery.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "I'm a full-stack developer (Rust, React, Postgres) and can deliver the MVP in four weeks. "
                               "I also accept USDT or BTC if you'd rather avoid the platform fees.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "I'm a blockchain developer who built a USDT payment processor for a remittance startup, "
                               "and I can walk you through the TRC20 settlement module I wrote.")],
        surface="proposal")
    add("cover-letter", [("f", "I'd love to help with your bookkeeping. I've reconciled Wise, Revolut and bank-transfer payments for small agencies "
                               "and I'm comfortable in Xero.")],
        surface="proposal")

    # --- Conversations ---
    add("conversation", [("c", "Would you be ok if I paid you on Venmo from now on? The fees here are killing me."),
                         ("f", "Sorry, I can only be paid through the platform, so I'll pass, and I'll let support know as the rules ask. "
                               "Happy to keep working here.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Any chance we could handle payment outside of here for the next phase?"),
                         ("f", "What do you mean exactly?"),
                         ("c", "Just to save us both the fees, nothing shady. I'd still pay the same amount."),
                         ("f", "ok, fine by me.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "Would you mind paying the rest through PayPal? My account here has a hold on withdrawals."),
                         ("c", "Sure, no problem. Where do I send it?"),
                         ("f", "tomas.ilic.design@outlook.com, thanks!")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "I'd like to pay the remaining $900 via Zelle, if that's alright."),
                         ("f", "Let me think about it, I've never used Zelle."),
                         ("f", "Ok, let's do it. Do you need my phone number or email?")],
        client=[(0, "PAY001")], freelancer=[(2, "PAY003")])
    add("conversation", [("c", "I'm in Lisbon as well. Why don't we meet for coffee and I pay you cash for the remaining hours?"),
                         ("f", "A coffee sounds nice, but payment has to stay on the contract here, sorry.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Did the payment for the last milestone reach you?"),
                          ("f", "Yes, I withdrew it to my Payoneer yesterday and it cleared this morning.")])
    add("conversation", [("c", "The fee on here is steep for a contract this size. Send me your bank details and I'll transfer next month's retainer directly."),
                         ("f", "Sure: account 55779911, sort code 20-32-06, name Ngozi Okafor.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "I'd rather pay outside the platform for this one. PayPal, Wise or a bank transfer, whichever suits you."),
                         ("f", "Wise, please.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Could you send the final payment via PayPal?"),
                         ("c", "PayPal doesn't work well in my country. Would Skrill do?")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can we take payment off the platform for the next contract?"),
                         ("f", "I'd rather not, I want to keep it on here."),
                         ("c", "Fine, what about crypto then? I can send BTC, nobody would know."),
                         ("f", "No, thanks. Let's keep it on the contract.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [("c", "Can we do the next contract off-platform?"),
                         ("c", "It's just that our procurement makes platform payments a nightmare every month."),
                         ("f", "I get it, but I'll stay on the platform, sorry.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Let's do bank transfer for the rest of the project."),
                         ("f", "ok sure"),
                         ("c", "Great, I'll send it Friday once you've sent me your info.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "I can pay in BTC for the remaining milestones if that's okay with you?"),
                         ("f", f"That works: {taproot()}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Is USDT okay for the remainder? I can send over TRC20 right now."),
                         ("f", f"Yes, TRC20 is perfect: {tron()}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "We're both in Pune, can I just UPI you for the revisions? What's your UPI ID?"),
                         ("f", "sure, it's rahul.k@okaxis")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Can you take Easypaisa or JazzCash for the remaining amount? Much simpler for me than my card here."),
                         ("f", "JazzCash is fine, number 0301 2345678.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Are you able to pay by bank transfer for this one?"),
                         ("c", "Why would we? The contract is here, and that's where we pay. I'll mention this to support."),
                         ("f", "Never mind, forget I asked.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "We'd like to move you to Remote.com as a contractor at month's end and close the contract here."),
                         ("f", "That sounds good, I'll fill in their onboarding form.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Honestly the platform fee is ridiculous for a contract this size."),
                         ("f", "Yeah, it's steep, but it covers the payment protection."),
                         ("c", "Send me your IBAN when you get a chance and we'll sort the rest between us."),
                         ("f", "I'd rather keep it here, thanks. The protection matters to me.")],
        client=[(2, "PAY001")])
    add("conversation", [("c", "Can you have the draft by Friday? Also, would you take a bank transfer for this one instead of the milestone?"),
                         ("f", "Sure, Friday works for the draft. As for payment, I'll keep it on the milestone.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Can I pay with PayPal on here, or does it have to be a card?"),
                          ("f", "You can add PayPal as a billing method in your settings and then fund the milestone with it."),
                          ("c", "Perfect, done. Milestone funded.")])
    add("ordinary-chat", [("c", "Mockups look great. Can you tweak the header colour?"),
                          ("f", "Sure, I'll send a revision tonight."),
                          ("c", "Thanks!")])
    add("conversation", [("c", "Just a reminder that we pay everything through milestones here."),
                         ("f", "Understood. Though for the small fixes later, maybe a quick Revolut transfer would be easier than a new milestone each time?"),
                         ("c", "No, milestones please.")],
        freelancer=[(1, "PAY001")])
    add("hard-negative", [("c", "Our accountant pays suppliers through Revolut Business, so the invoice template needs a field for the Revolut reference."),
                          ("f", "Got it, I'll add a reference field under the total.")])
    add("conversation", [("f", "Would it be possible to continue this outside the platform?"),
                         ("c", "How would that work with payments?"),
                         ("f", "You'd pay me by wire each month, and we'd skip the 10% fee."),
                         ("c", "Alright then, let's try it.")],
        freelancer=[(0, "PAY001"), (2, "PAY001")], client=[(3, "PAY003")])
    add("hard-negative", [("c", "Can you send me the March invoice from the contract page? Our accountant needs it."),
                          ("f", "Sure, I've downloaded it from the reports section and attached it here.")])
    add("hard-negative", [("f", "FYI, another client asked me to pay a 'registration fee' by gift card before starting. I declined and reported them."),
                          ("c", "Good call, that's a scam. Glad you flagged it.")])
    add("hard-negative", [("c", "Have you worked with clients in Canada before?"),
                          ("f", "Yes, one of them used to pay me by Interac e-Transfer before I joined the platform, but that was years ago."),
                          ("c", "Good to know, thanks.")])
    add("conversation", [("f", "Quick question: is there any flexibility to pay me outside the platform for the follow-up work?"),
                         ("c", "What did you have in mind?"),
                         ("f", "Nothing complicated, it's just that the service fee is a lot on my side."),
                         ("c", "I'd prefer not to. Let's keep it here.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("f", "Would it be easier if I invoiced your company directly from now on, rather than billing through the contract?"),
                         ("c", "Yes, actually, that would suit our finance team. Send it to ap@brightlane.io.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "We can pay you in EUR by SEPA to save the conversion. Okay?"),
                         ("f", f"Okay, here's my IBAN: {grouped(iban('IT', 27))}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Would you take payment via Wise for this one?"),
                         ("f", "I'll finish the wireframes first."),
                         ("f", "Sent them over."),
                         ("f", "And yes, Wise is okay.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    return cases


def heldout33_cases() -> list[dict[str, Any]]:
    """Held-out batch 33: mixed off-platform payment proposals, details, agreements, declines and hard negatives."""
    rng.seed(33)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout33-")
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

    # --- single-message proposals ---
    add("client-solicits", [("c", "Your rate is fine, but the platform cut adds up on our side. Could we settle each invoice by Zelle going forward? "
                                  "I'll still leave you a five-star review here.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Happy to bring you on for the next three months. Our finance team pays every contractor through Deel, "
                                  "so once we wrap this trial I'd move you over there and end the contract here.")], client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "For the remaining chapters, would you be open to paying me directly via Wise? It saves both of us the fee.")],
        freelancer=[(0, "PAY001")])
    add("client-solicits", [("c", "I don't have a card that works on this site. Can I just pay you in Amazon gift cards? I can send $200 worth tonight.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "let's keep it simple, I'll send the money through P\u0430yP\u0430l friends and family, no fees for either of us")],
        client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "pls send the balance to my Ven\u200bmo instead, the milestone thing keeps confusing me")],
        freelancer=[(0, "PAY001")])
    add("client-solicits", [("c", "We pay all our developers in USDT on TRC20. Would that be OK with you for this project instead of the hourly contract?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'm in Leeds too! I could just hand you cash when we meet for the shoot and we skip the fees altogether.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "¿Te puedo pagar por transferencia bancaria directamente? Así nos ahorramos la comisión de la plataforma.")],
        client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Pour les prochaines missions, je préfère être payée par virement direct, hors plateforme. Ça vous convient ?")],
        freelancer=[(0, "PAY001")])
    add("client-solicits", [("c", "Können wir die restlichen Stunden einfach per PayPal abrechnen, außerhalb der Plattform?")], client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "For the next batch of transcriptions, just M-Pesa me the amount directly, it lands instantly and we avoid the wait.")],
        freelancer=[(0, "PAY001")])
    add("client-solicits", [("c", "Kya main aapko UPI se pay kar doon? Platform fees dono ki bach jayegi.")], client=[(0, "PAY001")])

    # --- own payment details ---
    add("details-valid", [("f", f"Invoice for the logo pack is attached. Please transfer €850 to IBAN {grouped(iban('DE', 22))}, "
                                "account holder Lena Hartmann.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"You can send the USDT here (TRC20): {tron()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "my PayPal is dmitri.codes@gmail.com, send it whenever you're ready and we can close the contract here")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Cash App: $MayaDrawsStuff for the extra revisions, no need to run those through the site.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "I overpaid the milestone by $300. Rather than a refund through the site, just send the difference back to my PayPal, "
                                "jamie.r.holt@outlook.com")], client=[(0, "PAY002")])
    add("details-valid", [("f", "Bank details for the wire: Account name: Oluwaseun Adeyemi, Account no: 0123456789, Bank: GTBank, SWIFT: GTBINGLA. Thanks!")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Sort code 20-45-77, account 43917265, name R. Patel. Send the £400 there and I'll mark the job as done.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"BTC works best for me: {btc()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Here's my payment link so you can pay the rest directly: https://paypal.me/jcortesdesign/350")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Para el pago fuera de la plataforma, mi IBAN es {grouped(iban('ES', 24))} (titular: Marta Gil).")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Wallet (bech32): {segwit()} - much faster than waiting five days for the platform.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"{taproot()} is my address, send the sats there once you've checked the mockups.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "If you want to send the bonus outside the app, my venmo is @tariq-k-89")], freelancer=[(0, "PAY002")])

    # --- invalid identifiers ---
    add("identifier-invalid", [("f", f"Could you pay by bank transfer instead of the milestone? IBAN {grouped(corrupt(iban('NL', 18), '0123456789'))}")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Send the BTC straight to my wallet rather than through here: {corrupt(segwit(), bech)}")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"The checksum validator I'm building correctly rejects this one: {corrupt(btc(), b58)}. Pushing the fix now.")])
    add("identifier-invalid", [("c", f"Add this to the fixtures as a negative case for the TRON parser: {corrupt(tron(), b58)}")])

    # --- identifiers in a job context ---
    add("identifier-job-context", [("c", f"For the payment-form QA, use this sample IBAN in the test suite: {iban('GB', 22)}. It should pass the mod-97 check.")])
    add("identifier-job-context", [("c", f"The contract is deployed at {eth()} on Sepolia. Please audit the withdraw function before Friday.")])
    add("identifier-job-context", [("f", f"Your block explorer page crashes when I search {btc()}, screenshot attached.")])
    add("identifier-job-context", [("c", f"Build a read-only dashboard that tracks incoming transfers to our treasury wallet {tron()}. No keys needed.")])
    add("identifier-job-context", [("c", "The routing number in the ACH export is 021000021, but the parser drops the leading zero. Need a fix.")])
    add("identifier-job-context", [("f", f"Found the bug: the validator accepted {grouped(iban('CH', 21))} but rejected the same IBAN without spaces.")])

    # --- cover letters ---
    add("cover-letter", [("f", "Hi! I've built more than 40 Shopify stores, from apparel to supplements, and can start Monday. "
                               "I work best with clients who pay me directly via Payoneer or Wise; happy to offer a lower rate that way.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", f"Hello, I'm a Python developer with 7 years of scraping experience. My rate is $30/h. "
                               f"To avoid the fees you can pay to my USDT wallet {tron()}.")], freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Dear hiring manager, I have six years of bookkeeping in Xero and QuickBooks for small agencies. "
                               "I'm comfortable with fixed-price milestones and can send a sample reconciliation.")], surface="proposal")
    add("cover-letter", [("f", "I've integrated Stripe, PayPal and Apple Pay checkouts for a dozen SaaS products, including webhooks and refunds. "
                               "Happy to walk you through a recent case study.")], surface="proposal")
    add("cover-letter", [("f", "Hi Sara, I'd love to edit your podcast. I prefer the first milestone funded in escrow before I start, "
                               "then weekly releases as episodes are approved.")], surface="proposal")

    # --- hard negatives ---
    add("hard-negative", [("c", "We need a React Native dev to add Venmo and Cash App as payout options in our gig-worker app.")])
    add("hard-negative", [("f", "Just withdrew my earnings to my Payoneer account, so the timing of the next milestone doesn't matter to me.")])
    add("hard-negative", [("c", "I've released the milestone and added a $50 bonus through the contract. Thanks for the quick turnaround!")])
    add("hard-negative", [("f", "Last year a client paid me by PayPal outside this site and then disputed it, so I only work through contracts now.")])
    add("hard-negative", [("c", "Our accountant pays the suppliers by wire every Friday, which is why I'm slow to reply on Fridays.")])
    add("hard-negative", [("f", "Heads up: someone using your company's name asked me to move payment to Zelle. I declined and reported it. Was that really you?")])
    add("hard-negative", [("c", "The invoice generated for this week's contract shows $640. Can you confirm the hours before I approve?")])
    add("hard-negative", [("f", "That outage really cost us, we paid through the nose for the extra servers.")])
    add("hard-negative", [("c", "What is Wise exactly? My sister mentioned it for sending money to family in Kenya.")])
    add("hard-negative", [("c", "My card expired so I need to update my billing method here; the next milestone may be funded a day late.")])
    add("hard-negative", [("f", "Could you request a refund through the platform's dispute center? I'll approve it right away.")])
    add("hard-negative", [("c", "The article should compare PayPal, Wise and Revolut fees for freelancers in Portugal. 1500 words, SEO focused.")])
    add("hard-negative", [("f", "I'll pay for it tomorrow, my brain is fried after that deadline.")])
    add("hard-negative", [("c", "Necesitamos un traductor para la guía de usuario de nuestra app de pagos con Bizum.")])
    add("hard-negative", [("f", "My bank holds incoming transfers for two days, so the withdrawal from here usually reaches me on Wednesday.")])
    add("hard-negative", [("c", "Our customers pay us through M-Pesa; the integration you build must reconcile those receipts with our ERP.")])
    add("hard-negative", [("c", "Please don't send me your bank details. Everything goes through the contract, as the platform requires.")])
    add("hard-negative", [("c", "Back in 2019 I used to pay my designers with cheques, can you believe it?")])
    add("hard-negative", [("c", "Please add a refund button that calls the PayPal Payouts API when an order is cancelled.")])
    add("hard-negative", [("f", "I requested a withdrawal of my earnings to my own bank account, fingers crossed it lands before rent is due.")])
    add("hard-negative", [("c", "Nous cherchons un rédacteur pour un article comparatif sur Lydia et Paylib.")])
    add("hard-negative", [("c", "What's Zelle? Your portfolio mentions building a Zelle-like app and I'm curious.")])
    add("hard-negative", [("c", "Thanks for the invoice through the contract, approved. See you next sprint.")])
    add("hard-negative", [("f", "Un cliente me pagó por PayPal hace años y fue un desastre; desde entonces solo trabajo con contratos aquí.")])

    # --- ordinary chat ---
    add("ordinary-chat", [("c", "Morning! Could you push the staging build before our 3pm call?")])
    add("ordinary-chat", [("f", "Draft 2 is in the shared folder. I tightened the intro and added the citations you asked for.")])
    add("ordinary-chat", [("c", "Great work on the voiceover. Could you record one more take with a warmer tone?")])
    add("ordinary-chat", [("f", "Die Übersetzung ist fertig, ich lade sie gleich hoch.")])
    add("ordinary-chat", [("f", "Milestone 2 is submitted, let me know if anything needs another pass.")])

    # --- conversations with violations ---
    add("conversation", [("c", "Honestly the fees here are brutal. Could you invoice me through PayPal for phase 2?"),
                         ("f", "Sure, that works for me."),
                         ("c", "Great, send it over when you're ready.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "If you pay the remaining $1,200 by Wise transfer, I'll drop the fee portion from my quote."),
                         ("c", "ok deal")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Let's move the payments to Zelle, I'll add a little extra for you."),
                         ("f", "Thanks, but I only accept payment through the platform, that's in the terms. I'll have to flag this.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Would you be open to getting paid through our payroll provider instead?"),
                         ("f", "What do you mean exactly? Which provider, and would the contract here stay open?"),
                         ("c", "We use Remote.com. We'd close this contract and you'd be paid monthly through them."),
                         ("f", "Ok, that works.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "Would you rather pay me directly? I take PayPal, Wise or bank transfer."),
                         ("c", "Wise please."),
                         ("f", f"Great, my Wise details: IBAN {grouped(iban('BE', 16))}, name Pieter Claes.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can I just pay you by bank transfer? Send me your details."),
                         ("f", f"Sure: {grouped(iban('FR', 27))}, Camille Roux.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Could you send the final payment via Cash App? My account here is on hold."),
                         ("c", "I'd rather keep everything on the platform, sorry. Let's wait until your account is sorted.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "Can you take Venmo for this one?"),
                         ("f", "I don't have Venmo, but Zelle works.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Would you pay me through Payoneer directly? It's faster."),
                         ("c", "What's Payoneer?"),
                         ("f", "It's a payment service, you'd send to my email and we'd skip the platform fees."),
                         ("c", "I see. No thanks, I'll keep using the milestones here.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "Could we handle payment outside the site for the next project?"),
                         ("f", "Hmm, I'm not sure about that."),
                         ("c", "I can send it via Revolut, it's instant."),
                         ("f", "I'll stick with the contract here, thanks.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [("c", "We're a crypto-native team, we'd prefer to pay you in ETH directly."),
                         ("f", "I can't accept payments outside the platform. Reporting this per the rules, nothing personal."),
                         ("c", "Understood, we'll fund the milestone instead.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Posso te pagar pelo Pix? Fica mais barato para nós dois."),
                         ("f", "Pode ser, te mando a chave.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Let's skip the escrow, I'll pay half upfront by wire."),
                         ("f", "I'd prefer to keep it in escrow here."),
                         ("c", "Come on, a SWIFT wire is totally safe, I do it all the time."),
                         ("f", "No, and I'm reporting this conversation.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])
    add("conversation", [("c", "Can I pay with Steam gift cards? It's all I have right now."),
                         ("f", "ok")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", f"Tbh I'd rather get paid in BTC, way less hassle: {btc()}"),
                         ("c", "Done, just sent 0.01 BTC.")],
        freelancer=[(0, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "I'd like to tip you extra outside the contract, do you have Cash App?"),
                         ("f", "Aw thanks! $NoraEdits")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Could we do the remaining work off the app? I'll invoice you directly through Stripe."),
                         ("c", "Why would we do that?"),
                         ("f", "It's just cheaper for both of us, no 10% cut."),
                         ("c", "No. I'm flagging this.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("f", "Per il saldo possiamo fare un bonifico diretto, fuori dalla piattaforma?"),
                         ("c", "Va bene, mandami l'IBAN."),
                         ("f", f"Eccolo: {iban('IT', 27)}")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Ich überweise Ihnen den Rest lieber direkt aufs Konto."),
                         ("f", "Bitte nicht, Zahlungen laufen nur über die Plattform. Ich melde das dem Support.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "I can pay outside the platform, PayPal or crypto, your pick."),
                         ("f", "Crypto, USDT if possible."),
                         ("c", "Cool, drop your TRC20 address when you can.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "The final files look great, how do I pay the last part?"),
                         ("f", "Just use this link, saves us both the fee: https://buy.stripe.com/7sI4gA0aZ9kQ3bE"),
                         ("c", "Hmm, I'll just release the milestone here instead.")],
        freelancer=[(1, "PAY002")])
    add("conversation", [("c", "Bisa bayar lewat GoPay aja? Biar nggak kena potongan."),
                         ("f", "Boleh, nomor GoPay saya 0812-3456-7890.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    # --- conversations without violations ---
    add("conversation", [("c", "The checkout needs to support PayPal and Apple Pay."),
                         ("f", "Sure, I'll add both through Stripe's payment element."),
                         ("c", "Great, and keep the test keys until launch.")])
    add("conversation", [("f", "Another 'client' just asked me to take payment through crypto on Telegram, I reported them."),
                         ("c", "Good call, thanks for telling me.")])
    add("conversation", [("c", "I've funded milestone 3."),
                         ("f", "Thanks! Starting now."),
                         ("c", "Ping me if you get blocked.")])
    add("conversation", [("c", "My previous freelancer wanted to be paid by Zelle; I said no."),
                         ("f", "Same rule for me, everything goes through the contract.")])
    add("conversation", [("f", "Do you want hourly or fixed price?"),
                         ("c", "Fixed, and I'll fund the first milestone in escrow today."),
                         ("f", "Perfect.")])
    add("conversation", [("c", "Can you write the Zelle FAQ page for our credit union's website?"),
                         ("f", "Sure, send me the outline.")])
    add("conversation", [("c", "Can we jump on a Zoom call to go over the wireframes?"),
                         ("f", "Sure, does 10am your time work?")])
    add("conversation", [("c", "Which do you prefer, hourly or fixed?"),
                         ("f", "Hourly, tracked with the desktop app."),
                         ("c", "Done, the offer is sent.")])
    add("conversation", [("f", "My PayPal got frozen last month, what a mess."),
                         ("c", "Ugh, sorry to hear. Anyway, the deadline is still Friday."),
                         ("f", "Noted.")])
    add("conversation", [("c", "Someone from your agency asked me to pay them via Wise. Is that legit?"),
                         ("f", "No, that's not us. Please don't pay them, and report it. We only bill through the contract.")])
    add("conversation", [("c", "Can you buy the stock photo license yourself and add it to the fixed price?"),
                         ("f", "Sure, I'll add it to the next milestone amount.")])
    add("conversation", [("c", "Our bonus budget just got approved."),
                         ("f", "Oh nice!"),
                         ("c", "I'll send you a $100 bonus through the contract today.")])
    return cases


def heldout34_cases() -> list[dict[str, Any]]:
    """Held-out batch 34: chat-heavy threads with mid-thread, delayed and conditional off-platform payment talk, plus platform-feature negatives."""
    rng.seed(34)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout34-")
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    digits = "0123456789"

    # ---- conversations with violations ----
    add("conversation", [
        ("c", "Hi Marta, the logo drafts look great. Could you do two more colour variations by Friday?"),
        ("f", "Thanks! Yes, I'll have them ready Thursday evening, one in teal and one in a darker navy."),
        ("c", "Perfect. Also, for the remaining work, would you mind if I just sent the money over PayPal? The fees here are eating my budget."),
        ("f", "Sure, that works for me. Just let me know when it's sent."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "Sprint 2 is done, the API endpoints are live on staging."),
        ("c", "Nice, I'll test them tonight and report back."),
        ("f", "One more thing: for the next sprints could you pay me through Wise instead of here? I'd save roughly 10% in fees."),
        ("c", "What is Wise exactly? Is it a bank?"),
        ("f", "It's a money transfer service. You pay from your bank card and it lands in my euro account within a day."),
        ("c", "Ok, makes sense. Let's do it that way from sprint 3."),
    ], freelancer=[(2, "PAY001")], client=[(5, "PAY003")])
    add("conversation", [
        ("c", "Can we move the payments off Upwork? I'd transfer straight to your bank, it saves us both money."),
        ("f", "Thanks for the offer, but I only take payment through the platform."),
        ("c", "Come on, everybody does it. I'll add an extra $50 if you let me pay by direct bank transfer."),
        ("f", "I appreciate it, but my answer is still no. If payments can't stay here, I'll have to end the contract."),
    ], client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [
        ("c", "Quick question before we start: would you accept USDT for this job? Card payments from Lagos keep getting declined."),
        ("f", "Sorry, I can't accept payment outside the platform, and I'm reporting this request to support."),
        ("c", "No wahala, I'll find another way to fund the contract."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("c", "The migration went smoothly, thank you. I want to give you something extra for the weekend work."),
        ("f", "That's kind, thank you! It was a tricky one."),
        ("c", "Rather than a bonus here, could I Zelle it to you directly? Upwork takes a cut of that too."),
        ("f", "Hmm, okay, as long as it's the full $300, Zelle is fine."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "Going forward I'd prefer to pay you on Venmo each Friday instead of through the contract. Thoughts?"),
        ("f", "Let me think about it. Meanwhile, I pushed the fixes for the checkout page, can you take a look?"),
        ("c", "Looks good, the coupon bug is gone. Thanks!"),
        ("f", "Great. And about the Friday payments: okay, Venmo is fine by me."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "For the final milestone let's skip the platform fee. Send me your bank details and I'll wire the EUR 1,200."),
        ("f", f"Okay, here you go: {grouped(iban('FR', 27))}, account holder Julien Marchand."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Hey, the translation reads very naturally, my colleagues in Munich approved it."),
        ("f", "Glad to hear that! Ready for the next chapter whenever you are."),
        ("c", "Great. For chapter 4 can I pay you on PayPal? It's easier for my company than the contract."),
        ("f", "I don't use PayPal, but Revolut would work if you have it."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", f"The remaining EUR 800 can go straight to my account, IBAN {iban('NL', 18)}, that way neither of us pays the service fee."),
        ("c", "Ok, I'll send it tomorrow morning."),
    ], freelancer=[(0, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [
        ("f", "Hi Daniel, could we settle future invoices via Payoneer directly? The fees on small contracts here add up."),
        ("c", "Fine with me, as long as I get a receipt."),
        ("f", "Great, thanks. My Payoneer account email is ana.kovac.design@gmail.com, I'll send a receipt after each payment."),
    ], freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "Can I pay you via GCash for this month?"),
        ("f", "Do you mean outside of Upwork?"),
        ("c", "Yes, it's instant and I don't get charged the processing fee."),
        ("f", "Alright then, GCash works for me."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "The first draft of the white paper is in the shared folder."),
        ("c", "Thanks, I'll read it over the weekend."),
        ("f", "Also, if you prefer, you can pay the next part by Skrill, I'd give you a 5% discount."),
        ("c", "No, we keep all payments on Upwork. I've flagged this message to support."),
    ], freelancer=[(2, "PAY001")], flags=[("c", 2)])
    add("conversation", [
        ("c", "Would you be open to me paying the rest with Apple Pay directly? I'm trying to keep costs down this quarter."),
        ("f", "I'm not sure that's allowed here... but fine, just this once."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "Before we sign, would you consider paying me directly by bank transfer? My rate would drop by 10%."),
        ("c", "No thanks, I'd rather use the contract here."),
        ("f", "Are you sure? I can also take PayPal if that's easier, same discount."),
        ("c", "I'm sure. Please keep it on the platform or I'll have to hire someone else."),
    ], freelancer=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [
        ("c", "My business account is frozen for a week. Could I pay you in Amazon gift cards meanwhile?"),
        ("f", "Sorry to hear that, but I can only be paid through Upwork. I'm happy to wait until your account is sorted."),
        ("c", "Understood, I'll fund the milestone once it's unfrozen."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Ola Rui, the wedding is on 14 June at the quinta near Sintra. Can you be there from 2pm?"),
        ("f", "Yes, 2pm works. I'll bring a second shooter for the ceremony."),
        ("c", "Great. Since we'll see each other in person anyway, can we just pay you in cash on the day?"),
        ("f", "Ok, cash on the day is fine."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "We'd love to keep working with you long-term. We'd like to close this contract and move you onto our Deel payroll from next month."),
        ("f", "Sounds good, send me the invite and I'll fill out the onboarding."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", f"For the remaining two milestones, could you pay in ETH instead? My address is {eth()}."),
        ("c", "Let me check with our finance team."),
        ("f", "Sure, no rush."),
        ("c", "Finance says no, everything has to go through Upwork. Sorry!"),
    ], freelancer=[(0, "PAY002")])
    add("conversation", [
        ("c", "Our accounts payable in Toronto can only issue cheques. Could I mail you one for the remaining $2,400 CAD instead of paying through here?"),
        ("f", "Okay, that's fine. My mailing address is 118 Rue Saint-Paul, Montreal, QC H2Y 1Z6."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "Hi Grace, I'm also in Nairobi. Instead of Upwork, you could just send the KES 15,000 to my M-Pesa number 0712 345 678."),
        ("c", "Oh nice, sure, I'll send it this evening."),
    ], freelancer=[(0, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "The Tamil subtitles are perfect. I'll send the balance on UPI, it's faster than Upwork. What's your UPI ID?"),
        ("f", "Thanks! It's priya.subs@okhdfcbank"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "Oi Lucas! To avoid the fees, could you pay me by PIX directly?"),
        ("c", "Is PIX even possible from Portugal?"),
        ("f", "Yes, some remittance apps send to PIX keys, it arrives in seconds."),
        ("c", "Hmm, I'd rather keep it here on Upwork, thanks."),
    ], freelancer=[(0, "PAY001")])
    add("conversation", [
        ("c", "Can you also add a dark mode toggle to the settings screen?"),
        ("f", "Sure, I'd estimate around 4 hours."),
        ("c", "Fine. And honestly, for these small extras, can I just send you money on Payoneer so we don't need a new milestone each time?"),
        ("f", "I'd rather not, let's add a small milestone here each time, it only takes a minute."),
        ("c", "Fair enough, I'll create one for the dark mode."),
        ("f", "Thanks, starting now."),
    ], client=[(2, "PAY001")])
    add("conversation", [
        ("c", "I can do Interac e-Transfer or PayPal, whichever you prefer, and we skip the Upwork fee."),
        ("f", "E-Transfer, please."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Can I pay you through Bizum from now on? It's much quicker for me."),
        ("f", "Why not through Upwork?"),
        ("c", "Our accounting closes monthly and the platform fee messes up the numbers."),
        ("f", "I understand, but I'll keep receiving payments on Upwork only."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "Hej Erik, the illustrations are uploaded. For the next batch, could you Swish me directly instead of using the contract?"),
        ("c", "Ok deal, Swish it is."),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "Mind if I pay you through Cash App for the next few weeks?"),
        ("f", "Ok."),
        ("c", "Cool, I'll send it Friday after the review call."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Could we switch to paying by bank transfer? Our finance team hates the platform invoices."),
        ("f", "Let me check the platform's rules first."),
        ("f", "I checked, it's against the Terms of Service, so I'll have to say no. Happy to keep going here."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "All 12 product descriptions are delivered in the doc."),
        ("c", "Read them, they're excellent."),
        ("f", "Thanks! For the final invoice you can use this link instead of the contract: https://paypal.me/tomaszwrites/340"),
        ("c", "Will do, paying through the link tonight."),
    ], freelancer=[(2, "PAY002")], client=[(3, "PAY003")])
    add("conversation", [
        ("c", "The last milestone didn't go as planned. Instead of a platform refund, just send $150 back to my PayPal, mark.hollis@outlook.com."),
        ("f", "I'm sorry about that. I'll issue the refund through the contract, that's the only way I can do it."),
    ], client=[(0, "PAY002")])
    add("conversation", [
        ("c", "Would you take Bitcoin for this one?"),
        ("f", "You mean outside of Upwork?"),
        ("c", "Yes, my card keeps getting flagged for international payments."),
        ("f", f"Alright, send it to {segwit()}."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "Hello, for our company it is easier to pay by WeChat Pay. Can you accept?"),
        ("f", "Sorry, I only accept payment through Upwork. I've let support know about this."),
        ("c", "Alipay then? Many freelancers accept it, it's very simple."),
        ("f", "No, neither. Payments need to stay on the platform."),
    ], client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 0)])

    # ---- conversations without violations ----
    add("conversation", [
        ("c", "We need Stripe Checkout and PayPal Express added to our WooCommerce store. Have you done this before?"),
        ("f", "Yes, several times. Do you want PayPal as a separate button or inside the Stripe payment element?"),
        ("c", "Separate button please. Customers in Germany also want SEPA direct debit."),
        ("f", "Stripe supports SEPA, I'll enable it in the dashboard and test with their sandbox IBANs."),
    ])
    add("conversation", [
        ("f", "Could we split the project into three milestones? Design, build, launch."),
        ("c", "Sure, I'll set them up and fund the first one in escrow today."),
        ("f", "Thanks, I see it's funded. I'll submit the design for review next week."),
        ("c", "Sounds good. Once approved I'll release the payment and fund the next one."),
    ])
    add("conversation", [
        ("c", "You went way beyond the brief on this. I'm sending a $100 bonus through the contract."),
        ("f", "Wow, thank you, that's very generous!"),
        ("c", "Well deserved. Let's talk about the next phase on Monday."),
    ])
    add("conversation", [
        ("c", "Can you make the header font a bit bolder and move the CTA above the fold?"),
        ("f", "Sure. Do you want the CTA in orange or keep the brand blue?"),
        ("c", "Brand blue. And please export the icons as SVG."),
        ("f", "Will do, updated files by tomorrow noon."),
    ])
    add("conversation", [
        ("f", "Are you free for a quick call about the database schema?"),
        ("c", "I'm in Sydney, so your afternoon is my early morning. How about 7am my time Wednesday?"),
        ("f", "That's 11pm Tuesday for me in Berlin, works fine."),
        ("c", "Great, I'll send a Zoom link."),
    ])
    add("conversation", [
        ("c", "The voice-over had a few mispronunciations of product names."),
        ("f", "I'm really sorry. I'll re-record those lines today at no cost."),
        ("c", "Thanks. I also think a partial refund would be fair, the delivery was two days late."),
        ("f", "That's fair. I'll issue a $40 refund through the contract's refund option."),
    ])
    add("conversation", [
        ("c", "Have you worked with overseas clients a lot?"),
        ("f", "Yes, mostly in the US and UK. Years ago one client insisted on paying me by Western Union and it was a nightmare, so now I stick to Upwork."),
        ("c", "Ha, understandable. Let's get started then."),
    ])
    add("conversation", [
        ("c", "Our yoga studio members pay us via Venmo and Square. I need a script that matches those payouts to class bookings."),
        ("f", "Can you export CSVs from both? Venmo's business export has transaction IDs we can join on."),
        ("c", "Yes, I'll upload last month's exports to the shared drive."),
        ("f", "Perfect, I'll have a first version of the matching script by Thursday."),
    ])
    add("conversation", [
        ("f", "Hi, the second milestone still shows as not funded."),
        ("c", "Sorry, my card expired. I just updated my billing method, try refreshing."),
        ("f", "It's funded now, thanks! Starting on the reports module."),
    ])
    add("conversation", [
        ("c", "How long does it take you to actually get paid after I release a milestone?"),
        ("f", "There's a short security period, then I withdraw my earnings to my bank account in Manila through Upwork, which takes a day or two."),
        ("c", "Good to know, I'll try to approve submissions quickly."),
    ])
    add("conversation", [
        ("c", "My accountant needs an invoice for the March work. Can you email it to me?"),
        ("f", "Upwork generates the invoices automatically. You'll find them under Reports, Transaction History, and you can download them as PDF."),
        ("c", "Found it, thanks!"),
    ])
    add("conversation", [
        ("f", "The caching layer is finally in place. It should pay off once traffic picks up."),
        ("c", "Great, I'm banking on that for Black Friday. We can't afford another outage, it cost us a fortune last year."),
        ("f", "Understood. I'll run a load test this weekend so we're not paying the price later."),
    ])
    add("conversation", [
        ("f", "What's Payoneer? I see it in the list of withdrawal methods in my settings."),
        ("c", "It's a payments company, a lot of freelancers withdraw through it. I'd ask support which option is cheapest in your country."),
        ("f", "Thanks, I'll look into it."),
    ])
    add("conversation", [
        ("c", "We need the strings of our banking app translated into Polish. Samples: 'Send money with BLIK', 'Add your IBAN', 'Transfer to a friend'."),
        ("f", "No problem. Should 'Transfer to a friend' be formal or informal? Polish apps usually go informal."),
        ("c", "Informal, please. There are about 1,800 strings."),
        ("f", "Then I'd estimate five working days, including a review pass."),
    ])
    add("conversation", [
        ("c", f"We're building a wallet dashboard. For testing, use this Sepolia contract: {eth()}. It emits Transfer events."),
        ("f", "Got it. Should the dashboard show pending transactions or only confirmed ones?"),
        ("c", "Only confirmed, with a link to Etherscan for each."),
    ])
    add("conversation", [
        ("c", "Honestly, I'm glad we're using Upwork. I paid my previous developer by wire transfer and he vanished after the first payment."),
        ("f", "That's awful, sorry it happened. With milestones you only release money when you're happy with the work."),
        ("c", "Exactly why I came here."),
    ])
    add("conversation", [
        ("f", "The scope is clearer now. Would you prefer to switch from hourly to a fixed-price contract?"),
        ("c", "Yes, I like that better. I'll end this one and send a new fixed-price offer here on Upwork."),
        ("f", "Sounds good, I'll accept it as soon as it comes in."),
    ])
    add("conversation", [
        ("c", "I need a 2,000-word article comparing Wise, Revolut and PayPal fees for small businesses sending money to Europe."),
        ("f", "Happy to. Should I include crypto options like USDC, or keep it to traditional providers?"),
        ("c", "Keep it traditional. Target readers are UK shop owners."),
        ("f", "Great, first draft by next Tuesday."),
    ])
    add("conversation", [
        ("c", "Our PayPal IPN webhook stopped firing after we moved servers. Orders stay in 'pending'."),
        ("f", "Probably the listener URL still points to the old host. Can you give me access to the PayPal developer dashboard?"),
        ("c", "Invited you as a developer on the sandbox account."),
        ("f", "Thanks, I'll check the notification history and fix the endpoint."),
    ])
    add("conversation", [
        ("f", "I left comments on your pull request, mostly naming and a missing null check."),
        ("c", "Thanks, fixed the null check. Not sure about renaming the service class though."),
        ("f", "Fair, keep it. Merging once CI is green."),
    ])
    add("conversation", [
        ("f", "Heads up: I'm sick and will be about two days late with the illustrations."),
        ("c", "No worries, get well soon. The campaign launch moved anyway."),
        ("f", "Thank you, I'll send progress on Thursday."),
        ("c", "Sounds good."),
    ])
    add("conversation", [
        ("f", "Quick question: your colleague Jenna messaged me asking if I'd take payment through Zelle. I told her no. Is that coming from you?"),
        ("c", "Definitely not, sorry about that. Please keep everything on Upwork, I'll talk to her."),
        ("f", "Thanks, appreciate it."),
    ])
    add("conversation", [
        ("c", "How does billing work for hourly? Do I pay you every week?"),
        ("f", "Upwork bills your payment method weekly based on the hours in the work diary, so you don't need to do anything manually."),
        ("c", "Great, and I can review the screenshots before it's charged?"),
        ("f", "Yes, you have a review window before the week's hours are billed."),
    ])
    add("conversation", [
        ("c", "We need M-Pesa STK push integrated into our Django app for customers in Kenya."),
        ("f", "I've done Daraja API integrations before. Do you have production credentials or only sandbox?"),
        ("c", "Only sandbox for now. The shortcode is 174379, the test one."),
        ("f", "That's fine, I'll build against sandbox and we switch later."),
    ])

    # ---- single messages with violations ----
    add("client-solicits", [("c", "For the rest of the project I'd like to pay over Skrill, and I'll throw in an extra 5% for your trouble.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Is it okay if I pay you in Steam gift cards? I have a bunch left over from a promotion.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "We're adding you to our Gusto contractor payroll next week so we can stop paying Upwork fees.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I send the money through Easypaisa? My bank doesn't allow international card payments.")], client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Could you pay me via Western Union this time? Upwork holds my funds for too long.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I also accept Bitcoin if you'd rather pay off-platform, I can knock 8% off.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Pls send the rest on P\u0430yP\u0430l, not here, the fees are too high.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Let's do it on Ven\u200bmo next time, much cheaper for both of us.")], freelancer=[(0, "PAY001")])
    add("details-valid", [("f", f"Please transfer the EUR 950 directly to my account: {grouped(iban('DE', 22))} (Commerzbank), no need to go through Upwork.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Pay me by bank transfer instead: IBAN {grouped(iban('GB', 22))}, SWIFT BARCGB22, name Oliver Grant.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Send the balance by ACH: routing 021000021, account 4839201746, Chase, name Emily Rhodes.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Just Cash App me at $DevonBuilds and we're good, skip the contract.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"If you'd rather pay in crypto, my BTC address is {btc()}.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Send the remaining 0.01 BTC here instead of Upwork: {taproot()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"My wallet for the payment: {p2sh()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"USDT TRC20 only please: {tron()} - faster than the platform.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My PayPal is lena.fischer.art@gmx.de, send it there and we both skip the fees.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("c", f"Send the unused hours back to my account {grouped(iban('ES', 24))}, it's easier than a refund here.")], client=[(0, "PAY002")])
    add("cover-letter", [("f", "Hello! I'm a Laravel developer with seven years of experience building booking systems. After the first milestone I usually "
                                "work with clients via direct bank transfer, which lets me offer a 10% lower rate. I can start Monday.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi, I've translated over 40 technical manuals from Japanese to English and can deliver 3,000 words a day. "
                                "For faster payment you can reach my Payoneer at jose.r.translations@gmail.com.")],
        freelancer=[(0, "PAY002")], surface="proposal")

    # ---- single messages without violations ----
    add("cover-letter", [("f", "I've integrated Stripe, Braintree and Adyen for three e-commerce clients, including PayPal fallbacks and refund webhooks. "
                                "Happy to walk you through a similar build.")], surface="proposal")
    add("cover-letter", [("f", "I'm comfortable with milestone payments and will send short daily updates. My portfolio includes two Shopify themes "
                                "for fashion brands in Milan.")], surface="proposal")
    add("hard-negative", [("c", "Please add Apple Pay and Google Pay to the checkout, and make sure the Klarna option still shows for orders over $50.")])
    add("hard-negative", [("c", "I've funded milestone 3 in escrow, you can start whenever you're ready.")])
    add("hard-negative", [("c", "Sent you a bonus through the contract for the late-night fix, thank you!")])
    add("hard-negative", [("f", "Back in 2018 a magazine paid me by cheque for a travel piece; it took six weeks to clear.")])
    add("hard-negative", [("c", "Our distributors in Ghana pay us through MTN Mobile Money, and we need a dashboard that totals those payments per region.")])
    add("hard-negative", [("f", "FYI: a different client asked me to switch to Payoneer outside Upwork. I declined and reported it.")])
    add("hard-negative", [("f", "Honestly, this refactor will pay for itself, and the new test suite is money in the bank.")])
    add("hard-negative", [("f", "Sorry, what is Revolut? Your spec mentions it for the expense-tracker import.")])
    add("hard-negative", [("f", "I've requested a refund for the unused hours through the contract page, please approve it when you can.")])
    add("hard-negative", [("c", "The Upwork invoice for last week shows the service fee twice, could you check on your side?")])
    add("hard-negative", [("f", "I withdrew this month's earnings to my own bank account through Upwork, it arrived today.")])
    add("hard-negative", [("c", "Will the weekly hourly billing go out on Monday or Tuesday?")])
    add("hard-negative", [("c", "No, I won't pay outside Upwork, please don't ask again.")])
    add("hard-negative", [("c", "Write five Facebook ad variations for our invoicing tool; the hook is that it syncs with PayPal and Wise.")])
    add("identifier-job-context", [("c", f"Use {iban('DE', 22)} as the happy-path fixture for the IBAN validator, and flip the last digit for the failure case.")])
    add("identifier-job-context", [("c", f"Our foundation's donation page should show this Bitcoin address with a QR code: {btc()}.")])
    add("identifier-job-context", [("c", f"The token contract for the audit is at {eth()} on mainnet; please focus on the mint function.")])
    add("identifier-invalid", [("c", f"Row 112 of the import fails validation: {corrupt(iban('IT', 27), digits)}. Can you tell whether the parser or the data is wrong?")])
    add("identifier-invalid", [("f", f"Found this string in the old config file, no idea what it's for: {corrupt(btc(), b58)}")])
    add("identifier-invalid", [("c", f"This TRON address from a customer ticket shows 'invalid address' in our tool: {corrupt(tron(), b58)}. Any idea why?")])
    add("identifier-invalid", [("f", f"The bech32 test vector {corrupt(segwit(), bech)} should be rejected, but our decoder accepts it.")])
    add("ordinary-chat", [("f", "Can we move our call to 3pm CET tomorrow?")])
    add("ordinary-chat", [("f", "The staging build is failing on the image upload step, looking into it now.")])
    return cases


def heldout35_cases() -> list[dict[str, Any]]:
    """Held-out batch 35: boundary near-pairs, hedged asks, payroll/direct invoicing, regional wallets, crypto networks."""
    rng.seed(35)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout35-")
    base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    digits = "0123456789"

    # ---- client-solicits (single messages) ----
    add("client-solicits", [("c", "Quick thought: the platform takes a cut from both of us. If you're open to it, I could send the next "
                                  "milestone's amount by Zelle and we simply close the contract here. Totally your call.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Just this once, could I pay the revision round through Revolut? My card keeps getting declined on here.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Our finance team would rather onboard you in Deel as a contractor and end the contract here. "
                                  "Payroll runs on the 25th. Would that work for you?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Going forward, can you just invoice Halvorsen AB directly? Accounts payable will settle your invoices "
                                  "by bank transfer on net-30, so we can drop the contract on here.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can you send me your bank details? I'll transfer the bonus myself so the site doesn't eat part of it.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Happy to pay you in Amazon gift cards for the small fixes if that's easier, saves us opening another milestone.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I could mail you a cheque for the June hours instead of funding it here. Just let me know your postal address.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would you be opposed to getting paid outside the site from now on? No pressure at all, just asking.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Te puedo pagar por transferencia SPEI directamente? Asi evitamos la comision de la plataforma.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I send it via Pay\u200bPal friends & family instead? Less hassle than the milestones.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Pix works for you? I can send the R$ 1.800 today, direto, no need to wait for the milestone.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "For the extra logo, let's settle up the other way, like we discussed on the call. Cheaper for both of us.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "On peut r\u00e9gler le solde par virement direct, hors plateforme ? Ce serait plus simple pour notre compta.")],
        client=[(0, "PAY001")])

    # ---- freelancer-solicits (single messages) ----
    add("freelancer-solicits", [("f", "If you settle the remaining balance the other way, directly to me rather than through here, "
                                      "I can knock 12% off the total.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "For the next phase, would you mind paying in USDT on the TRON network? It lands in minutes and skips the fees.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I'm in Nairobi, so M-Pesa to my line would be easiest for me if you could do that instead of the platform.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Would it be possible to get the remaining Rs 40,000 over UPI? Withdrawals from here take ages to reach my bank.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Maybe we could keep it simple and do GCash for the smaller tasks? Not sure if that's okay with you.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Kak, untuk revisi kecil ini bisa bayar lewat DANA aja ya, biar nggak kena potongan platform?")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Western Union to Karachi is fine for me too, if the platform fee is a problem for your budget.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "my p a y p a l works fine if you'd rather skip the fees here, just say the word")],
        freelancer=[(0, "PAY001")])

    # ---- details-valid (own details, unsolicited) ----
    add("details-valid", [("f", f"Rather than the platform, you can wire it straight to me: IBAN {grouped(iban('DE', 22))}, "
                                f"account holder Jonas Weber.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"If you'd like to avoid the fees, USDT (TRC20) to {tron()} works for me.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"For the bonus, skip the site: ETH or USDC on Arbitrum to {eth()} is perfect.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My Cash App is $MartaDesigns if you want to send the tip directly instead of through here.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "UK account for paying me directly: sort code 20-45-77, account number 41839265, name P. Okafor.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Bitcoin is fine for the next invoice outside the contract: {segwit()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "You can pay me here instead: paypal.me/lindqvistaudio, it saves us both the service fee.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"For the remaining balance, SEPA to {grouped(iban('FR', 27))} (BIC BNPAFRPPXXX) and I'll close the contract.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Lightning isn't set up yet, so on-chain please: {taproot()}. No need to go through the milestone.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "If it's easier than funding a milestone, Interac e-Transfer to priya.sharma.dev@gmail.com works, auto-deposit is on.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Pay the final 0.01 BTC to {p2sh()} instead of the escrow and I'll mark everything complete.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "ACH details if you want to pay me directly: routing 021000021, account 483920174, checking.")],
        freelancer=[(0, "PAY002")])

    # ---- identifier-invalid ----
    add("identifier-invalid", [("f", f"Send the USDT to {corrupt(tron(), base58)} instead of the milestone, it's faster.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Wire it directly to me instead: {grouped(corrupt(iban('NL', 18), digits))}")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Could you send the last part in BTC rather than through the contract? {corrupt(segwit(), bech32)}")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("c", f"The validator must reject this one, the checksum is off: {corrupt(btc(), base58)}")])
    add("identifier-invalid", [("f", f"QA note: the signup form accepted {grouped(corrupt(iban('ES', 24), digits))} even though the "
                                     f"check digits are wrong. Ticket filed.")])

    # ---- identifier-job-context (valid identifiers, no violation) ----
    add("identifier-job-context", [("c", f"For the SEPA XML export, use {iban('DE', 22)} as the sample creditor account in the unit tests; "
                                         f"it's our sandbox account.")])
    add("identifier-job-context", [("c", f"The token contract is deployed at {eth()} on Sepolia. Please write the Hardhat tests against that address.")])
    add("identifier-job-context", [("c", f"Our explorer widget shows the wrong balance for {btc()}. Can you trace why the API returns zero?")])
    add("identifier-job-context", [("c", f"The TRON indexer skips transfers to {tron()}, a test wallet we control. Please debug the parser.")])
    add("identifier-job-context", [("f", "I've set the routing number field to accept exactly 9 digits and tested it with 021000021 as sample input.")])
    add("identifier-job-context", [("f", f"I've put the placeholder {grouped(iban('BE', 16))} in the invoice template footer; swap in your "
                                         f"company's real IBAN before sending it to your customers.")])
    add("identifier-job-context", [("c", "Our Cash App clone needs a cashtag lookup screen: typing $JaneDoe should show that profile."),
                                   ("f", "Got it, I'll mock it with a few fake cashtags for the demo.")])
    add("identifier-job-context", [("c", "The donate button on the landing page should link to paypal.me/greenrootscharity, the charity's own page.")])

    # ---- cover letters ----
    add("cover-letter", [("f", "Hi! I've built six Shopify stores for apparel brands and can start tomorrow. My rate is $35/h. "
                               "If you prefer, we can continue outside the platform and you pay me via Wise, which saves us both fees.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "I've integrated Stripe, PayPal and Wise payouts into two marketplaces and know the webhook edge cases well. "
                               "Happy to work in milestones through the platform.")],
        surface="proposal")
    add("cover-letter", [("f", f"Senior Solidity dev, audits and gas optimisation. To start faster, send the deposit in USDT TRC20 to "
                               f"{tron()} and skip the contract; I begin as soon as it lands.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "I'm a bookkeeper experienced in reconciling Venmo, Zelle and Cash App transactions in QuickBooks Online "
                               "for small retailers. I can clean up your last two quarters within a week.")],
        surface="proposal")
    add("cover-letter", [("f", "Ten years of technical translation EN>DE. With long-term clients I usually switch to direct Payoneer "
                               "invoicing after the first milestone, and I'm happy to do the same here.")],
        freelancer=[(0, "PAY001")], surface="proposal")

    # ---- hard negatives (single messages) ----
    add("hard-negative", [("c", "We need a Zelle integration for our banking app so customers can send money by phone number. "
                                "Have you worked with the Zelle API before?")])
    add("hard-negative", [("c", "I'll fund the next milestone tonight; you can submit the revision round once it's in escrow.")])
    add("hard-negative", [("c", "Last year a freelancer asked me to pay him through Revolut and I said no. That's why I'm strict about milestones now.")])
    add("hard-negative", [("f", "Your client pays their Indian vendors over UPI, so the dashboard needs to show those settlements per day.")])
    add("hard-negative", [("f", "A client on another job asked me to take payment by M-Pesa outside the site. I declined and reported it, "
                                "just explaining why I'm careful.")])
    add("hard-negative", [("c", "How does the platform pay you out? Can you withdraw to Payoneer or only to a local bank?")])
    add("hard-negative", [("f", "I've added my Wise account as the withdrawal method in my settings, so earnings from this contract reach me fine.")])
    add("hard-negative", [("c", "I sent a bonus through the platform for the extra weekend work. Thanks again!")])
    add("hard-negative", [("f", "Could you add a bonus on the contract for the extra pages instead of a new milestone? Whatever is simpler for you.")])
    add("hard-negative", [("c", "Please submit your W-8BEN on the platform's tax info page; our accountant needs it for the contract invoices.")])
    add("hard-negative", [("c", "Our billing address for the contract invoices is Lagerstrasse 7, 8004 Zurich. Can you check the platform invoice shows it?")])
    add("hard-negative", [("c", "What's Payoneer? A few applicants mentioned it in their profiles and I've never heard of it.")])
    add("hard-negative", [("f", "The refund for the cancelled milestone should appear on your billing method within 5-10 business days.")])
    add("hard-negative", [("c", "Our customers pay us in USDT on TRON; the reconciliation script needs to match each transfer to an invoice.")])
    add("hard-negative", [("c", "Payroll here runs through Gusto. We need someone to build a PTO balance report from the Gusto API.")])
    add("hard-negative", [("c", "Can you invoice us for the extra hours through the contract? Our AP team needs the platform invoice to reimburse me.")])
    add("hard-negative", [("f", "The client before you paid by cheque back in 2019, before I joined this site. Much slower than this.")])
    add("hard-negative", [("c", "My brother will pay his own designer via Venmo for the family logo; I just need you to review the files.")])
    add("hard-negative", [("f", "No worries, I'll take a rain check on the call. Can we wire up the frontend tomorrow instead?")])
    add("hard-negative", [("c", "Can you add a 'Pay with Pix' button to the checkout page? Our Brazilian customers expect it.")])
    add("hard-negative", [("c", "Heads up: I'm switching the billing method on here to a new Visa, so the next milestone may be funded a day late.")])
    add("hard-negative", [("c", "Is Wise the same thing as TransferWise? I need to know for the fintech comparison article you're writing for us.")])
    add("hard-negative", [("f", "Getting paid in crypto outside the platform isn't allowed, so I'll keep billing my hours here.")])
    add("hard-negative", [("f", "I'll give a 10% discount on the next milestone since the first one ran long. I'll adjust it in the contract.")])
    add("hard-negative", [("c", "Could you send me the platform invoice for March? Our finance team needs it for the VAT return.")])
    add("hard-negative", [("f", "Sorry for the slow reply, I was setting up my bank account for withdrawals on the platform. All done now.")])
    add("hard-negative", [("c", "The mobile money module should support M-Pesa and Airtel Money payouts to our drivers in Kenya.")])
    add("hard-negative", [("c", "For the payroll app you're building, which fields do you need from the employee bank details form?")])

    # ---- ordinary chat ----
    add("ordinary-chat", [("f", "Just this once, could you extend the deadline to Friday? My laptop died and I'm restoring from backup.")])
    add("ordinary-chat", [("c", "Thanks, the wireframes look great. Can we hop on a quick video call Tuesday to go over the flows?"),
                          ("f", "Tuesday 3pm CET works. I'll share the Figma link before the call.")])
    add("ordinary-chat", [("c", "Could you approve the font choice before I export?"), ("f", "Approved, go ahead."),
                          ("c", "Exported. PNG and SVG are uploaded to the contract files.")])

    # ---- conversations ----
    add("conversation", [("c", "Would you mind if I paid the rest by PayPal? It's quicker on my side."),
                         ("f", "Sure, that works for me."),
                         ("c", "Great, thanks!")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "I'd rather send the money through Wise directly this time, is that fine?"),
                         ("f", "Sorry, I only get paid through the platform. I've let support know about this request.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Could you pay this milestone in crypto instead? Whatever coin is convenient for you."),
                         ("c", "Why not just use the milestone?"),
                         ("f", "Honestly it just avoids the fee, nothing more."),
                         ("c", "Ok, makes sense, let's do that.")],
        freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("c", "Can I just Venmo you for the extra hours?"),
                         ("f", "What's Venmo? I'm based in Portugal."),
                         ("c", "It's a US app for sending money between people."),
                         ("f", "Then I can't receive it, and I'd rather keep everything on the contract anyway.")],
        client=[(0, "PAY001")])
    add("conversation", [("f", "Could you send the small top-ups by GCash? Faster for me."),
                         ("c", "Sure, what's your GCash number?"),
                         ("f", "0917 555 0142, registered to Ana Reyes.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Let's do a direct bank transfer for the second half, I'll save us both the fee."),
                         ("f", f"Okay, here you go: {grouped(iban('IT', 27))}, Giulia Conti."),
                         ("c", "Perfect, I'll send it Monday.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Could we move you over to Deel once this trial is done?"),
                         ("f", "Is Deel connected to this platform somehow?"),
                         ("c", "No, it's a separate payroll tool our finance team uses. The contract here would end."),
                         ("f", "Ok, that's fine with me.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "We're both in Lagos, I can just hand you cash when we meet Thursday. No need for the contract."),
                         ("f", "I'd prefer to keep it on the platform, sorry."),
                         ("c", "No worries, I'll fund the milestone then.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Where do your payments from here end up, Payoneer?"),
                         ("f", "Yes, I withdraw my earnings from here to Payoneer and then to my local bank.")])
    add("conversation", [("f", "If you pay me outside the site I'll give you 15% off the whole thing."),
                         ("c", "Hmm, tempting. Let me think about it."),
                         ("f", "It's totally safe, I've done it with plenty of clients."),
                         ("c", "No, let's keep it on the site. I've reported this to support.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "Can I pay you a bonus instead of a new milestone for the extra icons?"),
                         ("f", "Sure, a bonus through the contract works fine.")])
    add("conversation", [("c", "My card was declined on here. Can I just PayPal you this once?"),
                         ("f", "Could you try another card in your billing methods first?"),
                         ("c", "Tried, also declined. PayPal really is easier for me."),
                         ("f", "Okay, just this once then.")],
        client=[(0, "PAY001"), (2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "The milestone system is confusing me. What's your bank info? I'll send it from my business account."),
                         ("f", "I'll pass on that, let's stick with the milestone. I can walk you through funding it.")],
        client=[(0, "PAY001")])
    add("conversation", [("f", "Could you pay via Wise for this one?"),
                         ("c", "Wise is blocked for our company, but I can do a bank wire."),
                         ("f", f"Fine, IBAN {grouped(iban('GB', 22))}, name Tomasz Nowak.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Did you get paid for the last job in the end?"),
                         ("f", "Yes, the client released the escrow on Tuesday.")])
    add("conversation", [("f", "FYI, someone claiming to be your colleague messaged me asking to pay me via crypto."),
                         ("c", "That's not us, please report them. We only pay through the contract.")])
    add("conversation", [("c", "My business partner in Dubai will reimburse me by bank transfer for his half of the project."),
                         ("f", "No problem, the contract stays under your account then.")])
    add("conversation", [("c", "Not sure if this is allowed, but could I pay via bKash? My card doesn't work internationally."),
                         ("f", "It isn't allowed, unfortunately. Maybe add a local debit card in billing?")],
        client=[(0, "PAY001")])
    add("conversation", [("f", "Now that the contract's closed, for any future small tweaks you can just send it over JazzCash."),
                         ("c", "Sounds good, I'll message you when I need something.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Payroll at our company goes through Remote.com. Would you consider joining there once this trial ends?"),
                         ("f", "What would that mean for this contract?"),
                         ("c", "We'd end it here and pay you monthly through Remote instead."),
                         ("f", "Sounds reasonable, let's do it.")],
        client=[(0, "PAY001"), (2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "We use Deel for our full-time staff, but for you we'll keep the hourly contract here."),
                         ("f", "Works for me.")])
    add("conversation", [("c", "Would you take crypto for this?"),
                         ("f", "Only payments through the platform, sorry.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "I can send USDC on Solana or Polygon, whichever you prefer. Skips the wire fees."),
                         ("f", "Polygon please.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Can I get paid weekly on this one?"),
                         ("c", "Yes, hourly contracts here are billed weekly automatically.")])
    add("conversation", [("c", "Could you send over your details?"),
                         ("f", "Sure, here's my portfolio and GitHub: github.com/okafor-dev")])
    add("conversation", [("f", "Would Alipay work for the final payment? Saves the conversion fee."),
                         ("c", "Ok deal."),
                         ("f", "Thanks, I'll send you the QR code tonight.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Could you pay the translator you subcontracted through Wise? It's between you two."),
                         ("f", "Yes, I'll handle her fee myself. Your contract with me stays as it is.")])
    return cases


def heldout36_cases() -> list[dict[str, Any]]:
    """Held-out batch 36: mixed trades, channels and languages; proposals, details, agreements, declines, hard negatives."""
    rng.seed(36)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout36-")
    digits = "0123456789"
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

    # --- client proposes (single messages) ---
    add("client-solicits", [("c", "Honestly the service fee here is eating into my budget. Could I just pay you through Zelle from now on? "
                                  "I'll throw in an extra 5% for your trouble.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "For phase two let's do a direct bank transfer instead, it saves both of us the fees. "
                                  "Send me your account info whenever you get a chance.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'd rather pay in USDT on TRC20 going forward, we can close the contract on here after this week. "
                                  "Would that be alright?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "venmo ok for this one? it's only 60 bucks, not worth a new contract")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Quick heads-up on process: all our long-term contractors are paid through Deel payroll. "
                                  "Once this trial wraps I'll onboard you there and we end the Upwork contract.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "For the logo tweaks I can send you a $150 Amazon gift card instead, no need to open another contract for it.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "You're in Manchester too, right? I can just pay cash when you drop off the printed banners, simpler for everyone.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Our accounts team would prefer to mail you a cheque for the final invoice rather than go through the platform. "
                                  "What address should they use?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "\u00bfTe puedo pagar por transferencia bancaria directamente? As\u00ed nos ahorramos la comisi\u00f3n de la plataforma.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Let's close this contract and I'll send the remaining 400 by P\u0430yPal, fee-free for both of us.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I can pay you in naira through Opay or straight into your GTBank account, whichever suits you, "
                                  "just not through this site.")], client=[(0, "PAY001")])

    # --- freelancer proposes (single messages) ---
    add("freelancer-solicits", [("f", "To be honest the 10% cut really hurts on a job this size. If you pay me via PayPal Friends & Family "
                                      "directly I can knock 8% off my rate.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Regarding the bonus you mentioned, could you send that part in Bitcoin instead? "
                                      "I can give you my wallet.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I'm in Nairobi and M-Pesa reaches me instantly, while withdrawals from here take days. "
                                      "Could you send the payment to my M-Pesa instead?")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Sir, pwede po bang sa GCash na lang ninyo ako bayaran para sa susunod na batch? Mas mabilis po kasi.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Pour la suite du projet, pourriez-vous me r\u00e9gler par virement SEPA directement ? "
                                      "Ce serait plus simple pour nous deux.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Pode me pagar por Pix? Fica bem mais f\u00e1cil pra mim do que sacar daqui.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Ven\u200bmo or Z\u200belle, whatever is easier for you, and we skip the 10% on the next order.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Sir if you want you can pay me through UPI / Google Pay directly for the remaining work, "
                                      "I will share my ID.")], freelancer=[(0, "PAY001")])

    # --- own payment details ---
    add("details-valid", [("f", f"Here are my bank details for the transfer: IBAN {grouped(iban('DE', 22))}, account holder Jonas Keller.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Easiest for me is Cash App: $LenaCodesStuff. Just send the 300 there and I'll mark it done.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"USDT (TRC20) address: {tron()} please send the balance there, thanks!")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"btc: {btc()} quicker than waiting on upwork lol")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "You can settle the second half here: https://paypal.me/tomasvfx/450 and I'll deliver the final renders right after.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Account name: R. Patel, sort code 20-45-77, account number 41387652. "
                                "Pay the second half there and I'll close the contract on my side.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "For ACH: routing 021000021, account 483920117 (Chase checking, Daniel Ortiz). Faster than the platform payout.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"ETH / ERC-20 wallet: {eth()} - USDC on mainnet is fine.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"IBAN : {grouped(iban('FR', 27))} / BIC : BNPAFRPPXXX. Virement direct svp, merci !")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"if you want to pay the rest in btc my address is {segwit()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "The last milestone was overcharged by $40. Rather than open a refund on here, "
                                "just send it back to my PayPal: jrh.logistics@outlook.com")], client=[(0, "PAY002")])
    add("details-valid", [("f", f"Wallet (BTC, P2SH): {p2sh()} - send the 0.004 there and we're square.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"My taproot address for the tip: {taproot()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Numer konta do przelewu: {grouped(iban('PL', 28))}. Prosz\u0119 przela\u0107 reszt\u0119 bezpo\u015brednio na konto.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"For the next invoices please wire to Emirates NBD, IBAN {iban('AE', 23)}, beneficiary Omar Haddad.")],
        freelancer=[(0, "PAY002")])

    # --- corrupted identifiers (checksum fails) ---
    add("identifier-invalid", [("f", f"IBAN {grouped(corrupt(iban('GB', 22), digits))}")])
    add("identifier-invalid", [("f", f"wallet {corrupt(btc(), b58)}")])
    add("identifier-invalid", [("f", f"TRC20: {corrupt(tron(), b58)}")])
    add("identifier-invalid", [("f", f"bc: {corrupt(segwit(), bech)}")])
    add("identifier-invalid", [("f", f"Account: {corrupt(iban('NL', 18), digits)}")])

    # --- identifiers in a job context ---
    add("identifier-job-context", [("c", f"The payment form must only reject IBANs whose checksum fails. Please add a unit test that accepts "
                                         f"{iban('ES', 24)} and one that rejects a mistyped version of it.")])
    add("identifier-job-context", [("c", f"In the block-explorer README, use {btc()} as the example address in the lookup section.")])
    add("identifier-job-context", [("c", f"We need a dashboard that tracks inflows and outflows of our treasury wallet {eth()}, refreshed hourly.")])
    add("identifier-job-context", [("c", "Use Chase's public routing number 021000021 as the fixture for the ACH form validation tests.")])
    add("identifier-job-context", [("c", f"Please audit the TRC-20 token contract deployed at {tron()} before we list it.")])
    add("identifier-job-context", [("c", "For checkout testing log in with the sandbox buyer account sb-43x7p@personal.example.com, password in the doc.")])

    # --- cover letters ---
    add("cover-letter", [("f", "Hi! I've built 40+ Shopify stores for fashion brands and can start today. To keep your costs down I usually work "
                               "with clients directly over Wise, so once you hire me we can settle outside Upwork and I'll take 15% off.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hello, experienced bookkeeper here (Xero, QuickBooks). For faster payment my PayPal is "
                               "k.mensah.accounts@gmail.com, you can pay there directly and skip the fees.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Hi Sarah, I read your brief for the podcast edits. I've mixed 200+ episodes and can turn each one around in 48h. "
                               "Happy to split the work into milestones so you only release funds once you're satisfied.")],
        surface="proposal")
    add("cover-letter", [("f", "Dear hiring manager, I've integrated Stripe Checkout, PayPal and Apple Pay into several Django stores "
                               "and can add webhooks for refunds and subscriptions to yours.")], surface="proposal")
    add("cover-letter", [("f", "Hi, I'm a Flutter developer who has shipped two crypto wallet apps (BTC and USDT on TRON). "
                               "I can build your send/receive screens and QR scanning within the proposed timeline.")], surface="proposal")

    # --- conversations ---
    add("conversation", [("c", "Can we do the next milestone over Zelle? Saves us both the fees."),
                         ("f", "ok deal")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "If you don't mind, could you pay me by PayPal from now on? I'd give you a small discount."),
                         ("c", "No, I'd like to keep everything on Upwork. I've reported this message.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "Would you be ok being paid by bank transfer for the next part instead of through Upwork?"),
                         ("f", "Why would we do that? Is there something wrong with the contract here?"),
                         ("c", "Nothing wrong, it's just that our finance team can't register Upwork as a vendor and the fees add up."),
                         ("f", "ok, I understand, let's do it that way then.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "Mind paying the rest via PayPal? My withdrawals here keep getting held."),
                         ("c", "Fine by me, what's your PayPal?"),
                         ("f", "it's priya.writes.copy@gmail.com, thank you!")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "I'll pay the remaining 1,200 in crypto if that works for you, it's much simpler from my side."),
                         ("f", f"Sure, USDT TRC20: {tron()}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Can I send you the payment by Western Union? My card keeps getting declined on here."),
                         ("f", "Sorry, I only accept payments through the platform. Maybe try updating your billing method?")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Could I pay you with Venmo for the extra revisions?"),
                         ("f", "I don't have Venmo, but PayPal works for me.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "For the next contracts, could you send a Payoneer payment request to me directly instead of using Upwork?"),
                         ("c", "What is Payoneer?"),
                         ("f", "It's a payment service, you just send money to my account there and neither of us pays the platform fee."),
                         ("c", "Got it, thanks, but I'd rather keep everything on Upwork.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "I've funded milestone 2 in escrow, you can start on the mobile layouts."),
                         ("f", "Great, I'll submit by Friday."),
                         ("c", "Approved and released. I also added a small bonus for the quick turnaround!")])
    add("conversation", [("c", "Let's use Wise for the rest of the project, ok?"),
                         ("f", "ok"),
                         ("c", "Great, I'll send it Friday once the last batch of product photos is done.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Para las pr\u00f3ximas traducciones, \u00bfte parece si te pago por transferencia directa a tu cuenta?"),
                         ("f", "Claro, sin problema. \u00bfTe paso mis datos?"),
                         ("c", "S\u00ed, p\u00e1samelos por aqu\u00ed."),
                         ("f", f"Mi IBAN es {grouped(iban('ES', 24))}, a nombre de Luc\u00eda Romero.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003"), (3, "PAY003")])
    add("conversation", [("c", "Can I pay you outside Upwork for this one? It's a tiny job."),
                         ("f", "I'd prefer to keep it on the platform, thanks."),
                         ("c", "Come on, just take it on PayPal this once, nobody will know."),
                         ("f", "No. I've reported this conversation.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Would you be open to paying me in crypto for the ongoing maintenance?"),
                         ("c", "Yes let's do crypto, which coin do you want?"),
                         ("f", "USDT on Tron please, I'll send you the address later today.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Do you accept payment in EUR? We're a German company."),
                         ("f", "You pay in USD through the contract and I withdraw to my own bank here in Serbia, Upwork handles the conversion.")])
    add("conversation", [("c", "We need PayPal and Stripe checkout integrated into our WooCommerce store before Black Friday."),
                         ("f", "Sure, I've set up PayPal Smart Buttons on a few stores. Could you share the API credentials for the sandbox?")])
    add("conversation", [("c", "Instead of paying the last milestone here, I could buy you a Steam gift card of the same value?"),
                         ("f", "Steam card is fine, US region please.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Could we settle future invoices directly between us?"),
                         ("c", "What do you mean by directly?"),
                         ("f", "I mean you send the money by bank wire to my account instead of through the contract here."),
                         ("c", "ok")],
        freelancer=[(0, "PAY001"), (2, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("c", "Let's finish this one on the platform, and for the follow-up work I'll pay you via Skrill."),
                         ("f", "I can't accept payments outside Upwork, sorry. I'll have to let Upwork know about this.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "K\u00f6nnten Sie mir den Rest einfach per PayPal schicken? Dann spart keiner die Geb\u00fchren."),
                         ("c", "Ja, passt. Schick mir deine PayPal-Adresse."),
                         ("f", "anna.schreiber.design@web.de")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can you send me an invoice for our records?"),
                         ("f", "Upwork generates an invoice for every weekly payment automatically, you can download them under Reports.")])
    add("conversation", [("c", "Do you have PayPal? I'm asking because our donation page needs a PayPal button."),
                         ("f", "Yes, I've set up PayPal Donate buttons for two charities, I can add one with recurring options too.")])
    add("conversation", [("f", "How will payments work for this gig?"),
                         ("c", "It's an hourly contract, billed weekly through Upwork automatically.")])
    add("conversation", [("f", "Honestly it'd be cheaper for both of us if you sent the payment through Remitly."),
                         ("c", "Outside Upwork? Is that even allowed?"),
                         ("f", "It's fine, lots of people do it, and we both save money."),
                         ("c", "No, I'd rather not risk my account. Reporting this.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "My previous freelancer asked me to pay him over Skrill, I refused."),
                         ("f", "Good call, that's against the rules here anyway.")])
    add("conversation", [("c", "\u041c\u043e\u0436\u043d\u043e \u044f \u043f\u0435\u0440\u0435\u0432\u0435\u0434\u0443 \u043e\u043f\u043b\u0430\u0442\u0443 "
                               "\u043d\u0430 \u043a\u0430\u0440\u0442\u0443 \u0421\u0431\u0435\u0440\u0431\u0430\u043d\u043a\u0430 "
                               "\u043d\u0430\u043f\u0440\u044f\u043c\u0443\u044e? \u0411\u0435\u0437 \u043a\u043e\u043c\u0438\u0441\u0441\u0438\u0438."),
                         ("f", "\u041d\u0435\u0442, \u0441\u043f\u0430\u0441\u0438\u0431\u043e, \u0434\u0430\u0432\u0430\u0439\u0442\u0435 "
                               "\u0442\u043e\u043b\u044c\u043a\u043e \u0447\u0435\u0440\u0435\u0437 \u043f\u043b\u0430\u0442\u0444\u043e\u0440\u043c\u0443.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Could we settle the rest over Revolut? I'm in Lisbon, it's instant for me."),
                         ("f", "Hmm, what would happen with the contract then?"),
                         ("c", "We'd just end it after this milestone."),
                         ("f", "Sure, Revolut works for me.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "Any chance of a small bonus for the rush delivery?"),
                         ("c", "Sure, just sent a $50 bonus through Upwork. Thanks for staying late!")])

    # --- hard negatives ---
    add("hard-negative", [("f", "I've just added Payoneer as my withdrawal method, so earnings from this contract will land there.")])
    add("hard-negative", [("f", "You can bank on me to deliver by Monday, the tests are already green.")])
    add("hard-negative", [("c", "What's Wise? A friend mentioned it the other day, is it like a bank?")])
    add("hard-negative", [("c", "The landing page copy is for a crypto exchange, it needs to explain how to buy Bitcoin with a debit card "
                                "in three simple steps.")])
    add("hard-negative", [("c", "Please add a refund button to the admin panel that calls the PayPal Refunds API for the selected order.")])
    add("hard-negative", [("c", "I'll release the milestone as soon as I review the files; the bonus will go through Upwork as usual.")])
    add("hard-negative", [("c", "Our distributor wires payments to the factory in Shenzhen every month, and the reconciliation sheet "
                                "needs to match those wire dates.")])
    add("hard-negative", [("f", "A client last month tried to move me to Telegram and pay in crypto. I reported him and blocked the chat.")])
    add("hard-negative", [("c", "The card on my billing method expired, I've updated it so this week's charge should go through now.")])
    add("hard-negative", [("c", "Could you translate this Venmo marketing email into Latin American Spanish? About 600 words.")])
    add("hard-negative", [("c", "I requested a refund through the dispute center for the unused hours, no hard feelings.")])
    add("hard-negative", [("c", "Le paiement du jalon 3 a \u00e9t\u00e9 lib\u00e9r\u00e9, merci pour votre travail !")])
    add("hard-negative", [("c", "La app que necesitamos es una billetera tipo Nequi para enviar dinero entre amigos, con login por huella.")])
    add("hard-negative", [("f", "Just so you know, I don't take payments outside Upwork, so let's keep everything here.")])
    add("hard-negative", [("f", "Years ago a client paid me through Western Union and it took two weeks to arrive. Never again.")])
    add("hard-negative", [("c", "This product line could be a real cash cow, let's not leave money on the table with weak photos.")])
    add("hard-negative", [("c", "Please bill us through the contract as usual, our AP team needs the Upwork invoice PDF for each payment.")])
    add("hard-negative", [("c", "Our client in Dubai pays the agency by wire, and we pay you here through Upwork as always, "
                                "so nothing changes for you.")])
    add("hard-negative", [("c", "Tightening the kerning on the headline really pays dividends, nice work.")])
    add("hard-negative", [("c", "Ho rilasciato il pagamento della milestone, grazie mille per la pazienza!")])

    # --- ordinary chat ---
    add("ordinary-chat", [("f", "Morning! Attached are the revised wireframes with the shorter onboarding flow.")])
    add("ordinary-chat", [("c", "Can we hop on a call Thursday at 3pm CET to go over the roadmap?")])
    add("ordinary-chat", [("f", "The fonts are licensed under OFL, so you can use them commercially without extra fees.")])
    add("ordinary-chat", [("c", "Thanks! Got the files, I'll review them tonight and get back to you.")])
    add("ordinary-chat", [("f", "Kal tak final draft bhej dunga, thoda delay ho gaya, sorry.")])
    add("ordinary-chat", [("c", "Could you share the Figma link so the developer can inspect the spacing?")])
    return cases


def heldout37_cases() -> list[dict[str, Any]]:
    """Held-out batch 37: chat-like threads (mid-thread proposals, delayed/conditional agreement, declines, reports) plus singles."""
    rng.seed(37)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout37-")
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    b32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    digits = "0123456789"

    # ---------------- conversations with violations ----------------
    add("conversation", [
        ("c", "Hi Priya, the logo drafts look great. Can you send the final SVG plus a PNG at 2000px?"),
        ("f", "Sure, I'll export both tonight and upload them to the contract workspace."),
        ("c", "Perfect. For the next batch of icons, could I just pay you through Wise directly? The fees here are eating my budget."),
        ("f", "Yeah that works, Wise is fine with me."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "Phase one of the migration is done and tested on staging."),
        ("c", "Great work. What's next?"),
        ("f", "Phase two. Honestly, if you pay me by bank transfer for phase two we'd both save on the service fee. Interested?"),
        ("c", "How would that work with invoices on my end?"),
        ("f", "I'd send you a simple PDF invoice from my company, you transfer the EUR amount, done."),
        ("c", "Ok, let's do it that way."),
    ], freelancer=[(2, "PAY001")], client=[(5, "PAY003")])
    add("conversation", [
        ("c", "Before we start the contract, would you accept payment in USDT? I'd send it to your wallet every Friday."),
        ("f", "Thanks, but I only take payment through the platform. Happy to start once the contract is set up here."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("c", "Can we move this to PayPal? Friends and family, no fees for either of us."),
        ("f", "I'd rather keep everything on the platform, sorry."),
        ("c", "Come on, it's just faster. Every other freelancer I hire does it."),
        ("f", "I understand, but my answer is still no. Payments go through the contract."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "Would you be open to paying me through Payoneer for this one?"),
        ("c", "No, we keep all our contractors on the platform."),
        ("f", "Understood. What about a direct SEPA transfer then? It's cheaper than Payoneer anyway."),
        ("c", "Still no. Please don't ask again."),
    ], freelancer=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [
        ("c", "Since you're in Lisbon too, want to meet up and I pay you cash for the photo shoot? Saves the fees."),
        ("f", "Hmm, maybe. Would it be the full amount upfront?"),
        ("c", "Half before, half after, in euros."),
        ("f", "Alright, if it's half upfront then fine, cash it is."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "The first draft of the whitepaper is attached."),
        ("c", "Thanks, I'll read it over the weekend."),
        ("f", f"For the remaining chapters you can pay me straight to my account, IBAN {grouped(iban('NL', 18))}, so we skip the fees."),
        ("c", "I'd prefer to keep paying through the contract, thanks."),
    ], freelancer=[(2, "PAY002")])
    add("conversation", [
        ("c", "The scraper runs fine now. Can I just send the money by bank transfer? What's your IBAN?"),
        ("f", f"Sure, it's {grouped(iban('DE', 22))}, account holder Jonas Weber."),
        ("c", "Thanks, I'll sort it out tomorrow morning."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Is it ok if I pay you through Venmo for the remaining work?"),
        ("f", "I don't use Venmo, but Zelle would work for me."),
        ("c", "Zelle it is, I'll set it up on my side."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "Quick question: could you pay the remaining $400 through PayPal instead? My account here is on hold for verification."),
        ("c", "Ok, no problem."),
        ("f", "Thanks! My PayPal is maria.kovacs.translations@gmail.com"),
    ], freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "Do you accept Payoneer?"),
        ("f", "What do you mean, instead of the contract?"),
        ("c", "Yes, I'd pay you directly to your Payoneer account each month."),
        ("f", "Then no, sorry. I keep all payments on the platform."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "If it helps your budget, I could invoice you directly and you pay by bank transfer."),
        ("c", "Let me think about it and check with our finance team."),
        ("f", "Of course, no rush."),
        ("c", "Finance says fine. Send the invoice to accounts@brightlane.io and we'll wire it."),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [
        ("c", "Hi Arjun, the app is working perfectly now, thank you."),
        ("f", "Glad to hear! Shall I close the contract?"),
        ("c", "Yes. For the small fixes after this, can I just pay you on UPI? It's only a few hundred rupees each time."),
        ("f", "I guess that's okay for small amounts... fine, UPI it is."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "I see you're in Nairobi. Would it be easier if I send your fee via M-Pesa?"),
        ("f", "No thank you, I'll keep it on the platform. I've also let support know about this request."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("c", "I can pay the rest in Amazon gift cards if that's alright, my card keeps getting declined here."),
        ("f", "Have you tried updating your billing method in settings? That usually fixes it."),
        ("c", "I'll try, but honestly the other way would be quicker for me."),
        ("f", "Let's stick with the platform, please update the billing method."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Could you accept payment by Revolut for this job? I'm struggling with the platform fee."),
        ("f", "Sorry, I don't take payments outside the platform."),
        ("c", "Just this once? I'll send it over Revolut today and you can start immediately."),
        ("f", "No, sorry. If you'd like to go ahead, please send the offer here."),
    ], client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [
        ("c", "The trading bot works great. How do you want to handle the next round of features?"),
        ("f", f"Let's do it outside the site to save fees: send 0.01 BTC to {btc()} and I'll start."),
        ("c", "I'd rather not, we can keep using milestones here."),
    ], freelancer=[(1, "PAY002")])
    add("conversation", [
        ("c", "We'd like to keep working with you long-term. Could we move you onto our Deel payroll instead of paying through here?"),
        ("f", "That sounds interesting, what would the monthly rate be?"),
        ("c", "Same as now, $4,200 a month, paid through Deel on the 1st."),
        ("f", "Ok, I'm in. Send me the Deel invite."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "Our accounting department only pays vendors by cheque. Can I mail you one for the March work?"),
        ("f", "Our contract is here on the platform, so the payment should be too. Could you fund the milestone instead?"),
        ("c", "Understood, I'll fund it this afternoon."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "Hi! Before we start: I usually work with new clients via direct bank transfer, 50% upfront. Would that be okay?"),
        ("c", "No, we only hire through the platform. I'm reporting this message."),
    ], freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [
        ("c", "Thanks for the quick fix! Next time I can pay you outside the platform, PayPal or Skrill, whichever you prefer."),
        ("f", "Skrill please."),
        ("c", "Noted."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "The mix sounds amazing, thank you!"),
        ("f", "Glad you like it! If you want the stems too, just send $60 to my Cash App $LoFiLeo and I'll upload them."),
        ("c", "Sure, sending now."),
    ], freelancer=[(1, "PAY002")], client=[(2, "PAY003")])
    add("conversation", [
        ("f", "Would you consider paying me via Wise for the extra hours this week?"),
        ("c", "If it's cheaper for you, sure. Send me your details."),
        ("f", f"Great, here they are: {grouped(iban('GB', 22))}, account name Tom Ashby."),
    ], freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "Oi! For the Portuguese translation, could I pay you via Pix? It's instant here in Brazil."),
        ("f", "I appreciate it, but I need to keep payment on the platform."),
        ("c", "No problem, I'll send the offer here then."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Would you be ok with receiving your payments via Payoneer from now on?"),
        ("f", "Why? Is there a problem with the contract?"),
        ("c", "Our company card got flagged, and Payoneer is what our finance team uses for all contractors."),
        ("f", "Ok, understood. Payoneer works."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "I pushed the fix for the Safari layout, can you check on your iPhone?"),
        ("c", "Looks good now! By the way, for the ongoing maintenance I'd like to pay you monthly by wire to avoid the fees here."),
        ("f", "Thanks, but I can't accept payments outside the platform."),
        ("c", "What about crypto then? I can send USDC every month, nobody would know."),
        ("f", "Still no, sorry. I'm going to report this, I can't risk my account."),
    ], client=[(1, "PAY001"), (3, "PAY001")], flags=[("f", 3)])
    add("conversation", [
        ("c", "Can you add the dark mode toggle too?"),
        ("f", "Sure, it's about 6 more hours. That's outside the current contract, so you could just send it to me on Wise if you like."),
        ("c", "Hmm, I suppose that's simpler than a new contract. Ok."),
    ], freelancer=[(1, "PAY001")], client=[(2, "PAY003")])
    add("conversation", [
        ("c", "Let's settle the final $1,500 via Zelle instead, I'll add $100 extra for your trouble."),
        ("f", "Ok deal."),
        ("c", "Great, I'll message you tomorrow to sort out the details."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Would you take payment through Skrill for future work?"),
        ("f", "Let me think about it."),
        ("c", "Sure, take your time."),
        ("f", "I thought it over and I'd rather keep things on the platform. Thanks for understanding."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "The Arabic subtitles are synced and uploaded."),
        ("c", "Wonderful. We have 20 more episodes coming."),
        ("f", "Happy to do them. For a batch that size, could you pay me through Western Union? I'm in Cairo and it arrives faster."),
        ("c", "Hmm, can you explain why it's faster?"),
        ("f", "Withdrawals from here take about a week to reach my bank, Western Union is same day."),
        ("c", "Fine, Western Union then."),
    ], freelancer=[(2, "PAY001")], client=[(5, "PAY003")])
    add("conversation", [
        ("c", "We're happy with the Shopify theme. For the retainer, do you have a GCash or Maya account? I'm in Cebu too."),
        ("f", "I do have GCash, but I prefer to keep the retainer here on the platform."),
        ("c", "Fair enough, I'll set up a weekly contract."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "Dataset cleaning is about 70% done."),
        ("c", "Nice. Quick admin thing, we'll need a second contract for the dashboard."),
        ("f", f"We could skip the second contract, just send USDT to {tron()} when it's done."),
        ("c", "Sure, that's easier for us anyway."),
    ], freelancer=[(2, "PAY002")], client=[(3, "PAY003")])

    # ---------------- conversations without violations ----------------
    add("conversation", [
        ("c", "We need a Stripe Checkout integration for our store, with webhooks for refunds."),
        ("f", "I've built several Stripe integrations. Do you also want Apple Pay via the Payment Request Button?"),
        ("c", "Yes, and PayPal as a second option at checkout."),
        ("f", "Got it. I'll scope both and send a milestone plan here."),
    ])
    add("conversation", [
        ("f", "I've uploaded the final deliverables. Could you release the milestone when you get a chance?"),
        ("c", "Done, released. I also added a small bonus for the quick turnaround."),
        ("f", "That's very kind, thank you! I'll withdraw to my bank account at the end of the month."),
        ("c", "Enjoy. I'll open a new contract next week for the Spanish version."),
    ])
    add("conversation", [
        ("c", "Did you get a chance to look at the staging logs?"),
        ("f", "Yes, the 502s come from the worker timing out on big CSV imports."),
        ("c", "Can we chunk the import?"),
        ("f", "That's my plan, batches of 5k rows with a progress bar."),
        ("c", "Sounds good, go ahead."),
    ])
    add("conversation", [
        ("c", "How's your week going?"),
        ("f", "Busy! Another client tried to get me to take payment over Cash App, so I reported it to support."),
        ("c", "Good call. Anyway, can you start on the landing page Monday?"),
        ("f", "Yes, Monday works."),
    ])
    add("conversation", [
        ("c", "Before I found this site I used to pay my designers by wire transfer, what a headache."),
        ("f", "Haha I can imagine. Here everything runs through the contract, much simpler."),
        ("c", "Exactly. Anyway, here's the brief for the brochure."),
    ])
    add("conversation", [
        ("c", "Where do I find the invoice for last month? Our accountant needs it."),
        ("f", "It's under Reports, Transaction History. You can download the PDF there."),
        ("c", "Found it, thanks."),
    ])
    add("conversation", [
        ("f", "Does your payment provider handle payouts between your buyers and sellers automatically?"),
        ("c", "Yes, buyers pay sellers through Mollie Connect and we take a commission."),
        ("f", "OK, then I'll model the split payments in the database accordingly."),
    ])
    add("conversation", [
        ("f", "Sorry if this is a silly question: what's Interac e-Transfer? It's mentioned in the spec."),
        ("c", "It's the Canadian bank transfer system. Our app needs to show it as a payout option for users."),
        ("f", "Got it, I'll add it to the payout settings screen."),
    ])
    add("conversation", [
        ("c", "This bug is really costing us, we're paying through the nose in lost sales."),
        ("f", "I'll prioritize it. Should be fixed tonight."),
        ("c", "You're a lifesaver."),
    ])
    add("conversation", [
        ("c", "I'll fund the second milestone on Friday when our budget refreshes."),
        ("f", "Perfect, I'll start on the API once it's in escrow."),
        ("c", "Also, can you log the hourly part with the desktop time tracker?"),
        ("f", "Yes, the tracker is running."),
    ])
    add("conversation", [
        ("c", "The last delivery didn't match the brief. Can we talk about a partial refund?"),
        ("f", "I'm sorry about that. I can issue a partial refund through the contract, would 30% be fair?"),
        ("c", "Yes, that's fair. Thanks for being reasonable."),
    ])
    add("conversation", [
        ("f", "Unrelated, but do you know how long withdrawals to a Polish bank take? My earnings have been pending for 5 days."),
        ("c", "For me it's usually 2-3 business days after the security period."),
        ("f", "Ok, I'll wait a bit more then. Back to the banner sizes..."),
    ])
    add("conversation", [
        ("c", "We're building a peer-to-peer payment app similar to Venmo for college students."),
        ("f", "Fun! Will users link bank accounts via Plaid?"),
        ("c", "Yes, Plaid for linking, and Dwolla for ACH transfers between users."),
        ("f", "Got it. I'll draft the architecture and share it here."),
    ])
    add("conversation", [
        ("c", "Could you make the header font a bit bolder?"),
        ("f", "Sure, switching from 500 to 700 weight. I also tightened the letter spacing."),
        ("c", "Much better. Can you export for Instagram stories as well?"),
        ("f", "Yes, 1080x1920, uploading shortly."),
    ])
    add("conversation", [
        ("c", "You went above and beyond on this. Is it ok if I add a bonus?"),
        ("f", "That's very generous, thank you! The bonus option is on the contract page."),
        ("c", "Found it, sent $75. Thanks again."),
    ])
    add("conversation", [
        ("c", "Our PayPal IPN listener stopped receiving notifications after the server move."),
        ("f", "Probably the IPN URL still points to the old host. Can you give me access to the PayPal sandbox?"),
        ("c", "Invited you as a sandbox user. Let me know what you find."),
        ("f", "Confirmed, the notify URL was stale. Fixed and tested with three sandbox payments."),
    ])
    add("conversation", [
        ("c", "Can you add our VAT number to your invoices?"),
        ("f", "The platform generates the invoices automatically; you can add your VAT ID in your billing settings."),
        ("c", "Ah, done. Thanks!"),
    ])
    add("conversation", [
        ("f", "Hi Lena, I saw your message about the translation job. Is the deadline flexible?"),
        ("c", "A couple of days at most. Can you handle legal German?"),
        ("f", "Yes, I'm a sworn translator in Hamburg. I'll send you a proposal with milestones."),
        ("c", "Great, looking forward to it."),
    ])
    add("identifier-job-context", [
        ("c", f"For the SEPA form tests, use this sample IBAN: {iban('FR', 27)}. It should pass the checksum."),
        ("f", "Thanks. I'll also add a case with a wrong check digit so the error message shows."),
        ("c", "Great, and please format it in groups of four on blur."),
    ])

    # ---------------- single messages: solicitations ----------------
    add("client-solicits", [("c", "Hey, I'd love to hire you but can we do it off the site? I'll pay you with Apple Pay.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Send me your bank info and I'll wire the deposit directly, that way we avoid the 10% fee.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "We pay all contractors in USDT on TRC20, please confirm you're ok with that before we begin.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'm in Manila, can I just pay you through GCash for this gig?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'll pay you on P-a-y-P-a-l so the site doesn't take a cut, ok?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I send the money via Pay\u0440al instead of the contract?")], client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "To keep my rate low I prefer payment via Western Union, if that's possible for you.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Would you mind paying the final milestone through Payoneer directly? I'll close the contract here.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Pls pay me thru bKash next time, much easier for me in Dhaka.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Happy to continue, but from now on I'd want to be paid by SEPA transfer instead of through the site.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Could you pay me on Ven\u200bmo instead of here?")], freelancer=[(0, "PAY001")])

    # ---------------- single messages: own details ----------------
    add("details-valid", [("f", f"Pay me directly and skip the fees: IBAN {grouped(iban('ES', 24))} (Lucia Moreno).")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"USDT (TRC20) address for payment: {tron()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Send the ETH here instead of funding the milestone: {eth()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My PayPal is rafael.m.studio@outlook.com, you can pay the rest there.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Easiest is to pay via this link: https://paypal.me/NikoDesigns/250")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Bank details for direct payment: Chase, account 447100932281, routing 021000021.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "UK transfer works too: sort code 20-45-77, account 83920145, name K. Adeyemi.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"BTC (segwit): {segwit()} - send it there rather than through the contract.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"my taproot address {taproot()} , pay there pls")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"You can pay directly to {p2sh()} (BTC), no platform fee.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Bonifico diretto: IBAN {iban('IT', 27)}, intestato a Marco Bellini.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "cash app $JadeWrites, send whenever you're ready")], freelancer=[(0, "PAY002")])

    # ---------------- identifiers ----------------
    add("identifier-invalid", [("f", f"IBAN: {corrupt(iban('DE', 22), digits)}")])
    add("identifier-invalid", [("f", f"btc {corrupt(btc(), b58)}")])
    add("identifier-invalid", [("f", f"TRON wallet {corrupt(tron(), b58)}")])
    add("identifier-invalid", [("f", f"my segwit addr {corrupt(segwit(), b32)}")])
    add("identifier-job-context", [("c", f"The checkout test fails on this IBAN: {iban('BE', 16)} - please debug the validator.")])
    add("identifier-job-context", [("c", f"Please add our nonprofit's donation address to the site footer: {btc()}")])
    add("identifier-job-context", [("f", f"The contract is deployed at {eth()} on Sepolia, can you verify it on Etherscan?")])
    add("identifier-job-context", [("c", f"Our block explorer shows the wrong balance for {tron()}, can you investigate?")])

    # ---------------- cover letters ----------------
    add("cover-letter", [("f", "Hello, I have 8 years of React experience and would be glad to help with your dashboard. "
                               "To keep costs down I usually work directly, paid by PayPal or Wise outside the platform.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi! I've integrated Stripe, Braintree and Adyen for e-commerce clients and can build your subscription billing. "
                               "I suggest three milestones: design, implementation, testing.")], surface="proposal")
    add("cover-letter", [("f", "Dear hiring manager, I'm a bookkeeper familiar with Xero and QuickBooks. "
                               "I can reconcile your Wise and Revolut business accounts every month.")], surface="proposal")

    # ---------------- hard negatives ----------------
    add("hard-negative", [("c", "I'll fund the milestone as soon as I'm back from lunch.")])
    add("hard-negative", [("f", "Please release the escrow for milestone 2 when you've reviewed the files.")])
    add("hard-negative", [("c", "My last freelancer asked me to pay him through Skrill. I said no and reported him.")])
    add("hard-negative", [("f", "Back in 2019 a client paid me by cheque and it bounced, never again.")])
    add("hard-negative", [("c", "Our users pay each other via Zelle; we just need a dashboard that tracks those transfers.")])
    add("hard-negative", [("f", "What is Payoneer exactly? I keep seeing it mentioned in job posts.")])
    add("hard-negative", [("c", "We need a Venmo-style split-the-bill feature in our iOS app.")])
    add("hard-negative", [("f", "I withdrew my earnings to my Revolut account yesterday, it arrived in two days.")])
    add("hard-negative", [("c", "I've updated my billing method to a new Visa card, the payment should go through now.")])
    add("hard-negative", [("f", "I sent the refund through the contract, you should see it within 5-10 days.")])
    add("hard-negative", [("c", "The platform invoice says $480 but I approved 12 hours, can you check?")])
    add("hard-negative", [("f", "It's a small price to pay for clean code. Time is money, so let's get started.")])
    add("hard-negative", [("f", "I'm not able to accept PayPal or bank transfers, everything has to go through the contract.")])
    add("hard-negative", [("c", "Can you write a blog post comparing Wise, Revolut and Payoneer for freelancers?")])
    add("hard-negative", [("c", "Our exchange app needs a Binance Pay integration, budget $3k, paid via milestones here.")])
    add("hard-negative", [("f", "A client just asked me to take payment in Bitcoin, is that allowed? I told them I'd check first.")])

    # ---------------- ordinary chat ----------------
    add("ordinary-chat", [("f", "Good morning! I'll have the wireframes ready by Thursday.")])
    add("ordinary-chat", [("c", "Thanks for the quick turnaround, our team loved it.")])
    add("ordinary-chat", [("f", "Could you share the Figma file with edit access?")])
    add("ordinary-chat", [("c", "Let's have a call tomorrow at 10 CET to discuss the roadmap.")])
    add("ordinary-chat", [("f", "Attached are three variations of the banner; I prefer option B.")])
    return cases


def heldout38_cases() -> list[dict[str, Any]]:
    """Held-out batch 38: near-pairs (job topic, platform feature, past, third party) and subtle off-platform asks."""
    rng.seed(38)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout38-")
    digits = "0123456789"
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

    # --- near-pairs: client proposals vs. same words in an innocent context ---
    add("client-solicits", [("c", "Before we start, can you send me your PayPal email? I'd rather pay you there for the checkout fix than through the contract.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Before we start: the job is fixing our Shopify checkout. The PayPal button errors out after login, so please check the PayPal email "
                                "configured in the store admin.")])
    add("client-solicits", [("c", "Just this once, let me Zelle you the $300 for the extra pages. Setting up a new milestone for such a small amount feels silly.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "I'll add a new milestone for the $300 for the extra pages. It's a small amount, but I'd rather keep everything on the contract.")])
    add("client-solicits", [("c", "Would you be open to continuing on Deel from next month? We'd put you on our contractor payroll there at the same rate "
                                  "and skip the fees here.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "We use Deel to run payroll for our staff in Portugal. The task is to sync Deel contracts into our internal HR dashboard nightly.")])
    add("client-solicits", [("c", "After the trial week our finance team would like you to invoice Brightwater Ltd directly, net 30 by bank transfer, "
                                  "no platform in between.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Our finance team asked whether the weekly invoice from this contract can show Brightwater Ltd as the company name. "
                                "Is that a setting on your side or mine?")])
    add("client-solicits", [("c", "I can pay in USDT on TRC20 if that's easier for you. Saves us both the ten percent.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "The bot has to watch USDT transfers on TRC20 and ERC20 and post a Telegram alert for anything over 10k.")])
    add("client-solicits", [("c", "Not sure how you feel about this, and no pressure at all, but a few freelancers I work with prefer Wise for anything after "
                                  "the first milestone. Would that work for you too?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Do you have GCash? I can send the PHP 8,000 for the revisions there tonight instead of waiting on the milestone.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Is GCash available to you as a withdrawal method here? A freelancer in Cebu told me her earnings took a week to arrive.")])
    add("client-solicits", [("c", "Send me your account number and IFSC code and I'll transfer the remaining Rs 40,000 myself. We can end the contract "
                                  "after the first milestone.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "In the payroll module, employees enter their account number and IFSC code. Please validate the IFSC format before saving.")])
    add("client-solicits", [("c", "I have a stack of Amazon gift cards left from our promo budget. Could I pay the next two weeks with those instead of "
                                  "the hourly contract?")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "The promo gives Amazon gift cards to the first 200 signups. We need the landing page and the redemption email template.")])
    add("client-solicits", [("c", "I'm in Lagos too! Why don't we meet and I hand you the cash for phase two? Naira is fine.")], client=[(0, "PAY001")])
    add("ordinary-chat", [("c", "I'm in Lagos too, small world! Happy to jump on a quick call Thursday to walk through phase two.")])
    add("client-solicits", [("c", "Would Western Union work for you for this one? The milestone system confuses me.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "A previous freelancer asked me to pay him over Western Union and I reported him, so that's why I'm strict about milestones.")])
    add("client-solicits", [("c", "Let's keep the contract open for the record, but handle the actual payments between the two of us. I'll sort it out with "
                                  "my bank.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Could you send me a Stripe invoice from your own account for the May work? Our AP team only processes Stripe invoices.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Could you set up Stripe invoicing in our own account for our customers? Our AP team processes everything through Stripe.")])
    add("client-solicits", [("c", "Let's do this: mark the contract complete now and I'll send the rest via Mercado Pago. Saves the fee for both of us.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'm old-fashioned. Can I just post you a cheque for the remaining \u00a3700? What's your address?")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "Our app lets customers deposit paper cheques by photo. We need OCR that reads the MICR line reliably.")])
    add("client-solicits", [("c", "Can you take V\u200benmo for the weekend hours? I'll skip logging them on the contract.")], client=[(0, "PAY001")])

    # --- freelancer proposals and their near-pairs ---
    add("freelancer-solicits", [("f", "If you'd rather avoid the service fee, I also take Payoneer payments directly and can give you 5% off that way.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I'll take $450 instead of $500 for the rest if we settle it the other way, you know, without the fee in the middle.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "I'll take $450 instead of $500 for the rest if we drop the animated logo. Say the word and I'll update the offer on the contract.")])
    add("freelancer-solicits", [("f", "Instead of waiting for the milestone review you could just send the reais by Pix. I'll message you my key on WhatsApp.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Would it be possible to move the monthly retainer to Remote.com? My accountant says it's easier for me, and you'd save "
                                      "on fees.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "Would it be possible to move the monthly retainer to a fixed-price contract with four milestones? My accountant says it's "
                                "easier to track.")])
    add("freelancer-solicits", [("f", "I accept ETH on Arbitrum or Base, gas is pennies. Much cheaper than the fee here if you want to settle the last invoice "
                                      "that way.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Since we're both in Toronto, an Interac e-Transfer for the remaining hours would be simplest. Just say so and I'll "
                                      "send the email to use.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "Since we're both in Toronto, I can drop the hard drives at your office for the handover. The remaining hours are already "
                                "logged on the contract.")])
    add("freelancer-solicits", [("f", "Sir, bKash or Nagad is also fine for me, if the Upwork payment is difficult from your side.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Would you mind sending the bonus via Venmo instead? I'm trying to keep my earnings on here under a certain amount "
                                      "this year.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "Thank you for the bonus, it came through on the contract this morning! I'll withdraw it to my local bank account on Friday.")])
    add("freelancer-solicits", [("f", "Happy to keep working together once this contract ends. Honestly, a direct bank transfer would be simplest for both "
                                      "of us from then on.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "If it's easier for your team in Shenzhen, WeChat Pay or Alipay both work for me for the next phase.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("c", "The mini-program needs WeChat Pay and Alipay checkout for our customers in Shenzhen. Do you have a merchant test account?")])
    add("freelancer-solicits", [("f", "Send it to my P\u0430y\u0420al, it's quicker than the milestone and I can start the next part straight away.")],
        freelancer=[(0, "PAY001")])

    # --- own payment details (PAY002) ---
    add("details-valid", [("f", f"For the part outside the contract, my IBAN is {grouped(iban('DE', 22))} (Jonas Keller, N26). SEPA usually lands "
                                "the same day.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Here's my USDT (TRC20) address for the remainder: {tron()}. Please double-check the network before sending.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My Cash App is $MiraDrawsStuff if you'd like to settle the last two illustrations directly.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Send it to my bitcoin wallet, no platform fee: {segwit()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "PayPal: anika.r.designs@gmail.com, friends and family please, no need to go through the contract. I'll send the source "
                                "files as soon as it arrives.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "You can pay me directly at paypal.me/LukasVoss/250 and I'll close the contract on my side so nobody pays a fee.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Account name Priya Nair, sort code 20-45-77, account number 43918275. A bank transfer is fine for the rest, we can skip "
                                "the milestone.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Please send the overpayment back to my Revolut, @tomaszk88, rather than as a refund here. Refunds take ages.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", f"USDC on ERC-20 to {eth()} works for me, cheaper than the fees here.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Routing 021000021, account 483920175 (Chase checking). ACH the balance whenever, no need for another milestone.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Taproot works too: {taproot()}. Send whatever's left once we close the contract.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"BTC, legacy P2SH: {p2sh()}. I'd prefer that to another milestone.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Bank: Banco BPI, SWIFT BBPIPTPL, IBAN {grouped(iban('PT', 25))}. Wire the 1,200 EUR there and we're done.")],
        freelancer=[(0, "PAY002")])

    # --- identifiers in a job context, and corrupted identifiers ---
    add("identifier-job-context", [("c", f"The validator rejects {iban('ES', 24)} although it's a sandbox account from our bank. Please fix the Spanish "
                                         "locale rule.")])
    add("identifier-job-context", [("c", f"The explorer page crashes when you search for {btc()}. Reproduce it and send me the stack trace.")])
    add("identifier-job-context", [("f", f"Deployed to testnet. The owner wallet is {eth()} and the faucet funded it, so you can test minting now.")])
    add("identifier-job-context", [("c", f"Please add {tron()} to the watch list in the dashboard config. It's our hot wallet; alerts should fire above "
                                         "50k USDT.")])
    add("identifier-job-context", [("c", "The footer mock-up should show the placeholders $DemoStore and paypal.me/demostore so the client sees where "
                                         "their own handles go.")])
    add("identifier-invalid", [("c", f"Row 14 of the import has IBAN {corrupt(iban('IT', 27), digits)} and the checker flags it. Is the checksum really "
                                     "wrong or is it our code?")])
    add("identifier-invalid", [("f", f"The address in the bug report, {corrupt(btc(), b58)}, fails base58check, which is why the form refuses it.")])
    add("identifier-invalid", [("c", f"The TRON address in ticket 882, {corrupt(tron(), b58)}, throws a checksum error in the wallet SDK. Add a clearer "
                                     "message.")])
    add("identifier-invalid", [("f", f"Pay the rest in bitcoin instead of the milestone, my address: {corrupt(segwit(), bech)}")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"My old account {corrupt(iban('PL', 28), digits)} was closed last year, so the agency's final salary bounced. "
                                     "Anyway, that's history.")])

    # --- cover letters ---
    add("cover-letter", [("f", "Hi! I've built 40+ WooCommerce stores. For long-term clients I offer a 15% discount when paying by Wise rather than through "
                               "the platform. Available to start today.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi! I've built 40+ WooCommerce stores with Stripe, PayPal and Wise checkouts, and I know the Stripe Connect and PayPal "
                               "Payouts APIs well. Available to start today.")],
        surface="proposal")
    add("cover-letter", [("f", "I work with milestones only: 30% funded into escrow at the start, the rest on delivery. Happy to begin this week.")],
        surface="proposal")
    add("cover-letter", [("f", "After a first contract here we can continue directly. I invoice through Payoneer, which lets me keep my rate lower.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "An agency in Dubai paid me through Payoneer for two years of similar dashboard work, so I know this domain well.")],
        surface="proposal")

    # --- conversations ---
    add("conversation", [("c", "The fees here are eating into my budget. Could I pay you on PayPal for the next batch?"),
                         ("f", "Sure, that works for me."),
                         ("c", "Great, I'll send it on Friday after the review.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Can I pay you through Wise from now on? It's simpler for our accounts team."),
                         ("f", "Sorry, I keep all payments on the platform, that's the rule and I don't want to risk my account. I'll let support "
                               "know you asked, just so it's on record.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Would you be OK with moving payment to Deel after this month?"),
                         ("f", "What would that mean for me? Is it still a contract?"),
                         ("c", "Yes, a contractor agreement at the same rate, just paid monthly. Our legal team likes having everyone in one system."),
                         ("f", "Ok, let's do that.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Any chance we can settle outside the platform this time?"),
                         ("f", "Hmm, how would that even work?"),
                         ("c", "I'd just send it by Revolut, it takes a minute."),
                         ("f", "I'd rather not, sorry. Let's keep it on the contract.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [("c", "Can I pay the remaining $600 by bank transfer instead? The platform keeps declining my card."),
                         ("f", f"Okay. IBAN {grouped(iban('GB', 22))}, name Sam Okafor.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Could I pay you via Zelle for this week?"),
                         ("f", "I don't have Zelle, but Cash App or Venmo both work.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Would you prefer to pay the rest via Payoneer or Wise? Either one saves the fee."),
                         ("c", "Wise, please.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("f", "Could you pay the next milestone in USDT instead? My bank here blocks international transfers."),
                         ("c", "I get the bank issue, but I can only pay through the platform. Have you tried withdrawing your earnings here to "
                               "Payoneer?")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "Would you mind if I paid you directly for the rest?"),
                         ("c", "It's only because our company card got flagged here last week."),
                         ("f", "Got it, directly is fine. Tell me what you need from me.")],
        client=[(0, "PAY001")], freelancer=[(2, "PAY003")])
    add("conversation", [("f", "Could we do the remaining hours over PayPal? I'll take 10% off."),
                         ("c", "Ok deal."),
                         ("f", "Great, it's paypal.me/ArjunK. Send 540 USD whenever you're ready.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "How did your last client pay you?"),
                         ("f", "Through the platform, hourly contract with weekly billing. Before I joined, a local agency paid me by bank transfer, "
                               "but that was years ago."),
                         ("c", "Makes sense. I'll set up the hourly contract the same way.")])
    add("conversation", [("c", "Our distributor in Kenya pays us through M-Pesa, and the dashboard needs to show those payments."),
                         ("f", "Understood. Do you have access to the Daraja sandbox?"),
                         ("c", "Yes, I'll put the credentials in the repo's secrets manager.")])
    add("conversation", [("f", "Heads up: another client asked me last week to take payment over Skrill. I said no and reported it. Is that common here?"),
                         ("c", "Sadly, yes. Good call reporting it.")])
    add("conversation", [("c", "Can we use Payoneer's request-payment feature for the next phase?"),
                         ("f", "Is that something inside the platform, or separate?"),
                         ("c", "Separate. You'd send me a Payoneer payment request and I'd pay it from my card."),
                         ("f", "Then no, sorry, I'll stick with milestones here.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [("f", "Can you pay the remaining 200 as a bonus? The milestone is already closed."),
                         ("c", "Sure, I'll send it as a bonus on the contract today.")])
    add("conversation", [("c", "I think I was charged twice for milestone 3."),
                         ("f", "Sorry about that! I've issued a refund for the duplicate through the contract, it should appear in your billing "
                               "within a few days.")])
    add("conversation", [("c", "Can you send me your billing address? Our accountant needs it on the invoices."),
                         ("f", "Sure, it's on my profile and the platform's invoice includes it. I've also submitted my W-9 in the tax settings.")])
    add("conversation", [("c", "Can you send me your bank details? Our accountant wants to pay your invoices straight from our account from now on."),
                         ("f", "I'd prefer to keep payments on the platform, thanks.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Would you take Steam gift cards for the mod work? I've got about $200 in codes."),
                         ("f", "Ha, ok, that works. I play a lot anyway.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "I know the rules here, so feel free to say no, but if it's easier on your end I wouldn't mind a direct transfer for "
                               "the last part."),
                         ("c", "Let's keep it here, thanks.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "JazzCash or Easypaisa, which do you use? I'll send this week's PKR there."),
                         ("f", "Easypaisa."),
                         ("c", "Perfect, I'll send it tonight.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Could we settle in USDC on Solana? It arrives in seconds."),
                         ("c", "Sure, why not.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("f", "Can we move payments off the platform from here on?"),
                         ("c", "Why?"),
                         ("f", f"Fees, mostly. My IBAN is {grouped(iban('BE', 16))} if you're fine with it.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")])
    add("conversation", [("c", "Could we pay you directly through our own accounts system?"),
                         ("f", "What's the reason?"),
                         ("c", "Our controller just doesn't like platform fees on the books."),
                         ("f", "I understand, but I'll have to pass. Payments stay here for me.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Honestly this bug cost us an arm and a leg. We paid the price for skipping tests."),
                         ("f", "Agreed. I'll add coverage for the checkout flow this week.")])
    add("conversation", [("f", "Quick question: what's Wise? Another client mentioned it once."),
                         ("c", "It's a money transfer service. We use it to pay our suppliers in Europe, nothing you need for this contract.")])
    add("conversation", [("f", "How long until the funds show once you approve the milestone?"),
                         ("c", "There's a short security period, then you can withdraw to your bank.")])
    add("conversation", [("c", "Could you send over the invoice for last week? Our finance lead wants a PDF."),
                         ("f", "Sure, you can download it under Reports, it's generated by the platform. I'll send a screenshot too.")])

    # --- remaining hard negatives and ordinary chat ---
    add("hard-negative", [("f", "I've submitted milestone 2. Once you approve it, the funds release from escrow.")])
    add("hard-negative", [("f", "Back in 2019 a client paid me by cheque for a logo and it bounced, which is why I only take work here now.")])
    add("hard-negative", [("c", "Our accountant wires our German vendors every Friday, so I'm slow to reply then. Unrelated to this contract, just a heads-up.")])
    add("hard-negative", [("f", "How does the platform pay out to freelancers in Kenya? Is M-Pesa one of the withdrawal options?")])
    add("hard-negative", [("f", "I've updated my W-8BEN and billing address in settings, so the contract invoice should show my company name now.")])
    add("hard-negative", [("c", "Our app lets users split bills over Venmo and Cash App. Add a request-money button that deep-links into each app.")])
    add("hard-negative", [("f", "For the blog post on accepting Bitcoin as a small business, should I cover Lightning or keep it on-chain only?")])
    add("hard-negative", [("c", "We pay our warehouse staff in cash on Fridays, so the scheduling app needs a field to record that.")])
    add("hard-negative", [("f", "I've added my Payoneer account as my withdrawal method, so earnings from this contract reach me faster now.")])
    add("hard-negative", [("c", "I've switched our billing method to the new company Visa, so the next milestone should fund without problems.")])
    add("hard-negative", [("c", "Gusto is migrating our payroll in June. I need you to map their CSV export onto our new schema.")])
    add("hard-negative", [("f", "I'll log the extra three hours as manual time so they appear on this week's invoice.")])
    add("hard-negative", [("c", "We'll cash in on the holiday traffic if the landing page ships by Friday.")])
    add("hard-negative", [("c", "For our payout product's FAQ, write one paragraph comparing Payoneer and Wise for freelancers receiving USD.")])
    add("ordinary-chat", [("c", "Thanks for the quick turnaround on the wireframes! Any chance of the mobile version by Monday?"),
                          ("f", "Yes, I'll have it ready Sunday night.")])
    add("ordinary-chat", [("f", "Reminder: the weekly limit on the contract is 20 hours and I'm at 18. Should I stop, or would you like to raise it?")])
    return cases


def heldout39_cases() -> list[dict[str, Any]]:
    """Held-out batch 39: mixed trades and voices, proposals both ways, details, agreements, declines, hard negatives."""
    rng.seed(39)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout39-")
    digits = "0123456789"
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

    # --- client proposals, single message ---
    add("client-solicits", [("c", "Honestly the fee here is eating into my budget. Can I just Venmo you for the next batch of logos?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "For the remaining 40 pages of translation I'd rather wire the money straight to your bank. Saves us both the cut.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would you accept USDT for this? Our startup pays all its contractors in crypto, much simpler for us.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Let's close the contract here and I'll hand you cash when we meet at the coworking space in Lisbon next week.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "easier if we take this off the site tbh - I'll just send a Wise transfer every Friday for the hours")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Loved the edit! Send me your PayPal email and I'll pay the extra directly, no need to go through Upwork for a tip.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "For long-term engagements we onboard everyone through Deel. After this milestone, would you move over so we pay you there?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'll pay you via P\u0430yP\u0430l friends and family instead, it's cheaper for me than the platform.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I pay you by Zel\u200ble for the bookkeeping cleanup instead of here? My bank does it free.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Habari, naweza kukulipa moja kwa moja kwa M-Pesa badala ya kupitia tovuti hii? Ni rahisi zaidi kwangu.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I have about $300 in Amazon gift cards left over. Could I pay you with those for the voiceover instead of the contract?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Our finance dept can cut you a cheque directly each month if you end the contract here. Interested?")],
        client=[(0, "PAY001")])

    # --- freelancer proposals, single message ---
    add("freelancer-solicits", [("f", "If you pay me through Payoneer directly I can knock 10% off the quote for the mobile app screens.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "To avoid the service fee, could you send the remaining $400 by bank transfer rather than through the milestone?")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "For future jobs I'd prefer to be paid in Bitcoin outside of here, it works better with my tax situation.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Pwede po bang i-cancel na lang yung contract and pay me on GCash? It's much faster for me here in Manila.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "¿Podrías pagarme por transferencia bancaria directa en lugar de por la plataforma? Así nos ahorramos la comisión.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Können Sie mir den Restbetrag einfach per PayPal schicken statt über die Plattform? Das geht schneller.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Happy to continue. For the next project let's invoice directly - I'll email you my company invoice with payment info.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Pour les prochaines missions, vous pouvez me payer par virement directement, ce sera plus simple pour nous deux.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Just send it via Western Union in my name, I'll message you the city for pickup.")],
        freelancer=[(0, "PAY001")])

    # --- own payment details ---
    add("details-valid", [("f", f"For the final payment, my IBAN is {grouped(iban('DE', 22))}, account holder Lena Vogt.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"BTC: {btc()} - send the 0.01 there once you're happy with the audit report.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My PayPal is marco.design.studio@gmail.com, send the $250 there and I'll start on the brochure today.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Cash App me at $JordanBuildsSites and we're square for the WordPress fixes.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", f"If you'd rather return the overpayment yourself, my IBAN is {grouped(iban('NL', 18))}.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", f"USDT (TRC20): {tron()} - that's the wallet for the monthly retainer.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Bank details for a direct transfer: account no. 41927735, sort code 20-45-17, Barclays, name R. Osei.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Routing number 021000021, account 483920175 at Chase. Pay there and we both skip the fee.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Here's my payment link: https://paypal.me/annakowal/150 - go ahead whenever you're ready.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"ETH address for the remaining balance: {eth()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"wallet {segwit()} - just send whatever you owe for the bot there")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Mi IBAN es {grouped(iban('ES', 24))}, puedes enviarme el pago ahí directamente.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"SWIFT: BARCGB22, IBAN: {iban('GB', 22)} - that's all you need for the direct wire.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"If you prefer to pay in BTC, you can pay outside Upwork to {taproot()}.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My Revtag is @tomasz_k92 - send the rest on Revolut, it arrives instantly.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Use this deposit address for the next milestone instead of escrow: {p2sh()}")],
        freelancer=[(0, "PAY002")])

    # --- corrupted identifiers, no valid details ---
    add("identifier-invalid", [("f", f"{corrupt(iban('FR', 27), digits)}")])
    add("identifier-invalid", [("c", f"The import keeps rejecting this row: {corrupt(btc(), b58)} - probably a typo in the source sheet?")])
    add("identifier-invalid", [("f", f"ref {corrupt(tron(), b58)}")])
    add("identifier-invalid", [("c", f"Checksum fails on {grouped(corrupt(iban('IT', 27), digits))} from the CSV, please make the validator say why.")])
    add("identifier-invalid", [("f", f"{corrupt(segwit(), bech)}")])

    # --- identifiers in a job context ---
    add("identifier-job-context", [("c", f"Build an IBAN validator for our checkout form. Must pass: {iban('AT', 20)}. Must fail: 'AT00 1234'.")])
    add("identifier-job-context", [("c", f"Need a script that watches our charity's public donation address {btc()} and posts new donations to Slack.")])
    add("identifier-job-context", [("f", f"Deployed the ERC-20 contract to Sepolia, contract address {eth()}. Please verify it on Etherscan.")])
    add("identifier-job-context", [("c", f"Add a SWIFT/BIC field to our supplier invoice template. Sample data: IBAN {grouped(iban('FR', 27))}, BIC BNPAFRPP.")])
    add("identifier-job-context", [("c", f"Our TRON indexer misses incoming transfers to customer wallet {tron()}. Can you debug the listener?")])

    # --- cover letters ---
    add("cover-letter", [("f", "Hi! I've built 40+ Shopify stores for fashion brands, including custom theme work and speed tuning. "
                               "I can start Monday and deliver the homepage in a week.")], surface="proposal")
    add("cover-letter", [("f", "Hello, I'm a bookkeeper with 8 years in Xero. My rate here is $30/h, but if we work outside Upwork "
                               "I can do $25/h paid through PayPal.")], freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "For six years I've integrated Stripe, PayPal, Adyen and Klarna checkouts for e-commerce clients. "
                               "Happy to share code samples of the Venmo payout flow I built.")], surface="proposal")
    add("cover-letter", [("f", "Dear hiring manager, I can write the 12 articles within 3 weeks. To skip platform fees you can pay "
                               "my Payoneer account directly: payments@raviwrites.in")], freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "I'd suggest splitting this into three milestones funded in escrow: wireframes, UI, then handoff. "
                               "That way you only release payment for what you've approved.")], surface="proposal")
    add("cover-letter", [("f", "Bonjour, je suis traductrice anglais-français depuis 10 ans, spécialisée en juridique. "
                               "Je peux livrer 3000 mots par jour.")], surface="proposal")

    # --- hard negatives ---
    add("hard-negative", [("c", "We need a developer to add PayPal and Venmo payouts to our marketplace app, including webhooks.")])
    add("hard-negative", [("c", "I've funded the next milestone, $600 is in escrow now. Go ahead with the backend.")])
    add("hard-negative", [("c", "Sent you a $50 bonus through Upwork for the quick turnaround, thanks!")])
    add("hard-negative", [("f", "I withdrew my Upwork earnings to my own bank account yesterday, so everything's fine on my side.")])
    add("hard-negative", [("c", "Last year a contractor asked me to pay him through Zelle. I refused and reported him.")])
    add("hard-negative", [("f", "Heads up: a client on another contract suggested PayPal, I declined and told support about it.")])
    add("hard-negative", [("c", "Our accounting team pays suppliers by wire. I need a VBA macro that reconciles those wire transfers against the ledger.")])
    add("hard-negative", [("f", "What is Wise exactly? I saw it mentioned in a job post about currency conversion.")])
    add("hard-negative", [("c", "The Upwork invoice for week 12 shows 38 hours but the work diary says 40 - can you check?")])
    add("hard-negative", [("f", "No worries, this small fix is on the house. Consider it a thank-you for the long collaboration.")])
    add("hard-negative", [("c", "Crime doesn't pay, but good copy does, ha. Looking forward to the draft.")])
    add("hard-negative", [("f", "Someone helped me a lot when I started, so I'm paying it forward - happy to review your portfolio for free.")])
    add("hard-negative", [("c", "Can you write a 1500-word blog post comparing Cash App, Venmo and Zelle fees for small businesses?")])
    add("hard-negative", [("f", "I've issued a $120 refund through Upwork for the hours I didn't end up using.")])
    add("hard-negative", [("c", "Our customers pay us in BTC and USDT. Build a dashboard that shows daily crypto receipts in EUR.")])
    add("hard-negative", [("c", "My brother paid his builder in cash back in 2019 and it went badly, so I only hire through platforms now.")])
    add("hard-negative", [("f", "Before I joined Upwork my clients paid me by bank transfer, and chasing invoices was a nightmare.")])
    add("hard-negative", [("c", "Just log the hours in the weekly timesheet, they'll be billed automatically on Monday.")])
    add("hard-negative", [("f", "Once you approve the milestone the funds release to me automatically, right? First time using fixed price.")])
    add("hard-negative", [("c", "Bitte reichen Sie den Meilenstein ein, dann gebe ich die Zahlung über die Plattform frei.")])
    add("hard-negative", [("f", "Merci, j'ai bien reçu le paiement via la plateforme. Je commence la deuxième partie demain.")])
    add("hard-negative", [("c", "We run payroll for our in-house staff on Gusto. The job is to automate the export from Gusto into QuickBooks.")])
    add("hard-negative", [("c", "My card got declined on Upwork, I'll add a new billing method tonight and fund the milestone.")])
    add("hard-negative", [("c", "Pode enviar o orçamento pela plataforma? Vou aprovar o marco hoje à tarde.")])
    add("hard-negative", [("f", "The checkout page I built lets your customers pay with Apple Pay or Google Pay, test mode is on.")])
    add("hard-negative", [("c", "I'll pay the rest once the milestone is submitted - through the contract, as usual.")])
    add("hard-negative", [("f", "Time is money, so I've batched all your revisions into one update.")])
    add("hard-negative", [("c", "Translate our FAQ page about how to pay by bank transfer, card or M-Pesa into Swahili and French.")])

    # --- ordinary chat ---
    add("ordinary-chat", [("c", "Hey, the mockups look great - could you make the header a touch darker and the CTA bigger?")])
    add("ordinary-chat", [("f", "I'll have the first draft ready by Thursday evening, GMT+2. Let me know if that timing works.")])
    add("ordinary-chat", [("c", "When could we hop on a quick call?"), ("f", "Tomorrow 10am EST works for me."),
                          ("c", "Great, I'll send the Zoom link here in the Upwork chat.")])
    add("ordinary-chat", [("f", "Quick question: should the dataset include 2023 or only 2024 rows?"), ("c", "Only 2024, thanks for checking.")])
    add("ordinary-chat", [("c", "Dzięki za szybką poprawkę, wszystko działa."), ("f", "Cieszę się! Daj znać, jeśli coś jeszcze.")])

    # --- conversations ---
    add("conversation", [("c", "Can I pay you on Zelle from now on? Saves me the fee."), ("f", "Sure, that works for me."),
                         ("c", "Great, I'll send it Friday.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Let's move off Upwork for the next phase, I'll pay you by bank transfer."),
                         ("f", "Sorry, I only take payment through Upwork - it protects both of us.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "If you want, you can pay me directly next time and we avoid the 10%."),
                         ("c", "Ok deal, what's your PayPal?"), ("f", "It's sanjay.codes@outlook.com")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Would you take payment via Wise for the next sprint?"), ("f", "What do you mean - outside of Upwork?"),
                         ("c", "Yes, directly. Our finance team can't use cards on the platform anymore."), ("f", "Ok, fine.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "I can pay you directly by bank instead, what's your IBAN?"), ("f", f"Here you go: {grouped(iban('PL', 28))}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Mind if I PayPal you outside the site for this one?"), ("f", "I'd prefer Payoneer if that's ok with you.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Would you be open to paying in ETH for the remaining work?"),
                         ("c", "No thanks, we keep all payments on Upwork.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "Can I just Venmo you?"), ("f", "I'd rather not, let's keep it here."),
                         ("c", "What about Cash App then? It's really quicker."), ("f", "No, sorry. Upwork only.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 0), ("f", 2)])
    add("conversation", [("c", "Could I pay you by wire next time?"), ("c", "It's just that our accounting hates the platform fees."),
                         ("f", "I understand, but I'll stay on Upwork for payments.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Honestly I'd rather get paid in crypto going forward, outside the contract."), ("c", "haha no. Anyway, how's the API going?"),
                         ("f", "Almost done, pushing the auth module tonight.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "Would you accept USDT sent directly to you?"),
                         ("f", "I can't do that, and I've reported this to Upwork support as required.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Let's skip the platform - pay me via Skrill for the next two videos?"), ("c", "Sounds good."),
                         ("f", "Perfect, I'll send you my details later today.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "¿Te puedo pagar por Bizum directamente? Es más rápido."), ("f", "Claro, sin problema.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Can I pay you via Payoneer directly for the next invoice?"), ("f", "I'll send the revised draft tonight."),
                         ("c", "ok"), ("f", "And yes, Payoneer directly is fine.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Great work on the labels, approving the milestone now."),
                         ("f", "Thanks! Next time you can also send money directly - my PayPal is hana.illustrates@gmail.com")],
        freelancer=[(1, "PAY002")])
    add("conversation", [("c", "I could pay you in gift cards instead, would that work?"), ("f", "What kind of gift cards?"),
                         ("c", "Amazon, $200 worth."), ("f", "Sorry, I can't accept that - payments have to go through Upwork.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "We could also settle this outside the platform, it's cheaper."), ("c", "Is that even allowed?"),
                         ("f", "Sure, lots of people do it - just pay me on Wise."), ("c", "Alright then.")],
        freelancer=[(0, "PAY001"), (2, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("c", "For the rest of the retainer let's do it via Deel."), ("f", "We can, once this Upwork contract ends.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Kann ich Ihnen für die nächsten Aufträge einfach eine Rechnung schicken und Sie überweisen direkt?"),
                         ("c", "Ja, gern. Schicken Sie mir die Rechnung einfach per E-Mail mit Ihren Bankdaten.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can we pay you via bank transfer to your Nigerian account? Upwork fees are high."),
                         ("f", "Yes please, that's better for me."), ("c", "Great, share the details when you can.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    # --- conversations without violations ---
    add("conversation", [("f", "Can we add a milestone for the extra pages?"), ("c", "Sure, I'll add a $200 milestone tonight."),
                         ("f", "Thanks, I'll submit once they're done.")])
    add("conversation", [("c", "My last designer wanted to be paid on PayPal, I said no."), ("f", "Good call. I only work through Upwork anyway.")])
    add("conversation", [("c", "What's Payoneer? Another freelancer mentioned it."),
                         ("f", "It's a payment service. I use it to withdraw my Upwork earnings, nothing else.")])
    add("conversation", [("c", "Is the bonus feature on Upwork taxed differently?"), ("f", "Not that I know of, it's counted as regular earnings."),
                         ("c", "Ok, I'll send a small bonus through there then.")])
    add("conversation", [("f", "Your invoice in the Reports tab shows the service fee - is that expected?"),
                         ("c", "Yes, that's the platform's client fee, all normal."), ("f", "Got it, thanks.")])
    add("conversation", [("c", "We're building a wallet app; can you review our Cash App and Zelle integration docs?"),
                         ("f", "Sure, send them over here and I'll review by Wednesday."), ("c", "Uploaded to the contract files.")])
    add("conversation", [("c", "I'll release the escrow as soon as QA passes."), ("f", "Sounds good, QA build is up."),
                         ("c", "Passed! Released."), ("f", "Received, thank you!")])

    return cases


def heldout40_cases() -> list[dict[str, Any]]:
    """Held-out batch 40: mid-thread conversations, hedged asks, regional wallets, payroll tools and near-pair negatives."""
    rng.seed(40)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout40-")
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    b32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    digits = "0123456789"

    # ---------------------------------------------------------------- conversations
    add("conversation", [
        ("c", "Thanks for the first draft of the logo, the colours are spot on."),
        ("f", "Glad you like it! I'll send the vector files with the final round."),
        ("c", "Great. For the final round, can I just PayPal you the $300? Saves us both the service fee."),
        ("f", "Sure, works for me."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "I pushed the fix for the checkout bug to the staging branch."),
        ("c", "Perfect. From next month I'd rather pay you by bank transfer directly, my accountant prefers it that way."),
        ("f", "Hm, what would that look like, a monthly invoice?"),
        ("c", "Yes, you email a PDF invoice to our finance team and they settle it on the 1st."),
        ("f", "OK, that works for me."),
    ], client=[(1, "PAY001")], freelancer=[(4, "PAY003")])
    add("conversation", [
        ("c", "Can we move the rest of this to Wise? I'll add 5% on top."),
        ("f", "Sorry, I keep all payments on the platform. Happy to continue here."),
        ("c", "It's only for this one milestone, nobody will notice."),
        ("f", "I'll have to decline, and I've reported this to support as I'm required to."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("c", "I've got budget approved for phase two."),
        ("f", "Great news, shall I draft the milestones?"),
        ("c", "Let's skip the milestones and I'll send USDT on Tron, it's faster for our finance people."),
        ("f", "I'd prefer to keep it here with milestones, that protects both of us."),
        ("c", "Come on, I'll pay 15% more if we do it in crypto."),
        ("f", "Thanks, but no. Milestones on the platform it is."),
    ], client=[(2, "PAY001"), (4, "PAY001")])
    add("conversation", [
        ("c", "Milestone 2 looks good, approving shortly."),
        ("f", "Thanks! Actually for the rest, could you pay me through Payoneer? Withdrawals here take ages in my country."),
        ("c", "Sure, what's your Payoneer email?"),
        ("f", "It's dmitri.k.design@gmail.com, thanks!"),
    ], freelancer=[(1, "PAY001"), (3, "PAY002")], client=[(2, "PAY003")])
    add("conversation", [
        ("f", "Project's done, I've attached the final build."),
        ("c", "Looks great, thank you."),
        ("f", "If you want, you can send the last payment with Zelle to skip the fee, it's the same phone number as before."),
        ("c", "No, I'll release the milestone here. I'm also letting support know about this request."),
    ], freelancer=[(2, "PAY001")], flags=[("c", 2)])
    add("conversation", [
        ("c", "We need Stripe Connect onboarding for our marketplace sellers."),
        ("f", "I've done that before. Express or Custom accounts?"),
        ("c", "Express. Payouts should go to the sellers' bank accounts weekly."),
        ("f", "Got it, I'll set the payout schedule through the API and add webhook handlers for failed transfers."),
    ])
    add("conversation", [
        ("c", "You went above and beyond on this, I'd like to send you a bonus."),
        ("f", "That's very kind, thank you!"),
        ("c", "Done, I added it from the contract page. It should show up in your earnings."),
        ("f", "Got it, I'll withdraw it to my bank account with the rest at the end of the week."),
    ])
    add("conversation", [
        ("c", "The second milestone was funded twice by mistake."),
        ("f", "Oh, sorry about that. I'll issue a refund for the duplicate from my side."),
        ("c", "Thanks. Does it go back to my card?"),
        ("f", "It goes back to your billing method on file, the platform handles it automatically."),
    ])
    add("conversation", [
        ("f", "Before joining here my clients used to pay me by bank transfer, which was a hassle with chasing invoices."),
        ("c", "Ha, I can imagine. Is it easier on here?"),
        ("f", "Much easier, everything runs through the contract."),
    ])
    add("conversation", [
        ("c", "Our distributor in Brazil pays us via Pix, so the reconciliation script needs to handle Pix reference codes."),
        ("f", "Understood. Do you have sample statements with Pix entries?"),
        ("c", "I'll upload an anonymised CSV tonight."),
    ])
    add("conversation", [
        ("f", "Heads up: a different client asked me to take payment over Venmo last week. I declined and reported it."),
        ("c", "Good call. We'll keep everything in the contract here."),
        ("f", "Perfect, next milestone whenever you're ready."),
    ])
    add("conversation", [
        ("c", "The budget on my side just got cut by 10%."),
        ("f", "Sorry to hear that. We could reduce the scope a bit?"),
        ("c", "Or we keep the scope and you take the final payment through Revolut, then the fee doesn't apply."),
        ("f", "Hmm, I'm not sure, I've never done that with a client before."),
        ("c", "Totally up to you, I just thought it'd help us both."),
        ("f", "Alright, let's do it that way then."),
    ], client=[(2, "PAY001")], freelancer=[(5, "PAY003")])
    add("conversation", [
        ("c", "Can you do the whole website for $1,200?"),
        ("f", "I can do $1,100 if you pay me the other way, straight to my bank instead of through the site."),
        ("c", "Why would that be cheaper?"),
        ("f", "Because then the platform doesn't take its cut from either of us."),
        ("c", "I'd rather not. Let's keep it on the platform at $1,200."),
    ], freelancer=[(1, "PAY001")])
    add("conversation", [
        ("f", "For the next stage I'd appreciate being paid directly, the fees here are 10% for me."),
        ("c", "Fine by me. PayPal or Wise?"),
        ("f", "Wise please, I'll send you my details tomorrow."),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "Can I pay you the remaining \u20ac400 by SEPA transfer? My company card doesn't work on here."),
        ("f", f"Sure, here's my IBAN: {grouped(iban('DE', 22))}"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "The API wrapper is finished, tests are green."),
        ("c", "Nice. Can I send the payment through Cash App instead?"),
        ("f", "I don't use Cash App, but Venmo works for me."),
    ], client=[(1, "PAY001")], freelancer=[(2, "PAY003")])
    add("conversation", [
        ("c", "Would you accept payment on Payoneer for the next batch of articles?"),
        ("f", "Is there a reason we can't use the contract here?"),
        ("c", "Just that my company already pays its other vendors that way."),
        ("f", "I understand, but I'd rather stay on the platform. I'll set up a new milestone."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("f", "The brief mentions Interac e-Transfer for the checkout page, what is that exactly?"),
        ("c", "It's a Canadian bank transfer system. Customers will pick it as a payment option in our store."),
        ("f", "Got it, I'll add it next to card payment in the checkout."),
    ])
    add("conversation", [
        ("c", "Habari! The mobile app mockups look good."),
        ("f", "Asante, I'll finish the onboarding screens tomorrow."),
        ("c", "I'll pay the rest by M-Pesa to your number, the platform charges me too much."),
        ("f", "Ok deal, my M-Pesa number is 0712 345 678."),
    ], client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("f", "Would it be possible to pay me through GCash for this one? Just this once."),
        ("c", "I'd prefer not to."),
        ("f", "Or maybe Wise? It would really help me avoid the conversion fees."),
        ("c", "No. I'm reporting this to the platform."),
    ], freelancer=[(0, "PAY001"), (2, "PAY001")], flags=[("c", 0)])
    add("conversation", [
        ("c", "We're converting you to a long-term contractor. Our HR runs payroll on Deel, so we'd onboard you there and pay monthly."),
        ("f", "Would that replace the contract here?"),
        ("c", "Yes, we'd close this one and HR would take it over from next month."),
        ("f", "Sounds good, send me the invite."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "We need an integration between our HRIS and Deel's API to sync contractor records."),
        ("f", "I've worked with Deel's API. Do you need the payments data or just people data?"),
        ("c", "Just people data and contract start dates."),
    ])
    add("conversation", [
        ("c", "Since we're both in Lisbon, I could just hand you cash when we meet for the photo shoot."),
        ("f", "That's kind, but it needs to go through the contract here."),
        ("c", "Really? It'd be simpler for both of us."),
        ("f", "I know, but those are the rules. Let's fund the milestone instead."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Our finance department only issues cheques. Can I mail you one for the full amount instead of using the contract?"),
        ("f", "Yes, that's fine, I'll message you my postal address."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Do you accept anything other than the site? I'm low on my card limit."),
        ("f", "If it's easier, you could pay me in Amazon gift cards."),
        ("c", "Ok, how many $50 cards would that be?"),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "I can pay you in USDC for this sprint, no need for the contract. Which network do you prefer?"),
        ("f", "What's the difference?"),
        ("c", "Fees mostly. Polygon is cheap, mainnet Ethereum is expensive."),
        ("f", f"Ok, Polygon then. My address: {eth()}"),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("identifier-job-context", [
        ("c", f"For the wallet tracker, test with this public address from the docs: {btc()}"),
        ("f", f"Got it. I'll also check a bech32 one like {segwit()} so both formats parse."),
        ("c", "Great, and we'll add Tron support in the next sprint."),
    ])
    add("ordinary-chat", [
        ("f", "Hi, just checking the milestone is funded before I start."),
        ("c", "Yes, funded this morning."),
        ("f", "Thanks, starting now."),
    ])
    add("conversation", [
        ("c", "Small thing: could you invoice my company directly for the next phase? We have our own vendor system."),
        ("f", "I'm afraid I can only bill through the platform, but it generates invoices you can use for your records."),
        ("c", "Oh, that works, I'll download them from the transactions page."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Our accounting team needs an invoice with our VAT number for last month's hours."),
        ("f", "You can download it from the billing section, and your VAT ID can be added in the settings."),
        ("c", "Found it, thanks."),
    ])
    add("conversation", [
        ("f", "Could we do the remaining hours via Skrill? I'm having issues withdrawing from here."),
        ("c", "Let me think about it."),
        ("c", "Ok, Skrill is fine. Send me the email address."),
        ("f", "It's ana.r.translations@outlook.com"),
    ], freelancer=[(0, "PAY001"), (3, "PAY002")], client=[(2, "PAY003")])
    add("conversation", [
        ("c", "Can you also translate the appendix? Another 3,000 words."),
        ("f", "Sure. For this extra bit, would you mind paying me via Wise instead of adding a milestone?"),
        ("c", "Why Wise?"),
        ("f", "The conversion to z\u0142oty is much better there, I lose a lot otherwise."),
        ("c", "Ok, I'll do that."),
    ], freelancer=[(1, "PAY001")], client=[(4, "PAY003")])
    add("conversation", [
        ("c", "You finished early, I'd like to tip you something."),
        ("f", "Thank you! The bonus option on the contract is the easiest way."),
        ("c", "Just sent it."),
    ])
    add("conversation", [
        ("c", "I'm having trouble funding the contract, can I just send the money some other way, outside the site?"),
        ("f", "Sure, which app do you use?"),
        ("c", "Revolut or PayPal, whichever you have."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "The marketplace we're building lets sellers get paid via PayPal or bank transfer."),
        ("f", "Will funds be held in escrow before release?"),
        ("c", "Yes, 7 days, like most platforms."),
    ])
    add("conversation", [
        ("c", "I'm in Lagos and funding here is a pain. Can I send naira to your OPay wallet instead?"),
        ("f", "Sorry, I can't accept payments outside the platform."),
        ("c", "Understood, I'll try another card."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Rather than paying through here, I can do PayPal or bank transfer. Which do you prefer?"),
        ("f", "Bank transfer please."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "By the way, I'd rather get paid via Payoneer for the next milestones."),
        ("f", "The platform holds funds for 5 days and I need the cash flow this month."),
        ("c", "Makes sense, go ahead and send me your Payoneer details."),
    ], freelancer=[(0, "PAY001")], client=[(2, "PAY003")])
    add("ordinary-chat", [
        ("c", "Thanks for staying late to fix that, I owe you one."),
        ("f", "No worries! Hard work pays off, right?"),
        ("c", "It does. Let's pick it up tomorrow."),
    ])
    add("ordinary-chat", [
        ("c", "Can you transfer the domain to my registrar account when you're done?"),
        ("f", "Yes, I'll send the auth code once DNS is final."),
        ("c", "And let me know when you wire up the API to the frontend."),
    ])
    add("conversation", [
        ("f", "Sorry the revision took long. If you're unhappy, I'll refund you the $80 by PayPal directly, it's faster than a dispute."),
        ("c", "No, please use the refund option on the contract instead."),
        ("f", "Of course, done through the platform now."),
    ], freelancer=[(0, "PAY001")])
    add("conversation", [
        ("c", "Have you received the last payment?"),
        ("f", "Yes, it cleared. I moved it to my Wise account this morning."),
        ("c", "Great, on to the next feature then."),
    ])
    add("conversation", [
        ("c", "Can I pay you with Wise for this one? Cheaper for me."),
        ("f", "What's Wise? Never used it."),
        ("c", "It's a money transfer app, lots of people use it for international payments."),
        ("f", "Ah, thanks for explaining, but I'll stick with the contract here."),
    ], client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Can you switch this to hourly instead of fixed price?"),
        ("f", "Sure, I'll accept the new offer once you send it."),
        ("c", "Sent. Weekly billing is fine by me."),
    ])
    add("conversation", [
        ("c", "A freelancer I hired before asked me to pay him on Zelle and I said no. Just so you know I won't do that."),
        ("f", "Totally fair, I only work through the contract anyway."),
    ])
    add("conversation", [
        ("f", "Quick question before I start: is the milestone funded?"),
        ("c", "Not yet. Could I send you money via bKash instead? Funding here has been failing for me."),
        ("f", "I'd rather not, could you try another billing method here?"),
        ("c", "I'll send it by bKash and you just mark it complete, easy."),
        ("f", "No, I'm declining that and reporting it, sorry."),
    ], client=[(1, "PAY001"), (3, "PAY001")], flags=[("f", 1)])
    add("conversation", [
        ("c", "We're a charity in Ghana and pay all our suppliers through MTN MoMo."),
        ("f", "Okay. For me, will the contract here be funded as usual?"),
        ("c", "Yes, of course, this contract is through the platform. The MoMo part was just context for the donation app you'll build."),
    ])
    add("conversation", [
        ("f", "I've finished the backend migration."),
        ("c", "Brilliant. How about I send the remaining \u00a3600 through P\u0430yP\u0430l friends and family?"),
        ("f", "Ok, go ahead."),
    ], client=[(1, "PAY001")], freelancer=[(2, "PAY003")])
    add("conversation", [
        ("f", "The copy for all five landing pages is attached."),
        ("c", "Thanks! Could I Ven\u200bmo you for the extra page rather than opening a new milestone?"),
        ("f", "Please open a new milestone, I can't take payment off the platform."),
    ], client=[(1, "PAY001")])
    add("conversation", [
        ("c", "Can you add Alipay and WeChat Pay to the checkout for our Chinese customers?"),
        ("f", "Yes, through your Stripe account or a separate provider?"),
        ("c", "Through Stripe, we already have it enabled."),
    ])

    # ---------------------------------------------------------------- single-message asks
    add("client-solicits", [("c", "Just this once, could you accept an Interac e-Transfer? My card keeps getting declined here.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "Our customers pay us by Interac e-Transfer; please add the reference field to the invoice template.")])
    add("freelancer-solicits", [("f", "For long-term work I usually move clients to direct bank transfer, would that be okay with you?")], freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "Last year a client paid me by bank transfer and it took three weeks to arrive, so I only work on the platform now.")])
    add("client-solicits", [("c", "I'll give you a 10% bonus if we settle the rest through Wise instead.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "I'll give you a 10% bonus through the platform once the milestone is approved.")])
    add("freelancer-solicits", [("f", "My rate is $40/h here, or $34/h if you pay me off-site.")], freelancer=[(0, "PAY001")])
    add("client-solicits", [("c", "Do you have a Payoneer account? I'd prefer paying you outside the escrow.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "Do you have experience with Payoneer's mass payout API? It's the core of this job.")])
    add("client-solicits", [("c", "If I pay you via Gusto as a contractor, could you lower your rate a bit?")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "We use Gusto for our own staff's payroll; I need a report script that exports from it to Google Sheets.")])
    add("client-solicits", [("c", "Could you invoice Acme GmbH directly rather than through the contract? Our AP team pays net-30 by transfer.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "The app should let users invoice their own clients and get paid by bank transfer, with a reminder after 30 days.")])
    add("hard-negative", [("c", "Our drivers collect cash at pickup; the app just needs to log the amount and the time.")])
    add("client-solicits", [("c", "Would you take UPI for the balance? I'll send it to your number tonight.")], client=[(0, "PAY001")])
    add("hard-negative", [("c", "Add UPI as a payment option in the Flutter checkout, with a fallback to cards.")])
    add("hard-negative", [("c", "The bKash merchant API docs are attached, can you handle the payment callback in Laravel?")])
    add("freelancer-solicits", [("f", "If you're fine with it, let's do MoMo for the last part, I'm in Accra.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Send me 50 USDT on BSC and I'll start today, no need to wait for the milestone.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Could you pay via p a y p a l this time? The site keeps holding my funds.")], freelancer=[(0, "PAY001")])

    # ---------------------------------------------------------------- details
    add("details-valid", [("f", "My PayPal is lucas.m.dev@gmail.com, send it there whenever you're ready.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "If you need to return the deposit, send it back to my Revolut: @sarahk88")], client=[(0, "PAY002")])
    add("details-valid", [("f", f"Bank details for the payment: IBAN {grouped(iban('GB', 22))}, name Tom Okafor.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "You can send it to $JayBuildsApps on Cash App.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Here's my payment link for the remaining amount: paypal.me/ElenaVoiceover/250")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Pay to this BTC address and I'll confirm on receipt: {btc()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"If you prefer crypto for the final payment, my taproot address is {taproot()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "For the wire: account number 4402189931, routing number 021000021, Chase, Houston TX.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"USDT (TRC20): {tron()} is cheaper than paying through here.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("c", f"For the refund of the unused hours, my ETH address is {eth()}")], client=[(0, "PAY002")])
    add("details-valid", [("f", f"If you'd rather pay me directly, my IBAN is {iban('NL', 18)} (ING).")], freelancer=[(0, "PAY002")])

    # ---------------------------------------------------------------- identifiers
    add("identifier-invalid", [("f", f"Pay me by transfer to IBAN {grouped(corrupt(iban('FR', 27), digits))} instead of through the platform.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Send the BTC here instead of funding the milestone: {corrupt(btc(), b58)}")], freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"My wallet for the rest of the payment, outside the site: {corrupt(segwit(), b32)}")], freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("c", f"The IBAN validator should reject this one: {corrupt(iban('ES', 24), digits)}")])
    add("identifier-invalid", [("c", f"This TRON address fails our checksum test, can you see why? {corrupt(tron(), b58)}")])
    add("identifier-job-context", [("c", f"Use {grouped(iban('IT', 27))} as the sample IBAN in the form's placeholder text.")])
    add("identifier-job-context", [("c", f"The unit test fails on {tron()}, the regex rejects it even though it's valid.")])
    add("identifier-job-context", [("c", f"Here's the treasury wallet from the spec for the dashboard widget: {eth()}")])
    add("identifier-job-context", [("c", f"Please add this supplier to the ERP import file: {iban('PL', 28)}")])

    # ---------------------------------------------------------------- cover letters
    add("cover-letter", [("f", "Hi! I'm a React developer with 6 years of experience building dashboards. I can start Monday. "
                               "To keep costs down for you, after the first milestone I'm happy to be paid directly via Wise.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hello, I've built payment flows with Stripe, PayPal and Adyen for three e-commerce brands. "
                               "I'd suggest two milestones: checkout integration, then refunds and webhooks.")], surface="proposal")
    add("cover-letter", [("f", "I translate EN>DE legal documents, 8 years in the field. I deliver within 48 hours and "
                               "I'm happy to answer questions through the platform messages before you hire.")], surface="proposal")

    # ---------------------------------------------------------------- hard negatives and ordinary chat
    add("hard-negative", [("c", "We need a PayPal Smart Buttons integration for our WooCommerce store.")])
    add("hard-negative", [("c", "Can you write a 1,500-word article comparing Venmo and Zelle for small businesses?")])
    add("hard-negative", [("f", "I withdrew my earnings to my Payoneer account yesterday, all good on my side.")])
    add("hard-negative", [("c", "Please submit the work so I can release the escrow for milestone 3.")])
    add("hard-negative", [("c", "Our client paid their supplier by wire and the app has to match the payment to the right purchase order.")])
    add("hard-negative", [("f", "Someone on another job offered to pay me in crypto outside the platform; I reported it to support.")])
    add("hard-negative", [("f", "What's Zelle? The spec mentions it for the checkout page and I'm not based in the US.")])
    add("hard-negative", [("c", "Could you add a refund button that calls the Square API?")])
    add("hard-negative", [("c", "Can I change my billing method here to a different card before the next milestone?")])
    add("hard-negative", [("f", "My old agency used to pay me by cheque every month, glad those days are over.")])
    add("hard-negative", [("c", "Landlords want rent by e-transfer; can the bot remind tenants three days before it's due?")])
    add("hard-negative", [("c", "Don't sell yourself short, you've earned every penny of this milestone.")])
    add("hard-negative", [("c", "Did the milestone payment reach your account? I approved it yesterday.")])
    add("hard-negative", [("c", "Build a Telegram bot that tracks incoming USDT payments to our shop's wallet and posts them to a channel.")])
    add("ordinary-chat", [("f", "I'll have the wireframes ready by Thursday, then we can review them on a call.")])
    add("ordinary-chat", [("c", "No rush on this one, take the weekend. The cash register redesign can wait until Monday.")])
    return cases


def heldout41_cases() -> list[dict[str, Any]]:
    """Held-out batch 41: mixed trades and voices, both-side proposals, details, agreements, declines, hard negatives."""
    rng.seed(41)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout41-")
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    digits = "0123456789"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

    # ---- client solicits ----
    add("client-solicits", [("c", "Hi Dana, the service fee on this logo job is eating into my budget. Could I just send you the $450 through Wise directly?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "hello my friend, i want to pay you with western union, is more easy for me. you accept?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "venmo ok? skip the fees")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Going forward, our accounts payable team would prefer to remit your monthly retainer by direct wire "
                                  "instead of through this portal. Kindly confirm you are agreeable.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "For the Q3 bookkeeping I can pay you in cash when you come by the office on Friday, no need to log it here.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would you take 0.01 BTC for the landing page instead of the contract? Quicker for both of us.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'll send the 20,000 INR on Paytm tonight, just close the contract here so we don't pay commission.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I pay u on P\u0430yPal directly next time? friends and family so no fees")], client=[(0, "PAY001")])

    # ---- freelancer solicits ----
    add("freelancer-solicits", [("f", "To be honest I'd rather we settle this outside the site. If you send the 400 EUR via Revolut I'll knock 10% off.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "If you can pay me in USDT I can start today.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Would it be ok to pay me thru GCash po? The platform cut is too big here in Manila.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "For the next batch of subtitles let's do a normal bank transfer, I'll email you a PDF invoice with my details.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "quick q - could the rest be sent by ven\u200bmo? my account here is on hold")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Bitte überweisen Sie die restlichen 300 Euro direkt per SEPA, dann spare ich mir die Gebühren hier.")],
        freelancer=[(0, "PAY001")])

    # ---- details shared unprompted ----
    add("details-valid", [("f", f"My IBAN: {grouped(iban('DE', 22))}, account holder Lena Vogt. Transfer the 600 EUR there and we're done.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"btc: {btc()} send the balance there pls")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "You can send the payment to my PayPal, mariana.designs.studio@gmail.com, it's faster than waiting for the milestone.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "my cashapp is $KofiEdits, send whenever u ready")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Bank details for the transfer: account number 40298871, sort code 20-45-77, name J. Whitfield. "
                                "Cheaper than the platform for both of us.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"If you prefer crypto, my USDT TRC20 address is {tron()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Routing 021000021, account 883920174 (checking). Send the $1,250 there and I'll push the final build.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", f"Please refund my deposit to IBAN {iban('FR', 27)} rather than through the site, it's simpler.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", "Pay here to save the fee: paypal.me/ArjunCodes/250")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"ETH or USDC on mainnet: {eth()} - send the 1.2k and the repo access goes out right after.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"On-chain is fine for me: {segwit()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"IBAN {iban('GB', 22)}, BIC BARCGB22. Please wire the second half directly.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Mi cuenta para la transferencia: IBAN {grouped(iban('ES', 24))}. Muchas gracias!")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"taproot addr {taproot()} - fees are lower than the site's 10%")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Send the 0.004 BTC to {p2sh()} and I'll deliver the source files.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Dane do przelewu: {grouped(iban('PL', 28))}, Tomasz Nowak. Zapłać bezpośrednio, bez prowizji.")],
        freelancer=[(0, "PAY002")])

    # ---- invalid identifiers ----
    add("identifier-invalid", [("f", f"Send it by bank transfer to my IBAN {corrupt(iban('NL', 18), digits)}, thanks!")], freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"The validator rejects {corrupt(iban('IT', 27), digits)} because the checksum fails, that's the expected result "
                                     "for the negative test fixture.")])
    add("identifier-invalid", [("c", f"For the wallet UI mockup please show an error state for a mistyped address like {corrupt(btc(), b58)}.")])
    add("identifier-invalid", [("c", f"Our parser crashes on {corrupt(segwit(), bech)} instead of returning 'invalid'. Can you fix that in the PR?")])
    add("identifier-invalid", [("f", f"my tron wallet {corrupt(tron(), b58)} - pay me there instead of here")], freelancer=[(0, "PAY001")])

    # ---- identifiers in a job context ----
    add("identifier-job-context", [("c", f"Test IBAN for the SEPA form validation: {iban('DE', 22)}. It should pass, please add it to the unit tests.")])
    add("identifier-job-context", [("c", f"The block explorer page must show all transactions for {eth()} with pagination of 50 rows.")])
    add("identifier-job-context", [("c", f"Translate the attached bank letter into Portuguese; keep the IBAN {grouped(iban('PT', 25))} exactly as written.")])
    add("identifier-job-context", [("f", f"Donation widget is live, it displays the charity's address {btc()} with a QR code as in the spec.")])
    add("identifier-job-context", [("c", f"Please reconcile these USDT deposits; the exchange's hot wallet is {tron()}, tag each row by date.")])

    # ---- conversations ----
    add("conversation", [("c", "Can we move this to PayPal? I'll pay the full $300 upfront."), ("f", "sure, works for me"),
                         ("c", "great, what's your email?")], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Could I pay you with Wise for this one?"), ("f", "What's Wise exactly?"),
                         ("c", "It's a money transfer app, much cheaper than the bank and no platform fee."), ("f", "ok then, let's do that")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "Honestly it'd be easier if you paid me in crypto, any coin is fine."),
                         ("c", "No thanks, we only pay through the contract here.")], freelancer=[(0, "PAY001")])
    add("conversation", [("c", "I can give you cash for the wedding video, I'm local anyway."),
                         ("f", "Thanks, but I can only accept payment through the platform. I've let support know, as required.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Could we do a bank transfer for the remaining invoices?"), ("c", "fine, send me your bank details"),
                         ("f", f"Here: {grouped(iban('IE', 22))}, Siobhan Kelly")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Mind if I pay you directly? Saves us both the fees."), ("f", "ok, my paypal is rohan.k.edits@gmail.com")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Can I send the money by Zelle?"), ("f", "I don't have Zelle. Can you do Wise instead?")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Let's do the payment outside the platform, I'll send it via bank."),
                         ("f", "Sorry, I keep all payments on the platform."),
                         ("c", "Then what about a direct Payoneer transfer? Nobody will know."),
                         ("f", "No, I can't do that. I'm reporting this conversation.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])
    add("conversation", [("c", "Would you accept payment through Remitly?"), ("f", "Why not here?"),
                         ("c", "My card keeps getting declined on the site and I'm in a hurry."),
                         ("f", "Let's try another billing method on the platform instead, support can help.")], client=[(0, "PAY001")])
    add("conversation", [("c", "I can pay with Amazon gift cards, $200 worth, if that's alright?"), ("f", "deal")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Tuma malipo kwa M-Pesa ni rahisi kwangu. Can I pay you by M-Pesa?"),
                         ("f", "Yes, my M-Pesa number is 0712 345 678, name Wanjiru.")], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "We'd like to add you to our Deel payroll and stop paying through this site from next month."),
                         ("f", "I appreciate it, but I need to keep the contract here. Happy to continue on the current terms.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Thanks, the mockups look great!"),
                         ("f", "Glad you like them :) For the next rounds you can pay me at paypal.me/studio_nils to avoid the fee.")],
        freelancer=[(1, "PAY002")])
    add("conversation", [("f", "I charge less if you pay via Skrill."),
                         ("c", "That's against the rules here, so no. I've flagged it."), ("f", "ok understood, let's keep it here")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "Do you have a crypto wallet? I'd rather pay in ETH than use the card."),
                         ("f", f"Yes: {eth()}"), ("c", "sent, check your wallet")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Can you pay half via the milestone and the other half by bank wire? It helps with my cash flow."),
                         ("c", "Sure, why not."), ("f", "Thanks! I'll send the wire details by email tonight.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Hey, how do you feel about getting paid in Bitcoin?"), ("f", "What fees would that involve?"),
                         ("c", "Almost none, that's the point, and the site doesn't take a cut."), ("f", "Alright, I'm in.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("f", "I'd like the final payment via Interac e-Transfer please."),
                         ("c", "I'm sorry, I must pay through the platform. Please submit the milestone."), ("f", "Submitted.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "Pode receber por Pix? Fica mais barato pra mim."), ("f", "Posso sim, minha chave Pix é meu e-mail.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "If you send a cheque to my address I can waive the service fee."),
                         ("c", "No. I have reported your message to the platform.")], freelancer=[(0, "PAY001")], flags=[("c", 0)])

    # ---- cover letters ----
    add("cover-letter", [("f", "I have 8 years of bookkeeping experience with QuickBooks and Xero. My rate is lower if payment is made "
                               "directly by bank transfer instead of through the platform.")], freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hello! I'm a brand designer from Cairo. To save fees you can also pay me via PayPal at designbyomar@outlook.com.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Dear sir, I am expert translator Arabic-English with 10 year. Payment can be by Payoneer direct or "
                               "Western Union also, as you like.")], freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi, I can edit your podcast episodes within 48 hours. I'm happy to split the project into three milestones "
                               "funded through the platform.")], surface="proposal")
    add("cover-letter", [("f", "I've integrated PayPal, Stripe and Razorpay checkouts for over 30 e-commerce stores and can do the same for yours.")],
        surface="proposal")
    add("cover-letter", [("f", "Experienced VA here. I manage calendars, inboxes and supplier invoices in Xero, and I only work under "
                               "platform contracts.")], surface="proposal")

    # ---- hard negatives ----
    add("hard-negative", [("c", "Looking for a Flutter dev to build a Venmo-style app for splitting rent between roommates.")])
    add("hard-negative", [("c", "I'll release the milestone payment tonight once I've reviewed the final draft.")])
    add("hard-negative", [("f", "Could you add a bonus through the platform for the extra revisions? No pressure.")])
    add("hard-negative", [("f", "I withdrew my earnings from here to my bank account, it took 3 days to arrive.")])
    add("hard-negative", [("f", "Years ago, before I joined this site, a client paid me by PayPal and then did a chargeback.")])
    add("hard-negative", [("c", "My brother paid his landlord through Zelle and it bounced, what a week.")])
    add("hard-negative", [("f", "FYI another client asked me to take payment outside the platform. I declined and reported him.")])
    add("hard-negative", [("c", "The invoice generated by the contract is attached for our accounting department.")])
    add("hard-negative", [("f", "Honestly, motion graphics aren't my cup of tea, but I can recommend someone.")])
    add("hard-negative", [("c", "What is Payoneer? Do I need it to pay for this contract?")])
    add("hard-negative", [("c", "Please write 5 blog posts comparing Wise, Revolut and PayPal for freelancers who invoice abroad.")])
    add("hard-negative", [("c", "Need someone to reconcile our Stripe payouts with QuickBooks for the last two quarters.")])
    add("hard-negative", [("f", "Sorry, I only accept payment through the platform.")])
    add("hard-negative", [("c", "The refund for the cancelled milestone was processed through the dispute center.")])
    add("hard-negative", [("c", "I updated my billing method to a new Visa card, so the milestone should fund now.")])
    add("hard-negative", [("c", "Edit my YouTube review of the new Cash App features, 12 minutes, fast cuts.")])
    add("hard-negative", [("c", "Can you raise your rate to $35/hr? I'll update the contract terms today.")])
    add("hard-negative", [("c", "I'll pay the remaining £200 as soon as you submit the final files.")])
    add("hard-negative", [("f", "Can you approve the payment request I sent through the site?")])
    add("hard-negative", [("f", "My PayPal got hacked last week, total mess, but it's sorted now.")])
    add("hard-negative", [("c", "Please don't ask me to pay outside the site, I've been burned before. Everything goes through the contract.")])
    add("hard-negative", [("f", "i receive my money from platform to my payoneer card, is working very good")])
    add("hard-negative", [("c", "We're banking on this launch, so the copy needs to land.")])
    add("hard-negative", [("f", "Translating the bank's wire transfer terms into French now, the SWIFT section is the longest.")])
    add("hard-negative", [("c", "Our other contractors are paid by our HQ through payroll, but your work is under this contract so all "
                                "payments go through here.")])
    add("hard-negative", [("c", "As our VA you'll schedule supplier payments in our company's bank portal every Monday.")])
    add("hard-negative", [("f", "The crypto exchange dashboard redesign is done; I moved the 'Send BTC' button above the fold.")])
    add("hard-negative", [("c", "We'll cash in on the holiday traffic if the ads go live by the 1st.")])

    # ---- ordinary chat ----
    add("ordinary-chat", [("c", "Sent you the revised brief, let me know if anything's unclear.")])
    add("ordinary-chat", [("f", "Hi! Quick update: chapters 3 and 4 are translated, proofreading tomorrow.")])
    add("ordinary-chat", [("c", "Can you make the logo a bit bolder?"), ("f", "Sure, I'll send two options tonight."), ("c", "perfect thx")])
    add("ordinary-chat", [("f", "The tax spreadsheet is ready, I flagged three receipts that look duplicated."),
                          ("c", "Good catch, I'll check with my accountant.")])
    add("ordinary-chat", [("c", "u around for a call at 3pm cet?"), ("f", "yes, send the link")])
    add("ordinary-chat", [("f", "Milestone 2 submitted, with the color-graded master and the 9:16 cut for reels.")])
    add("ordinary-chat", [("c", "Merci pour le travail, très propre. On continue la semaine prochaine ?"), ("f", "Avec plaisir !")])
    add("ordinary-chat", [("c", "The API returns 500 when the cart is empty."), ("f", "Found it, a null check. Fix is on the staging branch."),
                          ("c", "Confirmed working, thanks.")])
    add("conversation", [("f", "Should I submit the invoice now or at the end of the month?"),
                         ("c", "End of the month is fine, the contract will bill it automatically.")])
    add("conversation", [("c", "Is the milestone funded on your side?"), ("f", "Yes, I can see it in escrow. Starting now.")])
    return cases


def heldout42_cases() -> list[dict[str, Any]]:
    """Held-out batch 42: chat threads with mid-thread off-platform payment asks, delayed agreements, declines and on-platform payment talk."""
    rng.seed(42)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout42-")

    # ---- single-message solicitations -------------------------------------------------
    add("client-solicits", [("c", "Hey, before we start: I usually pay freelancers through Zelle every Friday rather than through Upwork. Is that ok with you?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Quick question, can I pay you with Apple Cash instead? Upwork keeps declining my card and I don't want you waiting.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "We'll pay you in cash when you come to the Lagos office for the final handover, no need to run that part through the platform.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Let's finish this contract here, and for the monthly maintenance retainer I'll just transfer the 300 GBP via Revolut.")],
        client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "If you prefer, you can pay me through Skrill directly and I'll pass the saved fee on to you as a discount.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "For the next project I'd rather invoice your company directly and get paid by SEPA transfer, outside of Upwork.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Send the remaining 800 CAD by Interac e-Transfer and I'll release the source files the same evening.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Can you pay me through UPI for the extra screens? It lands in my account instantly, no need to wait on Upwork.")],
        freelancer=[(0, "PAY001")])

    # ---- own payment details ----------------------------------------------------------
    add("details-valid", [("f", f"Bank details for the transfer: IBAN {grouped(iban('DE', 22))}, BIC COBADEFFXXX, account holder Jonas Weber.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Once you're happy with the final logo you can pay me at my bitcoin address {btc()} instead of the milestone.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Account name: Chidi Okafor, Bank: GTBank, Account number: 0123456789. Please transfer the naira equivalent directly.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Routing number 021000021, account number 483920175, Chase checking in the name of Emily Hart. Wire the balance there.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Sort code 20-45-77, account number 53810442, name R. Patel. Pay the deposit there and we both skip the fees.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"My segwit wallet is {segwit()} - pay whenever you're ready, no need to go through Upwork for this one.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Pay here: paypal.me/annakdesign - it's quicker than waiting for Upwork to release the funds.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Send the 0.004 BTC for the illustrations straight to my taproot address {taproot()} please.")],
        freelancer=[(0, "PAY002")])

    # ---- invalid identifiers ----------------------------------------------------------
    add("identifier-invalid",
        [("f", f"Please send the final payment by bank transfer outside Upwork to IBAN {corrupt(iban('NL', 18), '0123456789')}.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid",
        [("f", f"My BTC wallet is {corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}, pay me directly there.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid",
        [("c", f"The validator must reject {corrupt(iban('FR', 27), '0123456789')} because its checksum is wrong; add it to the fixtures.")])
    add("identifier-invalid",
        [("c", f"Our parser wrongly accepts {corrupt(tron(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')} as a TRON address. Fix the check.")])

    # ---- identifiers in a job context -------------------------------------------------
    add("identifier-job-context",
        [("c", f"For the payments dashboard demo, seed the database with sample IBANs such as {iban('GB', 22)} and {iban('IT', 27)}.")])
    add("identifier-job-context",
        [("c", f"The DAO treasury contract is deployed at {eth()}; we need a small React front end that reads its balance.")])
    add("identifier-job-context",
        [("c", f"Write unit tests for the address classifier: {p2sh()} should be tagged P2SH and {segwit()} bech32.")])
    add("identifier-job-context",
        [("c", "Did the regex change land?"),
         ("f", f"Yes, it now accepts Polish IBANs like {iban('PL', 28)} and rejects anything shorter than 28 characters."),
         ("c", "Great, merge it after CI passes.")])

    # ---- cover letters ----------------------------------------------------------------
    add("cover-letter",
        [("f", "Hi, I've built 20+ Shopify stores and can start today. To keep your costs low I'm happy to work with you directly "
               "and take payment via Payoneer or bank transfer rather than through Upwork.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter",
        [("f", "Hello! Experienced Flutter dev here, portfolio attached. I can do the MVP in 3 weeks, and you can pay me on Cash App at $DevonBuildsApps to avoid fees.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter",
        [("f", "Dear hiring manager, I translate legal documents EN>ES with 9 years of experience. I also accept USDT directly, which avoids the platform fees for both of us.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter",
        [("f", "Hi, I have 6 years of experience with Stripe, PayPal and Adyen API integrations, including refunds and webhooks. "
               "I'd suggest splitting the work into three milestones.")],
        surface="proposal")
    add("cover-letter",
        [("f", "I'm a bookkeeper used to reconciling wires, cheque deposits and card payouts in Xero. Happy to start with a small paid test task here.")],
        surface="proposal")
    add("cover-letter",
        [("f", "Hello, I can write your onboarding emails this week. I work with fixed-price milestones on Upwork so you only release payment when satisfied.")],
        surface="proposal")

    # ---- conversations with violations -----------------------------------------------
    add("conversation",
        [("c", "Hi Marta, the second round of logo concepts looks great. The teal one is our favourite."),
         ("f", "Thanks! I'll refine the teal version and send the vector files tomorrow."),
         ("c", "Perfect. For the remaining work, could I just pay you through PayPal directly? Saves us both the fees."),
         ("f", "Sure, that works for me."),
         ("c", "Great, I'll send it once the files are in.")],
        client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation",
        [("c", "The scraper ran overnight and pulled 41k rows, nice work."),
         ("f", "Glad it worked. For the next phase, would you be open to paying me via Wise instead of here?"),
         ("c", "Why Wise? Is something wrong with the contract?"),
         ("f", "Nothing's wrong, the service fee just eats a big chunk and Wise is almost free for EUR."),
         ("c", "Ok, let's do that then.")],
        freelancer=[(1, "PAY001")], client=[(4, "PAY003")])
    add("conversation",
        [("c", "Can you translate the 12-page brochure into Brazilian Portuguese by Thursday?"),
         ("f", "Yes, Thursday is fine. I'll keep the glossary you sent consistent throughout."),
         ("c", "Great. My company prefers a direct bank transfer, can you send me your account number so we skip the platform?"),
         ("f", "Sorry, I only accept payment through the platform. I've reported this message as required.")],
        client=[(2, "PAY001")], flags=[("f", 2)])
    add("conversation",
        [("c", "The cuts on episode 3 are tight, love the pacing."),
         ("c", "btw can I just Cash App you for episode 4? upwork takes forever to release funds"),
         ("f", "Thanks! I'd rather keep everything on the contract, so let's set up a milestone for episode 4."),
         ("c", "Fair enough, milestone it is.")],
        client=[(1, "PAY001")])
    add("conversation",
        [("f", "I've finished entering the first 500 product records, please check the sheet."),
         ("c", "Checked, looks clean. Keep going with the rest."),
         ("f", "Will do. For the rest, could you pay me directly on M-Pesa or Sendwave? It reaches me faster in Nairobi."),
         ("c", "Sendwave is easier for me.")],
        freelancer=[(2, "PAY001")], client=[(3, "PAY003")])
    add("conversation",
        [("c", "The landing page is live and conversions are already up."),
         ("f", "Awesome news! Let me know if you want A/B variants."),
         ("c", "Yes, please do two variants. Can I pay for those in USDT outside of Upwork?"),
         ("f", f"Yes, here is my TRC20 wallet: {tron()}")],
        client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation",
        [("f", "The technical SEO audit is done, 37 issues found, report attached."),
         ("c", "Very thorough, thank you. I'd like you to fix the top 10."),
         ("f", "Happy to. If you like, we can do the fixes by bank transfer outside the platform and I'll knock 15% off."),
         ("c", "Discount sounds good, fine with me."),
         ("f", f"Great, my IBAN is {grouped(iban('ES', 24))}, account holder Lucia Ferrer.")],
        freelancer=[(2, "PAY001"), (4, "PAY002")], client=[(3, "PAY003")])
    add("conversation",
        [("c", "Can we handle payment outside Upwork after the first milestone?"),
         ("f", "What do you mean exactly?"),
         ("c", "I mean pay you directly. I can do Zelle or a wire every Friday, whichever you like."),
         ("f", "I'll have to pass on that, I keep all my contracts and payments on Upwork.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation",
        [("c", "Thanks for reconciling March. April's statements are in the shared folder."),
         ("c", "Also, going forward I'd rather pay you monthly by bank transfer, off the platform. Would that work?"),
         ("f", "Let me think about it and get back to you."),
         ("f", "I'll start on April tonight."),
         ("f", "Ok, I've thought about it, monthly bank transfer is fine.")],
        client=[(1, "PAY001")], freelancer=[(4, "PAY003")])
    add("conversation",
        [("c", "Build 1.3 passed QA on iOS, but Android crashes on login."),
         ("f", "Found it, a null token on cold start. Fix is pushed."),
         ("c", "Nice. For the next phase, could we pay through Payoneer directly instead of Upwork?"),
         ("f", "I can do that once the current milestone is released here.")],
        client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation",
        [("f", "Draft of the whitepaper is attached; sections 4 and 5 still need your data."),
         ("c", "I'll send the numbers tomorrow. Could you take the final payment through Venmo? Our Upwork budget is capped."),
         ("f", "What do you mean by capped?"),
         ("c", "Finance only approved a set amount on Upwork, the rest would come from my own account."),
         ("f", "I understand, but I can't accept payment off the platform. I'm flagging this so support is aware.")],
        client=[(1, "PAY001")], flags=[("f", 1)])
    add("conversation",
        [("c", "Hello, we are hiring a remote data entry assistant, 20 hours a week."),
         ("f", "Hi, I'm interested. Which software do you use?"),
         ("c", "Excel and our internal CRM. Payment is in Amazon gift cards every week, not through this site."),
         ("f", "Gift cards are fine with me, when do I start?")],
        client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation",
        [("c", "The floor plans look right. My contractor wants a PDF version too."),
         ("f", "Sent the PDF set just now."),
         ("c", "Thanks. I'm old fashioned - can I mail you a cheque for the next drawings instead of paying on this site?"),
         ("f", "Thanks for offering, but I need to be paid through the platform. I'll create the next milestone.")],
        client=[(2, "PAY001")])
    add("conversation",
        [("f", "Oi! The Shopify theme customisation is about 80% done."),
         ("c", "Looks good so far. Can you make the header sticky?"),
         ("f", "Sure. Also, could you pay the balance by Pix instead? It's instant for me and no fees."),
         ("c", "No, we only pay through Upwork. I've reported this.")],
        freelancer=[(2, "PAY001")], flags=[("c", 2)])
    add("conversation",
        [("c", "Can you do the voiceover in a neutral American accent?"),
         ("f", "Yes, sample attached."),
         ("c", "Perfect. Can I PayPal you for this one? It's just a 60-second spot."),
         ("f", "I'd prefer Wise if that's ok, PayPal holds my funds.")],
        client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation",
        [("c", "How much would you charge for 5 more product renders?"),
         ("f", "250 USD for all five, same quality as before."),
         ("c", "I'll pay 220 if I can send it by bank wire direct, no Upwork fee."),
         ("f", "Ok deal, 220 by wire.")],
        client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation",
        [("c", "You've been great these three months. We'd like you to keep going long-term."),
         ("f", "Thank you, I'd love that. Would you consider adding me to your company's Gusto payroll rather than paying through Upwork?"),
         ("c", "Let me ask our HR lead."),
         ("c", "HR said yes, we can add you to Gusto from next month.")],
        freelancer=[(1, "PAY001")], client=[(3, "PAY003")])
    add("conversation",
        [("c", "Could you also handle our weekly Mailchimp newsletter?"),
         ("f", "Yes, I can take that on."),
         ("c", "Great. For the weekly part let's just settle over Cash App, off Upwork."),
         ("f", "Is that allowed here?"),
         ("c", "Lots of people do it, nobody checks."),
         ("f", "Ok, Cash App it is.")],
        client=[(2, "PAY001")], freelancer=[(5, "PAY003")])
    add("conversation",
        [("c", "The API docs are much clearer now, thanks."),
         ("f", "Glad to help. For future tasks just send the money to my Pay\u200bPal directly and skip the fees."),
         ("c", "I'll keep using the contract, thanks.")],
        freelancer=[(1, "PAY001")])
    add("conversation",
        [("c", "Your Arabic subtitles are perfect."),
         ("f", "Thank you! Episode 6 will be ready Monday."),
         ("c", "From episode 7 on I'll send the money by W\u0435stern Uni\u043en, it's easier from Dubai."),
         ("f", "Please keep it on Upwork, I can't accept transfers outside.")],
        client=[(2, "PAY001")])
    add("conversation",
        [("c", "Can you take on 10 more hours of customer support this week?"),
         ("f", "Yes po, I can. Would it be ok to pay those hours via GCash directly?"),
         ("c", "Sure, send me your number."),
         ("f", "My GCash number is 0917 482 3391, name Maria Santos.")],
        freelancer=[(1, "PAY001"), (3, "PAY002")], client=[(2, "PAY003")])
    add("conversation",
        [("c", "The Dhaka office needs the brochure in Bangla too."),
         ("f", "I can translate it, about 2 days."),
         ("c", "Good. Since we're both in Bangladesh, let me pay by bKash instead of Upwork."),
         ("f", "Ok, my bKash personal number is 01712-558204.")],
        client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation",
        [("c", "The smart contract audit report was really helpful."),
         ("f", f"Thanks! For the follow-up review you can pay me in ETH directly to {eth()} to save on fees."),
         ("c", "I'll stick to the Upwork contract, thanks.")],
        freelancer=[(1, "PAY002")])
    add("conversation",
        [("f", "Milestone 2 is submitted for review."),
         ("c", "Approved. For milestone 3 just send a PayPal invoice to payables@brightleaf.co instead, that's our company PayPal."),
         ("f", "I'll keep milestone 3 on Upwork, thanks.")],
        client=[(1, "PAY002")])
    add("conversation",
        [("c", "The plugin doesn't work with our theme, I'd like a refund."),
         ("f", "I'm sorry about that. I can issue the refund through Upwork today."),
         ("c", "Can you just Zelle it to jmorrow.finance@gmail.com instead? Upwork refunds take a week."),
         ("f", "I have to do it through Upwork, sorry. It should arrive in a few days.")],
        client=[(2, "PAY002")])
    add("conversation",
        [("c", "You're in Austin too, right? Could you set up the office printers on Saturday?"),
         ("f", "Yes, I'm in Austin. Saturday morning works."),
         ("c", "Cool. Mind if I Venmo you for this one instead of using Upwork?"),
         ("f", "I'd actually prefer cash on the day, if that's ok.")],
        client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation",
        [("f", "Would you be able to pay me off the platform for the next milestone?"),
         ("f", "Upwork just raised the fees on my side and my margin on this project is thin."),
         ("c", "I understand, but we'll keep it on Upwork.")],
        freelancer=[(0, "PAY001")])
    add("conversation",
        [("c", "The Blender model is great, just soften the bevels on the handle."),
         ("f", "Done, new render attached."),
         ("c", "For the next three models I can pay with PayPal, Zelle or crypto outside Upwork. Pick whichever you like."),
         ("f", "Zelle please.")],
        client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation",
        [("f", "The Excel macro now imports all 12 branch reports in one click."),
         ("c", "Brilliant, the team loves it."),
         ("f", "Happy to hear. If you have more automation work, I'd be glad to take it on directly and you could pay by bank transfer."),
         ("c", "Hmm, how would invoicing work then?"),
         ("f", "I'd send a PDF invoice from my company each month and you'd transfer the amount."),
         ("c", "Alright, send me the first one at month end.")],
        freelancer=[(2, "PAY001")], client=[(5, "PAY003")])
    add("conversation",
        [("c", "Hey, quick one about the podcast intro music."),
         ("f", "Sure, what's up?"),
         ("c", "Can you make it 15 seconds instead of 30? Also could I pay you in bitcoin for the extra edits, not through Upwork?"),
         ("f", f"Yes to both. Send it to {p2sh()} when it's done.")],
        client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation",
        [("f", "Hi! The onboarding flow prototype is ready in Figma."),
         ("c", "Lovely work, the microcopy is spot on."),
         ("f", "Thanks. One thing: for the next project, could you pay me via Revolut instead of Upwork? I'm trying to cut fees."),
         ("c", "Sorry, company policy says all contractors go through Upwork. I reported the request as the platform asks."),
         ("f", "Understood, no problem at all.")],
        freelancer=[(2, "PAY001")], flags=[("c", 2)])
    add("conversation",
        [("c", "Our Peruvian distributor needs the catalogue in Spanish by the 3rd."),
         ("f", "No problem, I'll have it done by the 1st."),
         ("c", "Good. Are you ok being paid through Western Union for this? It avoids the platform charges."),
         ("f", "Which currency would it be in?"),
         ("c", "US dollars, 400."),
         ("f", "Then yes, that's fine.")],
        client=[(2, "PAY001")], freelancer=[(5, "PAY003")])
    add("conversation",
        [("c", "Your WordPress fixes solved the checkout bug, thanks."),
         ("f", f"Great! For the retainer, please transfer 500 EUR a month to {grouped(iban('IE', 22))} instead of using Upwork."),
         ("c", "No, that isn't allowed here. I'm reporting this message.")],
        freelancer=[(1, "PAY002")], flags=[("c", 1)])
    add("conversation",
        [("c", "Would you do the tax return prep for my two rental flats?"),
         ("f", "Yes, send me last year's return and the rent statements."),
         ("c", "Will do. I'd rather pay you off Upwork, just tell me how."),
         ("f", f"Sure, bank transfer is easiest: {grouped(iban('AT', 20))}, name Katharina Huber.")],
        client=[(2, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation",
        [("f", "Sprint 4 is merged, the staging link is in the ticket."),
         ("c", "Reviewed, all good."),
         ("f", "Btw, I also accept JazzCash or Easypaisa if you ever want to pay outside Upwork."),
         ("c", "Thanks, but I'll keep using the contract.")],
        freelancer=[(2, "PAY001")])

    # ---- conversations about payment that stay on the platform -----------------------
    add("conversation",
        [("c", "How do you prefer to be paid for this?"),
         ("f", "Through Upwork, ideally as fixed-price milestones: 40% for wireframes and 60% for the final UI."),
         ("c", "Works for me, I'll set it up that way.")])
    add("conversation",
        [("c", "Can I pay you something upfront so you can start right away?"),
         ("f", "Sure, just fund the first milestone in escrow and I'll begin today."),
         ("c", "Funded. Looking forward to it.")])
    add("conversation",
        [("c", "Upwork's fee went up on my side too. Should we switch to fixed price so the total is predictable?"),
         ("f", "Yes, a fixed-price contract with two milestones would work well."),
         ("c", "Ok, I'll end the hourly contract and send a new offer.")])
    add("conversation",
        [("c", "Someone offered to do this job for half your rate if I pay them by Zelle. I said no, I want it on Upwork."),
         ("f", "Thanks for sticking with the platform, it protects both of us."),
         ("c", "Exactly. Let's continue with the dashboard charts.")])
    add("conversation",
        [("f", "The client on my other contract asked me to take payment through Payoneer directly. Should I report that?"),
         ("c", "Yes, use the flag option on the message, support takes it seriously."),
         ("f", "Done, thanks. Back to your invoices now.")])
    add("conversation",
        [("c", "Can you accept payment in euros?"),
         ("f", "Upwork handles the currency for us, you'll be charged in USD and I get paid out locally."),
         ("c", "Ah ok, simple enough.")])
    add("conversation",
        [("c", "I'd like to pay you for the extra revisions."),
         ("f", "Thank you! You can add a new milestone for them on the contract."),
         ("c", "Added, 120 USD."),
         ("f", "Received, I'll start on them now.")])
    add("conversation",
        [("f", "My milestone shows 'payment pending' for six days, is that normal?"),
         ("c", "I approved it on Monday. Upwork says there's a security hold of five days on new accounts."),
         ("f", "Ok, I'll wait, thanks for checking.")])

    # ---- hard negatives ---------------------------------------------------------------
    add("hard-negative", [("c", "We need a developer to integrate PayPal and Venmo checkout buttons into our WooCommerce store.")])
    add("hard-negative", [("c", "Please reconcile all the Zelle and Venmo transactions in our QuickBooks file for Q2 and flag any duplicates.")])
    add("hard-negative", [("c", "Looking for a writer to explain to beginners how bitcoin wallets and Lightning payments work. About 2,000 words.")])
    add("hard-negative", [("f", "I don't accept PayPal, bank transfers or crypto for work found here - all payments go through Upwork, please.")])
    add("hard-negative",
        [("c", "I've funded milestone 2 (600 USD) in escrow."),
         ("f", "Thanks, I'll submit the deliverables by Friday."),
         ("c", "Once it's approved I'll also add a bonus through Upwork for the quick turnaround."),
         ("f", "That's very kind, thank you!")])
    add("hard-negative",
        [("c", "Did the last payment come through okay?"),
         ("f", "Yes, it's in my Upwork balance. I'll withdraw it to my bank account next week."),
         ("c", "Great, glad it worked.")])
    add("hard-negative",
        [("f", "Before I joined Upwork, a client paid me by Western Union and the money never arrived. That's why I only work here now."),
         ("c", "Ouch, sorry to hear. We'll keep everything on the contract anyway."),
         ("f", "Appreciated. Sending the wireframes shortly.")])
    add("hard-negative",
        [("c", "Our distributor in Germany pays the printing company by SEPA transfer, so the print files must be final before they invoice."),
         ("f", "Understood, I'll double-check bleed and CMYK before sending."),
         ("c", "Thanks, the deadline is the 14th.")])
    add("hard-negative",
        [("f", "Heads-up: someone claiming to be from your team messaged me asking for a 'setup fee' in USDT on Telegram. I reported it."),
         ("c", "That's not us! Thanks for reporting. We only message here."),
         ("f", "I figured. Continuing with the sprint tasks.")])
    add("hard-negative",
        [("c", "Our accounts team needs an invoice for last month."),
         ("f", "You can download it from Reports > Transaction History on Upwork, every payment has its own invoice."),
         ("c", "Found it, thanks.")])
    add("hard-negative",
        [("c", "All that extra testing really paid off, zero bugs in production."),
         ("f", "Glad to hear! Time to cash in on the launch."),
         ("c", "Ha, we'll see. I'm banking on your estimates for the next sprint.")])
    add("hard-negative",
        [("f", "What's Payoneer? I saw it as a withdrawal option in my Upwork settings."),
         ("c", "Not sure, I'm only a client so I never withdraw. The help centre should explain it."),
         ("f", "Ok, I'll look there.")])
    add("hard-negative",
        [("c", "The last batch of translations had quite a few errors."),
         ("f", "I'm sorry. I'll issue a partial refund through Upwork for that batch and redo it for free."),
         ("c", "Thanks, that's fair.")])
    add("hard-negative",
        [("c", "My milestone payment failed, apparently my card expired."),
         ("f", "No worries, you can add a new billing method under Settings and fund the milestone again."),
         ("c", "Done, it's funded now.")])
    add("hard-negative",
        [("c", "You went above and beyond. How can I give you something extra?"),
         ("f", "Thank you! There's a 'Give bonus' option on the contract page."),
         ("c", "Sent a 50 USD bonus.")])
    add("hard-negative",
        [("c", "I paid my last designer through PayPal years ago, before I knew about Upwork, and never got the files."),
         ("f", "That's rough. Here you'll get the files with each milestone."),
         ("c", "That's why I'm here now.")])
    add("hard-negative",
        [("f", "My personal PayPal got limited yesterday, what a mess. Anyway, the banner sizes are done."),
         ("c", "Oh no. Banners look good though!"),
         ("f", "Thanks, I'll upload the source files too.")])
    add("hard-negative",
        [("f", "Does Upwork support withdrawals to GCash? I'd like to move my earnings there."),
         ("c", "I think it does for the Philippines, check Get Paid in your settings."),
         ("f", "Found it, thanks!")])
    add("hard-negative",
        [("c", "Upwork bills me every Monday for your logged hours, so please keep the work diary descriptions detailed."),
         ("f", "Will do, I'll add memos to each session."),
         ("c", "Thanks.")])
    add("hard-negative",
        [("c", "We need a Cash App style P2P transfer screen in our Flutter banking app, with a QR code for the user's handle."),
         ("f", "I've built something similar before. Do you have the API spec for transfers?"),
         ("c", "Yes, I'll share the Swagger file.")])

    # ---- ordinary chat ----------------------------------------------------------------
    add("ordinary-chat",
        [("c", "Hi Tomas, can we push the logo deadline to Wednesday? Our CEO is travelling."),
         ("f", "Of course, Wednesday works."),
         ("c", "Thanks, I'll send the final feedback Tuesday night.")])
    add("ordinary-chat",
        [("f", "Quick question on the dataset: should I drop rows with a missing postcode or impute them?"),
         ("c", "Drop them, there are only a few hundred."),
         ("f", "Ok, the cleaned file will be ready in an hour."),
         ("c", "Great.")])
    add("ordinary-chat",
        [("c", "Can we do a quick call tomorrow at 10 CET to go through the wireframes?"),
         ("f", "10 CET is fine, I'll start a call from the Upwork message room."),
         ("c", "Perfect, talk then.")])
    add("ordinary-chat",
        [("c", "The headline on the homepage feels a bit salesy."),
         ("f", "Fair point. How about 'Accounting that keeps up with you'?"),
         ("c", "Much better. Use that."),
         ("f", "Updated in the doc.")])
    add("ordinary-chat",
        [("f", "The plugin conflict is between WP Rocket and your slider. Disabling lazy load on the slider fixes it."),
         ("c", "Will that slow the page down?"),
         ("f", "Barely, the slider images are already compressed."),
         ("c", "Ok, go ahead.")])
    add("ordinary-chat",
        [("c", "Episode 12 has some background hum around minute 14."),
         ("f", "I'll run a noise profile on that section and re-export."),
         ("c", "Thanks, no rush, it goes live Friday."),
         ("f", "New file uploaded.")])
    add("ordinary-chat",
        [("c", "I've added you as a collaborator on the GitHub repo."),
         ("f", "Got the invite, cloning now."),
         ("c", "The main branch is protected, please open PRs against develop."),
         ("f", "Will do.")])
    add("ordinary-chat",
        [("f", "In the German version, should I use 'Sie' or 'du' for the app's tone?"),
         ("c", "'Du', we're a young brand."),
         ("f", "Got it, I'll keep it consistent across all screens.")])
    add("ordinary-chat",
        [("c", "Hi! Are you available for a small Python task next week? About 5 hours."),
         ("f", "Yes, Tuesday to Thursday I have time. What's the task?"),
         ("c", "Porting a couple of cron scripts to Airflow DAGs. I'll send an offer on Monday."),
         ("f", "Sounds good, looking forward to it.")])
    add("ordinary-chat",
        [("c", "The 3D kitchen render looks a bit dark."),
         ("f", "I'll raise the HDRI exposure and add a fill light by the window."),
         ("c", "Also make the worktop matte please."),
         ("f", "Done, v4 attached."),
         ("c", "That's the one.")])
    add("ordinary-chat",
        [("f", "I'm sick today, is it ok if I deliver the report on Thursday instead of Wednesday?"),
         ("c", "Of course, get well soon."),
         ("f", "Thank you, I appreciate it.")])
    return cases


def heldout43_cases() -> list[dict[str, Any]]:
    """Held-out batch 43: near-pairs of off-platform payment asks versus job-subject, platform-feature and past-tense look-alikes."""
    rng.seed(43)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout43-")

    # --- pair: Wise as a payment channel vs Wise as the job subject
    add("client-solicits", [("c", "Would you be open to getting paid through Wise directly from now on? It would save us both the fees.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "The job: write a Python script that pulls our Wise Business API statements and reconciles them against Xero.")])

    # --- pair: PayPal checkout integration vs PayPal as payment route
    add("hard-negative", [("c", "We need someone to add PayPal and Apple Pay buttons to our Shopify checkout, and test refunds in sandbox mode.")])
    add("client-solicits", [("c", "Can I just pay the final invoice over PayPal? The card on my account keeps getting declined.")],
        client=[(0, "PAY001")])

    # --- pair: bank transfer proposal vs platform billing method
    add("freelancer-solicits", [("f", "For phase two I'd prefer a direct bank transfer, if that works on your side. Happy to send a PDF invoice.")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("c", "Heads up, I switched my billing method here to a bank account, so the next milestone should fund without the card error.")])

    # --- pair: escrow/milestone vs 'close contract and pay rest on Wise'
    add("hard-negative", [("c", "Milestone 2 is funded in escrow now. Take your time on the QA pass, release happens once I approve.")])
    add("client-solicits", [("c", "Could you mark the contract complete now? I'll send the remaining 400 EUR on Wise so you don't lose the service fee.")],
        client=[(0, "PAY001")])

    # --- pair: bonus through platform vs tip on Venmo
    add("hard-negative", [("c", "Sent you a bonus through the contract page for the weekend work. Thanks again!")])
    add("client-solicits", [("c", "You went above and beyond. For the tip, are you on Venmo by any chance?")],
        client=[(0, "PAY001")])

    # --- pair: past narration vs present proposal
    add("hard-negative", [("f", "A few years ago a client paid me by wire transfer and then recalled it two weeks later. That's why I only work through here now.")])
    add("freelancer-solicits", [("f", "Since we're in the same city, paying me in cash at our next meeting would honestly be simplest for me.")],
        freelancer=[(0, "PAY001")])

    # --- pair: third parties paying each other vs client proposing
    add("hard-negative", [("c", "Our finance team pays the Vietnamese suppliers with Payoneer, and I need a dashboard that tracks those payouts by week.")])
    add("client-solicits", [("c", "Our finance team prefers Payoneer for contractors. Could we pay you there instead of through this contract?")],
        client=[(0, "PAY001")])

    # --- pair: reporting someone else's ask vs own ask
    add("hard-negative", [("f", "Just so you know, someone claiming to be from your company messaged me asking to be paid on Zelle. I reported it to support.")])
    add("freelancer-solicits", [("f", "If it's easier for your company, you can send my weekly payment on Zelle instead.")],
        freelancer=[(0, "PAY001")])

    # --- pair: idioms
    add("hard-negative", [("c", "We really paid the price for skipping tests last sprint. Let's not cut corners this time.")])
    add("hard-negative", [("f", "Happy to cash in a rain check on that call, Thursday works better for me.")])
    add("hard-negative", [("c", "This feature is our bread and butter, and the redesign should help us cash in on the holiday traffic.")])

    # --- asking what a service is (negative) vs proposing it
    add("hard-negative", [("f", "Sorry if this is a basic question, what is Payoneer? I saw it listed on the withdrawal settings page.")])
    add("hard-negative", [("c", "What's the difference between Wise and Revolut? We're picking one for the company cards, not related to your contract.")])
    add("client-solicits", [("c", "Do you have Revolut? I can send the money instantly that way and skip the platform altogether.")],
        client=[(0, "PAY001")])

    # --- withdrawing platform earnings vs getting paid directly
    add("hard-negative", [("f", "I withdrew my earnings to my own Payoneer account yesterday, it landed in about two days. All good.")])
    add("hard-negative", [("f", "Can I withdraw my earnings from here straight to M-Pesa? I'm in Nairobi and my bank charges a lot.")])
    add("client-solicits", [("c", "I'm also in Nairobi. Let me just send the KES 15,000 to your M-Pesa, it's faster than waiting for the platform.")],
        client=[(0, "PAY001")])

    # --- platform invoices vs emailed invoice
    add("hard-negative", [("c", "I downloaded the invoice for contract 88213 from the transaction history for our accountant. Thanks.")])
    add("freelancer-solicits", [("f", "For future projects let's skip the middleman: I'll email you an invoice and you can pay by bank transfer within 14 days.")],
        freelancer=[(0, "PAY001")])

    # --- details: valid identifiers
    add("details-valid", [("f", f"Invoice 2024-17 attached. IBAN: {grouped(iban('DE', 22))}, account holder Jonas Weber. Please transfer by Friday.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Pour le solde, voici mon RIB : IBAN {grouped(iban('FR', 27))}. Merci de faire le virement directement.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"If you prefer paying in crypto, my BTC address is {btc()} and I'll confirm once it has 2 confirmations.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"USDT on TRC20 works best for me: {tron()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"you can send the 350 USDC to my wallet {eth()} (ERC20 only pls)")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Lightning is down for me, so just use on-chain: {segwit()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Payment address for the remaining balance: {taproot()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"my old multisig still works for payments: {p2sh()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My Cash App is $marcowrites, just send the $200 there and I'll start tonight.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "paypal: lena.designs@gmx.de - please send as friends and family so there are no fees")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Sort code 20-45-77, account number 43198765, name R. Patel. Bank transfer is fine for the GBP 600.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "For a domestic ACH: routing number 021000021, account number 483920174, checking, name Dana Whitfield.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "UPI ID: ravi.kulkarni@okaxis - you can pay the INR 18,000 there directly, no platform cut.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "minha chave Pix e carla.souza.design@gmail.com, pode mandar os R$ 900 por la")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Here's my Stripe link for the deposit, pay there and I'll begin: https://buy.stripe.com/7sI3cfA9qZ01")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Revtag is @annaszabo93, send the EUR there whenever you're ready")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My P\u0430yP\u0430l is tomas.r@proton.me, quicker than waiting for the milestone review.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "For the partial refund you owe me, please send it back to my PayPal: orders@brightleaf-studio.com")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", f"Wire details: bank ING, IBAN {iban('NL', 18)}, SWIFT INGBNL2A. Please pay outside the contract, it is cheaper.")],
        freelancer=[(0, "PAY002")])

    # --- identifiers in a job context (negative)
    add("identifier-job-context", [("c", f"Our validator wrongly rejects this IBAN from a customer file: {grouped(iban('ES', 24))}. Please find out why.")])
    add("identifier-job-context", [("c", f"The contract we need audited is deployed at {eth()} on mainnet, report due in two weeks.")])
    add("identifier-job-context", [("c", f"Add a unit test: {segwit()} must parse as native segwit and render with a QR code.")])
    add("identifier-job-context", [("c", f"Dataset note: {btc()} is the public donation address of the charity we're analysing, leave it in the sample.")])
    add("identifier-job-context", [("c", "The donate page should link to our paypal.me/savetheowlsfund and show the running total from the API.")])
    add("identifier-job-context", [("c", f"Block explorer bug: the TRON address {tron()} shows a zero balance on our page but not on Tronscan.")])
    add("identifier-job-context", [("c", f"Please mask IBANs like {iban('GB', 22)} in the support logs so only the last four digits show.")])

    # --- identifiers that fail their checksum (negative, job context)
    add("identifier-invalid", [("c", f"This one should FAIL the mod-97 check, make sure the form shows an error: {corrupt(iban('IT', 27), '0123456789')}")])
    add("identifier-invalid", [("c", f"Regression case: {corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')} was accepted by the old parser.")])
    add("identifier-invalid", [("c", f"The bech32 decoder should reject {corrupt(segwit(), 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}, please add it to the fixtures.")])
    add("identifier-invalid", [("c", f"Our TRON import script silently accepted {corrupt(tron(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}; it should flag a bad checksum.")])

    # --- more asks: subtle, hedged, varied channels
    add("client-solicits", [("c", "Let's keep the contract here at the minimum and I'll send the rest of your rate separately, if you get what I mean.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Could you send me your email? I'd like to send the payment straight there rather than wait on milestones.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would Amazon gift cards work as payment for the next batch? I have a few hundred dollars' worth sitting around.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "After the trial month we'd like to move you onto our Deel payroll instead of paying through this site.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'll mail you a cheque for the last two weeks, the platform fees are eating my budget.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Pwede ba kitang bayaran sa GCash na lang? Mas mabilis kaysa sa platform.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Kannst du mir deine IBAN schicken? Dann ueberweise ich den Rest direkt, ohne die Plattform.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Happy to pay in USDT if you have a wallet, it's what we use for most contractors.")],
        client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Just a thought: if the service fee is a concern, there are other ways we could settle the payment between the two of us.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Once this contract wraps, we could keep going directly and you pay me by Pay\u200bPal each month, no site in between.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I'm in Lagos, so paying me via Opay or a straight naira transfer would actually be easier than the platform.")],
        freelancer=[(0, "PAY001")])

    # --- cover letters
    add("cover-letter", [("f", "Hi! I've built 30+ Shopify stores. I can do this for 20% less if you pay me directly via Wise instead of through the site.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Experienced translator EN-PT. For quick jobs I take payment on PayPal: joao.trad@outlook.com")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "I've integrated Stripe, PayPal and Wise payouts for several marketplaces, so your payout module is right in my wheelhouse.")],
        surface="proposal")
    add("cover-letter", [("f", "I prefer fixed-price milestones through the platform's escrow, so you only release funds once each part is approved.")],
        surface="proposal")

    # --- ordinary chat
    add("ordinary-chat", [("c", "Draft looks great. Could you make the header a bit smaller and swap the teal for navy?")])
    add("ordinary-chat", [("f", "Pushed the fix to the staging branch, the login loop should be gone now. Let me know if it comes back.")])
    add("ordinary-chat", [("c", "Quick question, what time zone are you in? Trying to set up a weekly sync.")])

    # --- conversations
    add("conversation", [("c", "Can I pay you through Zelle for this one? It's just faster."),
                         ("f", "Sure, what's the daily limit on your side?")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Would you mind if we handled payment off the site this time?"),
                         ("f", "Why do you want to do that?"),
                         ("c", "Honestly, our accounting can't deal with the platform's fee line on every invoice."),
                         ("f", "ok, fine by me")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Any chance you'd take payment on Cash App instead of the milestone?"),
                         ("f", "Sorry, I only get paid through the platform. I'll let support know about this request.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Would you be OK paying me by bank transfer from now on?"),
                         ("c", "No, we keep everything on the platform. I'm reporting this message.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "I'd rather pay you outside the contract, works out cheaper for both of us."),
                         ("f", f"Alright. IBAN {grouped(iban('PL', 28))}, name Katarzyna Nowak.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Can I send it by Western Union?"),
                         ("f", "I'd prefer Payoneer instead, if that's ok.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "If it's easier, I can accept crypto for the remaining work."),
                         ("c", "ok deal, send me your address"),
                         ("f", f"Great, here it is: {btc()}")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "We usually pay freelancers in USDT, would that work?"),
                         ("f", "What's USDT exactly?"),
                         ("c", "It's a stablecoin pegged to the dollar, you'd get it in a wallet and can cash out on an exchange."),
                         ("f", "ok, that works for me")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Can we sort out payment somewhere other than here?"),
                         ("f", "Let me first finish the wireframes, I'll get back to you on the timeline."),
                         ("c", "To be clear, I mean I'd send it to you via Wise each Friday.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [("c", "Could we settle this outside the platform?"),
                         ("c", "It's only because the fees hit our tiny budget hard."),
                         ("f", "I understand, but I can only accept payment here. I've flagged this to the platform, no hard feelings.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Send me your bank details and I'll wire the balance directly."),
                         ("f", "I can't do that, payments have to go through the contract.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Would GCash be okay for you?"),
                         ("f", "How would that work with the contract?"),
                         ("c", "I'd send it on GCash every Monday and we just close the contract here."),
                         ("f", "okay sige")],
        client=[(0, "PAY001"), (2, "PAY001")], freelancer=[(3, "PAY003")])

    # --- conversations without violations
    add("conversation", [("c", "Can we add a bonus for the rush job?"),
                         ("f", "Of course, there's a bonus option on the contract page."),
                         ("c", "Done, just sent it. Thanks for pulling the late night!")])
    add("conversation", [("c", "Do you prefer fixed milestones or hourly for this?"),
                         ("f", "Milestones please, funded in escrow before each phase."),
                         ("c", "Works for me, I'll set up the first one now.")])
    add("conversation", [("f", "What's the payment schedule for the ongoing work?"),
                         ("c", "Weekly, through the platform's hourly billing. Your hours get invoiced every Monday.")])
    add("conversation", [("c", "Our customers pay us with Venmo and Zelle, and we need the app to reconcile both feeds."),
                         ("f", "Got it. Do you have API access for Zelle, or only CSV exports from the bank?")])
    add("conversation", [("f", "Another client last month kept pushing me to take PayPal outside the site, it was exhausting."),
                         ("c", "Ugh, sorry. We'll keep everything here, no worries.")])
    add("conversation", [("c", "Is it possible to pay you in euros through the platform?"),
                         ("f", "The platform bills in USD, but your card provider will convert it. I withdraw to my EUR account on my end.")])
    add("conversation", [("c", "The milestone payment failed, my card expired."),
                         ("f", "No rush, once you update the billing method it should go through."),
                         ("c", "Updated, it's funded now.")])
    add("conversation", [("c", "I will never ask you to pay or be paid outside of this site, just so we're clear from day one."),
                         ("f", "Appreciated, same here.")])
    add("conversation", [("c", "Could you request a refund for the duplicate milestone?"),
                         ("f", "Done, I issued the refund from the contract page, it should show in a few days.")])
    add("conversation", [("f", "I used to get paid by cheque back when I freelanced locally, it took weeks to clear."),
                         ("c", "Ha, glad those days are over. The milestone is released.")])

    # --- extra near-pair negatives and agreement cases
    add("hard-negative", [("c", "Build a Cash App Pay integration for our food truck's ordering site, including webhook handling for failed payments.")])
    add("hard-negative", [("c", "My sister pays her tutor on Venmo every week and asked if you could design a simple flyer for him.")])
    add("hard-negative", [("f", "Back in 2019 I got paid in bitcoin for a project and lost half of it in the crash, lesson learned.")])
    add("hard-negative", [("c", "FYI, a recruiter in the other job post asked applicants for their bank details. I've already reported that post.")])
    add("hard-negative", [("c", "I need a copywriter for our Revolut-style budgeting app: five onboarding screens explaining instant transfers.")])
    add("hard-negative", [("f", "Money is tight for everyone this quarter, so I've scoped it down to what really moves the needle.")])
    add("hard-negative", [("c", "Please explain the difference between a SWIFT and an IBAN in the FAQ section of our remittance app.")])
    add("identifier-job-context", [("c", "Sample record for the CSV parser: sort code 40-11-62, account 71234598, name Test User. It's fake data.")])
    add("ordinary-chat", [("f", "Thanks for releasing the milestone! Starting on the mobile layout tomorrow morning.")])
    add("conversation", [("f", "Honestly the fees here are steep. Want to pay me on Wise for the next milestones?"),
                         ("c", "Hmm, which currency would you want?"),
                         ("f", "GBP is best for me."),
                         ("c", "alright, let's do that")],
        freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("c", "I can pay you in cash when I'm in Manila next week, saves the fee."),
                         ("f", "Or GCash if that's easier for you, either is fine.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    return cases


def heldout44_cases() -> list[dict[str, Any]]:
    """Held-out batch 44: payment details and identifiers, regional wallets, cover letters, multilingual chats."""
    rng.seed(44)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout44-")
    digits = "0123456789"
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    b32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

    # ---------------- client-solicits ----------------
    add("client-solicits", [("c", "Hola! ¿Te puedo pagar por Bizum directamente? Así nos ahorramos la comisión de la plataforma.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Oi, tudo bem? Posso te pagar via Pix por fora da plataforma? Fica mais barato pra nós dois.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Bhai, next milestone ka payment main seedha UPI pe kar deta hoon, platform fee bach jayegi. Theek hai?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Since you're also in Lagos, let's meet at my office on Friday and I'll hand you the balance in cash.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would you accept Amazon gift cards for the remaining $300? Company card is blocked this month.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "For the rest of the project, would you take USDT on TRC20? We settle all contractors in crypto.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "We'd like to end the contract here and add you to our Deel payroll as a monthly contractor instead.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Our finance dept is old school. Okay if I post you a cheque for phase two rather than funding it here?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Quick one: can I send the bonus via P\u0430yP\u0430l friends & family instead of through this site?")],
        client=[(0, "PAY001")])
    # ---------------- freelancer-solicits ----------------
    add("freelancer-solicits", [("f", "For the next milestone could you send it via Wise instead? It saves both of us the fees.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Sir pwede po bang sa GCash na lang ninyo ipadala ang bayad? Mas mabilis po kasi kesa dito.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Kindly send the balance through M-Pesa, withdrawals from here take too long to reach Nairobi.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Можно оплату перевести на карту Тинькофф напрямую, минуя платформу? Так быстрее.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Sir agar aap JazzCash ya Easypaisa pe bhej dein to mujhe aaj hi mil jayega, platform se 5 din lagte hain.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Якщо можна, краще оплатіть на мою картку monobank, а не через сайт — так мені простіше.")],
        freelancer=[(0, "PAY001")])
    # ---------------- details-valid ----------------
    add("details-valid", [("f", f"Please transfer the 1,200 EUR directly to my account, IBAN: {grouped(iban('DE', 22))} (Sparkasse).")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Voici mon RIB pour le virement : IBAN {grouped(iban('FR', 27))}, BIC BNPAFRPP. Merci !")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Easiest for me is BTC, send it here: {btc()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"You can pay the invoice in USDT (ERC-20) to my wallet {eth()} and skip the platform fee.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"USDT TRC20 address for the payment: {tron()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My PayPal is dana.morales.design@gmail.com, please send it as friends & family so no fees get taken.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "If it's easier, Cash App me the $150 for the logo tweaks: $JordanBuildsWeb")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Here's my link, just pay the remaining amount there: paypal.me/ArtemKovalDev/450")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Wire details for the direct payment: Chase Bank, routing 021000021, account 483920175533, name Tyler Brooks.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Pay me by bank transfer if you like: sort code 20-45-77, account number 63849201, Hannah Price.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Minha chave Pix é o e-mail lucas.ferreira.dev@gmail.com, pode mandar o restante por lá.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Sir, aap mere UPI ID rahul.dev@okicici pe 15000 bhej dijiye, platform pe mat kijiye.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Ödemeyi doğrudan hesabıma yapabilirsiniz. IBAN: {grouped(iban('TR', 26))} - Garanti BBVA")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"I prefer native SegWit, here's my address for the deposit: {segwit()}")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", f"Let's sort the refund between us, no need for a dispute. Send the $200 back to my IBAN {grouped(iban('GB', 22))}.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", "Revolut is fastest for me: revolut.me/mkowalska, you can pay the milestone there and we close it here as $0.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "my payp4l is  nina dot volkova at outlook dot com, send there pls, it's quicker than the platform")],
        freelancer=[(0, "PAY002")])
    # ---------------- identifier-job-context (negatives) ----------------
    add("identifier-job-context", [("c", f"For the validator unit tests please use this sample IBAN as the happy path: {iban('NL', 18)}")])
    add("identifier-job-context", [("c", f"The dashboard should show the DAO treasury address {eth()} with a copy button and an Etherscan link.")])
    add("identifier-job-context", [("c", f"Bug: the block explorer page crashes when I search for {btc()}. Can you look into it today?")])
    add("identifier-job-context", [("c", f"For the Nile testnet demo of our shop's TRC20 checkout, the store's receiving wallet is {tron()}.")])
    add("identifier-job-context", [("c", "Routing number field spec: 021000021 must pass the ABA checksum, 021000022 must fail. Please add both as test cases.")])
    add("identifier-job-context", [("f", f"Added a parser test for bech32 addresses, e.g. {segwit()}, and one for P2SH, e.g. {p2sh()}. All green.")])
    add("identifier-job-context", [("c", f"In the article explaining Taproot, use {taproot()} as the example address in the screenshot caption.")])
    add("identifier-job-context", [("c", f"Data entry task: add supplier 'Van Dijk BV' to the ERP with IBAN {grouped(iban('NL', 18))} and BIC ABNANL2A.")])
    add("identifier-job-context", [("c", "Please translate the bank form labels: 'Código SWIFT/BIC' (e.g. BCEEESMM), 'Número de cuenta', 'Titular'.")])
    add("identifier-job-context", [("f", f"The payout CSV import now validates IBANs. Row 14 ({iban('IT', 27)}) passes; row 15 was rejected as expected.")])

    # ---------------- identifier-invalid ----------------
    add("identifier-invalid", [("c", f"This one must be rejected by the validator, checksum is wrong: {corrupt(iban('DE', 22), digits)}")])
    add("identifier-invalid", [("c", f"The supplier invoice shows IBAN {corrupt(iban('BE', 16), digits)} but the import fails. Can you flag such rows?")])
    add("identifier-invalid", [("f", f"A user pasted {corrupt(btc(), b58)} and the app accepted it. It has a bad checksum, so I'm fixing the check.")])
    add("identifier-invalid", [("c", f"QA found the withdraw form accepts {corrupt(tron(), b58)} even though it's invalid. Please patch before release.")])
    add("identifier-invalid", [("f", f"Test vector for the negative case: {corrupt(segwit(), b32)} should raise InvalidChecksum.")])
    add("identifier-invalid", [("f", f"Can you pay me by bank transfer outside the site? IBAN {corrupt(iban('ES', 24), digits)}")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("c", f"I'd rather send USDT directly than use escrow. Is this your wallet? {corrupt(tron(), b58)}")],
        client=[(0, "PAY001")])

    # ---------------- cover letters ----------------
    add("cover-letter", [("f", "Hi! I've built 20+ Shopify stores. To keep costs low, I'd prefer we handle payments via Payoneer "
                               "directly after the first milestone here.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Dear client, I can deliver the SEO audit in 3 days. Payment can be sent straight to "
                               "paypal.me/SeoByAmir so we avoid platform fees.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Hola, soy traductora nativa con 8 años de experiencia. Si prefieres, podemos acordar el pago "
                               "por Mercado Pago fuera de la plataforma.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", f"Experienced Laravel developer. I invoice from Germany; you may pay directly to IBAN "
                               f"{grouped(iban('DE', 22))} to save the service fee.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "We can sign the contract here for safety and then move payments to crypto (USDT or ETH), "
                               "which is how my agency bills all clients.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi, I've integrated Stripe, PayPal and Adyen checkouts for 30+ clients. I'll split the work into "
                               "three milestones so you only release funds after each part is tested.")],
        surface="proposal")
    add("cover-letter", [("f", "Bonjour, traductrice EN>FR depuis 10 ans. Je propose deux jalons : glossaire puis traduction "
                               "complète, le tout payé via la plateforme.")],
        surface="proposal")
    add("cover-letter", [("f", "Certified bookkeeper. I reconcile Wise, Payoneer and Stripe payouts in Xero every month "
                               "for e-commerce brands, so your setup is familiar to me.")],
        surface="proposal")
    add("cover-letter", [("f", "I'll do the whole job through the platform's escrow so both of us are protected. "
                               "Happy to start with a small paid test task.")],
        surface="proposal")
    add("cover-letter", [("f", "Experienced Flutter dev from Pune. I've shipped UPI intent flows with Razorpay and PhonePe "
                               "PG for three fintech apps.")],
        surface="proposal")
    add("cover-letter", [("f", "Halo! Saya developer Laravel, sudah sering integrasi Midtrans untuk GoPay, OVO dan DANA. "
                               "Bisa mulai besok.")],
        surface="proposal")

    # ---------------- conversations ----------------
    add("conversation", [("c", "Could I pay you via PayPal for this one? Our card keeps getting declined here."),
                         ("f", "Sure, PayPal works for me."),
                         ("c", "Great, I'll send it tonight.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Would you mind paying the last milestone by Zelle? The platform holds funds for 5 days."),
                         ("c", "ok deal, what's your number?")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can we do the next part through Wise instead?"),
                         ("f", "What do you mean exactly, close the contract here?"),
                         ("c", "Yes, end it here and I'd just transfer you directly each week, saves us the fee."),
                         ("f", "Ok, let's do that.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "I'll pay you by Venmo, that's simpler than funding milestones."),
                         ("f", "Sorry, I only accept payment through the platform. I've let support know about this.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Send the deposit here if you want to start today: cash.app/$MiaPaintsPets"),
                         ("c", "Done, sent $80 just now.")],
        freelancer=[(0, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Would PayPal be okay for the remaining hours?"),
                         ("f", "PayPal is expensive for me, but Wise works. Can you do Wise?")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Let's do payments by bank transfer from now on."),
                         ("c", "The reason is our accountant can't book the platform's invoices properly."),
                         ("f", "I understand, but I have to keep payments on the platform. I've reported this as required.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Can I send the money through Skrill instead?"),
                         ("f", "No, sorry, payments stay on the platform."),
                         ("c", "What about crypto then? I can send USDC today."),
                         ("f", "Still no. I'm reporting this conversation to support.")],
        client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])
    add("conversation", [("c", "Che, ¿te puedo pagar por Mercado Pago? Acá la plataforma me cobra mucho."),
                         ("f", "Dale, pasame tu mail y te mando el alias.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Se preferir, pode me pagar via Pix direto, sem a taxa do site."),
                         ("c", "Fechado, me manda a chave."),
                         ("f", "Chave Pix (celular): +55 11 98734-2210, em nome de Bruno Almeida.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Können wir die Zahlung per Überweisung außerhalb der Plattform machen?"),
                         ("f", f"Gerne, hier meine IBAN: {grouped(iban('DE', 22))}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "ممكن أحول لك المبلغ على فودافون كاش بدل المنصة؟"),
                         ("f", "آسف، الدفع لازم يكون عن طريق المنصة فقط. تم إبلاغ الدعم.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "My last contractor let me pay him by Skrill. Could you do the same for this job?"),
                         ("f", "I'd rather not, let's keep it on the platform.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Can I just Zelle you the $500?"),
                         ("f", "What's Zelle? Never heard of it."),
                         ("c", "It's a US bank transfer app, money lands in your account in minutes."),
                         ("f", "Thanks, but I'll stick to the platform for payments.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Would you prefer PayPal or Wise for the off-platform payment?"),
                         ("f", "Wise, please.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Could you pay me via Interac e-Transfer instead? Platform withdrawals to Canada are slow."),
                         ("c", "No, I'm keeping everything on the platform, sorry. I reported the request.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [("c", "Mình chuyển khoản qua MoMo cho bạn được không, khỏi qua nền tảng?"),
                         ("f", "Dạ được anh, số MoMo của em là 0903 218 457.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    # ---------------- hard negatives ----------------
    add("hard-negative", [("c", "The job: add Stripe and PayPal checkout buttons to our Shopify store and test refunds end to end.")])
    add("hard-negative", [("f", "Milestone 2 is submitted. Please release the escrow funds once you've reviewed the build.")])
    add("hard-negative", [("c", "Great work! I'll add a $50 bonus through the platform right after I close the contract.")])
    add("hard-negative", [("f", "No issue with weekly billing on my side, I withdraw my earnings from here to my Payoneer account.")])
    add("hard-negative", [("c", "Years ago a freelancer asked me to pay by wire outside a marketplace and then vanished. "
                                "That's why I only use escrow now.")])
    add("hard-negative", [("c", "Our customers pay us via Zelle and Venmo. We need a dashboard that reconciles those transactions daily.")])
    add("hard-negative", [("f", "Heads-up: a different client asked me to switch to PayPal today. I refused and reported it to support.")])
    add("hard-negative", [("c", "Could you download the invoice from the contract page? Our accounting needs the platform invoice PDF.")])
    add("hard-negative", [("c", "I'm banking on your experience here. A slow checkout page costs us dearly, so let's cash in on this sprint.")])
    add("hard-negative", [("f", "Quick question about the spec: what is Bizum? It's listed as a payment option for the checkout page.")])
    add("hard-negative", [("c", "Need a Django developer to integrate M-Pesa Daraja STK Push for our Nairobi delivery app.")])
    add("hard-negative", [("c", "Precisamos gerar QR Codes Pix dinâmicos no nosso e-commerce e conciliar os pagamentos no ERP.")])
    add("hard-negative", [("c", "Flutter app mein UPI intent flow chahiye, PhonePe aur GPay dono ke saath test karna hoga.")])
    add("hard-negative", [("c", "We're a Manila startup; integrate GCash and Maya via PayMongo in our Next.js checkout.")])
    add("hard-negative", [("c", "Te pagaré el hito en cuanto lo apruebe en la plataforma, mañana por la mañana como muy tarde.")])
    add("hard-negative", [("c", "J'ai financé le jalon n°3 sur la plateforme, vous pouvez commencer quand vous voulez.")])
    add("hard-negative", [("f", "Ich habe die Rückerstattung für die doppelte Stunde über die Plattform veranlasst.")])
    add("hard-negative", [("f", "The milestone funding failed, you may need to update your billing method in the platform settings.")])
    add("hard-negative", [("c", "Оплата только через платформу, этап уже зарезервирован. Жду первый макет к пятнице.")])
    add("hard-negative", [("c", "مطلوب ترجمة دليل المستخدم لتطبيق STC Pay من العربية إلى الإنجليزية.")])
    add("hard-negative", [("f", "Just so you know, I accept payment only through this site. Looking forward to working together!")])
    add("hard-negative", [("c", "Ödeme platform üzerinden olacak, kilometre taşını onayladım. Papara entegrasyonunu bu hafta bitirebilir misin?")])
    # ---------------- ordinary chat ----------------
    add("ordinary-chat", [("c", "Can we jump on a call at 3pm CET to go over the wireframes?"),
                          ("f", "Works for me, I'll send a meeting link here.")])
    add("ordinary-chat", [("f", "Oi! Terminei a primeira versão do roteiro, consegue revisar até quinta?"),
                          ("c", "Consigo sim, obrigado pela rapidez.")])
    add("ordinary-chat", [("f", "Good morning po! Na-upload ko na yung revised files, pa-check na lang po kung okay na.")])
    add("ordinary-chat", [("c", "Dzięki za poprawki, teraz wszystko wygląda dobrze. Możemy przejść do kolejnego etapu.")])
    add("ordinary-chat", [("c", "Did the API keys I shared in the repo secrets work?"),
                          ("f", "Yes, staging is connected. Production deploy after your sign-off."),
                          ("c", "Signing off now, go ahead.")])
    add("ordinary-chat", [("f", "Chào anh, em đã gửi bản thiết kế logo mới, anh xem giúp em nhé.")])
    add("ordinary-chat", [("c", "How does payment work for hourly contracts here?"),
                          ("f", "The platform bills you weekly for the hours logged, and I get paid after the review period.")])
    return cases


def heldout45_cases() -> list[dict[str, Any]]:
    """Held-out batch 45: multilingual and non-native-English messages (es, pt, hi/ur, id, ru, uk, ar, vi, tl, fr, de, tr, pl, en)."""
    rng.seed(45)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout45-")

    # --- Spanish ---
    add("client-solicits", [("c", "Hola, me gusta mucho tu portafolio. ¿Podemos hacer el pago por transferencia bancaria directa? Así nos ahorramos la comisión.")],
        client=[(0, "PAY001")])
    add("details-valid", [("f", f"Para el anticipo del 50% te paso mi cuenta, IBAN {grouped(iban('ES', 24))}, titular Marcos Ruiz. Sin comisiones de la web.")],
        freelancer=[(0, "PAY002")])
    add("conversation", [("c", "¿Tienes Mercado Pago? Te pago por ahí y te doy un extra por la rapidez."),
                         ("f", "Dale, sí tengo. Te mando mi alias en un rato."),
                         ("c", "Perfecto, quedo atento.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Cuando vengas a Bogotá te pago en efectivo, fuera de la app, ¿vale?"),
                         ("f", "Gracias, pero solo cobro a través de la plataforma. Voy a reportar esta propuesta como pide la política.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "¿Te puedo pagar por PayPal fuera del sitio?"),
                         ("f", "No, gracias, prefiero que todo quede dentro de la plataforma."),
                         ("c", "¿Y por Zelle? Es instantáneo.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("cover-letter", [("f", "Hola, soy desarrollador Flutter con 5 años de experiencia. Para evitar comisiones trabajo con Binance Pay o transferencia directa, "
                               "y te entrego la primera versión en una semana.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("hard-negative", [("c", "Necesito integrar la API de Mercado Pago en mi tienda Shopify, con webhooks para pagos aprobados y rechazados.")])
    add("hard-negative", [("f", "Ya liberaste el hito 2, ¡muchas gracias! Cuando puedas revisa el entregable del hito 3 en el contrato.")])
    add("hard-negative", [("f", "Otro cliente me pidió que le cobrara por Western Union; le dije que no y lo reporté. Bueno, vamos con tu logo.")])
    add("ordinary-chat", [("c", "Buenos días, ¿cómo vas con las traducciones? Las necesito para el viernes."),
                          ("f", "Voy bien, ya tengo 40 de las 60 páginas. El jueves te mando todo.")])

    # --- Portuguese ---
    add("freelancer-solicits", [("f", "Oi! Se preferir pode me pagar via Pix direto, fica mais barato pra nós dois do que pela plataforma.")],
        freelancer=[(0, "PAY001")])
    add("details-valid", [("f", "Minha chave Pix é ana.designs@gmail.com, manda o valor do logo por lá que eu já começo hoje.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Segue minha conta pra transferência fora do site: IBAN {iban('PT', 25)}, titular Ana Souza.")],
        freelancer=[(0, "PAY002")])
    add("conversation", [("c", "Posso te pagar por boleto, fora da plataforma?"),
                         ("f", "Posso perguntar por quê? Aqui já aceita cartão."),
                         ("c", "É que o financeiro da minha empresa só trabalha com boleto, fica mais fácil."),
                         ("f", "Ok, entendi, pode ser então.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Consegue receber por fora? Pago na hora."),
                         ("c", "É que meu cartão foi recusado aqui de novo, por isso pergunto.")],
        client=[(0, "PAY001")])
    add("identifier-invalid", [("f", f"Pode transferir direto pra mim, sem passar pelo site: IBAN {corrupt(iban('PT', 25), '0123456789')}")],
        freelancer=[(0, "PAY001")])
    add("hard-negative", [("f", "Consegui sacar meus ganhos da plataforma pra minha conta do Itaú, caiu em dois dias. Obrigado pelo bônus!")])
    add("hard-negative", [("c", "Antes de te contratar, a gente pagava o antigo fornecedor por Pix. Mas isso já passou; agora vamos focar no app.")])
    add("cover-letter", [("f", "Olá! Sou desenvolvedor React Native há 6 anos e já integrei Pix e PagSeguro em três apps de delivery. Posso começar amanhã.")],
        surface="proposal")

    # --- Romanised Hindi / Urdu ---
    add("client-solicits", [("c", "Bhai, platform ka fee bahut zyada hai. Paytm pe direct bhej deta hoon, theek hai?")],
        client=[(0, "PAY001")])
    add("details-valid", [("f", "Sir aap mere UPI pe bhej do: rahul.dev@okicici. Platform ka 10% bach jayega dono ka.")],
        freelancer=[(0, "PAY002")])
    add("conversation", [("c", "Aap GPay use karte ho? Payment bahar se kar dete hain, jaldi ho jayega."),
                         ("f", "Ji sir, GPay hai, wahi number jo WhatsApp pe hai.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Bhai JazzCash pe payment kar doon? Bahar se asaan rahega."),
                         ("f", "Maazrat bhai, main sirf platform ke through payment leta hoon. Aap milestone fund kar dein please.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Humein ek app chahiye jisme UPI aur Paytm dono se payment accept ho, Razorpay gateway ke saath.")])
    add("hard-negative", [("f", "Sir deadline ka tension mat lo, paisa vasool kaam milega. Kal tak pehla draft bhej dunga.")])
    add("identifier-job-context", [("c", f"Form validation test karne ke liye yeh sample IBAN use karo: {iban('GB', 22)}. Isko accept hona chahiye.")])
    add("ordinary-chat", [("c", "Assalam o alaikum, logo ke teen concepts kab tak mil jayenge?"),
                          ("f", "Walaikum assalam, kal shaam tak InshaAllah. Colors aap ne jo bheje wahi use kar raha hoon.")])

    # --- Indonesian ---
    add("client-solicits", [("c", "Mas, bayarnya transfer BCA aja ya, di luar platform, biar nggak kena potongan.")],
        client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Kak, kalau boleh pembayaran berikutnya via GoPay atau OVO langsung ke saya saja, cairnya lebih cepat.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "Bisa bayar pakai DANA di luar sini?"),
                         ("f", "Bisa kak, nomor DANA saya 0812-3456-7890 a.n. Rizky.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Saya kirim lewat Western Union saja ya, lebih gampang buat saya."),
                         ("f", "Maaf Pak, saya hanya menerima pembayaran lewat platform. Tawaran ini sudah saya laporkan ke tim support.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("hard-negative", [("c", "Tolong buatkan landing page untuk aplikasi dompet digital kami, fitur utamanya top-up OVO dan GoPay.")])
    add("hard-negative", [("f", "Terima kasih bonusnya, Pak! Sudah masuk lewat platform. Revisi kedua saya kirim besok pagi.")])
    add("ordinary-chat", [("f", "Halo Bu, desain banner sudah saya upload. Mohon dicek ukurannya sudah sesuai atau belum."),
                          ("c", "Sudah pas, Mas. Tolong warna tombolnya dibuat lebih terang sedikit.")])

    # --- Russian ---
    add("client-solicits", [("c", "Здравствуйте! Давайте оплату проведём напрямую на карту, без комиссии биржи. Вам так тоже выгоднее.")],
        client=[(0, "PAY001")])
    add("details-valid", [("f", f"Оплату можно в USDT (TRC20), мой кошелёк: {tron()}. Так быстрее, чем через площадку.")],
        freelancer=[(0, "PAY002")])
    add("conversation", [("c", "Можете принять оплату в крипте?"),
                         ("f", "Вы имеете в виду вне платформы?"),
                         ("c", "Да, мне так удобнее для бухгалтерии."),
                         ("f", "Ну ок, давайте так.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Могу перевести вам на Сбер напрямую, если удобно."),
                         ("f", "Спасибо, но я работаю только через платформу. Создайте, пожалуйста, этап в контракте.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Нужно написать Telegram-бота, который принимает оплату через ЮKassa и отправляет чек покупателю.")])
    add("hard-negative", [("f", "Раньше один заказчик платил мне через Payoneer, но с тех пор я работаю только через платформу.")])
    add("ordinary-chat", [("c", "Добрый вечер! Как продвигается вёрстка?"), ("f", "Главная готова, сейчас делаю мобильную версию.")])

    # --- Ukrainian ---
    add("client-solicits", [("c", "Добрий день! Можу оплатити вам на картку Монобанку напряму, поза платформою, так швидше.")],
        client=[(0, "PAY001")])
    add("details-valid", [("f", f"Реквізити для оплати напряму: IBAN {iban('UA', 29)}, отримувач ФОП Коваленко О. Комісії не буде.")],
        freelancer=[(0, "PAY002")])
    add("conversation", [("c", "Може розрахуємося через Revolut, без сайту?"),
                         ("f", "Ні, дякую. Оплата лише через платформу, я повідомив про цю пропозицію підтримку.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("identifier-invalid", [("c", f"Валідатор пропускає некоректний IBAN {corrupt(iban('UA', 29), '0123456789')}, виправте перевірку контрольної суми, будь ласка.")])
    add("hard-negative", [("c", "Потрібно перекласти українською інструкцію до платіжного терміналу ПриватБанку, 12 сторінок.")])
    add("hard-negative", [("f", "Інший замовник пропонував мені оплату на картку, я відмовився і повідомив підтримку. Тепер до вашого завдання.")])

    # --- Arabic ---
    add("client-solicits", [("c", "مرحبا، ممكن أدفع لك عن طريق ويسترن يونيون خارج المنصة؟ أسهل لي بكثير.")],
        client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "أخي، إذا تحب نكمل الدفع عبر STC Pay مباشرة بدون عمولة الموقع.")],
        freelancer=[(0, "PAY001")])
    add("details-valid", [("f", f"هذا رقم الآيبان الخاص بي للتحويل المباشر خارج الموقع: {iban('SA', 24)}")],
        freelancer=[(0, "PAY002")])
    add("conversation", [("c", "أقدر أحول لك المبلغ على حسابك البنكي مباشرة؟"), ("f", "تمام، موافق.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "ممكن نتعامل بالكاش لما نتقابل في دبي؟"),
                         ("f", "شكرًا لك، لكن أستقبل الدفع عبر المنصة فقط حسب الشروط.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "أحتاج تصميم واجهة لتطبيق محفظة إلكترونية يدعم فودافون كاش وإنستاباي.")])
    add("hard-negative", [("f", "تم استلام دفعة المرحلة الأولى عبر المنصة، شكرًا. سأرسل التعديلات اليوم.")])

    # --- Vietnamese ---
    add("client-solicits", [("c", "Chào bạn, mình chuyển khoản qua Momo cho bạn luôn nhé, khỏi qua nền tảng cho đỡ phí.")],
        client=[(0, "PAY001")])
    add("details-valid", [("f", "Bạn chuyển khoản trực tiếp giúp mình nhé: Vietcombank, số tài khoản 0071000123456, chủ TK Nguyen Van Minh.")],
        freelancer=[(0, "PAY002")])
    add("conversation", [("c", "Mình trả bằng USDT được không bạn?"), ("f", f"Ok bạn, gửi vào ví này nha: {eth()}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Mình thanh toán ngoài nền tảng được không?"), ("c", "Chuyển khoản ngân hàng hoặc ZaloPay đều được nhé.")],
        client=[(0, "PAY001"), (1, "PAY001")])
    add("hard-negative", [("c", "Mình cần viết bài SEO về cách liên kết ví Momo với tài khoản ngân hàng, khoảng 1500 từ.")])
    add("ordinary-chat", [("c", "Bạn ơi, video intro xong chưa?"), ("f", "Xong rồi bạn, mình vừa gửi bản nháp trong phần file của hợp đồng.")])

    # --- Tagalog ---
    add("client-solicits", [("c", "Pwede ba kitang bayaran sa GCash na lang? Para wala nang fee sa platform.")],
        client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Sir, sa susunod na buwan pwede po bang sa Maya o bank transfer na lang tayo, direct na po?")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "Padala ko na lang sa Palawan Express yung bayad, ok lang?"),
                         ("f", "Pasensya na po, sa platform lang po ako tumatanggap ng bayad. Ni-report ko na rin po ito ayon sa patakaran.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("hard-negative", [("f", "Salamat po sa bonus! Na-withdraw ko na yung earnings ko mula sa platform papunta sa bank account ko.")])
    add("hard-negative", [("c", "Need ko ng VA na marunong mag-reconcile ng GCash at Maya transactions ng online store namin.")])
    add("ordinary-chat", [("f", "Good morning po! Tapos na po yung 20 product descriptions, paki-check na lang po."),
                          ("c", "Salamat! Ang ganda ng pagkakasulat.")])

    # --- French ---
    add("client-solicits", [("c", "Bonjour, je préfère vous régler par virement bancaire directement, en dehors de la plateforme. Ça vous va ?")],
        client=[(0, "PAY001")])
    add("details-valid", [("f", f"Voici mon RIB pour le virement direct : IBAN {grouped(iban('FR', 27))}, BIC BNPAFRPPXXX.")],
        freelancer=[(0, "PAY002")])
    add("conversation", [("c", "On peut passer par Lydia pour la suite du projet ?"),
                         ("f", "Je préfère PayPal plutôt que Lydia, si ça vous convient.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("cover-letter", [("f", "Bonjour, traductrice FR-EN depuis 8 ans. Pour éviter les frais, je propose un paiement par virement SEPA directement après chaque livraison.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("hard-negative", [("c", "Le site ne paie pas de mine, mais il charge vite. Pouvez-vous juste moderniser la typographie ?")])
    add("hard-negative", [("c", "La facture du contrat est disponible dans l'onglet Rapports, je la télécharge pour notre comptable.")])
    add("ordinary-chat", [("c", "Merci pour la maquette, c'est top."), ("f", "Avec plaisir ! Je m'attaque à la page contact demain.")])

    # --- German ---
    add("client-solicits", [("c", "Hallo, können wir die Bezahlung per Überweisung direkt machen? Die Gebühren hier sind mir zu hoch.")],
        client=[(0, "PAY001")])
    add("details-valid", [("f", f"Gerne direkt überweisen an {iban('DE', 22)}, Kontoinhaber J. Weber. Dann sparen wir uns die Plattformgebühr.")],
        freelancer=[(0, "PAY002")])
    add("conversation", [("c", "Ich könnte Ihnen den Betrag auch bar geben, wir wohnen ja beide in Köln."),
                         ("f", "Danke, aber ich rechne nur über die Plattform ab. Ich habe das Angebot gemeldet, wie es die Regeln verlangen.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("hard-negative", [("c", "Wir brauchen ein WooCommerce-Plugin, das Zahlungen per Klarna und SEPA-Lastschrift abwickelt.")])
    add("identifier-job-context", [("c", f"Für die Testdaten unserer Buchhaltungssoftware bitte diese Beispiel-IBAN verwenden: {grouped(iban('DE', 22))}.")])
    add("ordinary-chat", [("f", "Guten Tag, die Übersetzung ist fertig, ich lade sie gleich hoch."), ("c", "Super, vielen Dank für die schnelle Arbeit.")])

    # --- Turkish ---
    add("client-solicits", [("c", "Merhaba, ödemeyi Papara ile dışarıdan yapsak olur mu? Komisyon ödemeyelim.")],
        client=[(0, "PAY001")])
    add("details-valid", [("f", f"Havale için IBAN: {grouped(iban('TR', 26))}, Alıcı: Emre Yılmaz. Platform dışı öderseniz %10 indirim yaparım.")],
        freelancer=[(0, "PAY002")])
    add("conversation", [("c", "Nakit ödeme yapabilirim, İstanbul'da buluşalım mı?"), ("f", "Olur, Kadıköy'de buluşalım o zaman.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("hard-negative", [("f", "Kilometre taşını onayladığınız için teşekkürler, ödeme platformdan hesabıma geçti.")])
    add("hard-negative", [("c", "iyzico ödeme altyapısını Laravel projemize entegre edecek birini arıyoruz.")])

    # --- Polish ---
    add("client-solicits", [("c", "Dzień dobry, czy mogę zapłacić BLIKiem poza platformą? Będzie szybciej.")],
        client=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Jeśli Pan woli, może Pan przelać kwotę bezpośrednio na moje konto, bez prowizji serwisu.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("c", "Mogę przelać resztę na Pana konto w PKO, poza stroną?"),
                         ("f", "Dziękuję, ale przyjmuję płatności tylko przez platformę. Proszę dodać kolejny kamień milowy.")],
        client=[(0, "PAY001")])
    add("hard-negative", [("c", "Szukamy testera do aplikacji bankowej: przelewy, BLIK, płatności kartą.")])
    add("hard-negative", [("f", "Płatność za kamień milowy dotarła, dziękuję. Przesyłam poprawione pliki.")])

    # --- English ---
    add("client-solicits", [("c", "Can we settle the rest via Zelle? I'll add $50 for your trouble.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Let's move payment to P\u0430yP\u0430l friends and family so neither of us pays fees.")], client=[(0, "PAY001")])
    add("details-valid", [("f", "My Cash App is $lenadesigns, send the deposit there and I'll start today.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Send the 0.01 BTC to {btc()} and I'll deliver the source files.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Send it to my ve\u200bnmo @kev-builds instead of through here, quicker for me.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Send me a PayPal invoice at finance@bluekite-studio.com and I'll pay it outside the contract.")], client=[(0, "PAY002")])
    add("identifier-invalid", [("f", f"Pay me in bitcoin off the site please: {corrupt(segwit(), 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}")],
        freelancer=[(0, "PAY001")])
    add("conversation", [("f", "Would you be open to paying the next phase through Payoneer directly?"),
                         ("c", "Sure, send me your Payoneer email."),
                         ("f", "It's j.okafor.design@gmail.com, thanks!")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Can I pay you via Wise instead?"), ("f", "ok deal"), ("c", "Great, I'll send it on Friday.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("hard-negative", [("c", "What is Wise exactly? A friend mentioned it, but I've only ever used the billing here.")])
    add("hard-negative", [("f", "Quick note: please add a billing method in your settings so the milestone can be funded.")])
    add("hard-negative", [("c", "Thanks for the extra round of edits, I owe you one. I'll leave a glowing review.")])
    add("hard-negative", [("c", "Our app lets tenants pay landlords by bank transfer; we need the reminder emails rewritten in plain English.")])
    add("identifier-job-context", [("c", f"Our block explorer shows the wrong balance for {btc()}, can you debug the indexer?")])
    add("ordinary-chat", [("c", "hello sir, the app crash when i open camera, please check"), ("f", "Hi, thanks for report. I will fix today and send new build.")])
    # --- extra negatives ---
    add("hard-negative", [("f", "Не переживайте, сделаю всё по-честному, на платформе оплату получу после вашей приёмки этапа.")])
    add("ordinary-chat", [("c", "Merhaba, menü çevirisi ne durumda?"), ("f", "Yarın sabah teslim ederim, sadece tatlılar kısmı kaldı.")])
    add("ordinary-chat", [("c", "Czy mógłby Pan poprawić kolory w logo?"), ("f", "Oczywiście, jutro wyślę dwie wersje do wyboru.")])
    add("ordinary-chat", [("c", "صباح الخير، متى تجهز الترجمة؟"), ("f", "صباح النور، خلال يومين إن شاء الله.")])
    add("cover-letter", [("f", "Hola, soy contadora y llevo la conciliación de pagos de Stripe y PayPal para tres tiendas online. Puedo ayudarte desde mañana.")],
        surface="proposal")
    add("identifier-job-context", [("c", f"Tolong cek kenapa parser kami gagal membaca IBAN contoh ini di file CSV: {iban('NL', 18)}")])
    add("hard-negative", [("c", "Ano po ba yung Payoneer? Nakita ko lang sa withdrawal options ng platform.")])
    return cases


def heldout46_cases() -> list[dict[str, Any]]:
    """Held-out batch 46: long messages and cover letters with payment asks, details or harmless mentions buried in project talk."""
    rng.seed(46)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout46-")

    # ---------------------------------------------------------------- client-solicits
    add("client-solicits", [("c", "Thanks for the first round of mockups, the team loved the colour palette and the new product cards. "
        "For phase two we need the checkout page, the account area and a simple blog template, ideally by the 14th. "
        "One more thing: for the remaining phases I'd rather send the money to you via Wise directly so neither of us loses the fees. "
        "Also, can you export the Figma file with the components detached? Our dev team struggles with nested variants.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Hello Mariana, we have 38 pages of a German commercial lease that need a certified-quality English translation. "
        "The glossary from our previous vendor is attached, please keep terms like Nebenkosten consistent with it. "
        "Our accounting department in Munich prefers to settle by ordinary bank transfer rather than through this site, "
        "so could we do the payment that way once you deliver? Deadline is flexible, end of next week would be ideal.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Hey! So the channel uploads twice a week, Tuesdays and Saturdays, each video around 12-15 minutes. "
        "I need cuts, captions, a couple of zoom punch-ins and the usual sound cleanup. I'll share the Drive folder tonight. "
        "If this goes well I'd just Zelle you every Friday for the week's edits instead of running it through here, way simpler for me. "
        "Let me know what time zone you're in so we can plan the review calls.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "We're a small architecture practice in Leeds and need someone to handle monthly bookkeeping in Xero: bank reconciliations, "
        "supplier bills and the VAT return every quarter. About 120 transactions a month. After the first month, assuming we're "
        "happy, we'd add you to our Gusto payroll as a contractor and close the contract here. Can you start on the 3rd?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Good day po! The task is encoding around 2,000 product rows from scanned supplier catalogues into our Google Sheet template. "
        "Columns are SKU, description, unit, price in PHP and supplier code. Accuracy matters more than speed. "
        "I can send your pay straight to your GCash every weekend if that's easier for you than waiting on the platform. "
        "Please do a sample of 20 rows first so I can check the format.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Hi Arjun, we reviewed your Flutter portfolio and want you for our clinic booking app. Scope: patient login with OTP, "
        "slot booking, reminders via FCM and an admin panel. Rough budget is 1.8 lakh INR. Since we are both in India, "
        "we can pay you in rupees over UPI directly and skip the platform's cut entirely. "
        "Please share a rough timeline for the first milestone and which state management you prefer.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Dear Mr. Okafor, the script for our museum audio guide is final: 14 stops, roughly 22 minutes of narration in total. "
        "We'd like a warm, unhurried delivery, and pickups for any mispronounced names are included in the fee. "
        "Our foundation still works the old-fashioned way, so I'll mail you a cheque for the full amount once the files are approved. "
        "Could you send a 30-second test read of stop 3 before we commit?")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Looking for a Solidity dev to review our staking contract before the audit firm sees it. About 600 lines, Hardhat tests included. "
        "Timeline is tight: we want written findings within 5 days. Happy to pay you in USDT on Tron, it lands in minutes instead of "
        "waiting for funds to clear here. Reply with any similar reviews you've done and your hourly rate.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Hi there, I need 30 short product descriptions for a candle shop, 80-100 words each, playful but not cheesy. "
        "The scent notes and burn times are in the attached sheet. Honestly the budget is small, "
        "would you accept Amazon gift cards as payment instead of going through the contract? I can send them by email. "
        "I'd want the first ten by Thursday so I can check the tone.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Quick update on the WordPress migration: the staging site is up at the new host and DNS will move on Sunday night. "
        "Please don't touch the WooCommerce settings until then. For the ongoing maintenance retainer after launch "
        "let's just do it between us, I'll transfer 250 GBP to your bank on the first of every month. "
        "Also the contact form is still sending to the old inbox, can you fix that first?")],
        client=[(0, "PAY001")])

    # ---------------------------------------------------------------- freelancer-solicits
    add("freelancer-solicits", [("f", "Milestone 2 is done: the REST endpoints for orders and invoices are live on staging and the Postman collection is updated. "
        "I also fixed the timezone bug you mentioned in the cron job. Next up is the reporting module, which I estimate at 30 hours. "
        "For that phase, could you pay me directly through Payoneer? The fees here take a big chunk. "
        "Let me know if the report filters in the spec are still current.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Hi Mrs. Tremblay, Lucas did really well in today's session, we finished the quadratic equations unit and he "
        "aced the practice quiz. Next week I'd like to start on functions. If you want to keep the weekly sessions going through "
        "the summer, we could arrange them directly and you can just send me an Interac e-Transfer after each lesson. "
        "Would Tuesdays at 5 still work?")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Habari! The survey data cleaning is almost finished, I removed 412 duplicate responses and standardised the county names. "
        "The final file will be ready tomorrow morning. For the next survey round, it would be easier for me if you sent the money "
        "by M-Pesa instead of through the site, since withdrawals here take days. I can also add the summary charts if you like.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Oi Rafael, the landing page is responsive now and I fixed the broken form on Safari. "
        "I still need the final photos from the shoot to replace the placeholders. About the next project you mentioned, "
        "the e-commerce one: if we do it outside the platform you could pay me via Pix and I can lower my rate by 10%. "
        "Send the photos when you can.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Hello Sandra, I'm glad the wedding date is confirmed. I'll arrive at the venue at 1pm to capture getting-ready shots, "
        "then the ceremony at 3 and reception until 10. Gallery delivery takes about three weeks. Since we'll meet in person anyway, "
        "you can simply pay me cash on the day rather than through the contract, that's how most of my local couples do it. "
        "Please send me the shot list by the end of the month.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Assalam o Alaikum, the Urdu subtitles for episodes 1-4 are uploaded, I double-checked the timings against the final cut. "
        "Episodes 5-8 will be ready by Monday. For the rest of the season could you send payment through JazzCash or Easypaisa? "
        "Either is fine with me and it avoids the conversion loss. Also please confirm the spelling of the host's name.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "The 3D model of the espresso machine is done, I've rendered four angles plus a turntable animation at 1080p. "
        "Textures are 4K PBR so they'll work in Blender and Unreal. For future models, "
        "P\u0430yP\u0430l friends-and-family directly would be ideal for me, it saves us both the platform fee. "
        "Tell me if the chrome looks too reflective.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "The SEO audit is attached: 47 issues, sorted by impact, with the crawl errors and missing canonical tags at the top. "
        "I'd suggest we start with the product-category pages. If you'd like me to keep doing the monthly reports, "
        "we could move it to a simple arrangement where you pay my invoice by wire to my company account instead of here. "
        "Happy to jump on a call Thursday to go through the findings.")],
        freelancer=[(0, "PAY001")])

    # ---------------------------------------------------------------- details-valid
    add("details-valid", [("f", "All 12 illustrations are delivered in the shared folder, in both PNG and layered PSD. "
        "I made the small change to the fox's scarf colour you asked for. To save us both the platform fee, "
        f"please transfer the remaining balance straight to my account, IBAN {grouped(iban('DE', 22))}, account holder Lena Vogt. "
        "Thanks again, it was a lovely project.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Hi Tom, the spreadsheet model is finished: three scenarios, a sensitivity table and a dashboard tab. "
        "I left comments on the assumptions I wasn't sure about. For the next piece of work, just send the money to "
        f"my UK account instead of through here: {grouped(iban('GB', 22))}. That way it arrives the same day.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "The Python scraper now handles pagination and retries, and I added a CSV export with UTF-8 BOM so Excel opens it cleanly. "
        "Runtime for the full catalogue is about 40 minutes. If you want the scheduled version too, you can pay me in bitcoin, "
        f"my wallet is {btc()}. Let me know what frequency you need.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Deployment finished, the dApp frontend is live on Vercel and connected to mainnet. "
        "I've documented the env variables in the README. For the follow-up features, you can send USDC on Ethereum directly to "
        f"{eth()} rather than funding a new contract here. I'll start on the staking page once it lands.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Hi Greg, the logo set is final: primary, stacked, icon-only and a monochrome version, all in SVG, PNG and EPS. "
        "The brand sheet has the hex and CMYK values. If you need the business cards and letterhead as well, "
        "we can skip the platform for that, my PayPal is elif.ozturk.design@gmail.com, just send it there and I'll get started.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Your resume and cover letter are ready, I tailored them to the product manager role at the fintech company you mentioned. "
        "I also rewrote your LinkedIn headline. For the LinkedIn summary add-on, just Cash App me at $JordanWritesCV "
        "and I'll send it over tonight. Good luck with the interview!")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "The podcast intro jingle is mixed and mastered at -14 LUFS, stems are included in case you want to remix it. "
        "I also made a 5-second sting for ad breaks. For any future tracks, you can pay me through "
        "paypal.me/NoahBeatsAudio directly, it's quicker than setting up a new offer here.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("c", "Great work on the cold-email sequence, reply rates went from 2% to 6% in the first week. "
        "We want you to write three more sequences for the other verticals. For the remaining hours you logged outside the tracker, "
        "just send a request to my Venmo, it's @Kyle-Brenner-22, and I'll approve it tonight. No need to add it to the contract.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", "I've finished the tax-season data entry for all 64 client files, and flagged the ones missing W-2s in red. "
        "For the overflow work next month, we can do it directly: Bank: Chase, account number 483920175516, "
        "routing number 021000021, name Maria Delgado. Just let me know the file count.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Afternoon! The kitchen renovation floor plans are attached in DWG and PDF, with the island moved 30cm as discussed. "
        "I've also added the electrical layout. For the extension drawings, pop the payment straight to my bank: "
        "sort code 20-32-06, account number 53417829, Hughes Drafting Ltd. Saves faffing with the site.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Bonjour, la traduction des fiches produits est terminee, 85 fiches au total, relues deux fois. "
        "Pour la suite, vous pouvez me payer directement par virement hors plateforme, "
        f"IBAN {iban('FR', 27)}. Merci et bonne journee !")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Research summary is attached: 18 competitors profiled with pricing, positioning and funding. "
        "Let me know if you want the deeper dive on the top five. If so, the easiest for me is USDT TRC20, "
        f"address {tron()}, and we don't need to open another contract for it.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Het dashboard in Power BI is klaar, met de filters per regio en de maandvergelijking. "
        "Kleine dingen kan ik buiten het platform doen; maak het bedrag gewoon over naar "
        f"{grouped(iban('NL', 18))} t.n.v. J. de Vries. Laat weten of de kleuren goed zijn.")],
        freelancer=[(0, "PAY002")])

    # ---------------------------------------------------------------- identifier-invalid
    add("identifier-invalid", [("f", "The product photos are retouched and exported at 2000px for Shopify, with white backgrounds. "
        "For the next batch, please pay me directly by bank transfer, not through here, IBAN "
        f"{corrupt(iban('ES', 24), '0123456789')}. I can turn around 50 images in two days.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", "Your trading bot backtest is done, the results are in the notebook with the equity curve and drawdown. "
        "If you want the live version, send the BTC to this wallet instead of using a milestone: "
        f"{corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}. I'll deploy it after.")],
        freelancer=[(0, "PAY001")])
    add("identifier-invalid", [("f", "We're building an IBAN validator for our onboarding form. It should reject values with a bad checksum, for instance "
        f"{corrupt(iban('IT', 27), '0123456789')}, and show an inline error instead of a toast. "
        "Please write unit tests for at least ten countries and handle spaces in the input.")])
    add("identifier-invalid", [("c", "Our wallet app has a bug: pasting a TRON address with one wrong character, e.g. "
        f"{corrupt(tron(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')}, doesn't trigger the checksum warning. "
        "We need you to fix the validation in the React Native code and add a regression test. Budget is fixed, 400 USD via milestone.")])

    # ---------------------------------------------------------------- identifier-job-context
    add("identifier-job-context", [("c", "We need a reconciliation script for our SEPA payouts. Input is the bank's camt.053 XML, output a CSV matched against our "
        f"Postgres invoices table. Test account for the sandbox is {grouped(iban('DE', 22))}. "
        "Please handle partial payments and write the matching rules in a config file.")])
    add("identifier-job-context", [("c", "For the block-explorer demo, show the transaction history of this public address: "
        f"{btc()}. The page should list inputs, outputs and confirmations, paginated by 25. "
        "We'll pay the fixed price through the milestone once the demo runs on our staging server.")])
    add("identifier-job-context", [("f", "I've reviewed the token contract at "
        f"{eth()} on Etherscan. The approve function is vulnerable to the known race condition, and the owner can mint without a cap. "
        "Full report attached with severity ratings. I'll submit the milestone once you confirm the findings.")])
    add("identifier-job-context", [("c", "Our payments page needs a 'copy address' button for donations to the charity's published taproot address "
        f"{taproot()}, plus a QR code. It's a small React job, maybe 4 hours. "
        "Please also make sure the button works on iOS Safari.")])

    # ---------------------------------------------------------------- cover-letter (positive)
    add("cover-letter", [("f", "Hello, I've been building Shopify themes for six years and I've migrated over 40 stores from WooCommerce, "
        "including two with more than 10,000 SKUs. For your project I'd start with a product-data audit, then the theme, then redirects. "
        "A note on payment: once we start, I usually prefer to be paid directly through PayPal rather than through the platform, "
        "as it's faster for me. I'm available to start Monday and can share references.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Dear hiring manager, I'm a native Spanish speaker with a degree in translation and ten years of experience with "
        "medical device manuals. I work in Trados and will build a termbase for your project. Turnaround for 20,000 words: 8 working days. "
        f"To keep costs down, I accept payment directly to my account, IBAN {grouped(iban('ES', 24))}, and can offer a lower rate that way.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Hi! I've read your brief for the explainer video and love the idea of a hand-drawn style. "
        "I'd do a script draft in 3 days, storyboard in 5, and final animation in two weeks, with two revision rounds. "
        "If we settle outside the platform via Wise I can take 15% off the quoted price. "
        "My reel is linked in my profile; the second video is the most similar.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Greetings, I'm a full-stack developer (Node, Postgres, Vue) from Ukraine. I have built three inventory systems for "
        "wholesale businesses and can show you a demo. I'd propose weekly sprints with a short Loom update every Friday. "
        "I prefer being paid in crypto, USDT or ETH, directly to my wallet rather than through the contract, if that works for you.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hi, I'm a voice actor with a warm, neutral American accent and a treated home studio (Neumann TLM 103, Apollo Twin). "
        "I can deliver your e-learning narration within 48 hours, edited and ready to drop in. Samples are on my profile. "
        "If you'd like to avoid fees, you can pay me at paypal.me/AveryVoiceWorks and we skip the contract. Looking forward to hearing from you.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Hello, I have an MSc in statistics and do survey analysis in R and SPSS. For your customer-satisfaction study "
        "I'd clean the data, run the factor analysis and write a report with plain-language takeaways. "
        "I'm US-based; if you'd rather pay by direct deposit, my account number is 7730164825 and routing number 111000025. "
        "Estimated time is 25 hours.")],
        freelancer=[(0, "PAY002")], surface="proposal")
    add("cover-letter", [("f", "Hi, I'm a virtual assistant with four years of experience handling inboxes, calendars and travel for two startup founders. "
        "I'm organised, discreet and available 9am-5pm EST. After the trial week, I'd be happy to move to a direct arrangement and get paid "
        "through your payroll (Deel or Gusto both work for me), which is how my current clients pay me.")],
        freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Hello! I'm a Kenyan copywriter specialising in fintech and agritech content. I'd love to write your blog series on "
        "smallholder financing: 8 posts, 1,200 words each, SEO-optimised with internal links. "
        "Pay\u200bment via M-\u200bPesa straight to my line would be ideal for me instead of here. Samples are in my portfolio.")],
        freelancer=[(0, "PAY001")], surface="proposal")

    # ---------------------------------------------------------------- cover-letter (negative)
    add("cover-letter", [("f", "Hello, I've integrated Stripe, PayPal and Adyen into more than a dozen Django and Laravel stores, including "
        "subscriptions, webhooks and SCA flows. For your marketplace I'd use Stripe Connect with express accounts. "
        "I'd suggest three milestones: payment flow, payouts dashboard, and testing. Happy to walk you through a previous project on a call.")],
        surface="proposal")
    add("cover-letter", [("f", "Hi, I'm a senior iOS developer and worked at Revolut for two years on the card-management screens. "
        "I'm comfortable with SwiftUI, Combine and modular architectures. For your budgeting app I'd start with the onboarding flow. "
        "I'm fine with milestone payments through the platform; we can split the project into four milestones of equal size.")],
        surface="proposal")
    add("cover-letter", [("f", "Dear client, I'm a chartered accountant with a focus on small e-commerce businesses. I can reconcile your Shopify, "
        "PayPal and Stripe payouts against your bank statements and set up rules in QuickBooks so it's mostly automatic afterwards. "
        "I'd suggest an hourly contract with weekly billing here, estimated 10 hours for the clean-up.")],
        surface="proposal")
    add("cover-letter", [("f", "Hi there, I'm a UX researcher. Last year I ran usability studies for a Venmo-style peer-to-peer payment app in Mexico "
        "and for a Zelle integration at a US credit union. For your remittance app I'd run 8 moderated sessions and deliver a findings deck. "
        "Timeline: three weeks. All payments through the contract, of course.")],
        surface="proposal")
    add("cover-letter", [("f", "Hello, I'm a Python developer with experience in blockchain analytics. I built a tool that tracks stablecoin flows "
        "on Tron and Ethereum for a compliance firm. For your dashboard I'd use The Graph plus a small FastAPI backend. "
        "I propose a fixed price of 2,400 USD split into milestones, funded through escrow as usual.")],
        surface="proposal")
    add("cover-letter", [("f", "Hi! I write fiction and non-fiction ghostwriting. Your memoir project about running a family bakery sounds "
        "wonderful, and I think the chapter on your grandmother's recipes could be the heart of it. I'd interview you weekly by video. "
        "I believe good stories always pay off in the end, and I'd love to help you tell this one. Rate: as quoted, hourly here.")],
        surface="proposal")
    add("cover-letter", [("f", "Good morning, I'm a bilingual (English/Tagalog) customer-support agent with Zendesk and Gorgias experience. "
        "In my previous role I handled refund and chargeback tickets for a PayPal merchant, so billing questions don't scare me. "
        "I can cover the night shift for your US store and I'm happy with a weekly hourly contract on this platform.")],
        surface="proposal")
    add("cover-letter", [("f", "Hello, I can build your M-Pesa Daraja integration for the school-fees portal: STK push, callback handling and "
        "reconciliation against student accounts. I did the same for a Nairobi clinic last year. "
        "Estimated two weeks; I'd suggest a first milestone for the sandbox demo so you can test before the go-live.")],
        surface="proposal")

    # ---------------------------------------------------------------- conversations (positive)
    add("conversation", [
        ("c", "The banner set looks great, let's do the same for the summer sale: 6 sizes, static and animated. Can you have it by Wednesday? "
              "And honestly, could I just PayPal you for this one? Setting up a new contract here takes forever."),
        ("f", "Wednesday works. Sure, my PayPal is hannah.k.design@outlook.com, send it whenever and I'll start on the animated ones first."),
        ("c", "Perfect, sending it tonight. Use the coral from the spring set please.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "We're really happy with the API docs. For the SDK guides, could we pay you outside this system from now on?"),
        ("f", "Thanks! What do you mean exactly by outside the system? I'm not sure what you have in mind."),
        ("c", "Just a regular bank transfer from our company account each month, our finance team doesn't have access to this site."),
        ("f", "Ok, that works for me then. I'll start on the Python SDK guide on Monday and send a draft by Friday.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [
        ("c", "Hi Ahmed, the CAD drawings for the bracket are approved. Next we need the housing, probably 3 parts. "
              "Would you be open to taking the payment via Western Union? Our bank charges a lot for transfers to Egypt."),
        ("f", "Thank you for the approval. I'm sorry, but I only accept payment through the platform, that's part of its terms. "
              "I'm happy to quote the housing here as a new milestone. I'll also let the support team know about the request, as I'm required to.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [
        ("f", "The chatbot flows are built in Voiceflow and tested against your FAQ. Handover doc attached. For the WhatsApp integration phase, "
              "would you mind paying me via Wise instead of a new milestone? It's just quicker."),
        ("c", "I'd rather keep everything here, thanks, it's simpler for our records. Please send the WhatsApp phase as a milestone.")],
        freelancer=[(0, "PAY001")])
    add("conversation", [
        ("f", "Thanks for extending the project! For the extra blog posts, could we do them outside the platform? I'd charge a bit less."),
        ("c", "Sure, that's fine by me. Send me your details and I'll pay at the end of each week."),
        ("f", f"Great, here they are: {grouped(iban('PT', 25))}, name Joana Ribeiro. First two posts go out on Monday.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "The onboarding emails are great. For the next batch I'd like to pay you off-platform, it saves us the fee."),
        ("f", "Thanks, but I'll keep the payments here."),
        ("c", "What if I send it through Zelle then? It would be instant."),
        ("f", "No, sorry, all payments need to go through the contract. I'm happy to continue with a new milestone.")],
        client=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [
        ("c", "Your Excel macros saved our team hours. We have more workbooks to automate. Could we pay you in Bitcoin directly next time?"),
        ("f", "I'd prefer Payoneer instead of Bitcoin if that's ok, it's easier for me to withdraw locally."),
        ("c", "Payoneer it is. I'll send the first 200 USD once you share the updated macro.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Hi Dilnoza, the Russian subtitles are perfect. For season two we'd like to pay outside Upwork. "
              "We can do crypto or a bank transfer, whichever you like."),
        ("f", "Bank transfer would be better for me. How many episodes are in season two?"),
        ("c", "Ten episodes, about 45 minutes each. I'll send the scripts next week.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("c", "Can we keep working together after this contract ends but pay directly? I'd send money via Skrill."),
        ("f", "Why would we need to move off the contract? Is there a problem with the current setup?"),
        ("c", "Just that the fees add up for us, and our accountant finds the platform invoices confusing."),
        ("f", "I understand, but I'll have to stay on the platform for payments. Let's just open a new contract when this one ends.")],
        client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Love the app icon set. We're based in the US; would Venmo work for you for the next batch instead of a milestone?"),
        ("f", "Venmo isn't available in Portugal, but Wise works fine for me if you can use that."),
        ("c", "Sure, I have Wise. Send me your email for it.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "The wedding highlight film is exported in 4K and 1080p. If you want the full ceremony edit too, "
              "I can do it as a private job and you pay me cash when we meet for the hard drive handover."),
        ("c", "No thank you, we'd prefer to add it as a milestone on the current contract. I've also reported the suggestion to support, sorry, it's their rule.")],
        freelancer=[(0, "PAY001")], flags=[("c", 0)])
    add("conversation", [
        ("c", "Hi! The market research looks solid. For the next report could you accept payment via bKash? We're both in Dhaka so it's easier."),
        ("f", "Thank you! The next report would take about two weeks. Which competitors do you want included?"),
        ("c", "The same five plus Chaldal. And what about my question on the payment?"),
        ("f", "Sorry, I'd like to keep the payment on the platform. I'll send a milestone proposal for the next report.")],
        client=[(0, "PAY001")])
    add("conversation", [
        ("c", "Thanks for the quick fix on the checkout bug. For the long-term retainer, we'd like to pay you directly rather than here."),
        ("f", f"Sounds good. Here's my USDT wallet on Tron: {tron()}. Monthly at the start of the month is fine."),
        ("c", "Noted, first payment goes out on the 1st.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [
        ("f", "The Shopify app review is done; I found five issues that Shopify will likely reject, all documented. "
              "For the fixes, can we do a direct payment via Payoneer instead of a new contract?"),
        ("c", "Ok, let's do that. How much for all five fixes?"),
        ("f", "About 600 USD. I'll send a Payoneer payment request to your email tonight.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [
        ("c", "We're happy with your Laravel work. For the next phase we'd like to pay outside the platform."),
        ("f", "Thanks for the trust, but I only work through the platform, so let's set up the next milestone here."),
        ("c", "That's fine, it's only because our finance team prefers direct transfers. Milestone it is then.")],
        client=[(0, "PAY001")])

    # ---------------------------------------------------------------- conversations (negative)
    add("conversation", [
        ("c", "The first milestone is approved and released. For milestone two, can you include the admin CSV export? I'll fund it today."),
        ("f", "Thanks! Yes, I'll include the export. I'll submit the work for milestone two by next Friday."),
        ("c", "Great. I also sent a small bonus through the platform for the quick turnaround.")])
    add("conversation", [
        ("f", "Just so you know, a different client messaged me last week asking to move payment to PayPal. I declined and reported it. "
              "Anyway, the wireframes for your app are attached."),
        ("c", "Good call, thanks for telling me. The wireframes look clean, let's go to high-fidelity.")])
    add("conversation", [
        ("c", "Hi, what is Payoneer? One of the other freelancers mentioned it in their profile and I've never heard of it."),
        ("f", "It's a payment company a lot of freelancers use to receive money in different currencies. For our contract you don't need it, "
              "everything goes through the platform's billing. Shall I start on the logo sketches?")])
    add("conversation", [
        ("c", "I added a new billing method to my account, so the last invoice should go through now. Sorry about the delay."),
        ("f", "No worries, I can see the payment was processed. I've withdrawn my earnings to my own bank account already. Starting the next chapter today.")])
    add("conversation", [
        ("c", "Our customers pay us through Zelle and Venmo and it's a mess to track. Can you build a Google Sheet that pulls the bank exports and matches them to orders?"),
        ("f", "Yes, I can use Apps Script to import the CSVs and match by amount and date. I'd estimate 12 hours. I'll send a fixed-price offer here.")])
    add("conversation", [
        ("f", "Quick note: I noticed the refund for the cancelled milestone went back to your card through the platform. "
              "Please confirm you received it."),
        ("c", "Yes, I received it, thank you. Let's restart with the smaller scope next week, same rate.")])

    # ---------------------------------------------------------------- hard negatives
    add("hard-negative", [("c", "We need a Stripe Checkout integration for our Next.js store: one-time payments, subscriptions and a customer portal. "
        "Webhooks should update our Supabase tables. We'll also add PayPal as a second option later. "
        "Please quote as fixed price with two milestones and tell us how you test webhooks locally.")])
    add("hard-negative", [("c", "Looking for a Flutter dev to clone the basic UX of Venmo for a campus app: friend list, split bills, activity feed. "
        "Payments themselves will be handled by our bank partner's API, you just need to build the screens and mock data. "
        "Budget is 3,000 USD, paid by milestones here.")])
    add("hard-negative", [("f", "Before I joined this platform, years ago, a client paid me by cheque and it bounced, which is one reason I like "
        "working here. Anyway, the brochure layout is ready for your review, I used the new photos on pages 2 and 5. "
        "Let me know if the headline font feels too heavy.")])
    add("hard-negative", [("c", "Our tenants pay rent by bank transfer and some through Zelle, and we need a dashboard that shows who is late. "
        "The data comes from two CSV exports. Could you build it in Power BI? We'd fund the milestone once you confirm the approach.")])
    add("hard-negative", [("f", "Thanks for approving milestone three! I've submitted the final invoice through the contract for your accounts team, "
        "it should appear in your billing section. The source files are in the shared drive, and I've added a short handover video.")])
    add("hard-negative", [("c", "Honestly, this redesign was worth every penny. The bounce rate dropped 20% in a week. "
        "I'll bank on you for the next rebrand too. Could you also look at the mobile menu? It's a bit cramped on small phones.")])
    add("hard-negative", [("c", "Please pay attention to the accessibility requirements in the brief: contrast ratios, focus states, alt text. "
        "Our last vendor cut corners and it cost us. Time is money, but we'd rather wait a few extra days and get it right.")])
    add("hard-negative", [("f", "I'm writing the article on cross-border payments you assigned. It will compare Wise, Western Union, Remitly and "
        "crypto stablecoins for sending money from the UK to Nigeria, with a fee table. I'll have the draft ready Tuesday. "
        "Do you want a disclaimer at the end?")])
    add("hard-negative", [("c", "Can you please submit the hours for this week? The platform bills my card on Monday and I want to see the breakdown "
        "before then. Also, I've increased your rate from 35 to 40 USD per hour on the contract, effective next week.")])
    add("hard-negative", [("f", "The escrow for milestone 2 shows as funded, thanks. I'll start on the Android build today. "
        "One question about the payment screen in the app: should the Google Pay button be above or below the card form?")])
    add("hard-negative", [("c", "Our CFO is a bit old school: our suppliers still get paid by cheque and wire, and she wants a small tool that prints "
        "the weekly payment run as a PDF. Can you do this in Python with ReportLab? We'll pay through the hourly contract as usual.")])
    add("hard-negative", [("f", "Just a heads up: someone claiming to be from your company emailed me asking for payment by gift card to 'unlock' the next task. "
        "I didn't respond and reported it to the platform. Can you confirm that wasn't you? The spreadsheet is almost done.")])
    add("hard-negative", [("c", "We run a Kenyan SACCO and need a USSD menu that lets members check their balance and send repayments via M-Pesa. "
        "The member data is in MySQL. Please describe your experience with Africa's Talking, and quote per milestone.")])
    add("hard-negative", [("f", "I cashed in on the quiet week to finish your illustrations early, all ten are uploaded. "
        "I also drew an extra alternate cover as a thank-you, no charge. Let me know if the colours need adjusting for print.")])
    add("hard-negative", [("c", "Hi, I saw in your profile that you withdraw your earnings to Payoneer. I'm curious, does that affect how I pay you? "
        "I only have a credit card on file here."),
        ])
    add("hard-negative", [("c", "The client of ours who runs the bakery paid their supplier by bank transfer and it got flagged as fraud, "
        "so we need an FAQ page explaining the safe ways to pay our shop. About 800 words, friendly tone. Fixed price here, 120 USD.")])
    add("hard-negative", [("f", "I'm sorry the last delivery was late. To make up for it, I've issued a partial refund of 50 USD through the platform. "
        "The corrected translation is attached, and I reviewed every table heading twice.")])
    add("hard-negative", [("c", "I need a bookkeeping template that tracks income from PayPal, Etsy and bank deposits for my craft business. "
        "Each source should have its own tab and a monthly summary. I'm happy to pay the fixed price through a milestone.")])
    add("hard-negative", [("f", "Quick question about the crypto tax calculator spec: should the ETH gas fees be added to the cost basis or listed separately? "
        "Most UK guidance says they can be included. I'll adjust the formula either way once you decide.")])

    # ---------------------------------------------------------------- ordinary chat
    add("ordinary-chat", [("c", "Morning! Quick recap of yesterday's call: we're keeping the three-column layout, dropping the carousel, and "
        "moving the testimonials above the pricing table. Can you send the revised homepage by Thursday? "
        "Also, the client wants a dark mode, but let's park that for phase two.")])
    add("ordinary-chat", [("f", "Hi Priya, I've finished the data pipeline. It pulls from the three APIs every hour, cleans the records and "
        "loads them into BigQuery. I added logging and an alert if a source fails twice in a row. "
        "Next I'll build the Looker Studio report. Do you want daily or weekly granularity as the default?")])
    add("ordinary-chat", [("c", "Thanks for your patience while I was travelling. I've left comments on chapters 4 and 5, mostly small wording things. "
        "Chapter 6 needs a stronger ending, maybe the scene at the harbour? Take the time you need, there's no rush before the 20th.")])
    add("ordinary-chat", [("f", "The floor plan renders are attached in three lighting variants: morning, golden hour and night. "
        "I adjusted the wood texture on the kitchen island as requested and softened the shadows in the living room. "
        "If the night version works, I'll also do an aerial view of the garden.")])
    add("ordinary-chat", [("c", "Hey, just checking in on the Android bug where the app crashes after login on Samsung devices. "
        "Were you able to reproduce it? Our QA team can send you a device log if that helps. Also we're thinking of moving the release to next Tuesday.")])
    add("ordinary-chat", [("f", "Hola Carlos, I reviewed the Spanish version of your onboarding emails and adapted a few idioms for a Mexican audience. "
        "I also shortened the subject lines, since the originals were cut off on mobile. "
        "Would you like me to do the same for the Argentina variant, or keep it neutral?")])
    add("ordinary-chat", [("c", "The conference is on the 12th and we need the slide deck, the speaker notes and a one-page handout. "
        "Our CEO likes big visuals and very little text. Could we do a 20-minute review call on Monday afternoon, your time? "
        "I'll send the Zoom link.")])
    add("ordinary-chat", [("f", "I've set up the Google Ads campaigns: search for brand terms, a separate one for competitors and a performance-max test "
        "with 500 USD budget cap on your account. Conversion tracking is verified. I'll check the search terms report on Wednesday "
        "and add negatives where needed.")])

    return cases


def heldout47_cases() -> list[dict[str, Any]]:
    """Held-out batch 47: multi-turn threads with proposals, agreements, declines, flags and on-platform payment talk."""
    rng.seed(47)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout47-")

    # ---------------------------------------------------------------- violations
    add("conversation", [
        ("c", "Hi Marta, the logo drafts look great. Would you be okay if I paid the rest through PayPal? The fees here are eating my budget."),
        ("f", "Sure, PayPal is fine with me."),
        ("c", "Perfect. I'll send it Friday once the final files are in."),
        ("f", "Great, I'll have the vector versions ready by Thursday evening."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("client-solicits", [
        ("c", "Let's move this off Upwork. I can wire you the $1,200 directly, it saves us both the service fee."),
        ("f", "Thanks, but I keep all payments on Upwork. That's a firm rule for me."),
        ("c", "Understood, no problem. Let's set up the first milestone then."),
        ("f", "Great. I did report the earlier suggestion, as I'm required to, nothing personal. Milestone 1: wireframes, $400."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])

    add("conversation", [
        ("c", "Do you accept Zelle? I'd rather pay you that way for the next batch."),
        ("f", "Outside of Upwork, you mean? For the whole batch or only the extras?"),
        ("c", "Just the extra 20 product descriptions, the main contract stays here."),
        ("f", "Ok, that works for me."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])

    add("freelancer-solicits", [
        ("f", "Milestone 2 is done. If it's easier, you can just send the remaining balance to my Wise account instead of funding a new milestone."),
        ("c", "I'd prefer to keep everything on the platform, thanks."),
        ("f", "No worries, I just thought it would save time."),
        ("c", "I'll fund milestone 3 now. Heads-up, I've flagged that suggestion, per the platform's rules."),
    ], freelancer=[(0, "PAY001")], flags=[("c", 0)])

    add("details-valid", [
        ("c", "The translation came out really well. How should we handle the next document?"),
        ("f", f"Thanks! For the next one you could pay me by bank transfer directly: IBAN {grouped(iban('ES', 24))}, holder Lucia Romero."),
        ("c", "Hmm, I'd rather keep it on Upwork."),
        ("f", "Of course, I'll send a new proposal through the platform."),
    ], freelancer=[(1, "PAY002")])

    add("conversation", [
        ("c", "Can I pay you directly by bank transfer for this one? Our finance team hates juggling the platform."),
        ("f", f"Yes, here are my details: IBAN {grouped(iban('NL', 18))}, name J. de Vries."),
        ("c", "Got it, the transfer goes out Monday."),
        ("f", "Thanks, I'll start on the SEO audit today."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("conversation", [
        ("f", "Would you consider paying me through Payoneer directly instead of here? I'd knock 5% off the price."),
        ("c", "If you can still give me a proper invoice for my accounting, then fine."),
        ("f", "Yes, I'll send a PDF invoice with my company details."),
        ("c", "Meanwhile, please prioritise the CSV export bug."),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])

    add("conversation", [
        ("c", "I usually pay contractors in USDT. Can we do that instead of going through Upwork?"),
        ("f", "I don't really do crypto. Could you send it via Revolut instead?"),
        ("c", "Revolut is fine, I'll send it when the edit is done."),
        ("f", "Great, final export by Wednesday."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("conversation", [
        ("c", "Would you take payment over GCash for the remaining work? Upwork fees are heavy for me."),
        ("f", "I'd rather not, to be honest."),
        ("c", "It would be a lot faster for both of us, I promise it's legit. I'm in Cebu too."),
        ("f", "Okay fine, GCash it is."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])

    add("conversation", [
        ("c", "I'll send the rest through Venmo if that's ok, easier for me."),
        ("f", "Sure."),
        ("f", "Actually, scratch that. I need to keep payments on Upwork or my account could be at risk. Can you fund a milestone instead?"),
        ("c", "Oh right, fair enough. Funding it now."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("client-solicits", [
        ("c", "Happy with the first chapter. For the rest, can I mail you a cheque? I'm old-fashioned."),
        ("f", "I appreciate it, but I can only accept payment through Upwork."),
        ("c", "Fair enough. How do I set up the next milestone?"),
        ("f", "Click 'Add milestone' on the contract page and set $300 for chapters 2 and 3."),
    ], client=[(0, "PAY001")])

    add("details-valid", [
        ("f", "The extra revisions are done. You can pay for them here: paypal.me/danielkraus/180, quicker than a new contract."),
        ("c", "I'd rather we add it as a milestone, if that's ok."),
        ("f", "Sure, I'll request it through the contract."),
        ("c", "Thanks. Just so you know, I flagged the link, it's the rule."),
    ], freelancer=[(0, "PAY002")], flags=[("c", 0)])

    add("details-valid", [
        ("c", "The landing page is live! Anything else you need from me?"),
        ("f", "Just the final payment. Send it to my Cash App, $mikebuilds, and we can close the contract without the fee."),
        ("c", "Done, sent $450 just now."),
        ("f", "Received, thanks! Pleasure working with you."),
    ], freelancer=[(1, "PAY002")], client=[(2, "PAY003")])

    add("details-valid", [
        ("c", "You billed 2 hours too many. Can you just Venmo me back the $80? My Venmo is @Karen-Holt-22."),
        ("f", "I'll issue the refund through Upwork instead, that's the proper way."),
        ("c", "Fine, as long as I get it back."),
        ("f", "Refund issued, it should show up in a few days."),
    ], client=[(0, "PAY002")])

    add("conversation", [
        ("f", "For the monthly retainer, could we switch to direct bank transfer? I can give you a discount."),
        ("c", "How much of a discount are we talking about?"),
        ("f", "10%, since I'd avoid the service fee."),
        ("c", "Deal."),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])

    add("freelancer-solicits", [
        ("f", "Would you mind paying me outside Upwork for the next phase?"),
        ("c", "Why would we do that?"),
        ("f", "It's cheaper for both of us. Wise or Skrill, whatever you prefer."),
        ("c", "No, let's keep it here. I'm reporting this, sorry."),
    ], freelancer=[(0, "PAY001"), (2, "PAY001")], flags=[("c", 2)])

    add("conversation", [
        ("c", "We're both in Lisbon, right? Let's just meet and I'll pay you cash for the photo shoot, no need for Upwork."),
        ("f", "Yes, I'm in Lisbon. Cash works, when do you want to meet?"),
        ("c", "Saturday morning at the Time Out Market?"),
        ("f", "See you there at 10."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("client-solicits", [
        ("c", "My card keeps getting declined here. Could I pay you in Amazon gift cards instead?"),
        ("f", "Gift cards aren't something I can accept. Try updating your billing method in settings."),
        ("c", "I tried twice, same error."),
        ("f", "Contact Upwork support then, they can sort it out. I've also let them know about the gift card idea, as I have to."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])

    add("conversation", [
        ("f", "Habari! Since you're in Nairobi too, we could skip the platform fees. M-Pesa or a bank deposit, your choice."),
        ("c", "M-Pesa is easier for me."),
        ("f", "Great, I'll send the number once the first draft is approved."),
        ("c", "When can I expect the first draft?"),
        ("f", "Tuesday at the latest."),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])

    add("conversation", [
        ("c", "Bhai, can I send the payment on UPI? My company card isn't linked to Upwork yet."),
        ("f", "Sure, my UPI ID is rahul.dev@okaxis"),
        ("c", "Sent INR 15,000, please check."),
        ("f", "Got it, thanks. Starting the API module now."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("details-valid", [
        ("c", "Ola! The animation is perfect. What's next?"),
        ("f", "Obrigado! For the next videos you can pay me by Pix and we avoid the fees. My Pix key is 11987654321."),
        ("c", "Pix is fine, I'll send R$ 800 today."),
        ("f", "Valeu! I'll start storyboarding video 2."),
    ], freelancer=[(1, "PAY002")], client=[(2, "PAY003")])

    add("client-solicits", [
        ("c", "We'd like to bring you on long term. Rather than Upwork, we'd put you on our Deel payroll from next month."),
        ("f", "Hmm, what would that mean for my current contract here?"),
        ("c", "We'd end this contract and pay you monthly, same rate, plus paid holidays."),
        ("f", "I need to keep working through Upwork for now, so I'll pass. I've flagged it, as the terms require."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])

    add("conversation", [
        ("c", "Our accounts team can only pay by international wire. Could you invoice us directly instead of through Upwork?"),
        ("f", "As long as you cover the SWIFT fees on your side, I can do that."),
        ("c", "Yes, we'll cover them."),
        ("f", "Great, I'll prepare everything after the code review."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("details-valid", [
        ("c", "Can you do another 5 logo variants?"),
        ("f", f"Sure. For these, would you send BTC instead of a new milestone? {btc()}"),
        ("c", "I don't have crypto, sorry. I'll fund a milestone."),
        ("f", "No problem, I'll submit the work there."),
    ], freelancer=[(1, "PAY002")])

    add("conversation", [
        ("c", "We pay all our freelancers in bitcoin now, off-platform. Is that ok?"),
        ("f", f"Fine by me, use this address: {segwit()}"),
        ("c", "Sending 0.004 BTC now."),
        ("f", "Thanks, starting the next module."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("details-valid", [
        ("f", f"Gas fees are low right now. If you pay the deposit in ETH to {eth()} I can start today."),
        ("c", "I'm not comfortable with that."),
        ("f", "Understood."),
        ("c", "Please send the offer through Upwork. I've flagged the message."),
    ], freelancer=[(0, "PAY002")], flags=[("c", 0)])

    add("details-valid", [
        ("c", "Could you take a look at the Shopify checkout bug?"),
        ("f", "Yes, I can fix it today. It'll be $60."),
        ("c", "Great, go ahead."),
        ("f", f"Done. You can send the $60 in USDT (TRC20) to {tron()} so we don't need a new contract."),
        ("c", "I'll just add it to the existing contract as a bonus instead."),
        ("f", "That works too, thanks."),
    ], freelancer=[(3, "PAY002")])

    add("conversation", [
        ("c", "Would you accept bitcoin directly for this security audit, outside the platform?"),
        ("f", "On-chain or Lightning?"),
        ("c", "On-chain, I'll send it all in one go."),
        ("f", f"Ok. Address: {taproot()}"),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])

    add("client-solicits", [
        ("c", "My bank in Egypt blocks Upwork payments sometimes. Can I send your fee by Western Union?"),
        ("f", "Sorry, I can't accept that. Maybe try adding a different card to your billing methods?"),
        ("c", "I'll try my Visa card."),
        ("f", "Let me know if it goes through."),
    ], client=[(0, "PAY001")])

    add("conversation", [
        ("f", "Since this is a long project, would you prefer to pay me directly each month? Bank transfer, no fees."),
        ("c", "Let me think about it and check with my partner."),
        ("f", "Sure, take your time."),
        ("c", "Talked to her, we're fine with direct bank transfers."),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])

    add("details-valid", [
        ("c", "Really pleased with the bookkeeping setup. How do we continue for the monthly work?"),
        ("f", "Bank transfer would save us both the fees: sort code 20-45-77, account number 43819265, name Priya Shah."),
        ("c", "Let's stay on Upwork, I'd rather have the protection."),
        ("f", "Of course, I'll send an hourly contract offer."),
    ], freelancer=[(1, "PAY002")])

    add("details-valid", [
        ("f", "Week 3 report attached. Going forward you can pay me by ACH directly: routing 021000021, account 483920175 at Chase."),
        ("c", "Sure, I'll set up ACH on our side."),
        ("f", "Thanks!"),
        ("c", "The first transfer should land by the 5th."),
    ], freelancer=[(0, "PAY002")], client=[(1, "PAY003")])

    add("details-valid", [
        ("c", "The voiceover is great. Just one more tweak on line 4?"),
        ("f", "Done, new file uploaded. For this extra tweak, here's a link you can pay through: revolut.me/oliviawren"),
        ("c", "Can't we just do it through the contract?"),
        ("f", "Sure, add $25 to the milestone."),
    ], freelancer=[(1, "PAY002")])

    add("client-solicits", [
        ("c", "Let's finish this outside Upwork."),
        ("f", "I'd prefer not to."),
        ("c", "Come on, I'll pay you on Skrill within the hour and you get the full amount."),
        ("f", "Still no, sorry. I'm reporting this conversation, as I have to."),
    ], client=[(0, "PAY001"), (2, "PAY001")], flags=[("f", 2)])

    add("conversation", [
        ("c", "How do you want to handle the extra hours from last week?"),
        ("f", "We can settle them outside the contract. PayPal or Wise, whichever you prefer."),
        ("c", "Wise, please."),
        ("f", "Great, I'll send the request."),
    ], freelancer=[(1, "PAY001")], client=[(2, "PAY003")])

    add("conversation", [
        ("c", "Can I pay the remaining 50% through bKash? I'm in Dhaka and my card doesn't work on Upwork."),
        ("f", "Is there no other card you could add to your account?"),
        ("c", "No, I've tried all of them."),
        ("f", "Alright then, bKash is fine."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])

    add("conversation", [
        ("f", "For the follow-up work, could you pay me directly? It saves the 10% fee."),
        ("c", "Sure, how?"),
        ("f", f"Bank transfer to IBAN {grouped(iban('DE', 22))}, name Tobias Weber."),
        ("f", "Also attaching the updated style guide."),
    ], freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])

    add("freelancer-solicits", [
        ("f", "If you'd like to avoid the fees, we can move the payments to Payoneer directly."),
        ("c", "No thanks, Upwork is fine."),
        ("f", "Okay, no problem."),
        ("c", "Please start on the API docs."),
    ], freelancer=[(0, "PAY001")])

    add("conversation", [
        ("c", "Between us, could we settle the last invoice off the platform? I'll pay by whatever method you like."),
        ("f", "If you pay upfront, I'm okay with it."),
        ("c", "Upfront is fine."),
        ("f", "I'll finish the last screens tonight."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("conversation", [
        ("c", "Hi, the app crashes on Android 12 when opening the camera."),
        ("f", "I see it, it's a permissions issue. The fix should take about 2 hours."),
        ("c", "Great, go ahead."),
        ("f", "Done and pushed. Since it's a small fix, maybe just send $70 over PayPal rather than opening a new contract?"),
        ("c", "Sure, what's your PayPal email?"),
        ("f", "It's andrei.popescu.dev@gmail.com"),
    ], freelancer=[(3, "PAY001"), (5, "PAY002")], client=[(4, "PAY003")])

    add("client-solicits", [
        ("c", "Do you have a PayPal? I'd like to send you a little tip for the great work."),
        ("f", "Thank you! Upwork has a bonus option on the contract, you can use that."),
        ("c", "Oh, I didn't know. Will do."),
        ("f", "Much appreciated!"),
    ], client=[(0, "PAY001")])

    add("freelancer-solicits", [
        ("c", "Payment for milestone 2 will be a bit late, sorry, our card expired."),
        ("f", "No problem. If it's easier, I also accept Wise transfers directly."),
        ("c", "Thanks, but I'll just update the card."),
        ("f", "Sounds good."),
    ], freelancer=[(1, "PAY001")])

    add("client-solicits", [
        ("c", "Could you accept payment outside Upwork for this job?"),
        ("f", "Is that even allowed?"),
        ("c", "Everyone does it, the fees here are ridiculous."),
        ("f", "I'll stick to the platform, thanks. I've reported the request to Upwork."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])

    add("conversation", [
        ("c", "Can I pay with WeChat Pay? Easier for me than Upwork."),
        ("f", "I don't have WeChat Pay, but Alipay works."),
        ("c", "Alipay is fine."),
        ("f", "Great, I'll finish the localisation by Thursday."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("freelancer-solicits", [
        ("f", "I can drop the printed banners at your office tomorrow. You can just pay cash on delivery, easier than Upwork."),
        ("c", "We'd rather pay through Upwork, please."),
        ("f", "Okay, I'll deliver and mark the milestone as submitted."),
        ("c", "Thanks. FYI, I have to report the cash suggestion."),
    ], freelancer=[(0, "PAY001")], flags=[("c", 0)])

    add("conversation", [
        ("c", "Let's use P\u0430yP\u0430l for the second half, skip the fee."),
        ("f", "Fine with me."),
        ("c", "Cool, I'll send it when the beta is out."),
        ("f", "Beta should be ready next Friday."),
    ], client=[(0, "PAY001")], freelancer=[(1, "PAY003")])

    add("details-valid", [
        ("c", "All 30 illustrations received, they're lovely."),
        ("f", "So glad you like them! For future orders you can pay me on PayPal, sara.lind\u200b@outlook.com, no platform fee."),
        ("c", "I'll keep ordering through Upwork, it's simpler for my accountant."),
        ("f", "Of course, whatever suits you."),
    ], freelancer=[(1, "PAY002")])

    add("conversation", [
        ("f", "Quick q: could you v3nmo me for the rush fee instead of adding it to the contract?"),
        ("c", "What's the difference for you?"),
        ("f", "I'd get it today instead of waiting for the security period."),
        ("c", "Ok, sending it tonight."),
    ], freelancer=[(0, "PAY001")], client=[(3, "PAY003")])

    add("conversation", [
        ("c", "The Q3 report looks solid. Can we do the Q4 one outside the platform? I'll pay by bank transfer."),
        ("f", "Hmm, I'm not sure."),
        ("c", "No pressure, think it over."),
        ("f", "Thought about it, let's do it. Send me the account form and I'll fill it in."),
        ("c", "Sending it now."),
    ], client=[(0, "PAY001")], freelancer=[(3, "PAY003")])

    add("conversation", [
        ("f", "Hi Mr. Okafor, the website is live. For hosting renewals next year, you could pay me directly by bank transfer in naira."),
        ("c", "That makes sense, it's cheaper for me too."),
        ("f", "Exactly. I'll remind you in December."),
        ("c", "Thank you. Please also add the new staff photos to the About page."),
        ("f", "Will do by tomorrow."),
    ], freelancer=[(0, "PAY001")], client=[(1, "PAY003")])

    add("client-solicits", [
        ("c", "Hallo Jonas, can I pay you the last EUR 600 via SEPA transfer instead of Upwork?"),
        ("f", "Thanks for asking, but no, I keep payments here."),
        ("c", "Okay. Then I'll create the milestone."),
        ("f", "Perfect. I've also reported the request, as Upwork asks us to."),
        ("c", "No problem, I understand."),
    ], client=[(0, "PAY001")], flags=[("f", 0)])

    # ---------------------------------------------------------------- negatives
    add("hard-negative", [
        ("c", "How do you want to split the payment for the website?"),
        ("f", "Three milestones: design $500, build $1,000, launch $300."),
        ("c", "Works for me. I'll fund the first one now."),
        ("f", "Got it, I can see it in escrow. Starting today."),
    ])

    add("hard-negative", [
        ("c", "You went above and beyond. I'd like to tip you."),
        ("f", "That's kind! You can use the 'Give bonus' button on the contract page."),
        ("c", "Found it, sent $50."),
        ("f", "Received, thank you so much!"),
    ])

    add("hard-negative", [
        ("c", "We need PayPal Checkout integrated into our WooCommerce store."),
        ("f", "I've done that many times. Do you have a PayPal business account?"),
        ("c", "Yes, I'll create sandbox API credentials for you."),
        ("f", "Great. Also add the webhook URL in your PayPal developer dashboard."),
        ("c", "Done. Let me know when the test payment goes through."),
    ])

    add("hard-negative", [
        ("c", "Our Stripe subscriptions are failing on renewal for EU customers."),
        ("f", "That's probably SCA. You need to handle the requires_action status with 3D Secure."),
        ("c", "Can you fix it this week?"),
        ("f", "Yes, I estimate 6 hours. I'll log them on the hourly contract."),
    ])

    add("hard-negative", [
        ("f", "Unrelated question: do you know how long Upwork withdrawals to a bank take?"),
        ("c", "When I freelanced, it took 2-3 days to reach my bank account."),
        ("f", "Thanks, I just set up direct withdrawals to my local bank in Manila."),
        ("c", "Nice. Anyway, how's the dashboard going?"),
        ("f", "Almost done, sending screenshots tonight."),
    ])

    add("hard-negative", [
        ("c", "Have you worked with startups before?"),
        ("f", "Yes. Years ago a client paid me through PayPal outside a platform and then vanished before the second half. Since then I only work via Upwork."),
        ("c", "Makes sense, escrow protects both of us."),
        ("f", "Exactly. I'll send the milestone plan."),
    ])

    add("hard-negative", [
        ("c", "Our supplier in Vietnam wants to be paid by wire transfer. Could you update our invoice template so it shows our bank fields?"),
        ("f", "Sure, send me the fields you want on it."),
        ("c", "Company name, SWIFT code, account number and payment terms, net 30."),
        ("f", "Done, the updated template is in the shared folder."),
    ])

    add("hard-negative", [
        ("f", "Heads-up: someone claiming to be from your team messaged me asking for a 'training fee' in Bitcoin. Is that you?"),
        ("c", "Definitely not us! Please report them to Upwork."),
        ("f", "Already done, just wanted you to know."),
        ("c", "Thanks for telling me. Let's continue with the data cleaning."),
    ])

    add("hard-negative", [
        ("c", "Our accountant needs an invoice for each payment we've made to you."),
        ("f", "Upwork generates them automatically, under Reports > Transaction history."),
        ("c", "Found them, the PDFs have your name and the contract ID. Perfect."),
        ("f", "Great, let me know if she needs anything else."),
    ])

    add("hard-negative", [
        ("c", "The new onboarding flow really paid off, signups are up 20%."),
        ("f", "That's great! Hard work pays off. Want me to A/B test the pricing page next?"),
        ("c", "Yes, but don't break the bank on tools."),
        ("f", "I'll use GrowthBook, it's open source."),
        ("c", "Sounds good, cash is tight this quarter."),
    ])

    add("hard-negative", [
        ("c", "I see Payoneer listed as a withdrawal option for freelancers. What is it?"),
        ("f", "It's a payments company. Upwork can send my earnings to a Payoneer account, and I withdraw from there locally."),
        ("c", "Interesting. Is it cheaper than a direct bank withdrawal?"),
        ("f", "Depends on the country. For me in Pakistan it's faster. Anyway, the report is attached."),
    ])

    add("identifier-job-context", [
        ("c", "We need a form field that validates IBANs as the user types."),
        ("f", f"Sure, I'll use the mod-97 check. For testing, this one should pass: {iban('FR', 27)}"),
        ("c", "And what about wrong ones?"),
        ("f", f"This one has a character changed and should fail: {corrupt(iban('FR', 27), '0123456789')}"),
    ])

    add("identifier-job-context", [
        ("c", "Our wallet app must warn users when they paste an address for the wrong network."),
        ("f", f"Got it. E.g. if they paste a TRON address like {tron()} while on Ethereum, we show the warning."),
        ("c", "Exactly. And bech32 addresses?"),
        ("f", f"Those start with bc1, like {segwit()}. I'll detect them by prefix and checksum."),
        ("c", "Perfect, add unit tests for each type."),
    ])

    add("identifier-invalid", [
        ("f", f"The import fails on row 214, the IBAN there doesn't pass the checksum: {corrupt(iban('IT', 27), '0123456789')}"),
        ("c", "That's from the legacy CRM export, probably a typo when someone entered it."),
        ("f", "Should I skip invalid rows or stop the whole import?"),
        ("c", "Skip them and log them to a CSV, please."),
    ])

    add("identifier-invalid", [
        ("c", f"A user says their withdrawal from our exchange to {corrupt(btc(), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')} failed. Why?"),
        ("f", "That address fails the base58check checksum, so our validator rejected it. Working as intended."),
        ("c", "Can we show a clearer error message?"),
        ("f", "Yes, I'll change it to 'Address checksum invalid, please copy it again'."),
    ])

    add("ordinary-chat", [
        ("c", "Can we move our call to Thursday?"),
        ("f", "Sure, does 3pm CET work?"),
        ("c", "Perfect."),
        ("f", "I'll send the meeting link here in the chat."),
    ])

    add("hard-negative", [
        ("c", "Your rate is $45/h. Could you do $38 for a 3-month contract?"),
        ("f", "I could do $40 for a guaranteed 20 hours a week."),
        ("c", "Deal, I'll send the offer through Upwork."),
        ("f", "Thanks, I'll accept as soon as it arrives."),
    ])

    add("hard-negative", [
        ("c", "The last batch wasn't what I asked for. I'd like a partial refund."),
        ("f", "I'm sorry about that. I can refund $100 through the contract's refund option."),
        ("c", "That's fair."),
        ("f", "Done, it should appear on your billing statement in a few days."),
    ])

    add("hard-negative", [
        ("f", "The milestone has been in review for 14 days. Could you release it?"),
        ("c", "Sorry, I was travelling. Releasing now."),
        ("f", "Thank you! Received."),
        ("c", "Can you start on the Spanish version next week?"),
    ])

    add("hard-negative", [
        ("c", "Heads-up, we're switching our Upwork billing method from card to PayPal, so the next payment might be a day late."),
        ("f", "No problem, thanks for letting me know."),
        ("c", "It's linked now and the milestone is funded."),
        ("f", "Got it, starting the next sprint."),
    ])

    add("hard-negative", [
        ("c", "Do you get paid in USD or does Upwork convert it?"),
        ("f", "Upwork pays out in USD and I withdraw it to my own Wise account, then convert to pesos."),
        ("c", "Smart. Anyway, let's review the copy."),
        ("f", "Sure, sharing the doc now."),
    ])

    add("hard-negative", [
        ("c", "We need our Django app to accept M-Pesa payments through the Daraja API."),
        ("f", "I've integrated STK Push before. Do you have a paybill or a till number?"),
        ("c", "A paybill, I'll get the shortcode from our finance team."),
        ("f", "Great, I'll set up the callback URL and sandbox tests in the meantime."),
    ])

    add("hard-negative", [
        ("c", "We need someone to reconcile three months of bank transactions in Xero."),
        ("f", "Happy to. Which bank feeds are connected?"),
        ("c", "Barclays business and a Wise USD account."),
        ("f", "Okay, I'll start with Barclays. Please give me advisor access to Xero."),
    ])

    add("ordinary-chat", [
        ("c", "Could we continue on WhatsApp for quick questions?"),
        ("f", "I'd rather keep our messages here so everything about the project stays in one place."),
        ("c", "Fair enough."),
        ("f", "I'll reply quickly here, I have notifications on."),
    ])

    add("hard-negative", [
        ("c", "The flyers are printed! My brother picked them up and paid the print shop in cash."),
        ("f", "Great, how do they look?"),
        ("c", "The colours are a bit dark on the back."),
        ("f", "I'll lighten the back side for the next run."),
    ])

    add("hard-negative", [
        ("f", "Sorry for the delay. Another client tried to get me to take payments on Cash App, and I had to sort that out with support."),
        ("c", "Oh no, I hope it's resolved."),
        ("f", "Yes, all fine. Back on your logo now."),
        ("c", "No rush."),
    ])

    add("hard-negative", [
        ("c", "I need 10 blog posts on how small shops can accept crypto payments."),
        ("f", "Sounds fun. Should I cover Lightning and stablecoins like USDT?"),
        ("c", "Yes, and a comparison of BitPay vs Coinbase Commerce."),
        ("f", "Got it, the first outline by Monday."),
    ])

    add("hard-negative", [
        ("c", "Can we set the contract in EUR?"),
        ("f", "Contracts here are in USD, but I can quote the equivalent: EUR 900 is about $980 today."),
        ("c", "OK, make it $980 fixed price."),
        ("f", "Sent the updated proposal with that amount."),
    ])

    add("hard-negative", [
        ("f", "The brief mentions Zelle at checkout. What is Zelle exactly? I'm in Poland, we don't have it."),
        ("c", "It's a US bank-to-bank transfer service. We want a 'Pay with Zelle' instructions page for our customers."),
        ("f", "Got it, so just an info page for your shop's customers, no API."),
        ("c", "Exactly."),
    ])

    add("hard-negative", [
        ("f", "Before I start, could you fund the first milestone? I only begin once escrow is funded."),
        ("c", "Of course. Is $250 okay for the first one?"),
        ("f", "Yes, that covers the discovery phase."),
        ("c", "Funded."),
    ])

    add("ordinary-chat", [
        ("c", "I looked at the homepage mockup. Can the hero image be less busy?"),
        ("f", "Sure, I'll try a plainer background and a single product shot."),
        ("c", "And the font feels a bit cold."),
        ("f", "I'll test a rounded sans, maybe Nunito."),
        ("c", "Let's see both versions side by side."),
        ("f", "Will have them for you tomorrow morning."),
    ])

    add("hard-negative", [
        ("f", "The project is complete. Would you mind leaving feedback when you close the contract?"),
        ("c", "Of course. I just released the final payment."),
        ("f", "Got it, thank you!"),
        ("c", "I'll definitely hire you again for the mobile version."),
    ])

    add("hard-negative", [
        ("c", "We'll reward survey participants with $10 Amazon gift cards. Can you build the redemption email?"),
        ("f", "Sure. Will the codes come from a CSV?"),
        ("c", "Yes, our marketing team buys them in bulk."),
        ("f", "I'll use Mailchimp merge tags for the codes."),
    ])

    add("hard-negative", [
        ("c", "Just checking in, how's the migration going?"),
        ("f", "Good, 80% done. I might cash in on your offer of an extra week, though."),
        ("c", "Of course, take the time you need."),
        ("f", "Thanks, I'll update you Friday."),
    ])

    add("hard-negative", [
        ("c", "Upwork declined my Nigerian card again."),
        ("f", "That's annoying. Some clients had luck adding a dollar card or a PayPal billing account to Upwork."),
        ("c", "I'll try linking PayPal as my billing method."),
        ("f", "Let me know, I'll wait before starting."),
        ("c", "It worked! Milestone funded."),
    ])

    add("hard-negative", [
        ("c", "We need help setting up Gusto payroll for our 12 employees."),
        ("f", "Sure, I've done dozens of Gusto setups. Which states are you in?"),
        ("c", "California and Nevada."),
        ("f", "Ok, I'll need the EIN and the state tax IDs."),
    ])

    add("hard-negative", [
        ("c", "How does weekly billing work for an hourly contract?"),
        ("f", "Upwork bills you every week for the hours logged in the time tracker the week before."),
        ("c", "Can I set a weekly cap?"),
        ("f", "Yes, set a weekly limit in the contract terms, say 15 hours."),
    ])

    add("hard-negative", [
        ("c", "Hi, I'm new here. How does payment usually work with you?"),
        ("f", "Everything goes through Upwork: you fund a milestone, I deliver, you release it."),
        ("c", "And if I'm not happy with the result?"),
        ("f", "We discuss revisions, and Upwork has a dispute process as well."),
    ])

    add("identifier-job-context", [
        ("c", "I need a certified translation of my bank statements from German into English."),
        ("f", "Sure, please upload them here. How many pages?"),
        ("c", f"Six pages. The account is at Sparkasse, IBAN {grouped(iban('DE', 22))}, in case you need it for the cover page."),
        ("f", "Not needed, I'll translate exactly what's on the statements."),
    ])

    add("hard-negative", [
        ("c", "Our last freelancer insisted on being paid by Western Union, and we regretted it."),
        ("f", "Sorry to hear that. Working through the contract here protects you."),
        ("c", "That's why we posted this job on Upwork."),
        ("f", "Makes sense. Shall we start with the database schema?"),
    ])

    add("hard-negative", [
        ("c", "Phase 1 is done and paid. Should we add phase 2 to this contract or start a new one?"),
        ("f", "A new milestone on this contract is simplest."),
        ("c", "Okay, I added milestone 4 for $700."),
        ("f", "Thanks, I see it funded."),
    ])

    add("hard-negative", [
        ("c", "Is it okay if I pay the $2,000 in two parts? Budget is tight this month."),
        ("f", "Sure, we can split it into two milestones of $1,000."),
        ("c", "Great, first one now and the second in March."),
        ("f", "Works for me."),
    ])

    add("hard-negative", [
        ("f", "What's Wise? A freelancer friend said she withdraws her Upwork earnings to it."),
        ("c", "It's a money transfer service with low conversion fees. I use it for my own travel."),
        ("f", "Thanks, I'll look into it for my withdrawals."),
        ("c", "Sure. Now, about the chapter outline..."),
    ])

    add("ordinary-chat", [
        ("c", "What timezone are you in?"),
        ("f", "IST, so I'm 9.5 hours ahead of New York."),
        ("c", "Then let's do standups at 9am my time."),
        ("f", "That's 6:30pm for me, fine."),
        ("c", "Great, see you Monday."),
    ])

    add("hard-negative", [
        ("c", "We're building an expense app. Users should be able to scan a cheque and read the routing and account numbers."),
        ("f", "I can use the MICR line with an OCR model. Do you have sample images?"),
        ("c", "Yes, with dummy numbers, I'll upload them to the project folder."),
        ("f", "Perfect, I'll report accuracy per field."),
    ])

    add("hard-negative", [
        ("f", "Quick update: I hit the weekly hour limit. Should I stop or can you raise it?"),
        ("c", "Let me raise it to 30 hours this week."),
        ("f", "Thanks, I see the change."),
        ("c", "Please log the time with clear memos, our finance team reviews them."),
    ])

    add("hard-negative", [
        ("c", "The bonus I sent yesterday didn't show up for you?"),
        ("f", "It shows as pending, Upwork holds it for a few days."),
        ("c", "Ah, okay. Let me know if it doesn't clear."),
        ("f", "Will do, thanks again."),
    ])

    add("hard-negative", [
        ("c", "A competitor offered to pay our designer in crypto to poach her. Crazy, right?"),
        ("f", "Wow. Hope she stayed with you."),
        ("c", "She did. Anyway, can you redo the banner in 1200x628?"),
        ("f", "Sure, give me an hour."),
    ])

    add("hard-negative", [
        ("c", "I'd like to pay you more for the rush job. Can I increase the milestone?"),
        ("f", "Yes, you can edit the amount before it's funded, or add a bonus after approval."),
        ("c", "I'll add a $150 bonus after approval then."),
        ("f", "Very kind, thank you."),
    ])

    add("ordinary-chat", [
        ("f", "I've pushed the fix for the login loop to the staging branch."),
        ("c", "Thanks! Tested on iOS, it works."),
        ("f", "Great. Android next?"),
        ("c", "Yes, and please check the tablet layout too."),
        ("f", "On it."),
    ])

    add("hard-negative", [
        ("c", "For our fintech landing page, can you write copy explaining how customers top up with Apple Pay and bank transfer?"),
        ("f", "Sure. What tone: friendly or formal?"),
        ("c", "Friendly but trustworthy."),
        ("f", "Got it, first draft tomorrow."),
    ])

    add("hard-negative", [
        ("c", "I got an email asking me to pay you outside Upwork by Zelle. Was that you?"),
        ("f", "No, that wasn't me! Please don't pay it and report it to Upwork support."),
        ("c", "Reported. Glad I asked."),
        ("f", "Me too. I'll only ever ask for payment through the contract."),
    ])

    add("ordinary-chat", [
        ("c", "Could you resize the product photos to 2000px on the long side?"),
        ("f", "Sure, JPG or WebP?"),
        ("c", "WebP, quality 80."),
        ("f", "Done, the zip is uploaded to the messages."),
    ])

    add("hard-negative", [
        ("c", "Can you build a small Python script that checks whether a list of bank wire confirmations matches our ledger?"),
        ("f", "Sure. What format are the confirmations in?"),
        ("c", "PDFs from our bank plus an Excel ledger."),
        ("f", "I'll parse the PDFs with pdfplumber and match on amount and date."),
    ])

    add("hard-negative", [
        ("f", "I noticed the contract is still open. Should I submit the final milestone for payment?"),
        ("c", "Yes please, I'll approve it today."),
        ("f", "Submitted."),
        ("c", "Approved and paid. Thanks for everything!"),
    ])

    return cases


def heldout48_cases() -> list[dict[str, Any]]:
    """Held-out batch 48: payments/fintech/bookkeeping hard negatives plus subtle, polite off-platform payment violations."""
    rng.seed(48)
    cases: list[dict[str, Any]] = []
    add = _adder(cases, "heldout48-")
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

    # ---- hard negatives: fintech / payments development jobs ----
    add("hard-negative", [("c", "We need a Flutter developer to integrate Stripe Checkout and PayPal Smart Buttons into our booking app. "
                                "Fixed price, paid through milestones here.")])
    add("cover-letter", [("f", "I have shipped Razorpay and Paytm integrations for three Indian e-commerce stores, including refund webhooks "
                               "and UPI intent flows. Happy to walk you through my approach on a call.")], surface="proposal")
    add("hard-negative", [("c", "We run a crypto exchange and need a Solidity audit of our USDT bridge contract. Hourly contract, "
                                "billed weekly on the platform.")])
    add("hard-negative", [("c", "Our Nigerian customers mostly pay via Paystack bank transfer. Build a webhook that marks the order as paid "
                                "once Paystack confirms.")])
    add("hard-negative", [("c", "Our app lets friends split bills with GCash and Maya. Looking for a QA tester with Android 12-14 devices.")])
    add("hard-negative", [("c", "Our field agents collect payments by M-Pesa; we need a dashboard with daily M-Pesa totals per branch "
                                "and a CSV export.")])
    add("hard-negative", [("f", "Need a quick decision: should the form validate only UK sort code + account number, or do you want IBAN "
                                "support for EU customers too?")])
    add("hard-negative", [("c", "Please write a 1,500-word comparison of Revolut Business, Wise and Payoneer for small agencies. "
                                "SEO keywords attached.")])

    # ---- hard negatives: accounting / bookkeeping ----
    add("hard-negative", [("c", "Can you reconcile our Q3 bank statements against Xero? Around 400 lines, mostly incoming wire "
                                "transfers from EU customers.")])
    add("hard-negative", [("f", "Bookkeeping update: I recorded the Venmo payouts you made to your subcontractors under 'Contract labor' "
                                "in QuickBooks, and flagged two duplicates.")])
    add("hard-negative", [("f", "Payroll export finished: the Gusto CSV is mapped to your ADP template, 48 employees, and every net pay "
                                "amount matches the register.")])
    add("hard-negative", [("c", "My accountant paid a supplier by cheque last month and it bounced. Could you draft a polite but firm "
                                "follow-up letter to them?")])

    # ---- hard negatives: translating payment-app strings ----
    add("hard-negative", [("f", "Done with the Spanish strings: 'Send money' -> 'Enviar dinero', 'Request payment' -> 'Solicitar pago', "
                                "'Scan to pay' -> 'Escanear para pagar'. Glossary attached.")])
    add("hard-negative", [("f", "All 212 Brazilian Portuguese strings are translated. I rendered 'Copy Pix key' as 'Copiar chave Pix' "
                                "and kept 'Pix' untranslated as it's a brand.")])
    add("hard-negative", [("c", "Could you translate our bank's SWIFT/BIC and wire-transfer FAQ into German? Roughly 2,000 words, "
                                "formal register.")])

    # ---- hard negatives: platform billing questions ----
    add("hard-negative", [("c", "How do I add a second billing method here? My Visa keeps getting declined on the weekly invoice.")])
    add("hard-negative", [("f", "Quick question: if you fund the next milestone today, does escrow release it automatically after "
                                "14 days if nobody reviews it?")])
    add("hard-negative", [("c", "Bonus sent for the extra revisions - thanks a lot for the patience!")])
    add("hard-negative", [("f", "I withdrew my earnings to my bank account last week and it took three business days. Is that normal "
                                "for this site?")])
    add("hard-negative", [("f", "The invoice for this week shows 32.5 hours but my tracker says 30. Could you check before it gets "
                                "charged? I've filed a correction.")])
    add("hard-negative", [("c", "I've opened a dispute through the resolution center for milestone 2 - please respond there so "
                                "support can decide on the refund.")])
    add("hard-negative", [("f", "Could you double-check the contract rate? The weekly billing shows $35/hr but the offer we agreed on "
                                "said $40.")])
    add("hard-negative", [("c", "Does the service fee also apply to bonuses? I'd like to send you a tip for the weekend work.")])
    add("hard-negative", [("c", "Sorry the milestone was late - the card on file expired. I've updated it, so the payment should go "
                                "through today.")])

    # ---- hard negatives: past events, third parties, reporting, asking ----
    add("hard-negative", [("c", "Years ago a contractor had me pay him through Western Union and I lost $800. That's why I only hire "
                                "through this site now.")])
    add("hard-negative", [("c", "Before we found this marketplace we used to pay our designer via Payoneer, which was a headache "
                                "for taxes.")])
    add("hard-negative", [("f", "A former client once paid me with gift cards and half of them were already used. Glad everything "
                                "here goes through the contract.")])
    add("hard-negative", [("f", "Back in 2019 I got paid in cash for a local wedding shoot - that's how I started photography.")])
    add("hard-negative", [("f", "Heads up: another client on here asked me to take payment by Zelle. I said no and reported it "
                                "to support.")])
    add("hard-negative", [("c", "What is Wise exactly? The previous developer's README mentions a Wise API token and I don't know "
                                "what it's for.")])

    # ---- hard negatives: idioms ----
    add("hard-negative", [("f", "Please pay attention to the hero margin: the wire frame says 24px, not 32px.")])
    add("hard-negative", [("c", "Check out the Figma file when you can - the wireframes for the cash-in screen are on page 3.")])
    add("hard-negative", [("c", "Tagline brief: 'Cash in on the holiday rush.' Can you write five variants with the same energy?")])
    add("hard-negative", [("f", "I'll pay it forward - I've added a free extra icon set as thanks for the long contract.")])
    add("hard-negative", [("c", "I'll check in tomorrow morning and we can wire up the login form to the API then.")])

    # ---- identifiers in work data ----
    add("identifier-job-context", [("f", f"The parser fixture uses {grouped(iban('GB', 22))} as the sample payee, and the sort code "
                                         "is now extracted correctly.")])
    add("identifier-job-context", [("c", f"For the block explorer demo, index {btc()} as the showcase wallet and render its last "
                                         "20 transactions.")])
    add("identifier-job-context", [("c", f"Deploy the ERC-20 to Sepolia and set the treasury variable to {eth()}, the company "
                                         "multisig from the spec doc.")])
    add("identifier-job-context", [("f", f"Fixed the TRC-20 decoding bug; the failing case was the address {tron()} in the "
                                         "sample block you sent.")])
    add("identifier-job-context", [("c", f"The wallet UI truncates long bech32 addresses like {segwit()} badly - please fix the "
                                         "ellipsis logic on mobile.")])
    add("identifier-job-context", [("f", f"Taproot support added. The unit test parses {taproot()} and round-trips it through the "
                                         "encoder without errors.")])
    add("identifier-job-context", [("c", f"For the tax report, tag deposits coming from {p2sh()} as exchange withdrawals; that "
                                         "address is listed in our audit notes.")])
    add("identifier-job-context", [("f", f"SEPA XML generated. First creditor row: {grouped(iban('NL', 18))}, amount 1,240.00 EUR, "
                                         "end-to-end ID INV-2231.")])
    add("identifier-invalid", [("f", f"The validator now rejects {corrupt(iban('FR', 27), '0123456789')} because the checksum fails, "
                                     "which is the expected behaviour.")])
    add("identifier-invalid", [("c", f"Our regex still accepts {corrupt(btc(), b58)} even though the checksum is wrong. "
                                     "Can you tighten the validation?")])
    add("identifier-invalid", [("f", f"Test case 14 feeds {corrupt(segwit(), bech)} to the decoder and expects an "
                                     "InvalidChecksum error - passing now.")])

    # ---- ordinary chat / negative conversations ----
    add("ordinary-chat", [("c", "Great work on the logo! Could we also get a darker variant for the footer?")])
    add("ordinary-chat", [("f", "Final files are uploaded to the contract workroom. Let me know if anything needs tweaking.")])
    add("ordinary-chat", [("c", "How should I pay you for the extra hour you spent on the migration?"),
                          ("f", "Easiest is to add it as a bonus on this contract, or I can log it on the hourly tracker."),
                          ("c", "Bonus it is, sending now.")])
    add("hard-negative", [("c", "What's Cash App? A tester mentioned it in the feedback."),
                          ("f", "It's a US peer-to-peer payment app, similar to Venmo."),
                          ("c", "Got it - then the checkout copy should list it next to Apple Pay as a supported option.")])
    add("hard-negative", [("c", "Is escrow actually safe? A friend told me he just pays his freelancers by bank transfer."),
                          ("f", "Yes - the funds are held by the platform until you approve the milestone, so you're covered.")])
    add("ordinary-chat", [("f", "The budget is a little tight, but I'm fine with it. Send the offer through here whenever you're ready."),
                          ("c", "Done, offer sent.")])

    # ---- client solicits ----
    add("client-solicits", [("c", "Would it be easier for both of us if I sent the remaining balance through Wise? It would save "
                                  "us the fees.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "For the next project we'd rather handle things directly - a monthly bank transfer, no middleman. "
                                  "Thoughts?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "I can pay in USDT if that's more convenient for you, just say the word.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "After the trial, our finance team prefers to move contractors onto Deel. Would you be open to "
                                  "that?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "No pressure at all, but for the small fixes I could just Venmo you instead of opening a new "
                                  "contract each time.")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "I'm in Nairobi - happy to send it by M-Pesa if that's quicker for you than the platform.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "Can I just P\u0430yP\u0430l you the rest?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "Would you accept a cheque mailed to your address for the print job?")], client=[(0, "PAY001")])
    add("client-solicits", [("c", "I could send Amazon gift cards as payment for this one, if that's ok with you.")],
        client=[(0, "PAY001")])
    add("client-solicits", [("c", "We could both skip the 10% if I pay you through Payoneer from now on.")], client=[(0, "PAY001")])

    # ---- freelancer solicits ----
    add("freelancer-solicits", [("f", "For future tasks, would you consider paying me directly by bank transfer? I can knock 10% off "
                                      "the rate.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "If it's simpler, a Revolut transfer works fine for me for the small edits.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Happy to keep helping after the contract ends - we can just settle up by Zelle at the end of "
                                      "each month.")], freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "Let's keep it simple: Cash\u200bApp me the $60 and I'll send over the files.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "I'm based in Cebu, so GCash would honestly be ideal for me if you're able to.")],
        freelancer=[(0, "PAY001")])
    add("freelancer-solicits", [("f", "For the retainer, I'd suggest a direct monthly invoice payable by SEPA transfer.")],
        freelancer=[(0, "PAY001")])
    add("cover-letter", [("f", "I can start immediately. To keep my rates low I usually invoice clients directly and take payment "
                               "by bank wire.")], freelancer=[(0, "PAY001")], surface="proposal")
    add("cover-letter", [("f", "Rate is negotiable, and for long-term work outside of here I also accept Bitcoin or USDC.")],
        freelancer=[(0, "PAY001")], surface="proposal")

    # ---- details shared ----
    add("details-valid", [("f", f"If you'd rather pay directly, my IBAN is {grouped(iban('DE', 22))} (Sparkasse).")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"BTC address for the remaining amount: {btc()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "You can send it to my PayPal, lena.moritz.design@gmail.com - it's quicker than the milestones.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "My cashtag is $JoseRamirezDev if you want to tip outside of here.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("c", f"For the refund, just send it straight to my account: {grouped(iban('ES', 24))}.")],
        client=[(0, "PAY002")])
    add("details-valid", [("f", f"USDT (TRC-20): {tron()} - I'll start as soon as it lands.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "Here's my payment link, much faster than the escrow: paypal.me/akovalenko")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "For the next invoice: account number 40308669, sort code 20-45-77, Barclays, name as on my profile.")],
        freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"ETH or any ERC-20 token works: {eth()}")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", "ACH is fine: routing 021000021, account 483920112 (Chase checking).")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"Send it to {segwit()} and message me the txid when done.")], freelancer=[(0, "PAY002")])
    add("details-valid", [("f", f"IBAN {iban('IT', 27)}, BIC BCITITMM, intestato a Marco Ferri.")], freelancer=[(0, "PAY002")])

    # ---- conversations ----
    add("conversation", [("c", "Could I pay the last part by PayPal? The platform fee on a job this size is painful."),
                         ("f", "Sure, that works for me.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "How about I send payment by wire from now on instead of through here?"),
                         ("f", "Why do you prefer that?"),
                         ("c", "Our accounts department can't add new vendors on the site, wires are much simpler for them."),
                         ("f", "Ok, understood.")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Let's move the payments to Skrill, it's cheaper for me."),
                         ("f", "Sorry, I only accept payments through the platform. I've let support know about this request.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("f", "Would you be able to pay the next phase outside the platform? It saves us both some fees."),
                         ("c", "Wise would work better for us than a card, if that's fine.")],
        freelancer=[(0, "PAY001")], client=[(1, "PAY003")])
    add("conversation", [("c", "I'd like to pay you by bank transfer for the rest, is that alright?"),
                         ("f", f"Of course - here it is: {grouped(iban('PL', 28))}")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "Would you accept payment by Interac e-Transfer for the follow-up work?"),
                         ("f", "Thanks for the offer, but I'd prefer to keep everything on the contract here.")],
        client=[(0, "PAY001")])
    add("conversation", [("f", "Could we do the next batch via PayPal Friends & Family?"),
                         ("c", "I'd rather not, let's stay on the site."),
                         ("f", "Even a regular PayPal invoice would be fine with me.")],
        freelancer=[(0, "PAY001"), (2, "PAY001")])
    add("conversation", [("c", "Would a direct transfer to your bank be ok for this milestone?"),
                         ("f", "Ok deal."),
                         ("c", "Great, I'll send it Friday morning once payroll runs.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "If you could pay me via bank transfer directly, I'd offer a small discount."),
                         ("c", "Ok."),
                         ("f", f"Thanks! Details: {grouped(iban('BE', 16))}, account holder Ana Petrova.")],
        freelancer=[(0, "PAY001"), (2, "PAY002")], client=[(1, "PAY003")])
    add("conversation", [("c", "Would crypto be ok for the next invoices?"),
                         ("f", "Which coin and which network?"),
                         ("c", "USDT on Tron."),
                         ("f", f"Ok, here's my address: {tron()}")],
        client=[(0, "PAY001")], freelancer=[(3, "PAY003")])
    add("conversation", [("c", "Can I pay you on PayPal instead?"),
                         ("f", "Not PayPal, but a Wise transfer would work for me.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("c", "\u00bfTe puedo pagar por Bizum para evitar la comisi\u00f3n?"),
                         ("f", "No, gracias, prefiero cobrar por la plataforma. Lo he reportado, espero que lo entiendas.")],
        client=[(0, "PAY001")], flags=[("f", 0)])
    add("conversation", [("c", "Maybe we can settle future invoices directly by bank transfer?"),
                         ("f", "Let me think about it and get back to you.")],
        client=[(0, "PAY001")])
    add("conversation", [("c", "Would Western Union work for you for the last payment?"),
                         ("f", "That works. Use my full name as on my profile, city Lagos.")],
        client=[(0, "PAY001")], freelancer=[(1, "PAY003")])
    add("conversation", [("f", "Going forward, could you just pay me via Payoneer directly?"),
                         ("c", "Is that allowed?"),
                         ("f", "Lots of people do it, it just saves the fees."),
                         ("c", "Alright then.")],
        freelancer=[(0, "PAY001")], client=[(3, "PAY003")])
    add("conversation", [("c", "Can I send you the bonus through Cash App instead of the site?"),
                         ("f", "I appreciate it, but please use the bonus button on the contract - that's the only way I accept "
                               "payment.")],
        client=[(0, "PAY001")])
    return cases


def main() -> None:
    cases = [*dev_cases(), *heldout_cases(), *heldout2_cases(), *heldout3_cases(),
             *heldout4_cases(), *heldout5_cases(), *heldout6_cases(), *heldout7_cases(),
             *heldout8_cases(), *heldout9_cases(), *heldout10_cases(),
             *heldout11_cases(), *heldout12_cases(), *heldout13_cases(),
             *heldout14_cases(), *heldout15_cases(),
             *heldout16_cases(), *heldout17_cases(),
             *heldout18_cases(), *heldout19_cases(), *heldout20_cases(),
             *heldout21_cases(), *heldout22_cases(), *heldout23_cases(),
             *heldout24_cases(), *heldout25_cases(), *heldout26_cases(),
             *heldout27_cases(), *heldout28_cases(), *heldout29_cases(),
             *heldout30_cases(), *heldout31_cases(), *heldout32_cases(),
             *heldout33_cases(), *heldout34_cases(), *heldout35_cases(),
             *heldout36_cases(), *heldout37_cases(), *heldout38_cases(),
             *heldout39_cases(), *heldout40_cases(),
             *heldout41_cases(), *heldout42_cases(), *heldout43_cases(),
             *heldout44_cases(), *heldout45_cases(), *heldout46_cases(),
             *heldout47_cases(), *heldout48_cases()]
    with OUT.open("w", encoding="utf-8") as f:
        for case in cases:
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases -> {OUT}")


if __name__ == "__main__":
    main()
