"""docwrongs55's four wrong document answers (and docwrongs56's fifth), end to end.

The rule that closes the last ("same for the pharmacy?") is pinned with inputs of its own in
tests/graphs/test_docwrongs_55r.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("probes55_docwrongs.yaml")
# None left: round 56 (docwrongs56) closed the annual-leave, meals and condition follow-up
# answers (tests/tools/rag/test_docwrongs_56r.py, tests/graphs/test_docwrongs_56r.py).
KNOWN_WRONG: set[str] = set()


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_probes_of_docwrongs55_run_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "probes55_docwrongs.yaml")
    assert summary["n"] >= 8
    # A failure's id names its turn ("p55r-meals-reimbursed#1"); KNOWN_WRONG names conversations.
    wrong = {f["id"].split("#")[0] for f in summary["failures"] if f["wrong_answer"]}
    assert wrong <= KNOWN_WRONG
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]


# On docwrongs55 aed67185 (08:19 UTC): 6 turns, 3 failures (the 3 open markers), 2 counted
# wrong (annual leave, meals); on coord55 60daf8d4 the pharmacy turn was wrong too.
# On docwrongs56 (10:25 UTC): 8 turns, 0 failures, 0 wrong.
