"""The probes of ownfacts55: questions about the clinic itself that no document answers,
end to end on the real servers; none may end with a model's general knowledge.

The rule is pinned with inputs of its own in tests/agents/test_ownfacts_55o.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("probes55_ownfacts.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_probes_of_ownfacts55_run_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "probes55_ownfacts.yaml")
    assert summary["n"] >= 23
    assert not [f["id"] for f in summary["failures"] if f["wrong_answer"]]
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
