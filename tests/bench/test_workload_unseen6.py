"""The sixth unseen set (turns6, written blind) end to end on the real servers.

Its mechanisms are pinned with inputs of their own in
``tests/tools/test_unseen6_mechanisms.py``, ``tests/core/privacy/test_identifier_parts.py``
and ``tests/agents/test_tool_problems_unseen6.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import run_case_file

# Cases known to fail, listed so the test fails when one starts passing.
KNOWN_OPEN = {
    # Document and FAQ questions after a sum (tools/rag, tools/faq*: not this branch's):
    # 'per km if i drive my own car' (Mileage), '내 결혼식' (본인 결혼), 'drinks with dinner'
    # (Alcohol), '공짜' (무료) are declined. ('회사 건강검진은 1년에 몇번' had gone to the
    # model as a follow-up of the sum; "몇 번" of a subject of its own is now a new question.)
    "u6-topic-mileage-en#2",
    "u6-topic-wedding-leave#2",
    "u6-topic-alcohol-en#2",
    "u6-topic-parking-faq#2",
    # 'and the father?' after an age puzzle: the embedded model answers it wrongly; the
    # case accepts the strong tier or a degraded mark, which the run gives neither.
    "u6-rsn-age-puzzle#2",
}
# Now read by code (tests/tools/test_calculator_everyday_forms.py and the follow-up tests):
# the word problems (overtime at 1.5x, a price per kg from a box, a share of a share, a tip
# added then split, a daily price over 22 days, a yearly plan against a monthly one) and
# the follow-ups (one more item in an average, minutes off a span, a stacked discount named
# by its label, dates moved from the previous answer).
# 'and the full 26.2?' (u6-half-marathon-en#2) was the one wrong answer: a figure named
# by a word or two after "and" is now a follow-up's new quantity (tools/references.py).
KNOWN_WRONG = 0


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_sixth_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "unseen6_mixed.yaml")
    assert summary["n"] >= 100
    assert summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert summary["wrong_answers"] == KNOWN_WRONG
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
