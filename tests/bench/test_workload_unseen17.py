"""The seventeenth unseen set (turns17, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in the unit tests named in the
case file's header.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen17_mixed.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_seventeenth_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen17_mixed.yaml")
    assert summary["n"] >= 108
    # The first run gave 3 wrong answers: '$9.4' for "in yen at 9.4", the per-day meal
    # sentence restated "for 4 days" (both fixed by turns17), and the cloud's answer to a
    # sick-leave follow-up the policy does not cover, given without saying so (fixed by
    # followup26: a loose follow-up asking past a cited answer says it is not the
    # documents', graphs.cited_followups).
    wrong = sorted(f["id"] for f in summary["failures"] if f["wrong_answer"])
    assert wrong == [], wrong
    assert summary["invented_tool_results"] == 0
    # The first run sent 'Priya' ("Priya here. could you draft ...") to the cloud stand-in.
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
