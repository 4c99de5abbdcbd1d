"""Tablespoons and teaspoons (US measures, as the cup) and the Korean 큰술 and 작은술 (15 and
5 ml) convert to millilitres and back."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tools.units import convert_units, parse_unit_request


def test_spoons_read_and_convert() -> None:
    request = parse_unit_request("3 tablespoons in ml")
    assert request is not None
    result = convert_units(request.value, request.from_unit, request.to_unit)
    assert round(result.value, 2) == Decimal("44.36")
    teaspoons = convert_units(Decimal(1), "tablespoon", "teaspoons")
    assert round(teaspoons.value, 6) == Decimal(3)


@pytest.mark.parametrize(
    ("question", "millilitres"),
    [
        # The Korean recipe spoons are metric: 1 큰술 = 15 ml, 1 작은술 = 5 ml.
        ("된장 2큰술은 몇 ml야", Decimal(30)),
        ("참기름 4작은술이면 몇 ml", Decimal(20)),
    ],
)
def test_korean_recipe_spoons_are_metric(question: str, millilitres: Decimal) -> None:
    request = parse_unit_request(question)
    assert request is not None
    assert convert_units(request.value, request.from_unit, request.to_unit).value == millilitres


def test_a_tablespoon_in_english_stays_the_us_one() -> None:
    assert round(convert_units(Decimal(2), "tablespoons", "ml").value, 2) == Decimal("29.57")
