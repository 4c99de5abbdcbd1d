"""The eleventh unseen set (turns11, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in the unit tests named in the
case file's header (privacy, tools named by the servers' tool lists, follow-ups at a
stated or changed rate and corrections, two questions in one message, premises with
"인데", clock spans, ordinal weekdays and holiday eves).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen11_mixed.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_eleventh_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen11_mixed.yaml")
    assert summary["n"] >= 100
    # The first run gave 3 wrong answers ('4,080원' for 'and in dollars at 1,360 won?', the
    # X-ray's time alone for a message asking two times, a task-only tool answered by the
    # cloud stand-in), 2 invented tool results and sent '221 Gangnam-daero' to the cloud.
    assert summary["wrong_answers"] == 0
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
