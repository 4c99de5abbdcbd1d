"""The thirteenth unseen set (turns13, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in the unit tests named in the
case file's header.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen13_mixed.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_thirteenth_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen13_mixed.yaml")
    assert summary["n"] >= 100
    # The first run gave 4 real wrong answers (the 30-day sentence for a question about
    # the penalty after 30 days, two local echoes, the cloud's text for a prose 'wipe ...
    # with pol'), 1 invented tool result (that wipe) and sent 'Priya Raman' and '한정숙'
    # to the cloud stand-in. turns13 fixed all but the 30-day sentence for the penalty
    # question, which the dense check now declines (the head noun a what-is question
    # asks for, tools/rag/dense_confirmed.py).
    # 'r u open saturday afternoon' was answered by the embedded model itself (an echo or
    # a sentence of its own) until the FAQ match read the part of the day as a detail its
    # hours answer covers (tools/faq_details.py): no turn may give a wrong answer.
    assert summary["wrong_answers"] == 0, summary["failures"]
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
