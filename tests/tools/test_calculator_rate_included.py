"""A price that already includes a rate, asked for the price before it or for the rate's share."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tools.calculator import calculate, to_expression
from tools.calculator_rate_included import rate_included_expression


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the hotel charged 220,000 won including 10% VAT, what was it before VAT", "200000"),
        ("a bill of 115 dollars including a 15% tip, what was it without the tip", "100"),
        ("부가세 10% 포함해서 55,000원 냈는데 부가세 빼면 얼마야", "50000"),
        ("44,000원 부가세 10% 포함 가격인데 공급가는 얼마야", "40000"),
        ("부가세 10% 포함 6만 6천원에서 부가세는 얼마야", "6000"),
        ("77,000 won incl. 10% VAT, how much is the VAT", "7000"),
        # the share asked in other words (fu32e: "how much tax is that" read 54 × 8% = 4.32)
        ("the total was 54 including 8% sales tax, how much tax is that", "4"),
        ("the bill was 115 including a 15% tip, what was the tip", "15"),
        (
            "115 including 15% service charge, how much of that was service charge",
            "15",
        ),
        ("paid 216 with 8% tax included, what is the tax amount", "16"),
    ],
)
def test_an_included_rate_is_taken_out_of_the_amount(text: str, value: str) -> None:
    expression, _ = to_expression(text)
    assert calculate(expression).value == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("what is 84,000 won with a 10% tip", "92400"),
        ("84,000원에 부가세 10% 붙으면 얼마야", "92400"),
    ],
)
def test_a_rate_said_to_be_added_still_goes_on_top(text: str, value: str) -> None:
    expression, _ = to_expression(text)
    assert calculate(expression).value == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        # The rate denied: the amount does not hold it.
        "25000원인데 부가세 10% 포함 안 된 금액이야. 부가세는",
        "25000원짜리 부가세 10% 포함되지 않은 가격인데 부가세는",
        "44000 부가세 10% 미포함인데 부가세는",
        "the fee is 5000, 10% VAT not included. How much is the VAT",
        # Left out of the amount, and "including" asked, in another sentence.
        "rent is 1500 excluding 8% tax; what is it including tax",
        "rent is 1500 plus 8% tax, how much is the tax included",
        # The rate taken of the amount, and "including" qualifying the total asked.
        "the total including an 18% tip on a 60 bill before tax",
        "an 18% tip on 60, including tax",
        "what's the total including 10% VAT for 30000, before VAT",
    ],
)
def test_an_including_that_does_not_qualify_the_given_amount_is_no_reading(text: str) -> None:
    assert rate_included_expression(text) is None
