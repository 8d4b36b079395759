# ruff: noqa: RUF001  (Cyrillic and Arabic asks are test input)
"""The clause-level payment relation and the conversation's open-proposal state.

Each mechanism is tested with wordings it was not written from, and against
look-alikes: the channel, the act and the person each present without the others, or
all three in talk about the job, the platform or the past.
"""

from __future__ import annotations

import pytest

from holdrules.detectors.payment import OffPlatformPaymentDetector
from holdrules.detectors.payment_relation import channel_spans, relation_spans
from holdrules.detectors.payment_signals import SignalKind
from holdrules.records import AccountKind
from holdrules.testing import account, conversation

DETECTOR = OffPlatformPaymentDetector()
FREELANCER = account("fl", AccountKind.FREELANCER)


def _relation(text: str) -> bool:
    return any(s.pattern == "solicit.payment_relation" for s in DETECTOR.read(text).violating)


@pytest.mark.parametrize("text", [
    "I have USDT ready, can I just send it to you?",
    "Would you be open to being paid by wire for the next phase?",
    "What's your Wise tag? I'll send the deposit now.",
    "How do you want the remaining payment? PayPal or Payoneer?",
    "maybe I pay you by bank next time",
    "you could receive it in bitcoin if that's easier",
])
def test_channel_act_and_person_together_is_a_proposal(text: str) -> None:
    assert DETECTOR.read(text).violating


@pytest.mark.parametrize("text", [
    "Would you recommend Payoneer or Wise for receiving Upwork payouts?",
    "Do your customers mostly pay by bank transfer or card?",
    "I can add Cash App Pay to your Shopify store.",
    "Can you take a look at our Stripe payout errors?",
    "My last freelancer asked me to pay by PayPal, I refused.",
    "Do you need the PayPal sandbox credentials for testing?",
    "Can I pay you for the extra hours through a new milestone?",
    "A wise choice: you should pay attention to the details.",
    "I can't accept PayPal, you need to pay through Upwork.",
    "Two years ago a client sent you money by wire, right?",
])
def test_look_alikes_of_the_relation_stay_quiet(text: str) -> None:
    assert not _relation(text)


def test_ambiguous_names_and_bare_channel_words_need_a_cue() -> None:
    assert channel_spans("send it by wire", DETECTOR._vocabulary())
    assert not channel_spans("the wire frame is done", DETECTOR._vocabulary())
    assert not channel_spans("a wise decision", DETECTOR._vocabulary())
    assert channel_spans("what's your wise tag", DETECTOR._vocabulary())
    # the act must be outside the channel's own name: "bank transfer" sends nothing
    assert not relation_spans("your bank transfer screen", DETECTOR._vocabulary())
    assert relation_spans("I transfer you the rest by bank transfer", DETECTOR._vocabulary())


def _codes(turns: list[tuple[str, str]]) -> list[tuple[str, str]]:
    activity = conversation(FREELANCER, "cl", turns)
    return [(f.code, f.evidence[0].record_id) for f in DETECTOR.detect(activity)]  # type: ignore[union-attr]


def test_naming_a_proposed_channel_is_an_agreement() -> None:
    turns = [("them", "How should I pay you the rest? PayPal or Payoneer?"),
             ("me", "PayPal please.")]
    assert [c for c, _ in _codes(turns)] == ["PAY003"]
    declined = [("them", "How should I pay you the rest? PayPal or Payoneer?"),
                ("me", "Neither, sorry, only through Upwork.")]
    assert _codes(declined) == []


def test_a_proposal_stays_open_through_a_clarifying_question() -> None:
    turns = [("them", "Can we settle directly by bank transfer?"),
             ("me", "What about the contract?"),
             ("them", "We just close it, I transfer you the rest."), ("me", "Okay, deal.")]
    assert [c for c, _ in _codes(turns)] == ["PAY003"]


def test_an_unanswered_question_or_a_new_topic_closes_the_bare_agreement() -> None:
    unanswered = [("them", "Let's close the contract and continue privately."),
                  ("me", "Why?"), ("me", "Ok")]
    assert _codes(unanswered) == []
    new_topic = [("them", "Can we settle directly by bank transfer?"), ("me", "Hmm, why?"),
                 ("them", "Also, can you make the logo blue?"), ("me", "Sure")]
    assert _codes(new_topic) == []


@pytest.mark.parametrize("text", [
    "Could you pay attention to the Venmo brand guidelines?",
    "Could you take a look at why Venmo payments fail for our users?",
    "Are you going to send your bank the paperwork?",
])
def test_light_verbs_and_bare_possessives_are_no_payment_relation(text: str) -> None:
    assert not _relation(text)


@pytest.mark.parametrize(("text", "offers"), [
    ("Do you want the bonus on PayPal or through Upwork?", True),
    ("Can I send the rest via Wise or through the platform?", True),
    ("Should the footer show PayPal or Upwork logos?", False),
    ("Which is safer for freelancers, PayPal or Upwork?", False),
    ("I want to know whether PayPal or Upwork charges more", False),
    ("Do you withdraw via Payoneer or Upwork direct deposit?", False),
])
def test_a_choice_between_a_service_and_the_platform_offers_the_service(
    text: str, offers: bool
) -> None:
    assert bool(DETECTOR.read(text).violating) is offers


@pytest.mark.parametrize("text", [
    "I once had a client who paid through Payoneer outside Upwork and he vanished.",
    "My last freelancer asked me to pay by PayPal, I refused.",
    "I get my Upwork money via direct deposit to my bank.",
])
def test_narrated_past_and_the_platforms_own_money_are_guarded(text: str) -> None:
    assert not DETECTOR.read(text).violating


@pytest.mark.parametrize("text", [
    "Mind if I send the last payment on Payoneer?",  # "last" as in final, not past
    "We can keep the contract for show and do the payment between us.",
    "Can my company pay you by SEPA directly next month?",
])
def test_final_instalments_private_payments_and_sepa_are_proposals(text: str) -> None:
    assert DETECTOR.read(text).violating


def test_asking_for_the_proposers_details_is_agreement_at_any_point() -> None:
    turns = [("them", "Happy to give a discount if you send the payment via Wise."),
             ("me", "Sounds interesting."), ("me", "Ok, go ahead and send me your details.")]
    assert [c for c, _ in _codes(turns)] == ["PAY003"]
    declined = [("them", "Happy to give a discount if you send the payment via Wise."),
                ("me", "No, that's against the rules."),
                ("me", "Send me your details for the NDA.")]
    assert _codes(declined) == []


def test_a_filler_is_no_answer_yet() -> None:
    turns = [("them", "I'll pay the remaining via Revolut, ok?"), ("me", "Hmm"), ("me", "ok")]
    assert [c for c, _ in _codes(turns)] == ["PAY003"]


def test_a_bare_handle_after_an_agreement_is_details() -> None:
    turns = [("them", "How about I Venmo you for the rush fee?"), ("me", "Sure"),
             ("them", "Great what's your handle"), ("me", "@leah_codes")]
    assert [c for c, _ in _codes(turns)] == ["PAY003", "PAY002"]
    # with no agreement before it, a bare handle is no payment detail
    assert _codes([("them", "What's your GitHub?"), ("me", "@leah_codes")]) == []


def test_agreeing_while_pointing_to_the_platform_is_no_agreement() -> None:
    turns = [("them", "Could I pay you via PayPal for this part?"),
             ("me", "Yes, you can add PayPal as your billing method on Upwork.")]
    assert _codes(turns) == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("Would a crypto payment be acceptable for this gig?", True),
    ("My Payoneer receives USD directly, just send it there.", True),
    ("I can pay you in EUR directly.", True),
    ("Can you take over the crypto wallet project?", False),
    ("Could you take part in the Venmo launch call?", False),
    ("I'll pay you in full directly after the milestone is approved.", False),
])
def test_acceptability_inflections_and_light_verbs(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("turns", "codes"), [
    ([("them", "Could we handle the final payment on PayPal?"), ("me", "Why not here?"),
      ("them", "My Upwork card keeps getting declined."), ("me", "Ok, PayPal then.")], ["PAY003"]),
    ([("them", "Would you accept Zelle?"), ("me", "What is Zelle?")], []),
    ([("them", "Do you take bitcoin for larger projects?"), ("me", "I do, yes.")], ["PAY003"]),
    ([("them", "Do you take bitcoin for larger projects?"), ("me", "Yes, why?")], ["PAY003"]),
    ([("them", "Do you take bitcoin for larger projects?"), ("me", "Ok?")], []),
])
def test_a_question_back_is_no_answer_but_a_set_off_yes_is(
    turns: list[tuple[str, str]], codes: list[str]
) -> None:
    assert [c for c, _ in _codes(turns)] == codes


@pytest.mark.parametrize(("text", "flagged"), [
    ("It would be great if the remaining amount could go straight to my PayPal.", True),
    ("Easiest is if you send it to me on Wise, the details are on my website.", True),
    ("Please share your account number and I will transfer the salary monthly.", True),
    ("A client once tried to pay me with a fake PayPal email, so I'm careful.", False),
    ("Could you add the account number field to the Wise form on our website?", False),
])
def test_heldout10_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # a request for the other side's payment identity, any verb with "me"/"us"
    ("Mate, just shoot me your Revolut and I'll sort you out.", True),
    ("Ping us your Payoneer when you get a minute.", True),
    ("What's your Wise email?", True),  # an ambiguous name before an identity noun
    ("What's your Wise opinion on the layout?", False),
    # ... unless the service only modifies a job-topic noun
    ("Show me your PayPal integration when it's ready.", False),
    ("Send us your Venmo onboarding screens for review.", False),
    # a channel routed to a party's identity is an act of paying
    ("In case Upwork gives you trouble, Zelle to my phone works too.", True),
    ("You can always do Revolut to my number, whatever is easier for you.", True),
    ("Did you link PayPal to your email before the demo?", False),  # account setup
])
def test_payment_identity_requests_and_routes(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("I'll send you the PayPal mockups tomorrow.", False),
    ("I'll send you the Skrill invoice template tonight.", False),
    ("We'll send you the Stripe webhooks spec after lunch.", False),
    ("I'll pay you via PayPal, logo attached.", True),  # a comma: the name is no adjective
    ("I'll send you a PayPal invoice for the rest.", True),  # "invoice" alone is payment
    ("I'll send you the PayPal mockups and pay you the rest via Venmo.", True),
])
def test_a_service_as_the_adjective_of_a_deliverable_names_no_channel(
    text: str, flagged: bool
) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("How long does Upwork take to clear a payment to Payoneer?", False),
    ("Does Upwork pay out to Wise accounts in Kenya?", False),
    ("Upwork will send the money to your PayPal once you withdraw.", False),
    ("Upwork takes forever, just send it to my PayPal.", True),
    ("Forget Upwork, pay me to my PayPal.", True),
])
def test_the_platform_paying_out_to_a_service_is_its_own_feature(
    text: str, flagged: bool
) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_a_motive_for_the_accounts_own_open_proposal_is_no_second_finding() -> None:
    turns = [("me", "Would it be okay if you paid the final part through Wise?"),
             ("them", "What's the benefit?"), ("me", "No fees for either of us.")]
    findings = DETECTOR.detect(conversation(FREELANCER, "cl", turns))
    assert [f.code for f in findings] == ["PAY001"]
    # the follow-up is evidence of the one finding, and the trace says why
    assert any(getattr(e, "excerpt", "") == "No fees for either" for e in findings[0].evidence)
    steps = DETECTOR.trace(conversation(FREELANCER, "cl", turns))
    assert "no second finding" in steps[-1].explain()
    # answering the question with the proposal's own channel explains it; a channel
    # the proposal did not name is a proposal of its own
    again = [*turns[:2], ("me", "It saves us the fees, just pay me on Wise.")]
    assert len(DETECTOR.detect(conversation(FREELANCER, "cl", again))) == 1
    other = [*turns[:2], ("me", "It saves us the fees. Or just pay me on Payoneer.")]
    assert len(DETECTOR.detect(conversation(FREELANCER, "cl", other))) == 2
    # with no question between, the same channel named again is a second proposal
    unasked = [turns[0], ("them", "Thanks for the draft."),
               ("me", "So, can you pay the final part through Wise?")]
    assert len(DETECTOR.detect(conversation(FREELANCER, "cl", unasked))) == 2
    # with no open proposal of its own, fee talk is read on its own
    alone = [("me", "No fees for either of us if we do it that way.")]
    assert [f.code for f in DETECTOR.detect(conversation(FREELANCER, "cl", alone))] == ["PAY001"]


@pytest.mark.parametrize(("text", "flagged"), [
    # a service's own name for a payment identity names the service
    ("Bro just drop your cashtag, I'll send the 200 now.", True),
    # a release directed to an outside service is no platform feature
    ("Kindly release payment on my Payoneer, Upwork is charging me 20%.", True),
    ("Please release the payment on Upwork when you're happy.", False),
    # a joint offer may put a few words between "could we" and the service
    ("Could we do the last part on PayPal?", True),
    ("Can we handle the extra hours on Venmo?", True),
    # ... but only with a channel preposition before it; talk about a service stays quiet
    ("Should we add a tooltip explaining what Zelle is?", False),
    ("Can we discuss whether to support Payoneer later?", False),
    # the rest / the balance through a service is a payment between the two parties,
    # whatever the sentence says about accounting
    ("Let's do the rest by bank transfer, easier for our accounting.", True),
    ("The balance via Revolut would be easier for me.", True),
    ("cashapp pls, $lenaart", True),  # a courtesy word between the service and the handle
    ("u have zelle?", True),
    # plural third-party payers, and questions about how the platform works
    ("Our clients mostly pay us by bank transfer, so the invoice generator needs IBAN fields.",
     False),
    ("Does Upwork charge a fee when I pay the invoice with PayPal?", False),
    ("Does Upwork let me pay you with PayPal directly?", True),
    ("My clients pay me via Zelle, can you do the same?", True),
    ("Send me your Revolut referral link? I want to open an account too.", False),
    # probes of the new mechanisms' side effects, written after heldout12
    ("Please email me your Skrill question and I'll check with the client.", False),
    ("Remind me your PayPal login issue from yesterday?", False),
    ("How much did Upwork take from the payment to your Payoneer?", False),
])
def test_heldout12_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_same_as_here_compares_with_the_platform_and_does_not_pay_through_it() -> None:
    turns = [("them", "Can you accept Payoneer directly? I will pay extra 5%."),
             ("me", "Ok no problem, my payoneer email is same as here.")]
    assert [c for c, _ in _codes(turns)] == ["PAY003"]
    assert DETECTOR.read("Yes, same as here.", force=True).of(SignalKind.AGREE)


def _frame(text: str) -> bool:
    return any(s.pattern == "solicit.payment_frame" for s in DETECTOR.read(text).violating)


@pytest.mark.parametrize("text", [
    "I'll settle via MoneyGram, is that alright?",
    "could we cover the second half on Payoneer",
    "ya got cashapp?",
    "Do you have a Skrill account by any chance?",
    "We only take USDT for retainers.",
    "Revolut ok for the tip?",
    "let's switch to Wise for the remaining invoices",
])
def test_the_transaction_frame_needs_no_you_and_no_payment_verb(text: str) -> None:
    # each lacks the narrow relation's "you" + payment verb, yet settles a payment
    assert not relation_spans(text.lower(), DETECTOR._vocabulary())
    assert DETECTOR.read(text).violating


@pytest.mark.parametrize("text", [
    "Have you ever built a Wise-like transfer flow?",  # auxiliary "have", a job
    "Has anyone used Venmo's business profile with Shopify?",
    "I used Payoneer back in 2019 for a different marketplace.",  # past form, no cue
    "We use Stripe for our customers and PayPal for refunds.",  # third party, job
    "I'd rather you fix the PayPal button first, then the cart.",
    "I have PayPal but I only use it for Upwork withdrawals, so pay through the contract.",
])
def test_frame_look_alikes_stay_quiet(text: str) -> None:
    assert not _frame(text)


def test_frame_is_weaker_than_counter_evidence_elsewhere_in_the_message() -> None:
    alone = "I have Payoneer."
    assert _frame(alone)
    with_decline = "I have Payoneer, but no thanks, I only get paid through Upwork."
    assert not DETECTOR.read(with_decline).violating


def test_an_answer_to_a_question_about_payouts_is_no_proposal() -> None:
    asked = [("them", "Do you withdraw your Upwork earnings to Payoneer or to a bank?"),
             ("me", "Payoneer, it's cheaper for me here.")]
    assert _codes(asked) == []
    (step,) = DETECTOR.trace(conversation(FREELANCER, "cl", asked))
    assert step.outcome.value == "answered-question"
    assert "answer to a question" in step.explain()
    # the same words with no question before them propose the channel
    assert [c for c, _ in _codes([("me", "Payoneer, it's cheaper for me here.")])] == ["PAY001"]
    # and a question that itself proposes is answered by agreeing
    proposed = [("them", "Can I send the rest to your Payoneer?"),
                ("me", "Payoneer, it's cheaper for me here.")]
    assert [c for c, _ in _codes(proposed)] == ["PAY003"]


@pytest.mark.parametrize(("text", "flagged"), [
    # the platform named as what is replaced is no platform feature
    ("For the tip there's no need to go through Upwork, just Cash App me.", True),
    ("Revolut costs less than paying through the site, can we switch to it?", True),
    ("My card fails on Upwork again, can we do Venmo instead?", True),
    ("You could add Venmo as a billing method on Upwork instead.", False),
    # releasing money through a service is no release on the platform
    ("Please release the funds via Skrill this week.", True),
    ("Please release the milestone when you're happy with the work.", False),
    # someone else's proposal, told of; a payer who is a third party
    ("A client asked me to take payment through Venmo, is that allowed here?", False),
    ("We were paid by our reseller through Wise, please log it in the ledger.", False),
])
def test_replaced_platform_release_and_reported_proposals(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "kind"), [
    ("paypal.me/jdoe if you want to tip for the poster", "details.payment_link"),
    ("Bank: Lloyds, sort code 30-94-57, account 10293847", "identifier.sort_code"),
    ("Bank: Lloyds, sort code 30-94-57, account 10293847", "identifier.bank_account"),
    ("Account no. 50100234567812, IFSC: SBIN0004321, name Meera K", "identifier.ifsc"),
    # mobile-money merchant numbers, labelled; a "No." does not end the label
    ("Lipa na M-Pesa: Till No. 884213, Wanjiru Prints.", "identifier.mobile_money_merchant"),
    ("Use Paybill 522533, account 7781 for the balance.", "identifier.mobile_money_merchant"),
    # "it's" between the service and the handle
    ("You can send it to my Venmo, it's @dana-loops.", "details.service_handle"),
    # a payment link is somewhere to send money outside technical work, even where an
    # audit or a dashboard is the job ("identifier context" is about data, not links)
    ("Your SEO audit is attached. For the balance: paypal.me/auditsbyrio, saves the fees.",
     "details.payment_link"),
])
def test_payment_links_and_uk_and_indian_bank_details(text: str, kind: str) -> None:
    assert kind in {s.pattern for s in DETECTOR.read(text).signals}


@pytest.mark.parametrize("text", [
    "Add paypal.me/acme to the donate button on the website footer.",
    "Ticket: account 10293847 cannot log in since Monday.",  # a bare account, no bank code
    "The dashboard shows the treasury wallet 1BoatSLRHtKNngkdXEeobR76b53LETtpyT read-only.",
])
def test_links_in_technical_work_and_numbers_that_are_not_bank_details(text: str) -> None:
    assert not DETECTOR.read(text).violating


@pytest.mark.parametrize(("turns", "codes"), [
    # a short question that refers back makes the sentence before it the question
    ([("them", "I'd like to pay the rest by wire transfer. Is that a problem?"),
      ("me", "No problem.")], ["PAY003"]),
    # asking for "the address" acts on the proposal
    ([("them", "Can I pay you in USDT for this one?"), ("me", "What's USDT?"),
      ("them", "A stablecoin, one USDT is about one dollar, it's fast."),
      ("me", "alright, give me the address and I'll look into buying some")], ["PAY003"]),
    # "works for me" anywhere in a short first answer
    ([("them", "Could I pay you with Amazon gift cards?"), ("me", "haha amazon works for me")],
     ["PAY003"]),
])
def test_answers_that_agree(turns: list[tuple[str, str]], codes: list[str]) -> None:
    assert [c for c, _ in _codes(turns)] == codes


def test_a_short_thanks_that_answers_another_part_of_a_long_message() -> None:
    proposal = ("The logo drafts look good, I still need the brand colours for the banner. "
                "Also, could you pay me via Wise directly next time? Thanks.")
    other = [("them", proposal), ("me", "Great, thanks! I'll send the brand colours tonight.")]
    assert _codes(other) == []
    plain = [("them", proposal), ("me", "Great, thanks!")]
    assert [c for c, _ in _codes(plain)] == ["PAY003"]


def _off_platform(text: str) -> bool:
    return any(s.pattern == "solicit.off_platform" for s in DETECTOR.read(text).violating)


@pytest.mark.parametrize("text", [
    "I'll settle the remaining invoices with you directly next month.",
    "Let's keep the bonus off the books.",
    "Can you do the second half outside the contract?",
    "I'll fund half as a milestone here and send the other half to you directly.",
    "Te pago por fuera de la plataforma, así ahorramos la comisión.",
    "Posso pagar por fora da plataforma?",
])
def test_off_platform_frame_needs_no_channel(text: str) -> None:
    assert DETECTOR.read(text).violating


@pytest.mark.parametrize("text", [
    "Email me directly about the invoice.",  # a way of talking
    "Send the brand files privately via the shared drive.",  # nothing to settle
    "I'll pay you in full directly after the milestone is approved.",  # temporal
    "You can pay me directly through Upwork once you approve it.",  # the platform
    "We pay our interns directly through payroll.",  # a third party
])
def test_off_platform_frame_look_alikes(text: str) -> None:
    assert not _off_platform(text)


@pytest.mark.parametrize(("text", "flagged"), [
    ("PayPaI me the rest pls", True),  # a capital I written for an l
    ("ZeII3 ok for the balance?", True),
    ("LinkedIn is where I post my case studies.", False),
    ("Can we move you onto Deel and pay you there instead?", True),
    ("We pay our full-time staff through Deel.", False),
    ("I'd rather it not show up on the contract, send it to my Venmo.", True),
])
def test_capital_i_payroll_services_and_negated_keep_on_platform(
    text: str, flagged: bool
) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_a_pix_key_in_portuguese_is_payment_details() -> None:
    signals = DETECTOR.read("Minha chave Pix é 11987654321, pode mandar por lá.")
    assert signals.has(SignalKind.DETAILS)


@pytest.mark.parametrize(("turns", "codes"), [
    ([("them", "Can I pay the rest through Wise?"), ("me", "\U0001F44D send your details")],
     ["PAY003"]),
    ([("them", "Can I pay the rest through Wise?"), ("me", "Yes please.")], ["PAY003"]),
    ([("them", "Can I pay the rest through Wise?"), ("me", "Happy to!")], ["PAY003"]),
    # "happy to" + a verb says what the speaker is happy to do instead
    ([("them", "Can I pay the rest through Wise?"),
      ("me", "I can't, sorry. Happy to keep going on the contract though.")], []),
])
def test_more_ways_to_agree_and_a_bare_i_cant(
    turns: list[tuple[str, str]], codes: list[str]
) -> None:
    assert [c for c, _ in _codes(turns)] == codes


@pytest.mark.parametrize("text", ["Is Payoneer possible for the bonus?",
                                  "would crypto be an option?"])
def test_asking_whether_a_service_is_possible_proposes_it(text: str) -> None:
    assert DETECTOR.read(text).violating


@pytest.mark.parametrize(("text", "flagged"), [
    ("can i just zelle u for the banner? fees here are wild", True),  # a service as a verb
    ("My card keeps failing on the site, could I cover the rest with Wise instead?", True),
    ("Please send the deposit via bKash first, then the rest can go through the site.", True),
    ("Je vous paie par virement, en dehors du site.", True),
    ("My sister keeps forgetting to Venmo me for the tickets. Anyway, is the export done?",
     False),
    ("Draft FAQ answers for our wallet app, e.g. 'how do I send money with PayPal?'.", False),
])
def test_heldout15_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("turns", "codes"), [
    # a short choice among the channels offered is an agreement
    ([("them", "You can pay me by PayPal or direct bank, whichever is easier."),
      ("me", "Bank works better for me.")], ["PAY003"]),
    ([("them", "Do you want the bonus on PayPal or through Upwork?"),
      ("me", "Through Upwork please.")], []),
    # the agreement's own sentence is what must be short
    ([("them", "Could I just Venmo you for the hours each week?"),
      ("me", "Sure, that works for me. I'll send you a summary of my hours every Friday.")],
     ["PAY003"]),
    # "Ça vous va ?" asks about the sentence before it
    ([("them", "Je vous paie par Lydia, en dehors du site. Ça vous va ?"),
      ("me", "Oui, ça me va.")], ["PAY003"]),
])
def test_choices_and_agreements_heldout15(turns: list[tuple[str, str]], codes: list[str]) -> None:
    assert [c for c, _ in _codes(turns)] == codes


def test_the_proposer_arranging_its_accepted_proposal_is_no_second_finding() -> None:
    turns = [("me", "Want to pay me by bank transfer instead? I'd take 8% off."),
             ("them", "deal. email me your account details"),
             ("me", "Ok, I will share my account details in the file.")]
    assert [c for c, _ in _codes(turns)] == ["PAY001"]
    (_, follow_up) = DETECTOR.trace(conversation(FREELANCER, "cl", turns))
    assert follow_up.outcome.value == "follow-up"
    assert "accepted" in follow_up.explain()


@pytest.mark.parametrize(("text", "flagged"), [
    ("Send me your account number and IFSC code, I'll do an IMPS transfer to you directly.",
     True),  # "code" inside a bank code is no job cue
    ("For the blog retainer, would paying by Revolut instead of the hourly contract suit you?",
     True),  # compared with the platform: about how to pay, whatever the job
    ("Could we do half through the contract and half outside, to keep the fees down?", True),
    ("For the balance I'll post you a cheque, that's how our bookkeeper prefers it.", True),
    ("Venmo or Cash App, whichever you like.", True),
    ("Some clients ask if I take crypto. I only accept payment through the contract here.",
     False),
    ("Someone claiming to be from your team messaged me asking to pay via Zelle. Reported.",
     False),
    ("The wallet screen now renders bc1qkgf3qdxne5esaz0naazdcucquljsmedryx24xe in the QR "
     "component.", False),
])
def test_heldout16_and_17_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("turns", "codes"), [
    # a question back that ends in a statement is still a question back
    ([("them", "Would a bank transfer be OK for this milestone?"),
      ("me", "Have you tried another card? Support can help with that."),
      ("them", "Tried twice, it fails."), ("me", "Fine by me, as long as it arrives soon.")],
     ["PAY003"]),
    # the dots of an email address do not end the question
    ([("them", "Could you send the 60 dollars to my PayPal, jo.b@mail.com?"), ("me", "ok sent")],
     ["PAY003"]),
    # "mine is $tag" gives the speaker's own handle
    ([("me", "Send me a request on Cash App instead, mine is $BrightLeaf and I'll pay.")],
     ["PAY002"]),
    # the reply keeps payments on the platform: no agreement though it says "I do"
    ([("them", "Do you have PayPal? I'd rather pay that way."),
      ("me", "I do, but I keep all client payments on the platform.")], []),
])
def test_conversations_heldout16_and_17(turns: list[tuple[str, str]], codes: list[str]) -> None:
    assert [c for c, _ in _codes(turns)] == codes


@pytest.mark.parametrize(("text", "flagged"), [
    # leaving the contract in a message that names a way of paying
    ("Payroll will move you onto Deel next month and then we can end the contract here.", True),
    ("Send me your M-Pesa number and we can close the job on the site.", True),
    ("Please close the contract once you've approved the last milestone.", False),
    # other languages: parties, verbs and markers
    ("¿Te puedo pagar el resto por Bizum?", True),
    ("Posso te pagar por Pix direto?", True),
    ("On pourrait passer par un virement bancaire plutôt que par le site ?", True),
    # "<verb> you cash", "straight to you"
    ("I could just hand you cash for the last milestones when we meet.", True),
    ("Yes, PayPal friends and family, straight to you.", True),
    # job talk around an identifier, unless the message directs a payment
    ("Put our supplier's IBAN ES15 4848 4896 7032 0718 9147 in the footer of the invoice "
     "template.", False),
    ("For the wire: IBAN GB21876139303113444429, SWIFT BARCGB22. Use 'logo' as reference.",
     True),
    ("Test data for the payment form: use IBAN ES1550191154140033880208 for the happy path.",
     False),
])
def test_heldout18_to_20_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("turns", "codes"), [
    ([("them", "Would you be open to paying in USDC? I'd give a discount."),
      ("me", "ok deal, which network?")], ["PAY003"]),  # a set-off "ok deal," then a question
    ([("them", "Can I pay you through Venmo for this job?"),
      ("me", "What's Venmo? I'm in Kenya, never used it.")], []),  # "I'm in Kenya" is no "I'm in"
    ([("them", "Would a cheque be ok? Our accountant prefers it."),
      ("me", "Let me check with my bank how long cheques take.")], []),  # not committing
])
def test_conversations_heldout18_to_20(turns: list[tuple[str, str]], codes: list[str]) -> None:
    assert [c for c, _ in _codes(turns)] == codes


def test_a_proposers_explanation_without_a_channel_is_part_of_its_proposal() -> None:
    turns = [("me", "Could we settle the rest off the contract?"), ("them", "Meaning what?"),
             ("me", "Yes, we'd close it and settle the rest between us.")]
    assert [c for c, _ in _codes(turns)] == ["PAY001"]
    naming = [("me", "Could we settle the rest off the contract?"), ("them", "Meaning what?"),
              ("me", "I'd send it through Wise straight to you.")]
    assert [c for c, _ in _codes(naming)] == ["PAY001", "PAY001"]


@pytest.mark.parametrize(("text", "flagged"), [
    # "the app" / "whatever app you use" is the platform or a way of paying, not a build
    ("I can pay outside the site, whatever app you use.", True),
    ("Can we handle payment outside the app for the remaining lessons?", True),
    ("Your crypto wallet app crashes when the balance is zero.", False),
    # "pay you directly by ACH" and "hand you the cash" pay the other party
    ("Procurement will onboard you as a vendor in Coupa and pay you directly by ACH.", True),
    ("How about I hand you the cash for the app screens rather than the contract?", True),
    # declines, reported proposals, set-up work
    ("Please don't offer to pay me outside the platform. I keep every payment on here.", False),
    ("Before we start: my last freelancer asked me to pay him on PayPal and vanished.", False),
    ("We need a consultant to set up Gusto payroll for our company.", False),
    # a $cashtag beside Cash App, a labelled wallet, regional wallets
    ("Cash App is easiest for me: $JordanBuilds. Send it whenever.", True),
    ("You can send the rest via MTN MoMo to my number, no need to wait for the release.", True),
])
def test_heldout21_to_23_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_a_cashtag_and_a_labelled_wallet_are_details() -> None:
    assert DETECTOR.read("Cash App is easiest for me: $JordanBuilds.").has(SignalKind.DETAILS)
    offer = ("Solidity auditor here. 15% off for payment in crypto, USDT (ERC20): "
             "0x303cCaE56411b7a3872bE9beE95d093d9D70B98b.")
    assert DETECTOR.read(offer).has(SignalKind.DETAILS)
    sample = "For the export unit tests, use this sample IBAN: GB58988075180241644991."
    assert not DETECTOR.read(sample).violating


def test_a_question_about_what_is_meant_is_no_counter_offer() -> None:
    turns = [("them", "Can we settle the rest off the books?"),
             ("me", "Do you mean the payout on my side, or paying me outside the contract?")]
    assert _codes(turns) == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("Te lo puedo pagar por Mercado Pago directamente, para el próximo video.", True),
    ("Können wir die nächsten Stunden per Überweisung abrechnen?", True),
    ("Can I pay the rest on PayPal friends & family? No fees that way.", True),  # no "no thanks"
    ("I'll keep the contract small for the record and send the real amount separately.", True),
    ("Revolut or Wise, your pick.", True),
    ("Could we move the remaining balance to a direct wire?", True),
    # look-alikes: payouts from the platform, third parties, job work around a service
    ("Payouts from here to Payoneer take a couple of days for me.", False),
    ("The building wants a cash deposit for the lift; I'll cover that myself.", False),
    ("Back in 2019 we paid all our designers by wire. Please drop the SWIFT column.", False),
    ("You'll be building the sync between Deel and our HR system; exports land as CSV.", False),
    ("Our charity's donation page shows 1KdiJdim5isAgYzoxU8bp5sV4nuHgnVMQV; render it as a QR.",
     False),
])
def test_heldout24_to_26_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("turns", "codes"), [
    # details while arranging the account's own accepted proposal are still details
    ([("me", "Would you be ok paying me on Revolut for the bonus?"),
      ("them", "Sure, what's your @?"), ("me", "It's @marta.codes, thanks!")],
     ["PAY001", "PAY002"]),
    # conditional agreement, and "do it your way" after thinking it over
    ([("them", "Could we do the rest by bank transfer?"),
      ("me", "I could do that, as long as you send half upfront.")], ["PAY003"]),
    ([("them", "Could we move payment over to Payoneer?"),
      ("me", "Let me think about it."), ("me", "Alright. Let's do it your way.")], ["PAY003"]),
])
def test_conversations_heldout24_to_26(turns: list[tuple[str, str]], codes: list[str]) -> None:
    assert [c for c, _ in _codes(turns)] == codes


@pytest.mark.parametrize("text", [
    "Can you pay me on UPI? My ID is arjun.design@okicici",
    "Could you pay through MTN MoMo next time? My number is +233 24 555 0192.",
    "Paying here is quicker: https://buy.stripe.com/8wM5kD2aB9, it's my own checkout.",
])
def test_own_ids_numbers_and_links_are_details(text: str) -> None:
    assert DETECTOR.read(text).has(SignalKind.DETAILS)


@pytest.mark.parametrize(("text", "flagged"), [
    ("lets skip the site for the next batch, ill venmo u", True),
    ("Would an Amazon gift card for the remaining $150 be okay?", True),
    ("Puedes pagarme por Bizum fuera de la plataforma, sin comisiones.", True),
    ("Rather than a new contract for the extra variants, just Venmo me what's fair.", True),
    ("It might be easier if I bill you directly each month and you pay by bank transfer.", True),
    ("Would you accept a cheque for the rest of the translation?", True),
    # look-alikes
    ("My supplier wants to be paid in USDT. Can you draft an email about proper invoices?",
     False),
    ("How do I get paid from here to my bank in Pakistan?", False),
    ("Our finance team asked if you take Zelle. I told them it goes through the contract.",
     False),
    ("Add this cold wallet bc1qgl0vgrjup2rt3nu5rlgrp3nkgsj53jnmc3wa2y to the watch list.",
     False),
    ("Do you want me to take the bank holiday off?", False),
])
def test_heldout27_to_29_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("turns", "codes"), [
    # putting the answer off, then the proposer explains, then "ok": agreement
    ([("them", "Would you consider paying me directly next time?"),
      ("me", "Let me think about it."), ("them", "The fee here is 20%, that's why."),
      ("me", "Ok, let's do it then.")], ["PAY003"]),
    # putting it off, then a bare "ok" about something else: no agreement
    ([("them", "Can I pay you in USDT?"), ("me", "Let me check and get back to you."),
      ("me", "Ok, the draft is ready for review.")], []),
    # a conditional agreement is judged by its own clause
    ([("them", "Can we handle payments through Payoneer going forward?"),
      ("me", "I could do that, as long as you send 50% upfront before each batch.")],
     ["PAY003"]),
    # a last question that refers back
    ([("them", "We'd like to bring you onto our Deel payroll instead of here. Interested?"),
      ("me", "That works for me, send the invite.")], ["PAY003"]),
    # details after a greeting, in reply
    ([("me", "Could you pay me via Wise for this one?"), ("them", "Sure, what's your email?"),
      ("me", "Great, it's nadia.writes@gmail.com.")], ["PAY001", "PAY002"]),
])
def test_conversations_heldout27_to_29(turns: list[tuple[str, str]], codes: list[str]) -> None:
    assert [c for c, _ in _codes(turns)] == codes


@pytest.mark.parametrize(("text", "flagged"), [
    ("Can we do the next episodes off-site? I'd send the euros straight to your account.", True),
    ("For the next release, is it ok if we pay you through STC Pay?", True),
    ("Podemos fazer o pagamento por Pix? Fica mais simples pra mim.", True),
    ("Send me a PayPal invoice at billing@kestrel-media.co and I'll pay it.", True),
    # look-alikes
    ("Is it true freelancers here can't take payments outside the site?", False),
    ("We're building an HR portal. Our employees are paid through ADP and contractors "
     "through Deel.", False),
    ("My cofounder reimburses me by Venmo for software, so don't worry about the license.",
     False),
    ("The platform says to decline and report if anyone asks to be paid outside it.", False),
])
def test_heldout30_to_32_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("turns", "codes"), [
    ([("them", "What about Zelle instead?"),
      ("me", "Still no, that's also off-platform. I've reported this conversation.")], []),
    ([("them", "Could I pay you in crypto?"), ("me", "Hmm, I've never bought crypto.")], []),
    ([("them", "Can I pay you through Zelle?"),
      ("me", "Let me think about it, I've never used Zelle.")], []),
    ([("them", "Would you prefer Wise or Payoneer for this?"), ("me", "Wise, please.")],
     ["PAY003"]),
    ([("them", "Can I pay you through Zelle?"),
      ("me", "I'm not totally comfortable with that...")], []),
])
def test_conversations_heldout30_to_32(turns: list[tuple[str, str]], codes: list[str]) -> None:
    assert [c for c, _ in _codes(turns)] == codes


def test_an_own_email_is_payment_details_only_beside_a_way_of_paying() -> None:
    contact_only = "Hey Maria, my email: sofia@brightpixel.io (the site hides it)."
    assert not DETECTOR.read(contact_only).violating
    assert DETECTOR.read("Could you pay through MoMo? My email: sofia@brightpixel.io").has(
        SignalKind.DETAILS)


@pytest.mark.parametrize(("text", "flagged"), [
    ("Maybe a quick Revolut transfer would be easier than a new milestone each time?", True),
    ("PayPal is better known than Skrill in Europe.", False),  # a comparison of services
    ("I'll bring cash to the venue on Friday, no need to set up another milestone.", True),
])
def test_comparisons_with_the_platform_and_cash_in_person(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("turns", "codes"), [
    # a choice among the channels offered is on topic, wherever the list stands
    ([("them", "I'd rather pay outside the platform. PayPal, Wise or a bank transfer, "
               "whichever suits you."), ("me", "Wise, please.")], ["PAY003"]),
    # "let's do it" after putting the answer off
    ([("them", "I'd like to pay the remaining $900 via Zelle, if that's alright."),
      ("me", "Let me think about it, I've never used Zelle."),
      ("me", "Ok, let's do it. Do you need my phone number or email?")], ["PAY003"]),
    # a restatement that names a channel is no motive-only follow-up
    ([("me", "Would it be possible to continue this outside the platform?"),
      ("them", "How would that work with payments?"),
      ("me", "You'd pay me by wire each month, and we'd skip the 10% fee.")],
     ["PAY001", "PAY001"]),
])
def test_conversations_after_heldout30_to_32(
    turns: list[tuple[str, str]], codes: list[str]
) -> None:
    assert [c for c, _ in _codes(turns)] == codes


def test_an_email_after_a_service_and_a_colon_is_details() -> None:
    text = "Let's move the payment to PayPal to avoid the cut: lena.kovac@gmail.com"
    assert DETECTOR.read(text).has(SignalKind.DETAILS)


@pytest.mark.parametrize(("text", "flagged"), [
    ("FYI: a different client asked me to switch to Payoneer outside Upwork. "
     "I declined and reported it.", False),
    ("Your colleague messaged me asking if I'd take payment through Zelle. I told her no.",
     False),
    ("Drop your PayPal email here and I'll send the money off-site.", True),  # "email here"
    ("Translate our banking app's strings: 'Send money with BLIK', 'Add your IBAN'.", False),
])
def test_told_of_asks_and_translated_strings(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Please transfer €850 to IBAN DE89 3704 0044 0532 0130 00, account holder Lena.", True),
    ("Would you be open to getting paid through our payroll provider instead?", True),
    ("Payroll here runs through Gusto. We need a PTO balance report from the Gusto API.",
     False),
    ("The mobile money module should support M-Pesa payouts to our drivers.", False),
    ("Where do your payments from here end up, Payoneer?", False),
    ("We use Deel for our full-time staff, but for you we'll keep the hourly contract.",
     False),
    ("Sure, I'll add both through Stripe's payment element.", False),
    ("Before moving to this platform, our agency paid its contractors through a payroll "
     "service.", False),
])
def test_heldout33_to_35_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Let's use Wise for the rest of the project, ok?", True),
    ("Just this once, let me Zelle you the $300 for the extra pages.", True),
    # look-alikes
    ("We use Deel to run payroll for our staff in Portugal; sync its contracts nightly.",
     False),
    ("For our payout product's FAQ, write one paragraph comparing Payoneer and Wise.", False),
])
def test_heldout36_to_38_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("turns", "codes"), [
    ([("them", "Could I pay you directly for the next sprint?"),
      ("me", "Got it, directly is fine. Tell me what you need from me.")], ["PAY003"]),
    ([("them", "Can I pay you with Steam gift cards?"),
      ("me", "Ha, ok, that works. I play a lot anyway.")], ["PAY003"]),
])
def test_conversations_heldout36_to_38(turns: list[tuple[str, str]], codes: list[str]) -> None:
    assert [c for c, _ in _codes(turns)] == codes


@pytest.mark.parametrize(("text", "flagged"), [
    ("Kya main aapko UPI se pay kar doon? Platform fees dono ki bach jayegi.", True),
    ("Kak, untuk revisi kecil ini bisa bayar lewat DANA aja ya?", True),
    ("Sir, pwede po bang sa GCash na lang ninyo ako bayaran?", True),
    ("Dana from marketing will send the brief.", False),  # a name, not the wallet
    ("The main branch has the PayPal sandbox fix.", False),
])
def test_romanised_hindi_indonesian_and_tagalog_asks(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_a_single_letter_is_never_a_service_gate_word() -> None:
    text = "Quick update: my email: n.o.a.h @ b r i g h t p i x e l . i o (the site hides it)."
    assert not DETECTOR.read(text).violating


@pytest.mark.parametrize(("text", "flagged"), [
    ("Would you accept payment on Payoneer for the next batch of articles?", True),
    ("Landlords want rent by e-transfer; can the bot remind tenants before it's due?", False),
    ("We run payroll for our in-house staff on Gusto; automate the export to QuickBooks.",
     False),
])
def test_heldout39_to_40_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_cash_app_me_at_a_cashtag_is_details_whatever_it_pays_for() -> None:
    text = "Cash App me at $JordanBuilds and we're square for the WordPress fixes."
    assert DETECTOR.read(text).has(SignalKind.DETAILS)


@pytest.mark.parametrize(("turns", "codes"), [
    ([("them", "Rather than paying through here, I can do PayPal or bank transfer. "
               "Which do you prefer?"), ("me", "Bank transfer please.")], ["PAY003"]),
    ([("them", "Can I pay you via Payoneer directly for the next invoice?"),
      ("me", "I'll send the revised draft tonight."), ("them", "ok"),
      ("me", "And yes, Payoneer directly is fine.")], ["PAY003"]),
])
def test_conversations_heldout39_to_40(turns: list[tuple[str, str]], codes: list[str]) -> None:
    assert [c for c, _ in _codes(turns)] == codes


@pytest.mark.parametrize(("text", "flagged"), [
    ("Every one of our remote designers gets paid in USDC. Will that be fine for you as well?",
     True),
    ("Our translators are all paid through Wise at month end; we'd set you up there too.",
     True),
    ("All our freelancers receive payment by bank wire. I can send you the same way.", True),
    ("We pay our designers through Deel. You will be paid through Upwork as usual.", False),
    ("Our vendors are paid by cheque; please build the cheque-run export for finance.", False),
    ("Our developers are paid via Gusto, which is why the report needs a Gusto column.",
     False),
])
def test_a_practice_for_a_class_of_workers_applied_to_the_addressee(
        text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Could we move the next orders to PeopleperHour? You can pay me there, fees are lower.",
     True),
    ("Let's take the next milestones over to Toptal, you can pay me through them.", True),
    ("We need a Fiverr-style gig marketplace built in Django, with escrow and reviews.",
     False),
    ("Before joining here I sold logo packages on Fiverr for three years.", False),
    ("My Fiverr reviews are similar to the ones on this profile.", False),
])
def test_another_marketplace_is_a_way_of_being_paid_off_this_one(
        text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("We'd sooner send you a bank draft for the balance rather than go through the site.",
     True),
    ("Payroll would rather pay you by Zelle than use the platform invoices.", True),
    ("I'd rather stay on the platform for this one, thanks.", False),
])
def test_rather_than_the_platform_replaces_it_rather_keeps_it(
        text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # a platform feature complained about after it, anywhere in the clause
    ("Please pay the rest by Zelle, payouts from this site take ages to clear.", True),
    ("Withdrawals from here take days, but I'll wait for the milestone as usual.", False),
    # a purpose ("so we don't pay the fee") is no refusal
    ("Send it by Wise and close the job, so we don't pay the platform fee.", True),
    ("We don't pay through PayPal; the milestone is how we work.", False),
    # "rather than wait on" the platform's feature replaces it
    ("I'd like to settle the invoice by bank transfer instead of wait for escrow.", True),
    # a split payment is two parts
    ("Fund the first half as a milestone and the rest I'd send you by Revolut.", True),
    ("Fund the first milestone here and the rest as a second milestone next week.", False),
    # a past arrangement asked for again
    ("Our previous designer took Payoneer from us. Can we do the same with you?", True),
    ("Our previous designer took Payoneer from us. It was a mess, so never again.", False),
    # the work named after a sum is what is paid for
    ("Could you accept 300 USDT for the product page rewrite, outside the contract?", True),
    ("We need a product page that lists prices like $300 for the USDT plan.", False),
])
def test_heldout41_to_44_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "details"), [
    # a sum sent "there" directs money to the identifier, whatever work is around it
    ("Account details: IBAN DE50526018159083016613. Send the €900 there and I'll push "
     "the release build.", True),
    ("Wire the 2,400 EUR to FR5318609139099603082462819 and I'll send the final files.",
     True),
    # identifiers named as a kind of data ("IBANs such as …", rows, logs, data entry)
    ("Our payroll app must redact IBANs such as DE50526018159083016613 in exported logs.",
     False),
    ("Data entry: add vendor Kova GmbH to the CRM with IBAN DE50526018159083016613.", False),
])
def test_identifiers_where_money_is_sent_and_identifiers_as_data(
        text: str, details: bool) -> None:
    assert DETECTOR.read(text).has(SignalKind.DETAILS) is details


@pytest.mark.parametrize(("text", "flagged"), [
    ("I could give you cash for the next session when we meet at the studio.", True),
    ("Dá para receber por Pix? Sai mais barato para mim.", True),
    ("Pwede ba kitang padalhan ng bayad sa Maya? Mas mabilis kaysa sa site.", True),
    ("Would Sendwave work for the second half? It lands in minutes.", True),
    ("Could you give me feedback on the cash flow chart by Friday?", False),
    ("I'll give you access to the WorldRemit sandbox so you can test the API.", False),
])
def test_giving_cash_portuguese_and_tagalog_asks_and_remittance_apps(
        text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Давайте я вам скину деньги на карту, без комиссии биржи?", True),
    ("Могу оплатить через Киви напрямую, так будет быстрее.", True),
    ("Можете переказати гроші на картку ПриватБанку, а не через платформу?", True),
    ("هل يمكنني تحويل المبلغ لك مباشرة عبر انستاباي؟", True),
    ("Спасибо, оплата как обычно через платформу, по вехам.", False),
    ("Нет, я не могу принимать оплату напрямую, только через платформу.", False),
    ("Нужно интегрировать оплату через Сбербанк в наше приложение.", False),
    ("أحتاج دمج بوابة الدفع فودافون كاش في تطبيقنا.", False),
])
def test_asks_in_cyrillic_and_arabic_script(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_an_ask_in_another_script_points_at_its_words_in_the_original() -> None:
    text = "Привет! Можно перевести оплату напрямую на карту?"
    signals = DETECTOR.read(text).violating
    assert signals
    assert all(text[s.start:s.end] == s.normalized for s in signals)


@pytest.mark.parametrize(("text", "flagged"), [
    ("Em có thể thanh toán trực tiếp cho anh qua ngân hàng không?", True),
    ("Anh chuyển tiền qua ZaloPay cho em, không qua nền tảng nhé?", True),
    ("Bạn thanh toán qua nền tảng như bình thường nhé.", False),
])
def test_vietnamese_asks_read_with_diacritics_folded(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("In 2015 clients used to pay me by Western Union, can you imagine?", False),
    ("Hace dos años un cliente me pagó con Payoneer y tardó semanas.", False),
    ("Il y a quelques mois, un client m'a payé par Wise, sans souci.", False),
    ("Vor zwei Jahren hat mich ein Kunde per PayPal bezahlt.", False),
    ("Can you take PayPal for this one? Can you imagine the fees otherwise?", True),
])
def test_past_events_in_other_languages_and_rhetorical_questions(
        text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_a_reply_that_names_the_offered_channel_in_a_negation_chooses_nothing() -> None:
    for apostrophe in ("'", "\u2019"):
        turns = [("them", "Can I pay you by Zelle or Venmo for the next part?"),
                 ("me", f"I don{apostrophe}t have Zelle.")]
        assert _codes(turns) == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("Skrill then? Lots of people use it, it's instant.", True),
    ("Or perhaps Revolut? It would save me the conversion fees.", True),
    ("What about PayPal? Is it still down for your team?", True),
    ("Let's close this milestone here, and for the next phase I'll pay you by Zelle.", True),
    ("Let's close this milestone here, and for the next phase add a Zelle option to the "
     "checkout.", False),
    ("PayPal? Yes, the mockups for the PayPal screen are done.", False),
])
def test_a_channel_reached_for_and_work_split_between_now_and_later(
        text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_channel_it_is_chooses_the_channel() -> None:
    turns = [("them", "Would you take Payoneer or Wise for the rest, outside the contract?"),
             ("me", "Fine, Wise it is then.")]
    assert [c for c, _ in _codes(turns)] == ["PAY003"]


@pytest.mark.parametrize(("text", "flagged"), [
    ("For the analytics sprint, could you pay me by Payoneer instead of here?", True),
    ("Please tip through Venmo rather than the bonus button, the site keeps a share.", True),
    ("Skip the milestone review, you can just send the euros by Revolut today.", True),
    ("For the analytics sprint, integrate Payoneer payouts into the admin dashboard.", False),
    ("The bonus button on our Venmo clone needs a loading state.", False),
])
def test_the_work_paid_for_and_the_platforms_own_screens_are_no_job_topic(
        text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Could we settle the invoice some way other than through the platform?", True),
    ("Happy to pay anywhere else than here if it saves us both the fee.", True),
    ("Is there anything other than the site's guide I should read before starting?",
     False),
])
def test_a_way_other_than_the_platform(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # a message that proposes paying outside gives its numbers as where to pay
    ("Finished the data entry for March. For April's batch we can settle it directly: "
     "routing number 021000021, account number 483920175516.", True),
    # "separately" leaves the platform only right after a verb of paying
    ("I'll invoice the extra translation hours separately, outside this contract.", True),
    ("Should the wire fees be shown separately in the cost report?", False),
    # a proposal someone else sent, told of
    ("I received a DM asking me to pay you by Venmo instead. Was that really you?", False),
    # third parties: setting up payroll for staff, paying one named worker
    ("Could you help us set up Gusto for our 8 warehouse staff?", False),
    ("Our rival offered to pay our developer in USDT to lure him away. Wild.", False),
    # content about paying
    ("Write a guide to how Etsy sellers can accept PayPal and Wise payments.", False),
])
def test_heldout45_to_48_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("turns", "codes"), [
    # the other side accepting the account's counter-offer arranges the same deal
    ([("them", "Can I pay in USDT instead of the contract?"),
      ("me", "No crypto for me, but Wise works."),
      ("them", "Wise is fine, I'll send it after the review."),
      ("me", "Great, the final cut is ready Friday.")], ["PAY003"]),
    # a thread about integrating a service: a later question about it is the work
    ([("them", "We need the Venmo SDK integrated into our React Native app."),
      ("me", "I've done that before. Do you have a Venmo business profile yet?"),
      ("them", "Yes, I'll add you as a developer on it.")], []),
    # ... but paying through that service is still a proposal
    ([("them", "We need the Venmo SDK integrated into our React Native app."),
      ("me", "Sure. Could you pay me through Venmo too, instead of the contract?")],
     ["PAY001"]),
])
def test_conversations_heldout45_to_48(turns: list[tuple[str, str]], codes: list[str]) -> None:
    assert [c for c, _ in _codes(turns)] == codes


@pytest.mark.parametrize(("text", "flagged"), [
    ("Kak, saya transfer ke rekening BRI di luar aplikasi aja ya?", True),           # id
    ("Bhai payment bahar se kar doon? Fees bach jayegi.", True),                   # hi
    ("Ödemeyi platform dışında havale ile yapabilir miyim?", True),               # tr
    ("Czy mogę przelać resztę bezpośrednio na Pani konto?", True),                 # pl
    ("Te pago en efectivo cuando nos veamos, fuera de la página.", True),          # es
    ("Ich würde den Rest lieber bar zahlen, wenn wir uns treffen.", True),         # de
    ("Et par Wise ? C'est plus rapide pour moi.", True),                           # fr
    ("Bayar lewat milestone di platform seperti biasa ya.", False),               # id
    ("Ödeme her zamanki gibi platform üzerinden.", False),                         # tr
    ("Płatność jak zwykle przez platformę, w kamieniach milowych.", False),        # pl
    ("Meet me at the bar and we can go over the mockups directly.", False),
])
def test_asks_in_more_languages(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Let's wrap up the last two chapters outside Upwork, cheaper for both.", True),
    ("Could we do these extra chapters off the platform? I'd take 10% less.", True),
    ("Honestly Nequi would be ideal for me, if you're able to.", True),
    ("Our design team moves all contractors onto Oyster HR after a month. Would you be "
     "open to that?", True),
    ("Show a wallet address like bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq in the "
     "onboarding demo.", False),
    ("Bitte diese Beispiel-IBAN DE89370400440532013000 in den Testdaten verwenden.", False),
])
def test_heldout45_to_48_mechanisms_second_pass(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_a_condition_then_assent_agrees() -> None:
    turns = [("them", "Could you invoice us directly instead of through the platform?"),
             ("me", "Provided you add the bank charges on top of the total, we can do that.")]
    assert [c for c, _ in _codes(turns)] == ["PAY003"]


@pytest.mark.parametrize(("text", "details"), [
    ("Aap mere Paytm pe bhejo: neha.art@oksbi", True),
    ("Techcombank, số tài khoản 1903 5566 7788 99, chủ TK Tran Thi Lan.", True),
    ("Minha chave Pix é joao.fotos@gmail.com, manda o valor do banner por lá.", True),
])
def test_payment_details_introduced_in_other_languages(text: str, details: bool) -> None:
    assert DETECTOR.read(text).has(SignalKind.DETAILS) is details


@pytest.mark.parametrize(("turns", "codes"), [
    ([("them", "Можно оплатить напрямую на карту, без комиссии?"),
      ("me", "Договорились, жду перевод.")], ["PAY003"]),
    ([("them", "ممكن أحول لك المبلغ مباشرة بدل المنصة؟"), ("me", "موافق")], ["PAY003"]),
    ([("them", "Ödemeyi platform dışında havale ile yapabilir miyim?"),
      ("me", "Tamam, IBAN'ımı gönderiyorum.")], ["PAY003"]),
    ([("them", "Можно оплатить напрямую на карту, без комиссии?"),
      ("me", "Нет, только через платформу.")], []),
])
def test_agreement_in_other_languages(turns: list[tuple[str, str]], codes: list[str]) -> None:
    assert [c for c, _ in _codes(turns)] == codes


@pytest.mark.parametrize(("text", "flagged"), [
    ("Може оплатимо через Wise, без сайту?", True),
    ("Bhai Easypaisa pe payment kar doon? Platform ke bahar sasta padega.", True),
    ("Bisa transfer lewat OVO aja? Biar nggak kena potongan.", True),
    ("Нужно подключить оплату через Wise в нашем приложении.", False),
])
def test_more_asks_in_other_scripts_and_languages(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_every_word_list_entry_is_written_as_the_normalised_text_reads() -> None:
    """Words are looked up among the words of the normalised text (accents and
    strokes folded, lowercase): an entry written otherwise ("gotówka") never matches
    and splits into gate fragments ("got") that let everyday messages past the fast
    path."""
    import tomllib
    from importlib.resources import files

    from holdrules.detectors.payment_vocabulary import default_service_lists
    from holdrules.text import normalize

    lists = default_service_lists()
    names = [*lists.services, *lists.ambiguous, *lists.platforms]
    raw = tomllib.loads(files("holdrules.data").joinpath("payment_phrases.toml").read_text(
        encoding="utf-8"))
    words = [*raw["prefilter"]["words"],
             *(w for v in raw["relation"].values() if isinstance(v, list) for w in v)]
    assert [n for n in [*names, *words] if normalize(n).text != n] == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("Zelle for the remaining balance?", True),
    ("Want to move the rest to Revolut?", True),
    ("Would you be open to Skrill for the next invoice?", True),
    ("Is Wise cheaper than a direct bank withdrawal?", False),
    ("PayPal checkout for the store page?", False),
])
def test_short_questions_put_to_the_other_party(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize("text", [
    "$SamEdits is my cashtag, drop the rest there.",
    "sam.edits@mail.com is my PayPal, send it whenever.",
    "Nagad (personal): 01812-765432, send the balance there.",
])
def test_handles_given_before_their_label_or_with_a_note(text: str) -> None:
    assert DETECTOR.read(text).has(SignalKind.DETAILS)


@pytest.mark.parametrize(("text", "flagged"), [
    ("What's Payoneer exactly? Our finance lead keeps mentioning it in onboarding.", False),
    ("What is Wise? Do I need it for this contract?", False),
    ("My university pays me through Revolut for the TA job, so mornings are busy.", False),
    ("Our couriers get paid weekly via GCash by the agency; build us a payout report.",
     False),
    ("What's your Wise tag? I'll send the rest tonight.", True),
])
def test_asking_what_a_service_is_and_other_payers(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Could you pay for this contract with PayPal? My card expired.", False),
    ("The platform flagged that a message asked me to pay you off-site. Was that you?",
     False),
    ("Dulu klien saya pernah bayar lewat PayPal di luar platform, sekarang tidak lagi.",
     False),
    ("Would you be open to being paid another way for the bonus chapters?", True),
    ("Our studio pays illustrators through Deel payroll. Can we move you there?", True),
    ("Nahi sir, PayPal se payment nahi le sakta. Contract ke through hi karein.", False),
    ("Bisa kirim lewat GCash or Maya na lang, outside the platform?", True),
    ("Est-ce que je peux te payer par CashPlus ? C'est plus pratique pour moi.", True),
    ("On peut faire le reste par Wise, en dehors d'ici ?", True),
    ("Überweisen Sie bitte direkt auf mein Konto, nicht über die Plattform.", True),
    ("Kindly send the rest by Airtel Money, withdrawals from here take a week.", True),
    ("We'd like to pay the invoice by bank transfer, our finance team prefers that.", True),
])
def test_heldout53_to_56_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "details"), [
    ("Here's my cashtag if you'd rather skip the weekly billing: $mayacodes", True),
    ("Sir meri UPI ID pe bhej dijiye: priya.work@okhdfcbank", True),
])
def test_handles_after_a_colon_later_in_the_sentence(text: str, details: bool) -> None:
    assert DETECTOR.read(text).has(SignalKind.DETAILS) is details


@pytest.mark.parametrize(("turns", "codes"), [
    # identifiers asked for as test data in a thread about a fault: data
    ([("them", "The wallet page crashes when the address is taproot."),
      ("me", "Can you paste one that reproduces it?"),
      ("them", "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297")], []),
    # ... but the same thread that has talked payment keeps them as details
    ([("them", "The wallet page crashes when the address is taproot."),
      ("me", "Fixed. Could you pay the rest in BTC instead of the milestone?"),
      ("them", "Sure, send your address."),
      ("me", "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297")],
     ["PAY001", "PAY002"]),
])
def test_identifiers_as_data_in_a_technical_thread(
        turns: list[tuple[str, str]], codes: list[str]) -> None:
    assert [c for c, _ in _codes(turns)] == codes


@pytest.mark.parametrize(("text", "flagged"), [
    ("Could you accept Amazon gift cards for the proofreading? I can send $150 worth.",
     True),
    ("Share your SWIFT details and I'll transfer the balance from Doha.", True),
    ("Our Swift developer will update the iOS payment screen next sprint.", False),
])
def test_gift_cards_and_swift_details_named_in_full(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Please add the tip as a bonus on the contract rather than raising the milestone.",
     False),
    ("We should cash in on the holiday traffic before it fades.", False),
    ("Would you mind paying outside the platform for the extra illustrations?", True),
    ("Could I pay the retainer by cheque? Our office still mails them.", True),
    ("Kindly send the rest by transfer to my Zenith account, details to follow.", True),
    ("Acepto pagos por Wise fuera de Upwork con un descuento.", True),
    ("Você tem Pix? Te mando agora, mais rápido que pela plataforma.", True),
])
def test_heldout57_to_60_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("turns", "codes"), [
    ([("them", "Can we settle this by PayPal outside the site?"),
      ("me", "Lo siento, solo trabajo con pagos dentro de la plataforma.")], []),
    ([("them", "We need Stripe Checkout added to our Shopify store."),
      ("me", "Sure. Google Pay too?"),
      ("them", "Yes, Google Pay via Stripe as well.")], []),
])
def test_conversations_heldout57_to_60(turns: list[tuple[str, str]], codes: list[str]) -> None:
    assert [c for c, _ in _codes(turns)] == codes


@pytest.mark.parametrize(("text", "flagged"), [
    ("Great news, I'll bank on that and take it to the bank!", False),
    ("Prueba el formulario con ES9121000418450200051332, que debe pasar la validación.",
     False),
    ("Нужно перевести текст инструкции для терминала Сбербанка на английский.", False),
    ("Could you add Apple Pay to our Shopify storefront before Friday?", False),
    ("In 2021 a client paid me by Western Union, never again.", False),
    ("The landlord takes rent by e-transfer, so the bot should remind tenants.", False),
    ("In 2027 I'll move all my clients to Wise, can we start with you?", True),
])
def test_idioms_data_in_other_languages_and_years_past(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Up front: I only work through contracts here, no outside payments at all.", False),
    ("Let's settle the balance by Wise, simpler for my accountant.", True),
    ("My accountant settles our suppliers by bank transfer; build the sheet for it.", False),
    ("Do you know what Skrill is? A friend uses it for her Etsy shop.", False),
])
def test_heldout61_to_64_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_a_negated_suits_me_is_a_decline() -> None:
    turns = [("them", "Could I pay you by Zelle this time?"),
             ("me", "That won't work for me, I need it to go through here.")]
    assert _codes(turns) == []


def test_a_service_used_as_a_verb_with_a_handle_is_details() -> None:
    assert DETECTOR.read("Venmo me the rest at @lena-draws, no need for a milestone.").has(
        SignalKind.DETAILS)


def test_everyday_words_do_not_open_the_fast_path() -> None:
    """Service names whose first word is everyday chat ('by check', 'first bank',
    'friends and family') are left out of the service list: 'check', 'first', 'friends',
    'company' or 'paper' alone must never send a message down the slow path."""
    from holdrules.detectors.payment_fastpath import might_mention_payment

    vocab = DETECTOR._vocabulary()
    for text in ("Let me check the build first.", "Thanks friends, personal note: great work!",
                 "Can you access the company paper archive first?"):
        assert not might_mention_payment(text, vocab), text


@pytest.mark.parametrize(("text", "flagged"), [
    ("Please add this vendor to the SAP master data: Kova GmbH, IBAN DE50526018159083016613.",
     False),
    ("Your PM suggested paying me through Skrill. I told him I only work through Upwork.",
     False),
    ("When I lived in Lagos I paid my rent with OPay, so I know that app's flows well.",
     False),
    ("Our app should let housemates split bills and pay each other with Venmo.", False),
    ("Your profile mentions Wise. Is that how you usually get paid?", False),
    ("Pour la suite, on peut passer en direct ? Virement, sans les frais.", True),
    ("For the next phase I prefer make bank transfer direct to you, more easy.", True),
    ("Could I wire you the money instead? The milestones confuse me.", True),
    ("Kan du betala med Swish istället? Då slipper vi avgiften.", True),
    ("Would you take Amazon gift cards for the translation? I can send $100 worth.", True),
])
def test_heldout65_to_68_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_identifiers_with_a_note_and_a_purpose_before_the_colon() -> None:
    assert DETECTOR.read("BTC (multisig) for the invoice: 3EVn5XebQiVkus1YyPgakkViw3uESjDPAd"
                         ).has(SignalKind.DETAILS)


@pytest.mark.parametrize(("text", "flagged"), [
    ("Got the bonus, thanks! Withdrew it to my own Wise already.", False),
    ("Before we joined this marketplace we paid every designer via Payoneer.", False),
    ("El año pasado un cliente me pidió pagarle por Zelle fuera de la plataforma y lo "
     "reporté.", False),
    ("Is there a way to do this without the site taking its cut?", True),
    ("If you like I can bring cash on Friday and we skip the online fees.", True),
    ("¿Aceptas transferencia bancaria para el resto? Te ahorro la comisión.", True),
    ("I'd rather not use the platform for the final part. USDT is fine.", True),
])
def test_heldout69_to_72_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize("text", [
    "Bookkeeper here. To keep costs low, payment can go straight to "
    "GB33BUKB20201555555555.",
    "I'll send you a PayPal money request from billing@northwind.io, just accept it.",
])
def test_details_where_payment_goes_or_a_request_comes_from(text: str) -> None:
    assert DETECTOR.read(text).has(SignalKind.DETAILS)


@pytest.mark.parametrize(("text", "details"), [
    # an IBAN that fails its checksum shares nothing usable
    ("Send the 600 by bank transfer to IBAN DE50526018159083016614, thanks.", False),
    ("Send the 600 by bank transfer to IBAN DE50526018159083016613, thanks.", True),
    ("Sir, payment seedha mere UPI pe kar dijiye: anil.k@okicici", True),
])
def test_invalid_ibans_and_hindi_fillers(text: str, details: bool) -> None:
    assert DETECTOR.read(text).has(SignalKind.DETAILS) is details


@pytest.mark.parametrize(("text", "flagged"), [
    ("Send the 600 by bank transfer to IBAN DE50526018159083016614, thanks.", True),
    ("Could we handle the remaining chapters off Upwork?", True),
    ("On pourrait passer par un virement, sans la plateforme ?", True),
])
def test_heldout73_to_76_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_an_answer_to_a_question_about_the_accounts_own_proposal_is_a_follow_up() -> None:
    asked = [("me", "Could the next invoice go through Revolut instead?"),
             ("them", "Revolut? How would that work on my side?"),
             ("me", "You'd get a Revolut payment link and pay it with any card.")]
    assert [c for c, _ in _codes(asked)] == ["PAY001"]
    # a doubt without a question mark asks too; a decline does not
    doubted = [("me", "Could the next invoice go through Revolut instead?"),
               ("them", "Hmm, not sure."),
               ("me", "It's simple, the money lands in my Revolut the same day.")]
    assert [c for c, _ in _codes(doubted)] == ["PAY001"]
    declined = [("me", "Could the next invoice go through Revolut instead?"),
                ("them", "No, sorry."),
                ("me", "Come on, just send it to my Revolut, nobody will know.")]
    assert [c for c, _ in _codes(declined)] == ["PAY001", "PAY001"]


def test_a_counter_offer_accepts_the_accounts_proposal() -> None:
    turns = [("me", "Any chance you could pay this one by Zelle?"),
             ("them", "No Zelle on my side, but I could do Revolut if that helps."),
             ("me", "Revolut works. I'll send my details after the review.")]
    assert [c for c, _ in _codes(turns)] == ["PAY001"]


def test_giving_in_after_a_decline_once_the_proposer_presses() -> None:
    turns = [("them", "Can I pay you through Skrill for the rest of the chapters?"),
             ("me", "I'd rather not."),
             ("them", "It's quicker for both of us, and I've done it with others."),
             ("me", "Alright then, Skrill it is.")]
    assert [c for c, _ in _codes(turns)] == ["PAY003"]
    # without the press a later choice is not read as giving in
    unpressed = [turns[0], turns[1], ("me", "Alright then, Skrill it is.")]
    assert _codes(unpressed) == []


@pytest.mark.parametrize(("text", "flagged"), [
    # a request after a comma is a clause of its own: the complaint does not guard it
    ("The payout to my bank is stuck in a withdrawal review, can you send this part by "
     "Western Union?", True),
    ("The payout to my bank is stuck in a withdrawal review, can you check it with "
     "support?", False),
    # a plural third-party payer may be placed ("our customers in Canada pay")
    ("Our customers in Canada pay us by Interac e-transfer, so the checkout needs it.",
     False),
    ("I'd rather not, could you keep it on the milestone?", False),
])
def test_requests_after_a_comma_and_placed_third_party_payers(text: str,
                                                               flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # quoted copy being worked on is the work's content, details and all
    ("Can you proofread the checkout microcopy: 'Pay by bank transfer' and 'Send with "
     "Zelle'?", False),
    ("For the FAQ, rephrase 'Transfer the deposit to IBAN DE44 2962 7193 0523 0226 93' "
     "so it sounds friendlier.", False),
    # quotes that only label one's own details are still details
    ("Here you go, my account for the transfer: 'IBAN DE44 2962 7193 0523 0226 93'", True),
])
def test_quoted_copy_being_worked_on(text: str, flagged: bool) -> None:
    signals = DETECTOR.read(text)
    assert (bool(signals.violating) or signals.has(SignalKind.DETAILS)) is flagged


@pytest.mark.parametrize(("text", "details"), [
    # a sentence that is only a handle, after the message's own ask, is where it goes
    ("Could you send the balance through Cash App? $rivera-studio", True),
    ("Pwede bang sa Maya na lang ang bayad? 0918 224 7731, Jo R.", True),
    # without an ask before it, a number is no payment detail
    ("Does the Cash App button render on mobile? 0918 224 7731 is the test phone.", False),
])
def test_a_handle_sentence_after_the_messages_own_ask(text: str, details: bool) -> None:
    assert DETECTOR.read(text).has(SignalKind.DETAILS) is details


@pytest.mark.parametrize(("text", "flagged"), [
    # a complaint about the platform's withdrawals is a motive to leave it, not the
    # feature used
    ("Please send this part by Wise, my account here has a withdrawal hold.", True),
    ("Could you pay the rest through Skrill? Withdrawals to my bank take 6 working days "
     "and my Upwork account is under review.", True),
    ("Send the fee via Sadapay, it lands at once, unlike the withdrawal from here.", True),
    ("Kindly pay via Payoneer, the payout to my bank takes 4 business days.", True),
    # the platform's own withdrawals stay a feature
    ("I withdraw my earnings from Upwork to Payoneer, it takes 3 days.", False),
    ("Upwork pays out to my Wise account, withdrawal fees are low.", False),
])
def test_complaints_about_platform_withdrawals(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "details"), [
    # a handle later in the sentence that names the way of paying, behind the ask
    ("Since you're in Kenya too, M-Pesa to my number would be quickest, it's 0722 418 903.",
     True),
    ("Can you pay me with Venmo this time? I'm @joss-builds there.", True),
    # an IBAN's digit groups are no phone number, a contact move is no payment, and a
    # service's name inside a handle names no way of paying
    ("Please pay me by bank transfer this once: DE30 6289 2999 0281 9909 91", False),
    ("Let's move to WeChat, I'm @kofi.dev there.", False),
])
def test_handles_beside_the_messages_own_ask(text: str, details: bool) -> None:
    assert DETECTOR.read(text).has(SignalKind.DETAILS) is details


@pytest.mark.parametrize(("text", "flagged"), [
    ("Would you take Wise for the next invoice?", True),
    ("Shall we just do Cash outside the app?", True),
    ("Could I compensate you some other way than through this site?", True),
    ("If I sent the money to you myself we'd both skip the fee, right?", True),
    ("just send a couple of bucks in USDT for each small fix", True),
    ("Send me your Maya number and I'll pay the 3,000 PHP there.", True),
    # a promise not to ask is no ask; a reported ask with a quoted sender is reported
    ("I won't ask you to get paid outside, everything stays on the contract.", False),
    ("Somebody from 'billing' texted asking me to pay you by wire. Was that you?", False),
    ("The PHP backend calls the Wise API for quotes.", False),
    ("The event decoder drops the USDT Transfer logs, I'll take a look.", False),
])
def test_heldout85_to_88_mechanisms(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_a_reply_that_names_where_to_send_and_a_swahili_yes() -> None:
    turns = [("them", "Can I pay you on PayPal for this part? It's quicker."),
             ("me", "Use nadia.k.design@gmail.com, it goes straight to my PayPal.")]
    assert [c for c, _ in _codes(turns)] == ["PAY003"]
    sawa = [("them", "Can I pay you by M-Pesa directly this time?"), ("me", "Sawa.")]
    assert [c for c, _ in _codes(sawa)] == ["PAY003"]


@pytest.mark.parametrize(("text", "flagged"), [
    # a paper check, US spelling: handed over or paid by
    ("Could you accept a check for the last milestone instead?", True),
    ("We'll settle the June invoice by check if that's OK.", True),
    ("I can just send you a check for the rest, saves the platform cut.", True),
    ("Can you check in with the designer and check on the invoice page?", False),
    ("Please add a check-in step before the payment form.", False),
    # the platform's own payment system is what the ask replaces, not the job; a
    # client's accounting department is no bookkeeping job
    ("Honestly I'd rather wire you directly than use the site's payment system.", True),
    ("Our accounting team only pays freelancers by bank transfer. Can I do that for you?",
     True),
    ("We need someone to build a payment system with PayPal for our gym.", False),
])
def test_checks_and_the_platforms_own_payment_system(text: str, flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Could we maybe sort the payments elsewhere from now on?", True),
    ("Can we settle the balance over Wise this time?", True),
    ("You sent too much last week, could you PayPal the difference back to me?", True),
    ("Remember you took Zelle last year? Could we do it that way again?", True),
    ("Mi Daviplata es 3125550199, ahí me puedes pagar.", True),
    # relaying someone's ask to the addressee is asking; telling of it is not
    ("Our CFO asked me to check if you'd take a wire transfer for the May invoice instead?",
     True),
    ("Our CFO wondered whether we could pay you by wire. I told him it has to go through "
     "the platform.", False),
    # a payroll service for the speaker's own staff; the platform named as replaced
    ("We use Deel for payroll for our own employees.", False),
    ("Please complete the Deel onboarding so we pay you there instead of via this "
     "contract.", True),
    # technical talk around identifiers
    ("The test IBAN is hardcoded in the env config, I'll refactor it.", False),
    ("The explorer page fails on this address: 1GgveByZ4aBxFn7J9ZnF2WxnkHjtE9jfSL, can "
     "you debug it?", False),
    ("The token contract is deployed at 0x4F8AF4254C3BEe0DBb074105dc3779Eec0Eb2f36, wire "
     "the UI to that address.", False),
])
def test_heldout89_to_92_mechanisms(text: str, flagged: bool) -> None:
    signals = DETECTOR.read(text)
    assert (bool(signals.violating) or signals.has(SignalKind.DETAILS)) is flagged


def test_identifiers_in_a_reply_or_before_a_send() -> None:
    # in a reply to a proposal, work talk around an IBAN does not make it data
    turns = [("them", "Could you give me your IBAN? I'd rather transfer the rest directly."),
             ("me", "Of course: IBAN DE70 2563 6143 6096 5997 80, account holder L. Brandt.")]
    assert [c for c, _ in _codes(turns)] == ["PAY003"]
    # a payment verb right after the identifier sends money there, whatever the work
    text = ("The build is ready. bc1qv4glusjpkzk5sdc0u98x3ul6z3njtteeqmcu2g - send it once "
            "you've tested the app.")
    assert DETECTOR.read(text).has(SignalKind.DETAILS)


def test_a_question_back_that_echoes_the_offered_channel_is_no_agreement() -> None:
    turns = [("them", "I'd pay the voiceover with an Amazon gift card if you don't mind."),
             ("me", "Hmm, a gift card for the whole amount?"),
             ("them", "Yes, a $150 card sent to your email."), ("me", "Alright, fine.")]
    codes = _codes(turns)
    assert [c for c, _ in codes] == ["PAY003"]
    assert codes[0][1] == "m4"  # the "Alright, fine." after the answer, not the question
    # naming another way is a counter-offer
    counter = [turns[0], ("me", "Gift cards are hard for me. Would Skrill do?")]
    assert [c for c, _ in _codes(counter)] == ["PAY003"]


@pytest.mark.parametrize(("text", "flagged"), [
    # closing a contract to open another one here is the platform's own flow
    ("OK, close this contract and send me a new hourly offer, I'll accept it.", False),
    ("Close this contract and we'll settle the rest between us.", True),
    ("Would you accept something other than the platform? My card keeps failing.", True),
])
def test_a_new_offer_here_and_something_other_than_the_platform(text: str,
                                                                 flagged: bool) -> None:
    assert bool(DETECTOR.read(text).violating) is flagged


def test_a_simile_in_an_answer_names_no_new_channel() -> None:
    turns = [("me", "Could you pay the next phase by Payoneer request?"),
             ("them", "What is Payoneer?"),
             ("me", "It works like a bank account online, you pay my request by card.")]
    assert [c for c, _ in _codes(turns)] == ["PAY001"]


def test_a_message_that_names_its_own_work_topic() -> None:
    # the service named again as the work's subject, and no payment between the two
    asks = [("me", "Do you use Stripe? I ask because the checkout needs Stripe Connect.")]
    assert _codes(asks) == []
    # asking for the other's details stays a way of paying, whatever else is named
    details = [("me", "We pay abroad only by SWIFT, can you send me your bank's SWIFT "
                      "code? Our payroll uses SWIFT codes.")]
    assert [c for c, _ in _codes(details)] == ["PAY001"]


@pytest.mark.parametrize(("text", "flagged"), [
    ("Come on, just Zelle it, nobody will notice.", True),
    ("Can you just Wise me 90 EUR for the extra hour?", True),
    ("Fine, just Cash App then.", True),
    ("Honestly I'd prefer Wise for this one.", True),
    ("Sie könnten den Rest per PayPal bezahlen, außerhalb der Plattform.", True),
    ("Bhai agla payment UPI se bhej do, fees bach jayegi.", True),
    ("Kak, sisa pembayaran lewat OVO saja ya.", True),
    ("Let's keep the transfer off the platform, easier for our accounting.", True),
    ("For the next episodes I'd rather pay you privately.", True),
    ("Our company would settle by bank wire rather than through this website.", True),
    # no payment outside: a third party's practice, a deployer on an explorer, a design
    ("Finance can't onboard us here; they only pay registered vendors by SEPA.", False),
    ("The deployer 0x46677498Dc0F48DC1beF9a29a419696B713d8fb1 is verified on Polygonscan.",
     False),
    ("Please redesign the deposit screen with a USDT network picker.", False),
    ("For the blog post on accepting Bitcoin, should I cover Lightning too?", False),
    ("I'd prefer wise decisions over fast ones.", False),
])
def test_heldout93_to_100_mechanisms(text: str, flagged: bool) -> None:
    signals = DETECTOR.read(text)
    assert (bool(signals.violating) or signals.has(SignalKind.DETAILS)) is flagged


def test_answers_and_questions_about_a_proposal() -> None:
    # an answer to "What's X?" describes it in other words: no second proposal
    what = [("me", "Could you send the rest in USDT instead of through Upwork?"),
            ("them", "What's USDT?"),
            ("me", "A dollar stablecoin; you send it from any exchange to my wallet.")]
    assert [c for c, _ in _codes(what)] == ["PAY001"]
    # "X as in …?" asks what is meant
    as_in = [("them", "Would Payoneer work for the next part?"),
             ("me", "Payoneer as in paying me directly, outside the contract?"),
             ("them", "Yes, directly."), ("me", "Ok, let's do that.")]
    codes = _codes(as_in)
    assert [c for c, _ in codes] == ["PAY003"]
    assert codes[0][1] == "m4"
    # offering one's own details acts on the proposal
    offer = [("them", "Logo looks great. For the next one I'll pay you by bank directly."),
             ("me", "Thanks! Ok, bank works, I'll send my details tonight.")]
    assert [c for c, _ in _codes(offer)] == ["PAY003"]
    # a contact handle after the payment ask is no payment detail
    cover = ("I prefer USDT outside Upwork; message me on Telegram @mira_dev to arrange.")
    assert not DETECTOR.read(cover).has(SignalKind.DETAILS)


@pytest.mark.parametrize(("text", "flagged"), [
    ("Recebo por Pix também, se quiser fazer fora da plataforma.", True),
    ("Si quieres, me pagas por Yape sin pasar por la plataforma.", True),
    ("Nitakulipa kupitia M-Pesa moja kwa moja, sawa?", True),
    ("PhonePe karoge? Platform ka fee bahut hai.", True),
    ("Hi my friend, I can send the money by MoneyGram, easier for me than this site.", True),
    ("Pay there please: my UPI ID is meena.r@okhdfc, then I'll start the iOS build.", True),
    # a refusal that names what it refuses
    ("Thanks, but I'd rather not move this outside the contract.", False),
    ("I'd rather not take Venmo for this, let's keep it on the platform.", False),
])
def test_decisive_round_followups(text: str, flagged: bool) -> None:
    signals = DETECTOR.read(text)
    assert (bool(signals.violating) or signals.has(SignalKind.DETAILS)) is flagged


def test_a_labelled_personal_number_after_the_ask_is_details() -> None:
    text = "Could you send it through Nagad? Personal number 01819-223344."
    assert DETECTOR.read(text).has(SignalKind.DETAILS)


@pytest.mark.parametrize(("text", "flagged"), [
    ("Certified accountant, Xero expert. For quicker payment: IBAN IE87 8327 8854 4436 3740 "
     "30.", True),
    ("I can just take cash once the furniture is assembled, no need to log it here.", True),
    ("Easier if I slip you a little extra on the side for the rush, no need to touch the "
     "contract.", True),
    ("My $cashtag is $noor-edits, send what you think is fair.", True),
    ("Which payment methods do you accept outside of this site?", True),
    ("Please pay the test-batch deposit to my company account IT18 0778 3429 0109 1248 6515 "
     "983, between us.", True),
    ("Oui, mon numéro Orange Money est le +225 07 12 34 56 78.", True),
    # data and explanations
    ("The explorer labelled 32kWiE7fDk99ZkAfJhmEaZaNFwMZxdJV6E as unknown; it should read "
     "P2SH.", False),
    ("Could you explain how Venmo works? We might offer it on our own shop.", False),
    ("The checkout's payment methods need Apple Pay and Venmo.", False),
])
def test_heldout101_to_104_mechanisms(text: str, flagged: bool) -> None:
    signals = DETECTOR.read(text)
    assert (bool(signals.violating) or signals.has(SignalKind.DETAILS)) is flagged
