"""The fourth unseen set (turns4, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in
``tests/tools/test_unseen4_mechanisms.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.workload.runner import run_workload
from bench.workload.suite import SUITE_DIR

# Cases known to fail, listed so the test fails when one starts passing. Each needs a
# reading the matcher lacks, not a model.
# "u9-topic-alcohol#2" (alcohol on a business trip) is answered since 'business' and
# 'trip' count as one topic (tools.rag.subjects.compound_groups).
KNOWN_OPEN: set[str] = set()


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_fourth_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    (tmp_path / "cases").mkdir()
    unseen = SUITE_DIR / "cases" / "unseen4_mixed.yaml"
    (tmp_path / "cases" / unseen.name).write_text(unseen.read_text(encoding="utf-8"))
    for name in ("docs", "servers", "mcp_servers.json"):
        (tmp_path / name).symlink_to(SUITE_DIR / name)
    summary = run_workload(tmp_path)
    assert summary["n"] >= 100
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert summary["wrong_answers"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
