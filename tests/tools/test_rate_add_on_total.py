"""The total with a tip or a tax is the amount with it on top; the tip alone stays the tip."""

from __future__ import annotations

import pytest

from tools.calculator import calculate


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
