"""The twenty-third unseen set (turns23, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in the unit tests named in the
case file's header.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen23_mixed.yaml")
# The wrong answers the first run found (quoted in the case file's header), allowed until
# the follow-up and calculation work they belong to fixes them; the gimbap follow-up's
# quote is fixed (tools/rag/count_need_only.py). "and thanksgiving that year, nov 25" became
# one when its first turn ("what weekday is july 4 2027") was answered by code instead of
# declined: the unread follow-up then went to the local model (babble with no weekday)
# instead of the cloud stand-in, as the other unread follow-ups after a code answer do.
# Any other wrong answer fails.
KNOWN_WRONG = {
    "n23-weekday-thanksgiving-en#2",
    "n23-tip-great-service-en#2",
    "n23-pounds-brother-en#2",
    "n23-cd-other-bank-en#2",
    "n23-pizza-double-en#2",
    "n23-pace-ten-k-en#2",
    "n23-amb-beef-servings#1",
    "n23-amb-water-24-pack-en#2",
}


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_twenty_third_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen23_mixed.yaml")
    assert summary["n"] >= 100
    assert {f["id"] for f in summary["failures"] if f["wrong_answer"]} <= KNOWN_WRONG
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
