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
# or turned into honest declines. One open turn is allowed as known wrong: alone and in the
# whole-workload run "fill up 55 instead" goes to the cloud stand-in, but in one whole
# `make test` run (2026-12-02, landing 25) it counted as wrong, as set 21's loan thread did
# before code read it. Its first turn ("gas is 1.89 a liter", no currency) is answered by a
# model, so no guard checks the follow-up's figure; likely cause, not yet shown: under the
# suite's load the cloud call gives way to the local model. Any other wrong answer fails.
KNOWN_WRONG = {"n22-gas-fill-more-en#2"}


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_twenty_second_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen22_mixed.yaml")
    assert summary["n"] >= 102
    assert {f["id"] for f in summary["failures"] if f["wrong_answer"]} <= KNOWN_WRONG
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
