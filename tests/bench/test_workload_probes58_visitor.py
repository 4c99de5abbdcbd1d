"""visitor58's probes end to end: a question whether the clinic HAS parking never gets the
staff expense rule that parking is reimbursed; an expense question keeps it.

The screen is pinned with other wordings in tests/tools/rag/test_visitor_58v.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file (none today).
KNOWN_OPEN = known_open("probes58_visitor.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_round_58_visitor_probes_run_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "probes58_visitor.yaml")
    assert summary["n"] >= 4
    assert not [f["id"] for f in summary["failures"] if f["wrong_answer"]]
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
