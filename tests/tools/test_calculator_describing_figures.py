"""One reader of describing figures (tools.calculator_describing_figures), both of its rows.

A span glued to a hire word and its price, a size right before an "N원짜리" price: taken
out, the rest is read plainly; said again elsewhere, the figure is part of the question and
the row declines. Inputs of our own, not the blind sets'.
"""

from __future__ import annotations

import pytest

from tools.calculator_describing_figures import (
    SIZE_OF_ITEM,
    SPAN_HIRED,
    DescribingFigure,
    size_before_price,
    span_hired_whole,
    without_describing_figure,
)


@pytest.mark.parametrize(
    ("question", "row", "expression"),
    [
        # 150,000 / 6: the 4 hours are what the hall's price buys.
        ("파티룸 4시간 대관 15만원인데 여섯명이 나눠내면 한명당 얼마", SPAN_HIRED, "(150000) / 6"),
        # 4 x 6,500: the 2L names the bottle.
        ("세제 2L 6천5백원짜리 4개 사면 얼마", SIZE_OF_ITEM, "6500 * 4"),
    ],
)
def test_a_describing_figure_is_left_out_of_the_sum(
    question: str, row: DescribingFigure, expression: str
) -> None:
    read = without_describing_figure(question, row)
    assert read is not None
    assert read[0].replace(" ", "") == expression.replace(" ", "")


@pytest.mark.parametrize(
    ("question", "row"),
    [
        # The size asked about: a price per litre, not a count of bottles.
        ("세제 2L 6천5백원짜리면 1L당 얼마", SIZE_OF_ITEM),
    ],
)
def test_a_figure_said_again_is_declined(question: str, row: DescribingFigure) -> None:
    assert without_describing_figure(question, row) is None


def test_each_row_reads_only_its_own_kind_of_figure() -> None:
    # The size row does not take a hired span out, nor the span row a size.
    assert size_before_price("파티룸 4시간 대관 15만원인데 여섯명이 나눠내면 한명당 얼마") is None
    assert span_hired_whole("세제 2L 6천5백원짜리 4개 사면 얼마") is None
