"""A price per unit of measure, an hourly wage over days, an installment per month."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tools.calculator import calculate, to_expression


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("경유 리터당 1,550원인데 40리터 넣으면 얼마야", "62000"),
        ("돼지고기 100g에 2,400원이면 500g는 얼마야", "12000"),
        ("감자 1kg에 3,200원이면 5kg는?", "16000"),
        ("시급 12,000원으로 하루 4시간씩 10일 일하면 얼마 받아", "480000"),
        ("a 900,000 won laptop on a 6-month installment, how much per month", "150000"),
    ],
)
def test_a_rate_per_unit_times_a_quantity_in_that_unit(text: str, value: str) -> None:
    expression, _ = to_expression(text)
    assert calculate(expression).value == Decimal(value)


def test_a_quantity_in_another_unit_is_not_multiplied() -> None:
    from tools.calculator_unit_rate_forms import unit_rate_expression

    assert unit_rate_expression("감자 1kg에 3,200원이면 5개는 얼마야") is None
