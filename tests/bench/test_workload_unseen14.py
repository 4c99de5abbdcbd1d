"""The fourteenth unseen set (turns14, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in the unit tests named in the
case file's header.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen14_mixed.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_fourteenth_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen14_mixed.yaml")
    assert summary["n"] >= 100
    # The first run gave 5 wrong answers (two exchange rates multiplied for 'what about in
    # euros at 1,450', the local model's '750,000원' for 'make that weekly' and a sentence
    # of its own for 'at 100?', the check-up's table of durations for a Korean fasting
    # question, the cloud's text for "clear out everything in 'tmp' using pol's wipe")
    # and 1 invented tool result (that wipe); no personal data reached the cloud stand-in.
    # turns14 fixed all but the fasting question; linking 굶 (go without food) to eat/fast
    # in the term lexicon fixed that one at the merge.
    wrong = [f["id"] for f in summary["failures"] if f["wrong_answer"]]
    assert wrong == [], summary["failures"]
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
