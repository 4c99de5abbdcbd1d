"""A count said before the price for each ("6명인데 1인당 …", "하루 … 인데 5일 빌리면")."""

from __future__ import annotations

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate


@pytest.mark.parametrize(
    ("request_text", "figure"),
    [
        ("동창회 6명인데 1인당 25,000원이면 총 얼마야", "150,000"),
        ("우리 팀 5명이고 한 명당 9,000원씩이면 얼마야", "45,000"),
        ("캠핑장 하루 42,000원인데 3일 빌리면 얼마야", "126,000"),
        ("펜션 1박 130,000원인데 2박 묵으면 얼마야", "260,000"),
        ("5 burgers at 8,500 won each plus 10% tax, what's the total", "46,750"),
        ("150 kWh at 110 won per kWh, how much is the bill", "16,500"),
    ],
)
def test_a_count_then_the_price_for_each_is_their_product(request_text: str, figure: str) -> None:
    assert calculate(request_text).display.startswith(figure)


def test_a_day_price_is_not_multiplied_by_nights() -> None:
    # A daily price and a count of nights are not the same unit: no product is guessed.
    with pytest.raises(ToolInputError):
        calculate("캠핑장 하루 42,000원인데 3박이면 얼마야")
