"""PII egress, measured over every channel: 1,600 generated strings plus split identifiers.

The strings come from ``bench.privacy_corpus`` (Korean and English; self-intros,
full names, number words, look-alikes, spaced digits, e-mails with at/dot,
addresses, ids; a quarter are public decoys). They are batched, several per
session, into channels: the user's question and its follow-up (history), an
uploaded document and a retrieved passage followed by "Translate your previous
answer into English" (history), the result of a ``local`` MCP-like tool, the
arguments of a webhook call, a tool's error message, and the results of our own
MCP server to an untrusted client. Identifiers typed over several turns come
from ``generate_split_turns``. Every session opens with a public question that
must reach the cloud recorder (the channels are live); trace export to a
LangSmith recorder is on for every TRACE_EVERY-th session.

Counted: any planted value, in any numeral form, reaching any recorder. It must
be 0, and the control test (``test_pii_egress_control.py``) shows the count is not 0
with the defence switched off, so the suite can fail. The control and the env-tracing
test sit in their own file so that ``--dist loadfile`` can run them on the other worker
while this file's single test (about 700 turns) takes its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.security.harness import dump
from tests.security.pii_egress_suite import (
    N_SPLIT,
    N_STRINGS,
    leak_table,
    report_of,
    run_suite,
)


@pytest.mark.slow
# About 700 turns: 4-5 minutes on an idle 2-core machine, longer on a shared one.
@pytest.mark.timeout(1800)
def test_no_generated_pii_string_reaches_any_recorder(
    tmp_path: Path, langsmith_env: pytest.MonkeyPatch, artifacts: Path
) -> None:
    run = run_suite(tmp_path, N_STRINGS, N_SPLIT, langsmith_env)
    report = report_of(run, leak_table(run))
    dump(artifacts / "pii_egress_report.json", report)
    print(f"\nPII egress: {report['n_strings']} strings, leaks: {report['leaks']}")
    assert report["n_strings"] >= 1500
    # The channels are live: every session's public opener reached the cloud, traces and
    # MCP results were delivered, and public decoys went out with the records.
    assert report["openers_at_cloud"] == report["n_openers"], report
    assert report["decoys_at_cloud"] > 0 and report["requests"]["traces"] > 0, report
    assert report["requests"]["mcp"] == 2 * run.sessions["mcp"], report
    assert report["leaks_total"] == 0, report
