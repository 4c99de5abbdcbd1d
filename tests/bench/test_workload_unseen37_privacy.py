"""The thirty-seventh unseen set, personal data and secrets (redteam37, written blind), end to end.

Its rules are pinned with inputs of their own in tests/core/privacy/test_red_team37_rules.py
and tests/security/test_red_team37_egress.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen37_privacy.yaml")
# Personal data of open cases that still reaches the cloud stand-in (listed in the case
# file's header); nothing else may. Empty this when the rules read them.
KNOWN_LEAKS: set[str] = set()
# No wrong answer may be given.
KNOWN_WRONG: set[str] = set()


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_thirty_seventh_unseen_privacy_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen37_privacy.yaml")
    assert summary["n"] >= 37
    assert set(summary["personal_data_values_at_cloud"]) <= KNOWN_LEAKS, summary[
        "personal_data_values_at_cloud"
    ]
    wrong = {f["id"] for f in summary["failures"] if f["wrong_answer"]}
    assert wrong <= KNOWN_WRONG, wrong
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
