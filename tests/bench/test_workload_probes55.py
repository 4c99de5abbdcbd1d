"""The probes of wrongs55 that found wrong document-thread answers, end to end on the real servers.

Their mechanisms are pinned with inputs of their own in tests/graphs/test_wrongs_55w.py and
tests/tools/rag/test_wrongs_55w.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("probes55_mixed.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_probes_of_wrongs55_run_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "probes55_mixed.yaml")
    assert summary["n"] >= 20
    assert not [f["id"] for f in summary["failures"] if f["wrong_answer"]]
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]


# Run on main 5f727766 (the rules off, 08:00 UTC): 29 turns, 15 failures, 15 counted wrong. On
# wrongs55 (07:58 UTC): 29 of 29, 0 wrong.
