"""A clause set aside for later before the calculation asked now (our own requests): its
figures (an e-mail's digits, a room number) are no operands."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tools.calculator import calculate


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mail it to kim.jiwoo77@gmail.com tonight, for now whats 15% of 80,000", "12000"),
        ("book room 402 later; meanwhile what is 36 times 25", "900"),
        ("we meet at gate 12 tomorrow. in the meantime, what's 1,200 divided by 8", "150"),
    ],
)
def test_the_calculation_asked_now_is_read(text: str, value: str) -> None:
    assert calculate(text).value == Decimal(value)
