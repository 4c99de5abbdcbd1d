"""Money divided by money is a count: the answer carries no currency."""

from __future__ import annotations

import pytest

from tools.calculator import calculate
from tools.calculator_ratio_of_amounts import is_ratio_of_amounts


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("3만원을 7500원으로 나누면", "4"),
        ("80000원 나누기 2000원", "40"),
        ("$90 / $15", "6"),
        ("120 dollars divided by 40 dollars", "3"),
    ],
)
def test_an_amount_over_an_amount_is_a_bare_count(question: str, value: str) -> None:
    result = calculate(question)
    assert str(result.value) == value
    assert result.unit is None


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("3만원을 6명이 나누면", "5000", "원"),  # money over a count stays money
        ("80000원 나누기 4", "20000", "원"),
    ],
)
def test_an_amount_over_a_count_keeps_its_currency(question: str, value: str, unit: str) -> None:
    result = calculate(question)
    assert (str(result.value), result.unit) == (value, unit)


def test_only_a_division_of_two_stated_amounts_counts() -> None:
    assert is_ratio_of_amounts("9000원 나누기 3000원", "9000 / 3000", "원")
    assert not is_ratio_of_amounts("9000원 나누기 3", "9000 / 3", "원")
    assert not is_ratio_of_amounts("9000원 3000원", "9000 + 3000", "원")
    assert not is_ratio_of_amounts("9000원 나누기 3000원", "9000 / 3000", None)
