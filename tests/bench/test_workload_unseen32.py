"""The thirty-second unseen set (turns32, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in the unit tests named in the case
file's header.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen32_mixed.yaml")
# The first run's seven wrong answers are quoted in the case file's header; all are
# answered right now. Any wrong answer fails.
KNOWN_WRONG: set[str] = set()


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_thirty_second_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen32_mixed.yaml")
    assert summary["n"] >= 130
    assert {f["id"] for f in summary["failures"] if f["wrong_answer"]} <= KNOWN_WRONG
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
