"""The forty-second unseen set (turns42, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in tests/tools/test_wrongs_42.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen42_mixed.yaml")
# Counted wrong by the checks, each with its reason in its marker: the booking-phone
# question the documents' reader answers with a sentence about missed appointments
# (tools/rag, blind41's), and the coffee follow-up answered '1' (right, but a bare figure
# the case cannot tell from noise). Any other wrong answer fails.
KNOWN_WRONG: set[str] = set()


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_forty_second_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen42_mixed.yaml")
    assert summary["n"] >= 73
    assert {f["id"] for f in summary["failures"] if f["wrong_answer"]} <= KNOWN_WRONG
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
