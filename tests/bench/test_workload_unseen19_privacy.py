"""The nineteenth unseen set, personal data only (privacy27, written blind), end to end.

Its rules are pinned with inputs of their own in the unit tests named in the case file's
header, and in tests/security/test_red_team19_egress.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen19_privacy.yaml")


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_nineteenth_unseen_privacy_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen19_privacy.yaml")
    assert summary["n"] >= 56
    # The first run sent 13 values to the cloud stand-in (a relative's sign-on, a
    # signature, a phone by groups, a comma-typed card, plates, a birth date in words, a
    # child's name in the history); none reaches it now.
    assert summary["personal_data_at_cloud"] == 0, summary["personal_data_values_at_cloud"]
    # The first run's one wrong answer (the calculator gave what is left, 2,755,950원, for
    # "285만원에서 3.3% 떼면 세금이 얼마야?", which asks the tax) is fixed in
    # tools/calculator_taken_share.py.
    wrong = [f["id"] for f in summary["failures"] if f["wrong_answer"]]
    assert wrong == [], wrong
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
