"""The seventh unseen set (turns7, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in
``tests/tools/test_unseen7_mechanisms.py``, ``tests/tools/test_word_problem_reader.py``
(word problems and the follow-ups changing one of their figures),
``tests/tools/test_unseen7_dates_followups.py``, ``tests/core/privacy/test_intro_names.py``,
``tests/core/privacy/test_spoken_dates.py`` and ``tests/graphs/test_follow_up_flow.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen7_mixed.yaml")
# The first run gave 10 wrong answers (a discount, a tax, a year's interest and a cut
# price read as the wrong quantity; a date counted from today; the time tool's reply to
# a train puzzle; the local model's nonsense for a temperature and an FAQ question).
KNOWN_WRONG = 0


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_seventh_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen7_mixed.yaml")
    assert summary["n"] >= 100
    # "시드니는?" after a current-time question had been answered by a model; it now asks
    # the time tool again (agents.mcp_dispatch.match_time_follow_up).
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert summary["wrong_answers"] == KNOWN_WRONG
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
