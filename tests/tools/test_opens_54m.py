"""Set 54's declined corrections (blind54m), read by the correction rule's widened slots.

tools.followup_correction reads "X가 아니라 Y" after a question that states X; set 54 said
the right figure with what it is ("25%짜리"), in the past ("62만이었어") and in English as
"its 23.50 not 22.50" (the right figure first, after "it's", "it was", "that was", "should
be"). Each slot is switched off once; a correction of something the previous question does
not state is still no arithmetic.
"""

from __future__ import annotations

import re

import pytest

import tools.followup_correction as correction
from core.lazy_regex import LazyPattern
from tests.tools.rule_switch import answer_to, narrowed, off, read_only_by_its_rule


def _english_right_figure_first_off() -> object:
    current = correction._EN
    start = current.pattern.index("|\\b(?:it'?s|it\\s+is")
    return off(correction, "_EN", LazyPattern(current.pattern[:start], re.IGNORECASE))


_WHAT_IT_IS = narrowed(correction, "_KO", "|짜리")
_IN_THE_PAST = narrowed(correction, "_KO", "|이었어|였어|이었음|였음|이었네|였네|이었다|였다")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["가방 9만원에 10%할인 쿠폰 적용하면", "아 10%말고 30%짜리"], "63,000원"),
        (["치킨 19000원에 10% 쿠폰 쓰면 얼마", "쿠폰 10이 아니라 12%짜리"], "16,720원"),
        (["커피 4500원짜리 3잔", "3잔 말고 5잔짜리"], "22,500원"),
        (["노트북 120만원 5% 할인 카드 쓰면", "아니 5%가 아니라 7%짜리 카드"], "1,116,000원"),
        (["패딩 16만원에 20% 쿠폰이면", "아 20이 아니라 25%짜리"], "120,000원"),
    ],
)
def test_the_right_figure_said_with_what_it_is(
    turns: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(lambda: answer_to(turns), expected, _WHAT_IT_IS, monkeypatch)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["치킨 19000원에 10% 쿠폰 쓰면 얼마", "쿠폰 10이 아니라 15%였어"], "16,150원"),
        (["월세 55만 관리비 8만 둘이 나누면", "아 월세 55가 아니라 62만이었어"], "350,000원"),
        (["피자 3판 2만원씩이면", "3판 아니고 4판이었네"], "80,000원"),
        (["사과 12개 한개에 1200원이면", "12개가 아니라 15개였음"], "18,000원"),
        (["택시비 18000원 셋이 나누면", "18000이 아니라 21000원이었다"], "7,000원"),
    ],
)
def test_the_right_figure_told_in_the_past(
    turns: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(lambda: answer_to(turns), expected, _IN_THE_PAST, monkeypatch)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["a 1,200 couch paid in 12 months, how much a month", "it was 1,500 not 1,200"], "125"),
        (
            [
                "i earn 22.50 an hour and work 40 hours a week, how much a week",
                "oops, its 23.50 not 22.50",
            ],
            "940",
        ),
        (["dinner was 84 split 4 ways, how much each", "sorry its 96 not 84"], "24"),
        (["rent is 1,800 split 3 ways, each?", "it's actually 2,100, not 1,800"], "700"),
        (["3 nights at 140 a night, total?", "that was 4 nights not 3"], "560"),
    ],
)
def test_the_right_figure_first_in_english(
    turns: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    switch = _english_right_figure_first_off()
    assert callable(switch)
    read_only_by_its_rule(lambda: answer_to(turns), expected, switch, monkeypatch)


@pytest.mark.parametrize(
    "turns",
    [
        ["dinner was 84 split 4 ways, how much each", "its 5 not 3"],  # 3 is not stated
        ["회의 월요일 3시에 2시간이면 몇시에 끝나", "월요일이 아니라 화요일이었어"],
        ["치킨 19000원에 10% 쿠폰 쓰면 얼마", "쿠폰 20이 아니라 25%짜리"],  # 20 is not stated
    ],
)
def test_a_correction_of_what_was_not_stated_is_not_read(turns: list[str]) -> None:
    assert answer_to(turns) is None
