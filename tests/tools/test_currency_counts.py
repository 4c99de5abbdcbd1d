"""A unit price of several items is not converted as if it were the whole amount."""

from __future__ import annotations

import pytest

from tools.currency import parse_currency_request
from tools.currency_counts import counts_items


@pytest.mark.parametrize(
    "text",
    [
        # The price of one item, then a count: the conversion would answer for one item.
        "1달러 1,300원 기준으로 만이천원짜리 3개 사면 얼마야",
        "환율 1유로 1,450원으로 치고 케이크 한판에 2만9천원인데 두판이면 얼마",
        "if a dollar is 1,380 won, 3 tickets at 20,000 won each, how much in dollars",
    ],
)
def test_a_price_of_several_items_is_not_a_plain_conversion(text: str) -> None:
    assert parse_currency_request(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "1달러 1,300원이면 52,000원은 달러로 얼마야",
        "환율 1,380원일 때 250달러는 원화로 얼마",
        "at 1380 won per dollar, how many dollars is 690,000 won",
    ],
)
def test_one_amount_is_still_converted(text: str) -> None:
    assert parse_currency_request(text) is not None


def test_counts_read_native_numbers_before_a_counter() -> None:
    assert counts_items("우유 두 병이면")
    assert counts_items("세박스면")
    assert not counts_items("세상에서 제일 싼 값은")
