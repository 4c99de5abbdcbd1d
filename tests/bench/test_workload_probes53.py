"""The probes of wrongs53 that found wrong figures, end to end on the real servers.

Their mechanisms are pinned with inputs of their own in tests/tools/test_wrongs_53x.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("probes53_mixed.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_probes_of_wrongs53_run_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "probes53_mixed.yaml")
    assert summary["n"] >= 25
    assert not [f["id"] for f in summary["failures"] if f["wrong_answer"]]
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]


# Run on main a5a07cf9 (the rules off, 01:15 UTC): 31 turns, success 23% (7 of 31), 24 counted
# wrong; tiers deterministic 90.3%, cloud 9.7%. On wrongs53 (01:13 UTC): 31 of 31, 0 wrong, 0
# personal data at the cloud stand-in, 0 invented tool results. unseen44_mixed.yaml on wrongs53:
# the same 21 open failures and 1 known wrong as on main.
