"""Fuel economy converted between km per litre, US miles per gallon and litres per 100 km
(blind55m: "7.8 L/100km is how many km per litre" and "미국차 연비 30mpg면 리터당 몇키로야"
went to a model). Litres per 100 km is the inverse of km per litre (100 / km per litre);
1 mpg is 1.609344 km over 3.785411784 L (tools.units_table, tools.units.convert_units).

Inputs are our own; near misses keep their reading; the units switched off, each turn
reads otherwise.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import tools.units as units
from core.errors import ToolInputError
from tests.tools.rule_switch import (
    answers_stay,
    both,
    off,
    read_by,
    unread,
    workload_read_only_by_their_rule,
)
from tools.units import convert_units
from tools.units_table import ALIASES, UNITS

_FUEL_ECONOMY_OFF = both(
    off(
        units,
        "_ALIASES",
        {k: v for k, v in ALIASES.items() if UNITS[v][0] != "fuel_economy"},
    ),
    off(
        units,
        "_MULTIWORD",
        tuple(m for m in units._MULTIWORD if "km/L" not in m[1] and m[1] not in ("mpg", "L/100km")),
    ),
)

test_fuel_economy_is_converted = workload_read_only_by_their_rule(
    read_by(
        _FUEL_ECONOMY_OFF,
        [
            (["30 mpg in L/100km"], "30 mpg = 7.8405 L/100km"),
            (["리터당 15km면 몇 mpg야"], "15 km/L = 35.2822 mpg"),
            (["6.5 l/100km to mpg"], "6.5 L/100km = 36.1869 mpg"),
            (["convert 40 miles per gallon to km per liter"], "40 mpg = 17.0057 km/L"),
            (["5.2 litres per 100 km is how many km a litre"], "5.2 L/100km = 19.2308 km/L"),
            (["연비 25mpg면 리터당 몇 킬로야"], "25 mpg = 10.6286 km/L"),
        ],
    )
)

test_near_misses_keep_their_reading = answers_stay(
    [
        # a fuel cost from a use rate: the calculator's, as before
        (["연비 리터당 12.5키로 휘발유 1,680원일때 서울부산 400키로 기름값"], "53,760원"),
        (["리터당 14.2km 나오는 차로 568km 가면 기름 몇리터 먹어"], "40 L"),
        (["10 gallons in liters"], "10 gal = 37.8541 L"),
        *unread([["0 mpg to km/L"]]),
    ]
)


@pytest.mark.parametrize(
    ("value", "src", "dst", "expected"),
    [
        ("8", "L/100km", "km/L", "12.5"),
        ("12.5", "km/L", "L/100km", "8"),
        ("10", "L/100km", "L/100km", "10"),
    ],
)
def test_the_inverse_both_ways(value: str, src: str, dst: str, expected: str) -> None:
    assert convert_units(Decimal(value), src, dst).value == Decimal(expected)


def test_no_use_rate_of_zero() -> None:
    with pytest.raises(ToolInputError):
        convert_units(Decimal(0), "L/100km", "km/L")
