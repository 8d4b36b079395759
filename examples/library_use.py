"""Using holdrules from Python: scan one message, then evaluate an export.

Run: python examples/library_use.py
"""

from __future__ import annotations

from pathlib import Path

from holdrules.engine import Engine
from holdrules.ingest import Accepted, read_activities

engine = Engine.default()

# 1. A pre-send check on one message to a potential client (no contract yet).
for finding in engine.scan_text("Mail me: john (at) gmail (dot) com", surface="message"):
    print(f"{finding.code} {finding.name}: {finding.explanation}")

# 2. The same text inside a running contract is allowed by default.
print("inside a contract:", engine.scan_text("Mail me: john@gmail.com", contract_active=True))

# 3. A whole export, streamed one account at a time.
export = Path(__file__).with_name("accounts.jsonl")
for item in read_activities([str(export)]):
    if isinstance(item, Accepted):
        report = engine.evaluate(item.activity)
        if report.findings:
            codes = ", ".join(sorted({f.code for f in report.findings}))
            print(f"{report.account_id}: {codes}")
    else:
        print(item.describe())
