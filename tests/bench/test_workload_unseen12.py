"""The twelfth unseen set (turns12, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in the unit tests named in the
case file's header.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen12_mixed.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_twelfth_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen12_mixed.yaml")
    assert summary["n"] >= 100
    # The first run gave 4 wrong answers (a model's average of three scores, '5,000
    # friends' for a correction, a closing time for chat-spelt 'wat time do u close', a
    # garbled decline of 'half of that?'), 1 invented tool result ('tasks ping 좀') and
    # sent '김하은' (opening '김하은인데요 …') to the cloud stand-in.
    assert summary["wrong_answers"] == 0
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
