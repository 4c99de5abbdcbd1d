"""The fifty-first unseen set (turns51, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in tests/tools/test_wrongs_51.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen51_mixed.yaml")
# Wrong answers left for another helper's reader (none). "how many days off do i get for
# my own wedding" fell to the local model ("2 days off" on some runs) until doc60 read the
# English question over the Korean rule (agents.grounded_topic_elsewhere_60e).
KNOWN_WRONG: frozenset[str] = frozenset()


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_fifty_first_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen51_mixed.yaml")
    assert summary["n"] >= 145
    assert {f["id"] for f in summary["failures"] if f["wrong_answer"]} <= KNOWN_WRONG
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
