"""The average of figures listed without labels is their mean; a figure outside the list
makes it another question. The requests are our own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate


@pytest.mark.parametrize(
    ("text", "mean"),
    [
        ("what's the average of 64, 70 and 85", "73"),
        ("mean of the scores 12, 18, 30 and 40?", "25"),
        ("7, 9, 14의 평균은 얼마야", "10"),
        ("3이랑 5랑 10 평균", "6"),
    ],
)
def test_the_average_of_an_unlabelled_list(text: str, mean: str) -> None:
    assert calculate(text).value == Decimal(mean)


def test_a_figure_outside_the_list_is_not_averaged_in() -> None:
    with pytest.raises(ToolInputError):
        calculate("average of 3 and 5 plus 10 apples")
