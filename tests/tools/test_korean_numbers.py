"""Korean/English numeral parsing and number formatting."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ToolInputError
from tools.korean_numbers import find_numbers, format_number, normalize_numerals, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3만 5천", 35000),
        ("3만5천", 35000),
        ("1.2억", 120_000_000),
        ("2천5백만", 25_000_000),
        ("십만", 100_000),
        ("3천", 3000),
        ("삼만오천", 35000),
        ("1억 2천만", 120_000_000),
        ("3만 5000", 35000),
        ("1조 2억", 1_000_200_000_000),
        ("35,000", 35000),
        ("3.5k", 3500),
        ("1.2 million", 1_200_000),
        ("2 thousand", 2000),
        ("1.5bn", 1_500_000_000),
        ("-3천", -3000),
    ],
)
def test_parse_number(text: str, expected: int) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "hello", "3 5", "만약", "3천 사과"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    with pytest.raises(ToolInputError, match="could not read"):
        parse_number(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3만 5천원의 15%", "35000원의 15%"),
        ("백신 3천개", "백신 3000개"),
        ("만약에 천천히 가면", "만약에 천천히 가면"),  # words that start with unit syllables
        ("가격이백만원", "가격이백만원"),  # "이" glued to a word is not the digit 2
        ("100 km", "100 km"),  # "k" followed by a letter is not a thousands suffix
        ("10만 3명이", "100000 3명이"),  # a bare count after a space is a separate number
    ],
)
def test_normalize_numerals(text: str, expected: str) -> None:
    assert normalize_numerals(text) == expected


def test_find_numbers_offsets() -> None:
    spans = find_numbers("총 1.2억 원과 3천")
    assert [(s.text, s.value) for s in spans] == [("1.2억", Decimal("120000000.0")), ("3천", 3000)]
    assert spans[0].start == 2


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1234567.891, "1,234,567.891"), (-5000, "-5,000"), (Decimal("0.5"), "0.5"), (0, "0")],
)
def test_format_number(value: float | int | Decimal, expected: str) -> None:
    assert format_number(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A native number beside an arithmetic word is an operand.
        ("만이천원 곱하기 여섯은?", "12000원 곱하기 6은?"),
        ("아홉 나누기 셋", "9 나누기 3"),
        ("스무살 빼기 둘", "스무살 빼기 2"),
        ("열 더하기 다섯이면", "10 더하기 5이면"),
        # Away from an operator the words stay words.
        ("여섯 시에 보자", "여섯 시에 보자"),
        ("둘이 가면 얼마", "둘이 가면 얼마"),
        ("곱하기 여섯시", "곱하기 여섯시"),
    ],
)
def test_native_number_beside_an_operator(text: str, expected: str) -> None:
    assert normalize_numerals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A native count of twenty or more before its counter is read before an age's 세:
        # "스물세 명" is 23 people, never "스물 세" (20세) followed by "명" (203).
        ("서른세 명 오면", "33명 오면"),
        ("마흔세 장 뽑으면", "43장 뽑으면"),
        ("스물세 살이야", "23 살이야"),
        # "네시간 반", typed together, keeps its half hour (it was priced as 4 hours).
        ("네시간 반 빌리면", "4.5시간 빌리면"),
        ("세시간 쓰면", "3시간 쓰면"),
    ],
)
def test_native_counts_before_a_counter_keep_every_part(text: str, expected: str) -> None:
    assert normalize_numerals(text) == expected
