"""One vocabulary of trip directions (tools/trip_ways.py), read alike by each reader."""

from __future__ import annotations

import pytest

from tools.calculator_fuel_per_100km import fuel_per_100km_expression
from tools.followup_round_trip import round_trip_of_previous

_DRIVE = (
    "the drive is 180 km{way}, the car uses 6 litres per 100 km and fuel is 1.70 a litre, "
    "fuel cost?"
)


def test_an_unsaid_direction_is_read() -> None:
    assert fuel_per_100km_expression(_DRIVE.format(way="")) is not None


@pytest.mark.parametrize("way", [" one way", " round trip", " round-trip", " both ways", " 왕복"])
def test_a_said_direction_stops_the_per_100km_reader(way: str) -> None:
    # The distance may be one leg or both: the reader declines rather than guess.
    assert fuel_per_100km_expression(_DRIVE.format(way=way)) is None


def test_a_round_trip_follow_up_doubles_a_trip_that_did_not_say_its_way() -> None:
    assert round_trip_of_previous("and the round trip", [_DRIVE.format(way="")]) is not None


@pytest.mark.parametrize("way", [" each way", " round-trip", " both ways"])
def test_a_round_trip_follow_up_leaves_a_trip_that_said_its_way(way: str) -> None:
    assert round_trip_of_previous("and the round trip", [_DRIVE.format(way=way)]) is None
