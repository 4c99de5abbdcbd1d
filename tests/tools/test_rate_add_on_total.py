"""The total with a tip or a tax is the amount with it on top; the tip alone stays the tip."""

from __future__ import annotations

import re

import pytest

from tools.calculator import calculate, to_expression
from tools.calculator_rates import rate_expression


@pytest.mark.parametrize(
    ("request_text", "figure"),
    [
        ("lunch was 45,000 won, how much in total with 8% tax", "48,600"),
        ("the bill is 73,000 won, what's the total with a 12% service charge", "81,760"),
        ("our meal cost 38,000 won, total including a 5% tip?", "39,900"),
    ],
)
def test_the_total_with_an_add_on_puts_it_on_top(request_text: str, figure: str) -> None:
    assert figure in calculate(request_text).display


def test_the_tip_alone_is_still_the_share() -> None:
    assert "7,800" in calculate("what is a 15% tip on 52,000 won").display


@pytest.mark.parametrize(
    ("request_text", "figure"),
    [
        # A total named before or right after the amount is the amount, not a total asked.
        ("the total bill is 64,000 won, what's a 10% tip", "6,400"),
        ("64,000 won total, what's a 10% tip", "6,400"),
        ("총 64,000원인데 팁 10%는 얼마", "6,400"),
    ],
)
def test_a_total_that_names_the_amount_asks_the_share(request_text: str, figure: str) -> None:
    assert figure in calculate(request_text).display


@pytest.mark.parametrize(
    "request_text",
    [
        # A total including the rate asked: its share alone (10% of the amount) is wrong.
        "rent is $1,500 before 8% tax; what is it including tax?",
        "What's the total including an 18% tip on a 60 dollar bill?",
        "45,000원, 봉사료 10% 별도인데 봉사료 포함하면 얼마야?",
    ],
)
def test_a_total_including_the_rate_is_never_the_share_alone(request_text: str) -> None:
    expression, _ = to_expression(request_text)
    assert rate_expression(expression) is None
    assert not re.fullmatch(r"[\d.]+ \* [\d.]+ / 100", expression), expression
