"""Unit conversion, including Korean units and text requests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ToolInputError
from tools.units import convert_units, parse_unit_request, resolve_unit


@pytest.mark.parametrize(
    ("value", "src", "dst", "expected"),
    [
        (100, "km", "마일", "62.1371"),
        (1, "mile", "m", "1609.344"),
        (1, "평", "m2", "3.3058"),
        (84, "㎡", "평", "25.41"),
        (1, "근", "g", "600"),
        (1, "관", "kg", "3.75"),
        (2, "리터", "ml", "2000"),
        (1, "gal", "L", "3.7854"),
        (100, "km/h", "mph", "62.1371"),
        (10, "m/s", "km/h", "36"),
        (1, "ha", "acre", "2.4711"),
        (30, "섭씨", "화씨", "86"),
        (-40, "°C", "°F", "-40"),
        (0, "K", "°C", "-273.15"),
        (100, "°F", "°C", "37.7778"),
        (5, "킬로", "g", "5000"),  # 킬로 with a mass unit is kg
        (5, "킬로", "m", "5000"),  # ... and with a length unit is km
        (12, "inches", "feet", "1"),
    ],
)
def test_convert_units(value: float, src: str, dst: str, expected: str) -> None:
    result = convert_units(value, src, dst)
    assert result.value.quantize(Decimal("0.0001")) == Decimal(expected).quantize(Decimal("0.0001"))


def test_display() -> None:
    assert convert_units(100, "km", "mi").display == "100 km = 62.1371 mi"


@pytest.mark.parametrize(
    ("src", "dst", "message"),
    [
        ("kg", "km", "cannot convert"),
        ("평", "L", "cannot convert"),
        ("°C", "m", "cannot convert"),
        ("parsec", "km", "unknown unit 'parsec'"),
        ("km", "furlongs", "unknown unit 'furlongs'"),
    ],
)
def test_convert_units_rejects(src: str, dst: str, message: str) -> None:
    with pytest.raises(ToolInputError, match=message):
        convert_units(1, src, dst)


def test_below_absolute_zero() -> None:
    with pytest.raises(ToolInputError, match="absolute zero"):
        convert_units(-300, "°C", "K")


def test_resolve_unit_rejects_ambiguous_alone() -> None:
    assert resolve_unit("마일") == "mi"
    with pytest.raises(ToolInputError):
        resolve_unit("킬로")


@pytest.mark.parametrize(
    ("text", "value", "src", "dst"),
    [
        ("100 km는 몇 마일?", 100, "km", "mi"),
        ("100km를 마일로 바꾸면?", 100, "km", "mi"),
        ("30평은 몇 제곱미터야?", 30, "평", "m2"),
        ("1근은 몇 그램", 1, "근", "g"),
        ("섭씨 30도는 화씨로 몇 도?", 30, "°C", "°F"),
        ("화씨 100도는 섭씨 몇 도야", 100, "°F", "°C"),
        ("시속 100킬로는 몇 마일", 100, "km/h", "mph"),
        ("convert 5 miles to km", 5, "mi", "km"),
        ("how many km is 5 miles", 5, "mi", "km"),
        ("84 m2 is how many 평", 84, "m2", "평"),
        ("10 gallons to liters", 10, "gal", "L"),
        ("3만 5천 m는 몇 km", 35000, "m", "km"),
    ],
)
def test_parse_unit_request(text: str, value: int, src: str, dst: str) -> None:
    req = parse_unit_request(text)
    assert req is not None
    result = convert_units(req.value, req.from_unit, req.to_unit)
    assert req.value == value
    assert (result.input_unit, result.unit) == (src, dst)


@pytest.mark.parametrize(
    "text",
    [
        "100 km",
        "10 km 달리기 팁 알려줘",
        "Explain quantum entanglement",
        "100 km 200 m",
        "3 apples to oranges",
    ],
)
def test_parse_unit_request_non_matches(text: str) -> None:
    assert parse_unit_request(text) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many minutes are in 3.5 hours?", "3.5 h = 210 min"),
        ("3.5시간은 몇 분?", "3.5 h = 210 min"),
        ("90분은 몇 시간?", "90 min = 1.5 h"),
        ("How many seconds in 2 days?", "2 d = 172,800 s"),
        ("how many days are in 6 weeks?", "6 wk = 42 d"),
    ],
)
def test_time_spans_convert_in_code(question: str, expected: str) -> None:
    # These reached the document search before and were "answered" from an opening-hours
    # sentence that happens to mention minutes.
    request = parse_unit_request(question)
    assert request is not None, question
    assert convert_units(request.value, request.from_unit, request.to_unit).display == expected


def test_months_and_years_have_no_fixed_length() -> None:
    with pytest.raises(ToolInputError, match="unknown unit"):
        convert_units(1, "month", "d")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("32인치 모니터면 대각선 몇 cm야", "32 in = 81.28 cm"),
        ("20인치 캐리어 높이 몇 센티", "20 in = 50.8 cm"),
        ("50 inch tv screen in cm", "50 in = 127 cm"),
    ],
)
def test_the_thing_and_the_part_measured_between_the_units(question: str, expected: str) -> None:
    # Two words between the measure and the unit asked (the thing, then the part of it
    # measured) stopped the reader, which only dropped one.
    request = parse_unit_request(question)
    assert request is not None, question
    assert convert_units(request.value, request.from_unit, request.to_unit).display == expected
