"""The round-58 paraphrase probes of document questions (parad58, written blind) end to end.

New wordings of the document-thread forms of sets 48/49 (a place not listed, a relative under
a category, a duration or amount in words against a threshold, a figure worked from a rate,
someone other than the patient, everyday words, across languages) and near misses that must
be declined. Turns still failing carry an ``open`` marker in the case file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("probes58_docpara.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_round_58_document_paraphrase_probes_run_on_the_real_servers(
    tmp_path: Path,
) -> None:
    summary = run_case_file(tmp_path, "probes58_docpara.yaml")
    assert summary["n"] >= 48
    assert not [f["id"] for f in summary["failures"] if f["wrong_answer"]]
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
