"""A running pace: minutes per km (or mile) from a distance and a time."""

from __future__ import annotations

import time

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
        # Times said in words: "an hour", "and a half", "half an hour".
        ("I ran 10 km in an hour and 5 minutes, pace per km?", "6.5 min/km (6 min 30 s per km)"),
        ("10 km in 1 hour and a half, pace per km", "9 min/km (9 min per km)"),
        ("ran 5 km in half an hour, pace per km", "6 min/km (6 min per km)"),
        ("10km를 한 시간 반에 뛰면 1km당 몇 분", "9 min/km (1km당 9분)"),
        (
            "ran a half marathon, 21.1 km in 2 hours, pace per km",
            "5.6872 min/km (5 min 41 s per km)",
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
        # A time word left without its figure: the time read would drop it.
        "10 km in 1 hour and a quarter, pace per km",
        "10km를 50분에 뛰면 1km당 몇 분, 휴식 시간 빼고",
    ],
)
def test_no_pace_without_one_distance_and_time(text: str) -> None:
    assert pace_expression(normalize_numerals(text)) is None


def test_a_long_digit_run_is_read_in_linear_time() -> None:
    # Unbounded digit runs retried from each digit: 81 s for 20,000 digits.
    started = time.perf_counter()
    assert pace_expression("1km당 몇 분 " + "1" * 20000) is None
    assert pace_expression("1km당 몇 분 " + "1" * 20000 + "시간") is None
    assert time.perf_counter() - started < 2
