"""The tenth unseen set (turns10, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in
``tests/core/privacy/test_unseen10_privacy.py``, ``tests/agents/test_tool_problems_unseen10.py``,
``tests/agents/test_mcp_prose_calls.py``, ``tests/agents/test_document_general_note.py``,
``tests/tools/test_currency_counts.py``, ``tests/tools/test_followup_running_k.py``,
``tests/tools/test_courtesy.py`` and ``tests/tools/test_faq_unseen10.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen10_mixed.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_tenth_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen10_mixed.yaml")
    assert summary["n"] >= 100
    # The first run gave 6 wrong answers (a unit price in won converted to dollars for
    # one item, twice; '10 km = 10.01 mi' for 'and 10k?'; a flu-shot price, KakaoTalk
    # and 'use archive to echo hello' answered by the cloud stand-in), 2 invented tool
    # results and sent four names (박지훈, 이서준, Daniel, Okafor) to the cloud stand-in.
    assert summary["wrong_answers"] == 0
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
