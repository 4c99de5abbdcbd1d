"""A correction that gives only the right figure ("아 잘못 말했다 8명", "sorry i meant 5
friends") replaces the one figure of the previous question with the same unit; with no
unit, or two figures of that unit, which one it corrects is a guess and it is left alone.
The conversations are our own."""

from __future__ import annotations

import pytest

from tools.followup_correction import corrected_figure


@pytest.mark.parametrize(
    ("text", "steps", "changed"),
    [
        ("아 잘못 말했다 9명", ["치킨 4마리 값 84,000원을 7명이 나누면"], "9명이 나누면"),
        ("잘못 썼어요 6개요", ["개당 2,500원짜리 4개 사면 얼마"], "6개 사면"),
        ("sorry i meant 3 nights", ["2 nights at 140,000 won a night, total?"], "3 nights at"),
        ("oops, i meant 12 boxes", ["7 boxes of 30 eggs, how many eggs"], "12 boxes of"),
    ],
)
def test_the_right_figure_replaces_the_one_with_its_unit(
    text: str, steps: list[str], changed: str
) -> None:
    result = corrected_figure(text, steps)
    assert result is not None and changed in result[0][0]


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("아 잘못 말했다 3박", ["1박에 9만원인데 2박이면"]),  # two figures with 박
        ("i meant 5", ["split 80,000 won among 4 friends"]),  # no unit: which figure?
        ("잘못 말했어 7명", ["사과 3개랑 배 2개 얼마"]),  # no figure counted in 명
    ],
)
def test_an_unclear_correction_is_left_alone(text: str, steps: list[str]) -> None:
    assert corrected_figure(text, steps) is None
