"""The twenty-second unseen set (turns22, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in the unit tests named in the
case file's header.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen22_mixed.yaml")
# The six wrong answers the first run found (quoted in the case file's header) are fixed
# or turned into honest declines. "fill up 55 instead" once counted wrong in a whole
# `make test` run: its first turn ("gas is 1.89 a liter", no currency) went to a model, the
# follow-up's cloud call timed out and the local retry's bare figure went unjudged. Both
# turns are now worked out by code (tools.calculator_english_buys,
# tools.followup_english_changes), and a local or degraded bare figure after a
# model-answered calculation is judged too (tests/graphs/test_follow_up_figure_after_model.py).
KNOWN_WRONG: set[str] = set()


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_twenty_second_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen22_mixed.yaml")
    assert summary["n"] >= 102
    assert {f["id"] for f in summary["failures"] if f["wrong_answer"]} <= KNOWN_WRONG
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
