"""A running pace: minutes per km (or mile) from a distance and a time."""

from __future__ import annotations

import pytest

from tools.calculator import calculate
from tools.calculator_pace import pace_expression
from tools.korean_numbers import normalize_numerals


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("하프 21.1km를 1시간 55분에 뛰면 km당 몇 분이야", "5.4502 min/km (1km당 5분 27초)"),
        ("10km를 50분에 달리면 1km당 몇 분", "5 min/km (1km당 5분)"),
        (
            "ran 5 miles in 44 minutes, how many minutes per mile",
            "8.8 min/mi (8 min 48 s per mi)",
        ),
        # The speed is still asked as before.
        ("21.1km를 2시간에 뛰면 시속 몇 km야", "10.55 km/h"),
    ],
)
def test_the_pace_is_read(text: str, display: str) -> None:
    assert calculate(text).display == display


@pytest.mark.parametrize(
    "text",
    [
        # No pace asked.
        "10km를 50분에 뛰면 몇 칼로리",
        # Two legs: one distance and one time are needed.
        "5km를 25분, 5km를 30분에 뛰면 1km당 몇 분",
    ],
)
def test_no_pace_without_one_distance_and_time(text: str) -> None:
    assert pace_expression(normalize_numerals(text)) is None
