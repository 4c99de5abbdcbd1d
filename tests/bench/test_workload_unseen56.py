"""The fifty-sixth unseen set (blind56m, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in tests/tools/test_wrongs_56.py and
tests/tools/rag/test_blind56m_findings.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen56_mixed.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_fifty_sixth_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen56_mixed.yaml")
    assert summary["n"] >= 145
    assert summary["wrong_answers"] == 0, summary["failures"]
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
