"""A price for one thing or share and a count, as people shop and split (our own
requests); a figure no form places, or a split that does not ask for each part, is left
to the other readers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("삼겹살 1인분 16,000원인데 3인분 시키면 얼마", "48000"),
        ("아메리카노 1잔에 4,500원 6잔이면 총 얼마야", "27000"),
        ("주차비 3,000원씩 7번 냈으면 얼마", "21000"),
        ("the bill came to 150,000 won for 4 people, how much each", "37500"),
        ("the taxi was 36,000 won for 3 friends, what's that per person", "12000"),
        ("movie tickets are 15,000 won each and we need 5, total?", "75000"),
        ("4 burgers at 8,500 won each plus 2,500 delivery, total?", "36500"),
        ("we bought 6 packs of 12 eggs, how many eggs is that", "72"),
        ("4 shirts at 12 dollars each", "48"),
        ("6 croissants at 3,200 won each, how much in total", "19200"),
    ],
)
def test_a_price_each_and_a_count(text: str, value: str) -> None:
    assert calculate(text).value == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        # No "each": a total for N people may be asked whole; not read as a split here.
        "the bill came to 150,000 won for 4 people, how much",
        # No "each": which figure is the price of one is not said.
        "6 croissants at 3,200 won, total?",
        # A figure no form places (the 2 coupons).
        "4 burgers at 8,500 won each plus 2,500 delivery and 2 coupons, total?",
    ],
)
def test_what_the_forms_do_not_place_is_not_read(text: str) -> None:
    with pytest.raises(ToolInputError):
        calculate(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("박준영인데요 월급 250만원이면 연봉 얼마", "30000000"),
        ("안녕하세요 오세린입니다 12만원 3개월 할부면 한 달에 얼마예요", "40000"),
    ],
)
def test_a_name_the_request_opens_with_is_who_asks(text: str, value: str) -> None:
    assert calculate(text).value == Decimal(value)
