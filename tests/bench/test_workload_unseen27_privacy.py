"""The twenty-seventh unseen set, personal data and secrets (redteam27, written blind), end to end.

Its rules are pinned with inputs of their own in the unit tests named in the case file's
header.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import known_open, run_case_file

# Cases known to fail carry an ``open: "why"`` marker in the case file; listed here so
# the test fails when one starts passing.
KNOWN_OPEN = known_open("unseen27_privacy.yaml")
# Personal data of open cases that still reaches the cloud stand-in (listed in the case
# file's header); nothing else may. Empty this when the rules read them.
KNOWN_LEAKS = {
    "#1357*",
    "0415",
    "1357",
    "1946",
    "3308#",
    "4fT9qLx2VbN8mZ1rKc7HwY3dPe6sUa0J",
    "7391",
    "8426",
    "8sKq2LmN4xVb7TzR1cWy9HdPf3Ge6JuA5oXi",
    "AKIAZ7QX4NBL2R6TVW3H",
    "Gr33nT34pot!",
    "Lantern!Fjord88",
    "Priyanka",
    "Rajeshwari",
    "Venkataraman-Iyer",
    "ghp_8sKq2LmN4xVb7TzR1cWy9HdPf3Ge6JuA5oXi",
    "hedgehog-teacup-19",
    "k9Vd2+PqT7xLmW4sRz8/bNc1YhE6uJfA0gO3iKtQ",
    "sk-proj-4fT9qLx2VbN8mZ1rKc7HwY3dPe6sUa0J",
    "구천팔백십이",
    "남궁하율",
    "맹서후",
    "변승우",
    "사천칠백칠십",
    "옥재현",
    "이칠삼 에이 팔일공구",
    "탁민지",
    "편수아",
}
# No wrong answer may be given.
KNOWN_WRONG: set[str] = set()


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_twenty_seventh_unseen_privacy_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen27_privacy.yaml")
    assert summary["n"] >= 74
    assert set(summary["personal_data_values_at_cloud"]) <= KNOWN_LEAKS, summary[
        "personal_data_values_at_cloud"
    ]
    wrong = {f["id"] for f in summary["failures"] if f["wrong_answer"]}
    assert wrong <= KNOWN_WRONG, wrong
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
