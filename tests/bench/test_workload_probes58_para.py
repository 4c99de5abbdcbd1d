"""The round-58 paraphrase probe (para58, written blind) end to end on the real servers.

New wordings of set 49's calculation forms closed this round; the rules it led to are
pinned with inputs of their own in tests/tools/test_para_58q.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("probes58_para.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_round_58_paraphrase_probe_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "probes58_para.yaml")
    assert summary["n"] >= 50
    assert not [f["id"] for f in summary["failures"] if f["wrong_answer"]]
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
