"""The ninth unseen set (turns9, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in
``tests/tools/test_unseen9_mechanisms.py``, ``tests/tools/test_faq_unseen9.py``,
``tests/agents/test_tool_problems_unseen9.py``, ``tests/core/privacy/test_unseen9_privacy.py``
and ``tests/tools/rag/test_result_waits.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen9_mixed.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_ninth_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen9_mixed.yaml")
    assert summary["n"] >= 100
    # The first run gave 5 wrong answers (the check-up blood test's length and 'that
    # day's closing time' answered with the blood-result sentence, 'switchyard 이게
    # 뭐하는거임' with the documents' Switchyard lines, Notion and drift's echo answered
    # by the cloud stand-in), 3 invented tool results and sent three names (윤서아,
    # 지호, 최민서) to the cloud stand-in.
    assert summary["wrong_answers"] == 0
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
