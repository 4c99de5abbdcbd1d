"""A calculation asked "to the cent" / "소수점 둘째 자리까지" shows its answer so rounded."""

from __future__ import annotations

import pytest

from tests.tools.followup_cases import assert_answered_in_code
from tools.calculator_places_asked import places_asked


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("what's the 6% tax on 129.99, to the cent", "7.80"),
        ("what is 7% of 19.99 to the nearest cent", "1.40"),
        ("what is 6% of 129.99 rounded down to the cent", "7.79"),
        ("what is 6% of 129.99 to the nearest whole number", "8"),
        ("129.99의 6%를 소수점 둘째 자리까지 반올림하면", "7.80"),
        ("129.99의 6%는 소수점 첫째 자리까지 버림", "7.7"),
    ],
)
def test_the_places_asked_round_the_answer(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer)


def test_no_places_asked_keeps_every_decimal() -> None:
    # (A tax on a price in cents is money and is shown to the cent since set 39:
    # tools/calculator_cents_implied; a plain share of the same figure keeps its decimals.)
    assert_answered_in_code("what's 6% of 129.99", "7.7994")
    assert_answered_in_code("what's the 6% tax on 129.99", "7.80")


@pytest.mark.parametrize(
    "text",
    ["2/3 of 100 in cents", "what's 6% of 129.99", "반올림하면?", "5 to 10 dollars"],
)
def test_no_places_are_read_where_none_are_asked(text: str) -> None:
    assert places_asked(text) is None


def test_a_dollar_amount_keeps_its_own_display() -> None:
    assert_answered_in_code("what's the 6% tax on $129.99, to the cent", "$7.80")
