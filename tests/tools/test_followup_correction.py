"""A correction of a figure the previous question stated (our own examples)."""

from __future__ import annotations

import pytest

from tools.followup_chain import run_chain
from tools.followup_correction import corrected_figure
from tools.followups import resolve_follow_up

_CHICKEN = "치킨 2마리 한마리에 19,000원인데 4명이서 나누면 한명당 얼마"
_CABIN = "cabin is 210,000 won a night, 2 nights total?"


@pytest.mark.parametrize(
    ("previous", "turn", "answer"),
    [
        (_CHICKEN, "아 미안 4명이 아니라 5명", "7,600원"),
        (_CHICKEN, "헐 2마리가 아니라 3마리임", "14,250원"),
        (_CABIN, "oops not 2 nights but 3", "630,000원"),
        (_CABIN, "i meant 4 nights not 2", "840,000원"),
    ],
)
def test_the_corrected_figure_replaces_the_stated_one(
    previous: str, turn: str, answer: str
) -> None:
    resolved = resolve_follow_up(turn, [previous])
    assert resolved is not None
    result = run_chain(resolved[0])
    assert result is not None and result.answer == answer


@pytest.mark.parametrize(
    "turn",
    [
        "7명이 아니라 6명",  # 7명 was never said
        "토요일이 아니라 일요일",  # no figure
        "4명이 아니라 5마리",  # another unit
    ],
)
def test_a_correction_of_something_not_stated_is_not_applied(turn: str) -> None:
    assert corrected_figure(turn, [_CHICKEN]) is None


_SUB = "넷플릭스 한 달에 17,000원인데 3개월 치 한 번에 내면 얼마"


@pytest.mark.parametrize(
    "turn",
    [
        "아 3개월 아니고 6개월치",  # what the figure is for, glued
        "3개월 말고 6개월 치 낸대",  # and who decided
        "3개월 아니라 6개월이래",  # a glued verb
        "어 3개월 말고 6개월로 할게",  # "로 할게"
        "3개월 아니고 6개월 치 내야 된대",  # a verb of two words
    ],
)
def test_chat_after_the_right_figure_changes_nothing_of_it(turn: str) -> None:
    changed = corrected_figure(turn, [_SUB])
    assert changed is not None
    assert changed[0] == ["넷플릭스 한 달에 17,000원인데 6개월 치 한 번에 내면 얼마"]


def test_chat_after_a_figure_the_request_never_held_is_not_applied() -> None:
    assert corrected_figure("4개월 아니고 6개월치 낸대", [_SUB]) is None
