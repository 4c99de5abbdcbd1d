"""The fifteenth unseen set (turns15, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in the unit tests named in the
case file's header.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen15_mixed.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_fifteenth_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen15_mixed.yaml")
    assert summary["n"] >= 90
    # The first run gave 6 wrong answers (the tip alone for 'the total with a 10% tip' and
    # its follow-up, 200 yen at 9.3 won for 'and in yen at 9.3', 0.6667 L for 'and for 630
    # km?', 64 weeks for 'from oct 1 to dec 24 2027', the local model's sentence for 'per
    # month instead'), no invented tool result and no personal data at the cloud stand-in;
    # turns15 fixed all six.
    wrong = [f["id"] for f in summary["failures"] if f["wrong_answer"]]
    assert wrong == [], summary["failures"]
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
