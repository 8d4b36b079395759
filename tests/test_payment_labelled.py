"""Precision and recall of OffPlatformPaymentDetector on the labelled set.

`tests/data/payment_cases.jsonl` holds conversations and single messages (violations
by each side, declines, declines with report, job-topic mentions, the platform's own
payment features, past events, valid and invalid IBANs and crypto addresses). Every
case is evaluated twice, once as the client's activity and once as the freelancer's,
and each finding is matched on (case, side, message, code). Run with `pytest -s` to
see the table. `tests/data/make_payment_cases.py` regenerates the file.

The totals include the cases the mechanisms were developed on, so they flatter. Each
held-out batch was first measured before the changes it prompted (matched on case,
side, message and code; a right finding with the wrong code counts as FP and FN):

    batch      cases  tp  fp  fn  precision  recall
    heldout       68  41   2   9      0.953   0.820
    heldout2      52  31   0   2      1.000   0.939
    heldout3      29  10   4   4      0.714   0.714   (hard look-alikes)
    heldout4      12   7   0   5      1.000   0.583   (multi-turn conversations)
    heldout5      49  25   0   7      1.000   0.781   (written after all earlier fixes)
    heldout6      24   7   0   5      1.000   0.583   (services in questions and offers)
    together     234 121   6  32      0.953   0.791
    heldout7      80  44   1   8      0.978   0.846   (written blind, 38 hard negatives)
    heldout8      62  34   3   8      0.919   0.810   (written after heldout7's fixes)
    all eight    376 199  10  48      0.952   0.806
    heldout9      61  27   4  10      0.871   0.730   (after heldout8's fixes, measured once)
    all nine     437 226  14  58      0.942   0.796
    heldout10     62  31   3   7      0.912   0.816   (after heldout9's fixes, measured once)
    all ten      499 257  17  65      0.938   0.798
    heldout11     62  34   1   4      0.971   0.895   (after heldout10's fixes, measured once)
    all eleven   561 291  18  69      0.942   0.808

A broad fallback (any service name + a modal + a pronoun) was tried on heldout6: it
found 3 of the 5 misses but flagged 2 of 15 job-talk probes, so it was dropped for
narrow idioms ("any objection to", "could the balance go to", "X or Y, which").

heldout7's misses were mechanism gaps, fixed as mechanisms: the payment relation
(`payment_relation`: a channel, a payment act and the second person in one clause or
two neighbouring sentences, under the medium guards), naming a channel as a short first
answer, clarifying questions that keep a proposal open, "I'll pay you" outweighing job
cues. After them heldout7 read 52/1/0. heldout8, written next and measured once, shows
what that bought on unseen text: recall no better than before (0.81), and precision
down (one of its 3 FPs was the new relation reading "pay attention" as paying). Its
fixes (light-verb idioms, a service-or-platform choice, asking for details as agreement,
fillers as no answer, narrated past, "the last payment" as final) bring it to 42/0/0;
that figure is tuned and proves as little as the totals. heldout9, written after those
fixes, first read P 0.87 / R 0.73; its mechanism gaps were then fixed too (a bare handle
while arranging an agreed payment is details, agreeing while pointing to the platform's
own feature is no agreement, "X payment acceptable", inflections, light verbs in every
pattern, "pay you in EUR directly"), leaving 4 misses that are single wordings (slang
"hit u with the cash", an unknown service "Deel, not Upwork", "transfer you the money
myself", a manager's relayed "She says it's fine"). The one FP left on heldout7 ("No
fees for either of us.", the proposer's own follow-up) is a labelling question: a
second finding for the same proposal.

heldout10, written after all of that and left unfixed, is the estimate to quote: P 0.91
/ R 0.82 -- about where every first measurement has landed (recall 0.73-0.85 on the last
four batches), so the fixes of each round have not yet carried over to the next. Its
misses: a request for the other side's account number without a service name, "could
go straight to my PayPal", a sort code in a details message, "send it to me on Wise"
(an ambiguous name after "on"), a proposer's explanation referring back ("I'd send you
the money there"), "I do, yes." and "Ok, PayPal then." as answers after a question
back. Its FPs: questions taken as answers ("Why not here?" read as "why not", "What is
Zelle?" read as asking for a handle), and "a client once tried to pay me" (past).
Afterwards these mechanism gaps were fixed (a question back accepts nothing unless a
"yes," is set off before it; "I do, yes." as an elliptical yes; "what is X" is no
request for a handle; either party paying the other outweighs job cues; "account
number" as a channel; modal "could go straight to my X"; "once" + past tense), so
heldout10's after-fix figure is tuned like the rest.

heldout11, written after that and left unfixed, is this round's final estimate: P 0.97
/ R 0.90 on 62 cases (one batch: roughly +-0.05). Its misses: slang "shoot me your
Revolut", "Zelle to my phone works too", a proposer's follow-up naming no channel
("the fees are high"), "What's your Wise email?" (an ambiguous name before "email" in a
question); its FP: "How long does Upwork take to clear a payment to Payoneer?" (the
platform's own payout, read through "take").

Then heldout11's gaps were fixed as mechanisms: a service used as the adjective of a
job-topic noun names no channel ("the PayPal mockups", "a Skrill invoice template"; the
nouns are data); any verb with "me/us" before "your <service>" and "your <ambiguous
name> <identity noun>" ask for a payment identity; a channel routed "to my/your
<identity>" is an act of paying ("Zelle to my phone"); the platform paying out to a
service is its own feature; and a proposer's follow-up that only gives a motive inside
its own open proposal is evidence of that proposal, not a second finding. That last one
is a labelling convention (heldout7-conversation-002 was labelled so): heldout11's
"the fees are high" was relabelled to match after measurement, so heldout11's after-fix
37/0/0 is both tuned and relabelled.

heldout12 (99 cases, 50 of them negatives: 44 hard negatives, two identifiers in job
context, four clean conversations), written after those fixes and committed before the
detector ran on it, first measured

    heldout12     99  48   5  12      0.906   0.800   (measured once, before its fixes)
    all twelve   660 339  23  81      0.936   0.807

at commit 249ef16 (the batch committed before any run on it) with `python -m pytest -q
-s tests/test_payment_labelled.py -k precision`, summing its heldout12-* category rows
(the per-batch table this test now prints came later). That is this round's honest
estimate: again about where every first measurement has landed. Its misses: "drop your
cashtag" (a service's own name for a handle), "release payment on my Payoneer" (read as
the platform's release), "could we do the last part on PayPal?" and "can we handle the
extra hours on Venmo?" (a joint offer with the service five words away), "the rest by
bank transfer, easier for our accounting" (a deliverable cue), "u have zelle?", a handle
after "cashapp pls,", "my payoneer email is same as here" (read as through the
platform), "V e n m o, I" (the text layer joins the spaced letters with the next word:
"venmoi"), and the agreements to those proposals. Its FPs: a plural third-party payer
("our clients pay us by bank transfer"), "Revolut referral link", "does Upwork charge a
fee when I pay the invoice with PayPal?", "tip the delivery guy in cash", and one PAY002
that should have been PAY003. All but the spaced letters were then fixed as mechanisms
(a third-party payee such as "the delivery guy" among them), leaving heldout12 at
59/0/1, tuned.

Session of 2026-11-25 (afternoon). Every batch below was written by a separate writer
who saw neither the detector nor the other cases, committed before the detector ran on
it, and measured once, scored by this test's `evaluate` (the per-batch table it
prints). The first figure of each is the one to quote:

    batch      cases  tp  fp  fn  precision  recall   written as / measured after
    heldout13    109  53   5  11      0.914   0.828   everyday chat / the transaction frame
    heldout14    109  48   3  21      0.941   0.696   evasion + keyword traps / 13's fixes
    heldout15    106  59   4   8      0.937   0.881   mixed / 14's fixes
    heldout16    110  61   7   9      0.897   0.871   many trades and countries / 15's fixes
    heldout17    105  61   5  13      0.924   0.824   conversation-heavy / 15's fixes
    13-17 together    282 24  62      0.922   0.820

The round's one mechanism change, the transaction frame (`payment_relation.frame_spans`:
a channel, either party and a cue of settling a payment, in place of "you" + a payment
verb), alone found 88% of the channel-bearing solicitations of the whole set against
59% for the narrow relation, but on heldout13 it moved the first measure by one case
(52/4/12 without it). The misses of these batches were mostly other kinds: no channel
named at all ("pay you privately", "settle this part off the books": now the
off-platform frame, `payment_relation.off_platform_spans`), the platform named as what
is replaced or complained about being read as its own feature, conversation details
(the other side accepting the account's own proposal, short choices among offered
channels, questions that refer back), bank codes and other languages. Each was fixed
as a mechanism with tests in other words; the batches' after-fix figures are tuned.
heldout10-freelancer-solicits-003 was relabelled PAY001 -> PAY002 (it gives a sort
code and account number: details, by the set's convention).

Then three more writers, measured once after heldout16/17's fixes (commit a8e71a8):

    heldout18    103  65   1   6      0.985   0.915   plain everyday
    heldout19    107  64   6   9      0.914   0.877   near-pairs of allowed and forbidden
    heldout20    108  64   8   8      0.889   0.889   subtle asks
    18-20 together    193 15  23      0.928   0.894

And three more, measured once after heldout18-20's fixes (commit 7d88f34):

    heldout21    107  66   4   6      0.943   0.917   plain everyday, many trades
    heldout22    107  66   2   8      0.971   0.892   conversation-heavy
    heldout23    117  65   6  13      0.915   0.833   boundary pairs and subtle asks
    21-23 together    197 12  27      0.943   0.879

And three more, measured once after heldout21-23's fixes (commit f8ea812; a lint run
had printed some 40 lines of heldout24's and heldout26's drafts before, and nothing was
changed in between):

    heldout24    112  61   3   9      0.953   0.871   plain everyday, many trades
    heldout25    101  65   2   5      0.970   0.929   conversation-heavy
    heldout26    112  67   4   6      0.944   0.918   boundary pairs and subtle asks
    24-26 together    193  9  20      0.955   0.906

And three more, measured once after heldout24-26's fixes (commit 8be7570):

    heldout27    104  64   1   8      0.985   0.889   balanced mix
    heldout28    104  69   3   6      0.958   0.920   conversation-heavy
    heldout29    107  62   2   7      0.969   0.899   boundary pairs and subtle asks
    27-29 together    195  6  21      0.970   0.903

And the last three of the session, measured once after heldout27-29's fixes (commit
d7b6c98):

    heldout30    106  64   2   8      0.970   0.889   balanced mix
    heldout31    107  70   5   8      0.933   0.897   conversation-heavy
    heldout32    108  69   4   7      0.945   0.908   boundary pairs and subtle asks
    30-32 together    203 11  23      0.949   0.898

And one more round, measured once after heldout30-32's fixes (commit 543d7f7):

    heldout33    104  59   8  10      0.881   0.855   balanced mix
    heldout34    101  75   5   1      0.938   0.987   conversation-heavy
    heldout35    109  67   9   5      0.882   0.931   boundary pairs and subtle asks
    33-35 together    201 22  16      0.901   0.926

And the session's last round, measured once after heldout33-35's fixes (commit e9ee7a2):

    heldout36    103  63   3   9      0.955   0.875   balanced mix
    heldout37    106  76   1   2      0.987   0.974   conversation-heavy
    heldout38    116  67   2   8      0.971   0.893   boundary pairs and subtle asks
    36-38 together    206  6  19      0.972   0.916

And a last pair after card numbers, romanised Hindi/Indonesian/Tagalog words and
heldout36-38's fixes (commit e4c0080):

    heldout39    113  66   1   8      0.985   0.892   balanced mix
    heldout40    110  75   3   5      0.962   0.938   conversations and boundary pairs
    39-40 together    141  4  13      0.972   0.916

The last two rounds together (548 cases) read P 0.972 / R 0.916; the last five (1,498
cases, fourteen writers) P 0.951 / R 0.911.

Then a round declared decisive before it was read (commit df01fdb: the four batches
committed unread, the pass mark stated in the message), measured once after three
fixes made without it (other marketplaces as channels, a class of workers' practice
applied to "you", "rather than go through the platform"):

    heldout41    104  59   2   9      0.967   0.868   mixed trades and voices
    heldout42    104  78   2   1      0.975   0.987   chat threads
    heldout43    108  65   2   4      0.970   0.942   near-pairs and subtle asks
    heldout44    106  55   4  13      0.932   0.809   identifiers, wallets, other languages
    41-44 together    257 10  27      0.963   0.905

It missed both marks (0.97 / 0.92). One more round, informational only (declared so
in commit b0198aa before it was read), measured once after the fixes from 41-44 and a
few more made without it:

    heldout45    111  45   5  30      0.900   0.600   other languages, non-native English
    heldout46    103  58   6   8      0.906   0.879   long messages and cover letters
    heldout47    106  79  12   4      0.868   0.952   4-8 turn threads
    heldout48     98  55   1   3      0.982   0.948   mostly hard negatives
    45-48 together    237 24  45      0.908   0.840

The themes were chosen to probe the known weak spots, so this round reads lower than a
mixed one would; it shows where the detector stands there: languages beyond the few it
reads (Turkish, Polish, most Indonesian and Hindi wordings), hard negatives inside
threads (a wrong PAY001 drags a wrong PAY003 after it), and one regression of the
41-44 fixes (identifier "data" words that outweighed a payment direction).

A last round, informational too (declared so in commit cb176bf before it was read),
written to the same four themes as heldout41-44 so the two compare, measured once
after the fixes from 45-48 (commit 1d328f5):

    heldout49    105  62   3   6      0.954   0.912   balanced mix
    heldout50    110  79   3   3      0.963   0.963   chat threads
    heldout51    110  64   1   5      0.985   0.928   near-pairs and subtle asks
    heldout52    110  72   2   2      0.973   0.973   identifiers, wallets, cover letters
    49-52 together    277  9  16      0.969   0.945

Against 41-44's 0.963 / 0.905 on the same themes: recall well past the 0.92 target,
precision 0.001 short of 0.97. It decides nothing this session (rule in df01fdb).

And a last weak-spot round, informational (commit 155cfc8), to 45-48's themes,
measured once after the fixes from 49-52 (commit b35c5cc):

    heldout53    107  55   8  18      0.873   0.753   other languages, non-native English
    heldout54    108  61   4   4      0.938   0.938   long messages and cover letters
    heldout55    109  85  14   9      0.859   0.904   4-8 turn threads
    heldout56    100  54   3   5      0.947   0.915   mostly hard negatives
    53-56 together    255 29  36      0.898   0.876

Against 45-48's 0.908 / 0.840 on the same themes: recall up, precision flat; long
threads and other languages remain the weak spots.

And one more mixed round, informational (commit 46047d4), to the themes of 41-44 and
49-52, measured once after the fixes from 53-56 (commit d81bd54):

    heldout57    107  70   1   2      0.986   0.972   balanced mix
    heldout58    100  80   5   3      0.941   0.964   chat threads
    heldout59    106  63   0   4      1.000   0.940   near-pairs and subtle asks
    heldout60    113  72   4   4      0.947   0.947   identifiers, wallets, cover letters
    57-60 together    285 10  13      0.966   0.956

And the session's last mixed round, informational (commit cf66be5), measured once
after the fixes from 57-60 (commit da2746b):

    heldout61    103  64   2   3      0.970   0.955   balanced mix
    heldout62    106  68   3   3      0.958   0.958   chat threads
    heldout63    103  61   1   3      0.984   0.953   near-pairs and subtle asks
    heldout64    115  69   2   5      0.972   0.932   identifiers, wallets, cover letters
    61-64 together    262  8  14      0.970   0.949

And a fifth mixed round, informational (commit 52c3147), measured once after the fixes
from 61-64 (commit be50757):

    heldout65    113  75   3   6      0.962   0.926   balanced mix
    heldout66    102  69   6   3      0.920   0.958   chat threads
    heldout67    100  60   0   1      1.000   0.984   near-pairs and subtle asks
    heldout68    109  69   2   4      0.972   0.945   identifiers, wallets, cover letters
    65-68 together    273 11  14      0.961   0.951

And the session's last mixed round, informational (commit dddef6f), measured once after
the fixes from 65-68 (commit 2190a6c):

    heldout69    104  65   2   6      0.970   0.915   balanced mix
    heldout70    111  72   2   6      0.973   0.923   chat threads
    heldout71     96  54   2   5      0.964   0.915   near-pairs and subtle asks
    heldout72    105  64   2   3      0.970   0.955   identifiers, wallets, cover letters
    69-72 together    255  8  20      0.970   0.927

And one more, informational (commit e508a14), measured once after the fixes from 69-72
(commit 86ddf24):

    heldout73    103  67   2   3      0.971   0.957   balanced mix
    heldout74    105  74   6   5      0.925   0.937   chat threads
    heldout75    107  62   2   3      0.969   0.954   near-pairs and subtle asks
    heldout76    106  63   2   6      0.969   0.913   identifiers, wallets, cover letters
    73-76 together    266 12  17      0.957   0.940

The mixed rounds read 0.963 / 0.905 (41-44, the decisive one), 0.969 / 0.945 (49-52),
0.966 / 0.956 (57-60), 0.970 / 0.949 (61-64), 0.961 / 0.951 (65-68), 0.970 / 0.927
(69-72) and 0.957 / 0.940 (73-76); the six informational ones pooled (2,552 cases)
0.965 / 0.945: recall past 0.92 in every round, precision just under 0.97.

On mixed text the detector now holds about P 0.96-0.97 / R 0.93-0.96 on text it has
not seen, moving a few points from batch to batch; on other languages and long threads
it holds less (45-48). The issue's targets (0.97 / 0.92) were not met by the round
declared decisive.

Next session, one more informational mixed round (commit 2986410), measured once on
the detector of that commit (fixes since 73-76: proposers answering questions about
their own proposal, quoted copy, withdrawal complaints, mobile-money numbers):

    heldout85    113  78   1   3      0.987   0.963   balanced mix
    heldout86    102  76   3   3      0.962   0.962   chat threads
    heldout87    107  64   3   4      0.955   0.941   near-pairs and subtle asks
    heldout88    113  72   1   6      0.986   0.923   identifiers, wallets, cover letters
    85-88 together    290  8  16      0.973   0.948

The same commit stated the decisive round for #4 (heldout77-84, eight batches written
blind and held outside the repository, unread, until integrated in one commit).

And another informational mixed round (commit 78673a9), measured once after the fixes
from 85-88 (commits b565b62, ebcdbec):

    heldout89    107  69   0   2      1.000   0.972   balanced mix
    heldout90    102  66   4   4      0.943   0.943   chat threads
    heldout91    100  56   2   5      0.966   0.918   near-pairs and subtle asks
    heldout92    102  61   3   3      0.953   0.953   identifiers, wallets, cover letters
    89-92 together    252  9  14      0.966   0.947

85-92 pooled (846 cases): P 0.970 / R 0.948.

And an informational round of eight mixed batches (commit d0b3143), measured once after
the fixes from 89-92 (commits f25501e, 30fa07e):

    heldout93    104  70   0   1      1.000   0.986   balanced mix
    heldout94    102  73   1   2      0.986   0.973   chat threads
    heldout95    113  76   0   3      1.000   0.962   near-pairs and subtle asks
    heldout96    113  73   3   3      0.961   0.961   identifiers, wallets, cover letters
    heldout97    112  66   1   3      0.985   0.957   balanced mix
    heldout98    113  86   1   2      0.989   0.977   chat threads
    heldout99    110  67   2   1      0.971   0.985   near-pairs and subtle asks
    heldout100   100  59   1   3      0.983   0.952   identifiers, wallets, cover letters
    93-100 together    570  9  18      0.984   0.969

The decisive round for #4 (stated in commit 2986410 before any of it was read; held
outside the repository, sha256 checked, integrated in commit 121c4c0), measured once on
the detector of 5d88411. Rule: resolve #4 iff pooled P >= 0.97 and R >= 0.92.

    heldout77    107  73   3   2      0.961   0.973   balanced mix
    heldout78    104  72   3   2      0.960   0.973   chat threads
    heldout79    103  64   1   1      0.985   0.985   near-pairs and subtle asks
    heldout80    106  66   0   5      1.000   0.930   identifiers, wallets, cover letters
    heldout81    115  81   0   1      1.000   0.988   balanced mix
    heldout82    107  73   0   1      1.000   0.986   chat threads
    heldout83    107  64   0   4      1.000   0.941   near-pairs and subtle asks
    heldout84    107  70   1   2      0.986   0.972   identifiers, wallets, cover letters
    77-84 together    563  8  18      0.986   0.969   (856 cases: both targets met)

After the fixes that followed (commits 02c7e30, b2b0e7e, 6e1c1d8), one more
informational round (commit 0826ccf), written after the decisive round and measured
once on the session's final detector:

    heldout101   106  67   1   4      0.985   0.944   balanced mix
    heldout102   100  70   0   2      1.000   0.972   chat threads
    heldout103   115  71   2   3      0.973   0.959   near-pairs and subtle asks
    heldout104   107  66   2   3      0.971   0.957   identifiers, wallets, cover letters
    101-104 together    274  5  12      0.982   0.958
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from holdrules.detectors.payment import OffPlatformPaymentDetector
from holdrules.findings import TextEvidence
from holdrules.records import (
    AccountActivity,
    AccountKind,
    Flag,
    Message,
    Proposal,
    RecordKind,
)
from holdrules.testing import T0, account, check_evidence

CASES_PATH = Path(__file__).parent / "data" / "payment_cases.jsonl"
PRECISION_TARGET = 0.97
RECALL_TARGET = 0.92
IDS = {"client": "acct-client", "freelancer": "acct-freelancer"}
KINDS = {"client": AccountKind.CLIENT, "freelancer": AccountKind.FREELANCER}

Label = tuple[str, str, int, str]  # case id, side, turn, code


def load_cases() -> list[dict[str, Any]]:
    with CASES_PATH.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _other(side: str) -> str:
    return "freelancer" if side == "client" else "client"


def build_activity(case: dict[str, Any], side: str) -> tuple[AccountActivity, dict[str, int]]:
    """The activity of `side` in `case`, and a map from record id to turn index."""
    owner = account(IDS[side], KINDS[side])
    turn_of: dict[str, int] = {}
    messages, proposals = [], []
    for i, turn in enumerate(case["turns"]):
        sender, recipient = IDS[turn["who"]], IDS[_other(turn["who"])]
        at = T0 + timedelta(minutes=5 * i)
        if case["surface"] == "proposal":
            if turn["who"] == side:
                record_id = f"{case['id']}-p{i}"
                proposals.append(Proposal(id=record_id, job_id="job-1", client_id=recipient,
                                          submitted_at=at, cover_letter=turn["text"]))
                turn_of[record_id] = i
            continue
        record_id = f"{case['id']}-m{i}"
        messages.append(Message(id=record_id, sender_id=sender, recipient_id=recipient,
                                sent_at=at, text=turn["text"]))
        turn_of[record_id] = i
    flags = tuple(
        Flag(id=f"{case['id']}-flag{j}", reporter_id=IDS[flag["by"]],
             reported_id=IDS[_other(flag["by"])],
             created_at=T0 + timedelta(minutes=5 * flag["about_turn"] + 2),
             reason="off-platform payment", record_kind=RecordKind.MESSAGE,
             record_id=f"{case['id']}-m{flag['about_turn']}")
        for j, flag in enumerate(case["flags"])
    )
    activity = AccountActivity(account=owner, messages=tuple(messages),
                               proposals=tuple(proposals), flags=flags)
    return activity, turn_of


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate(detector: OffPlatformPaymentDetector) -> tuple[dict[str, Scores], list[str]]:
    by_category: dict[str, Scores] = {}
    errors: list[str] = []
    for case in load_cases():
        scores = by_category.setdefault(case["category"], Scores())
        for side in ("client", "freelancer"):
            activity, turn_of = build_activity(case, side)
            findings = detector.detect(activity)
            check_evidence(activity, findings)
            found: set[Label] = set()
            for finding in findings:
                own = next(e for e in finding.evidence if isinstance(e, TextEvidence))
                found.add((case["id"], side, turn_of[own.record_id], finding.code))
            expected = {(case["id"], side, turn, code) for turn, code in case["expect"][side]}
            scores.tp += len(found & expected)
            scores.fp += len(found - expected)
            scores.fn += len(expected - found)
            for tag, labels in (("FP", found - expected), ("FN", expected - found)):
                errors += [f"{tag} {lb} {case['turns'][lb[2]]['text']!r}" for lb in sorted(labels)]
    return by_category, errors


def _table(by_category: dict[str, Scores], total: Scores) -> str:
    rows = [f"{'category':40} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}"]
    for name, s in sorted(by_category.items()):
        rows.append(f"{name:40} {s.tp:4d} {s.fp:4d} {s.fn:4d} {s.precision:9.3f} {s.recall:7.3f}")
    rows.append(f"{'TOTAL':40} {total.tp:4d} {total.fp:4d} {total.fn:4d} "
                f"{total.precision:9.3f} {total.recall:7.3f}")
    return "\n".join(rows)


def test_held_out_cases_are_marked() -> None:
    # cases written after the mechanisms were first tuned are tagged so their share
    # of the figures stays visible in the table
    assert sum(c["category"].startswith("heldout-") for c in load_cases()) >= 50


def test_committed_cases_match_their_generator() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_payment_cases", CASES_PATH.with_name("make_payment_cases.py"))
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    generated = [*module.dev_cases(), *module.heldout_cases(), *module.heldout2_cases(),
                 *module.heldout3_cases(), *module.heldout4_cases(), *module.heldout5_cases(),
                 *module.heldout6_cases(), *module.heldout7_cases(),
                 *module.heldout8_cases(), *module.heldout9_cases(),
                 *module.heldout10_cases(), *module.heldout11_cases(),
                 *module.heldout12_cases(), *module.heldout13_cases(),
                 *module.heldout14_cases(), *module.heldout15_cases(),
                 *module.heldout16_cases(), *module.heldout17_cases(),
                 *module.heldout18_cases(), *module.heldout19_cases(),
                 *module.heldout20_cases(), *module.heldout21_cases(),
                 *module.heldout22_cases(), *module.heldout23_cases(),
                 *module.heldout24_cases(), *module.heldout25_cases(),
                 *module.heldout26_cases(), *module.heldout27_cases(),
                 *module.heldout28_cases(), *module.heldout29_cases(), *module.heldout30_cases(),
                 *module.heldout31_cases(), *module.heldout32_cases(), *module.heldout33_cases(),
                 *module.heldout34_cases(), *module.heldout35_cases(), *module.heldout36_cases(),
                 *module.heldout37_cases(), *module.heldout38_cases(), *module.heldout39_cases(),
                 *module.heldout40_cases(), *module.heldout41_cases(),
                 *module.heldout42_cases(), *module.heldout43_cases(),
                 *module.heldout44_cases(), *module.heldout45_cases(),
                 *module.heldout46_cases(), *module.heldout47_cases(),
                 *module.heldout48_cases(), *module.heldout49_cases(),
                 *module.heldout50_cases(), *module.heldout51_cases(),
                 *module.heldout52_cases(), *module.heldout53_cases(),
                 *module.heldout54_cases(), *module.heldout55_cases(),
                 *module.heldout56_cases(), *module.heldout57_cases(),
                 *module.heldout58_cases(), *module.heldout59_cases(),
                 *module.heldout60_cases(), *module.heldout61_cases(),
                 *module.heldout62_cases(), *module.heldout63_cases(),
                 *module.heldout64_cases(), *module.heldout65_cases(),
                 *module.heldout66_cases(), *module.heldout67_cases(),
                 *module.heldout68_cases(), *module.heldout69_cases(),
                 *module.heldout70_cases(), *module.heldout71_cases(),
                 *module.heldout72_cases(), *module.heldout73_cases(),
                 *module.heldout74_cases(), *module.heldout75_cases(),
                 *module.heldout76_cases(), *module.heldout85_cases(),
                 *module.heldout86_cases(), *module.heldout87_cases(),
                 *module.heldout88_cases(), *module.heldout89_cases(),
                 *module.heldout90_cases(), *module.heldout91_cases(),
                 *module.heldout92_cases(), *module.heldout93_cases(),
                 *module.heldout94_cases(), *module.heldout95_cases(),
                 *module.heldout96_cases(), *module.heldout97_cases(),
                 *module.heldout98_cases(), *module.heldout99_cases(),
                 *module.heldout100_cases(), *module.heldout77_cases(),
                 *module.heldout78_cases(), *module.heldout79_cases(),
                 *module.heldout80_cases(), *module.heldout81_cases(),
                 *module.heldout82_cases(), *module.heldout83_cases(),
                 *module.heldout84_cases(), *module.heldout101_cases(),
                 *module.heldout102_cases(), *module.heldout103_cases(),
                 *module.heldout104_cases()]
    assert generated == load_cases()


def test_labelled_set_is_large_and_covers_every_kind_of_case() -> None:
    cases = load_cases()
    assert len(cases) >= 200
    categories = Counter(c["category"] for c in cases)
    for needed in ("client-solicits", "freelancer-solicits", "details-valid",
                   "identifier-invalid", "client-proposes-freelancer-agrees",
                   "client-proposes-freelancer-declines", "decline-and-report", "job-topic",
                   "platform-feature", "past-tense"):
        assert categories[needed] >= 8, needed


def _batch_table(by_category: dict[str, Scores]) -> str:
    """Scores per batch (the development set, then each held-out batch)."""
    batches: dict[str, Scores] = {}
    for name, s in by_category.items():
        batch = name.split("-")[0] if name.startswith("heldout") else "dev"
        total = batches.setdefault(batch, Scores())
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
    rows = [f"{'batch':10} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}"]
    order = sorted(batches, key=lambda b: (b != "dev", len(b), b))
    rows += [f"{b:10} {batches[b].tp:4d} {batches[b].fp:4d} {batches[b].fn:4d} "
             f"{batches[b].precision:9.3f} {batches[b].recall:7.3f}" for b in order]
    return "\n".join(rows)


@pytest.mark.filterwarnings("ignore")
def test_precision_and_recall_meet_targets() -> None:
    by_category, errors = evaluate(OffPlatformPaymentDetector())
    total = Scores(*(sum(getattr(s, f) for s in by_category.values()) for f in ("tp", "fp", "fn")))
    print("\n" + _table(by_category, total))
    print("\n" + _batch_table(by_category))
    for error in errors:
        print("  " + error)
    assert total.precision >= PRECISION_TARGET, f"precision {total.precision:.3f}"
    assert total.recall >= RECALL_TARGET, f"recall {total.recall:.3f}"
