"""The ledger against a plain in-memory model, under random sequences of changes."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from holdrules.findings import Violation
from holdrules.ledger import HoldLedger, LedgerError
from holdrules.records import HoldRecord
from tests.test_policy_factories import AS_OF, hold

hold_ids = st.sampled_from([f"h{i}" for i in range(6)])
accounts = st.sampled_from(["acct-1", "acct-2"])


class LedgerMatchesModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.ledger = HoldLedger(":memory:")
        self.model: dict[str, HoldRecord] = {}

    @rule(hold_id=hold_ids, account=accounts, day=st.integers(0, 50),
          violation=st.sampled_from(list(Violation)))
    def place(self, hold_id: str, account: str, day: int, violation: Violation) -> None:
        record = hold(hold_id, violation, placed=AS_OF + timedelta(days=day), account_id=account)
        known = self.model.get(hold_id)
        if known is not None and known.model_copy(update={"resumed_at": None}) != record:
            try:
                self.ledger.place(record)
            except LedgerError:
                return
            raise AssertionError("a clashing hold was accepted")
        stored = self.ledger.place(record)
        self.model.setdefault(hold_id, record)
        assert stored == self.model[hold_id]

    @rule(hold_id=hold_ids, days=st.integers(-2, 30))
    def resume(self, hold_id: str, days: int) -> None:
        known = self.model.get(hold_id)
        at = (known.placed_at if known else AS_OF) + timedelta(days=days)
        refused = (known is None or days < 0
                   or (known.resumed_at is not None and known.resumed_at != at))
        try:
            resumed = self.ledger.resume(hold_id, at)
        except LedgerError:
            assert refused
            return
        assert not refused
        assert known is not None
        self.model[hold_id] = known.model_copy(update={"resumed_at": at})
        assert resumed == self.model[hold_id]

    @invariant()
    def history_matches(self) -> None:
        for account in ("acct-1", "acct-2"):
            expected = sorted((h for h in self.model.values() if h.account_id == account),
                              key=lambda h: (h.placed_at, h.id))
            assert self.ledger.history(account) == expected

    def teardown(self) -> None:
        self.ledger.close()


LedgerMatchesModel.TestCase.settings = settings(max_examples=40, stateful_step_count=25,
                                                deadline=None)
test_ledger_matches_model = LedgerMatchesModel.TestCase
