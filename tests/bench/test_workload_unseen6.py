"""The sixth unseen set (turns6, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in
``tests/tools/test_unseen6_mechanisms.py``, ``tests/core/privacy/test_identifier_parts.py``
and ``tests/agents/test_tool_problems_unseen6.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen6_mixed.yaml")
# 'and the full 26.2?' (u6-half-marathon-en#2) was the one wrong answer: a figure named
# by a word or two after "and" is now a follow-up's new quantity (tools/references.py).
KNOWN_WRONG = 0


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_sixth_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen6_mixed.yaml")
    assert summary["n"] >= 100
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert summary["wrong_answers"] == KNOWN_WRONG
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
