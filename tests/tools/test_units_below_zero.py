"""A temperature said below zero in words is read as a negative figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tools.units import parse_unit_request
from tools.units_below_zero import sign_below_zero


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("영하 12도는 화씨로 몇 도예요", Decimal("-12")),
        ("영하3.5도 화씨로 바꿔줘", Decimal("-3.5")),
        ("it's minus 8 degrees celsius, what's that in fahrenheit", Decimal("-8")),
        ("convert 20 degrees below zero celsius to fahrenheit", Decimal("-20")),
    ],
)
def test_a_temperature_below_zero_in_words_is_negative(question: str, value: Decimal) -> None:
    request = parse_unit_request(question)
    assert request is not None
    assert request.value == value


def test_a_figure_with_no_sign_word_keeps_its_sign() -> None:
    assert sign_below_zero("섭씨 12도는 화씨로") == "섭씨 12도는 화씨로"
    assert sign_below_zero("-4 c to f") == "-4 c to f"
    assert sign_below_zero("영상 7도면 화씨로") == "영상 7도면 화씨로"
