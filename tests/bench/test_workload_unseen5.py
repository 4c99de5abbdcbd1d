"""The fifth unseen set (turns5, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in
``tests/tools/test_unseen5_mechanisms.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import run_case_file

# Cases known to fail, listed so the test fails when one starts passing.
# "연차 쓰려면 며칠 전까지" (쓰 and 사용 are one act in the vocabulary) and "a hotel night
# in Busan" (tools.rag.elsewhere: the rule for "elsewhere" covers it) are answered now.
KNOWN_OPEN: set[str] = set()
# v5-pii-card-history-en: a card-length number right after "card number" is personal data
# though its checksum fails (tests/core/privacy/test_labelled_card.py).


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_fifth_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen5_mixed.yaml")
    assert summary["n"] >= 100
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert summary["wrong_answers"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
