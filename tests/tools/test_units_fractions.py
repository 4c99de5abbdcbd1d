"""An exact fraction of a unit is read as its decimal; one that does not end is not."""

from __future__ import annotations

from tools.handlers import match_deterministic


def test_an_exact_fraction_of_a_unit_is_converted() -> None:
    result = match_deterministic("how many teaspoons is 3/8 of a cup")
    assert result is not None
    assert result.answer == "0.375 cup = 18 tsp"
    half = match_deterministic("1/2 gallon to liters")
    assert half is not None and half.answer.startswith("0.5 gal")


def test_a_fraction_that_does_not_end_is_not_rounded_into_an_answer() -> None:
    assert match_deterministic("how many tablespoons in 1/3 cup") is None
