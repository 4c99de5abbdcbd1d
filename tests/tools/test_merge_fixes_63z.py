"""Two follow-up wrongs opens63 found on main and left (the coordinator's, round 63).

- "회비 50만원 5명이면 한명당 얼마" then "넷이 내면" gave 25,000원: the share asked of a
  count said with no sharing verb ("5명이면 한명당") was shared among four again. The
  count is replaced instead (125,000원), and with no one count to replace, no reading.
- "식비 95만원 셋이 나누면" then "한명 빠져서 넷이 내면" gave 475,000원: one leaving made
  two, and the four said beside it was dropped (other rules dropped the leaving instead:
  "2명 빠져서 3명이서 나누면" after four gave 80,000원). A count said beside who joined or
  left is read only when both readings give the same answer (``tools.followups``).
"""

from __future__ import annotations

import pytest

import tools.followup_changes as followup_changes
import tools.followups as followups
from tests.tools.rule_switch import NEVER, answer_to, never, off, read_only_by_its_rule

# The share asked of a count, then a new count paying: the count is replaced.
SHARE_ASKED_THEN_NEW_PAYERS = [
    (["회비 50만원 5명이면 한명당 얼마", "넷이 내면"], "125,000원"),
    (["펜션 60만원 6명이면 1인당 얼마야", "다섯이 내면"], "120,000원"),
    (["관리비 30만원 3명이면 인당 얼마", "둘이 내면?"], "150,000원"),
    (["모임 회비 80만원인데 8명이면 한 사람당 얼마", "10명이 내면"], "80,000원"),
    (["선물값 9만원 6명이면 1인당 얼마씩", "셋이 내면"], "30,000원"),
]


@pytest.mark.parametrize(("turns", "expected"), SHARE_ASKED_THEN_NEW_PAYERS)
def test_a_new_count_paying_replaces_the_count_the_share_was_asked_of(
    turns: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    switch = off(followup_changes, "_SHARE_ASKED", NEVER)
    read_only_by_its_rule(lambda: answer_to(turns), expected, switch, monkeypatch)


# Near misses: a split said with its verb keeps its reading; two counts give none.
SHARE_NEAR_MISSES = [
    (["저녁 12만원 3명이서 나누면", "넷이 내면"], "30,000원"),
    (["택시비 4만원 4명이서 나눠 내면", "2명이 내면"], "20,000원"),
    (["치킨 3마리 6만원 5명 2팀이면 한명당", "넷이 내면"], None),
]


@pytest.mark.parametrize(("turns", "expected"), SHARE_NEAR_MISSES)
def test_a_split_said_with_its_verb_or_two_counts(turns: list[str], expected: str | None) -> None:
    assert answer_to(turns) == expected


# Who left (or joined) and the count paying now, said together: they must agree.
COUNTS_DISAGREE = [
    ["식비 95만원 셋이 나누면", "한명 빠져서 넷이 내면"],
    ["택시비 4만원 4명이서 나누면", "한명 빠져서 다섯이 내면"],
    ["숙소 24만원 4명이서 나누면", "2명 빠져서 3명이서 나누면"],
    ["케이크 6만원 셋이 나누면", "한 명 빠져서 셋이 내면"],
    ["렌트비 90만원 3명이서 나누면", "한명 빠져서 넷이서 나눠 내면"],
]


@pytest.mark.parametrize("turns", COUNTS_DISAGREE)
def test_a_count_said_beside_who_left_must_agree_with_it(
    turns: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert answer_to(turns) is None
    off(followups, "payers_said", never)(monkeypatch)
    assert answer_to(turns) is not None  # the change alone, the count said dropped


COUNTS_AGREE = [
    (["식비 95만원 셋이 나누면", "한명 빠져서 둘이 내면"], "475,000원"),
    (["택시비 4만원 4명이서 나누면", "한명 빠져서 셋이 내면"], "13,333원"),
    (["식비 95만원 셋이 나누면", "한명 빠지면"], "475,000원"),
    (["숙소 24만원 4명이서 나누면", "2명 더 와서 6명이서 나누면"], "40,000원"),
]


@pytest.mark.parametrize(("turns", "expected"), COUNTS_AGREE)
def test_counts_that_agree_or_a_change_alone_still_answer(turns: list[str], expected: str) -> None:
    assert answer_to(turns) == expected
