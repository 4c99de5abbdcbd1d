"""Tablespoons and teaspoons (US measures, as the cup) convert to millilitres and back."""

from __future__ import annotations

from decimal import Decimal

from tools.units import convert_units, parse_unit_request


def test_spoons_read_and_convert() -> None:
    request = parse_unit_request("3 tablespoons in ml")
    assert request is not None
    result = convert_units(request.value, request.from_unit, request.to_unit)
    assert round(result.value, 2) == Decimal("44.36")
    teaspoons = convert_units(Decimal(1), "tablespoon", "teaspoons")
    assert round(teaspoons.value, 6) == Decimal(3)
