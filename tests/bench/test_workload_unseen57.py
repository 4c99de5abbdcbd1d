"""The fifty-seventh unseen set (blind57m, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in tests/tools/test_wrongs_57.py and
tests/tools/rag/test_blind57m_findings.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen57_mixed.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_fifty_seventh_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen57_mixed.yaml")
    assert summary["n"] >= 152
    assert summary["wrong_answers"] == 0, summary["failures"]
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
