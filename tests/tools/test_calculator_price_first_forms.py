"""A price said before its count, a counter's own 당, a month's amount for years."""

from __future__ import annotations

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate


@pytest.mark.parametrize(
    ("request_text", "figure"),
    [
        ("동아리 회식 1인당 28,000원에 9명이면 총 얼마야", "252,000"),
        ("치킨 4마리에 마리당 19,000원이면 얼마야", "76,000"),
        ("권당 13,500원에 6권이면 얼마야", "81,000"),
        ("아메리카노 한 잔 3,500원인데 하루 세 잔씩 20일 마시면 얼마야", "210,000"),
        ("월세 720,000원이면 2년치 얼마야", "17,280,000"),
        ("월세 720,000원이면 5개월치 얼마야", "3,600,000"),
    ],
)
def test_the_price_first_forms_are_their_product(request_text: str, figure: str) -> None:
    assert calculate(request_text).display.startswith(figure)


def test_a_price_per_another_counter_is_not_multiplied() -> None:
    # "4마리" and "판당" count different things: no product is guessed.
    with pytest.raises(ToolInputError):
        calculate("치킨 4마리에 판당 19,000원이면 얼마야")
