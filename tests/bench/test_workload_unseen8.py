"""The eighth unseen set (turns8, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in
``tests/tools/test_unseen8_mechanisms.py``, ``tests/agents/test_tool_problems_unseen8.py``,
``tests/core/privacy/test_intro_names.py`` and ``tests/tools/rag/test_weekend_chat_forms.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen8_mixed.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_eighth_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen8_mixed.yaml")
    assert summary["n"] >= 100
    # The first run gave 3 wrong answers (a Seoul-to-Paris conversion on 'Oct 5 2027'
    # answered for today; requests for a 'github' server and a Google calendar answered
    # by the cloud stand-in, also the 2 invented tool results) and sent the name in
    # '저 정수아인데요' to the cloud stand-in with the next turn.
    assert summary["wrong_answers"] == 0
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
