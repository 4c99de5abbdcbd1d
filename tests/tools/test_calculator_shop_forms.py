"""One price stated, then the count asked about, as English chat says it (our own requests);
a hyphenated name is words, and a topic word may open a monthly savings question."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a jar of honey is 18,000 won, how much for 4 jars", "72000"),
        ("one lesson is 45,000 won, how much for 6 kids", "270000"),
        ("an e-book costs 9,900 won, how much would it be for 3", "29700"),
        ("she makes 12,500 won an hour and worked 18 hours, how much is that", "225000"),
        ("i get paid 10,000 won per hour but i worked 7 hrs today", "70000"),
        ("the cabin was 540,000 won, split between 6 friends, how much each", "90000"),
        ("x-rays are 30,000 won each and we need 3, total?", "90000"),
        ("보험 월 15만원씩 8개월 넣으면 얼마", "1200000"),
        ("캠핑장 1박 150,000원을 3명이 나누면 1인당 얼마?", "50000"),
        ("청약 매달 10만원씩 3년 부으면 얼마야", "3600000"),
    ],
)
def test_one_price_then_the_count(text: str, value: str) -> None:
    assert calculate(text).value == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        # Not the price of one thing: which figure multiplies is not said.
        "rent is 900,000 won, how much for 3 roommates",
    ],
)
def test_forms_that_do_not_say_the_roles_are_not_read_here(text: str) -> None:
    try:
        value = calculate(text).value
    except ToolInputError:
        return
    assert value != Decimal("2700000")
