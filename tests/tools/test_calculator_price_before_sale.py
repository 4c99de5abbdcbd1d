"""The price before a sale is asked: the paid amount is what was left after the cut."""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("the lamp was 63 after 30% off, what was it before the sale", "90"),
        ("my boots cost 120 after 20% off, what was the price before", "150"),
        ("a scarf was 27 after 10% off, what was it before", "30"),
        ("세일해서 42,000원 냈는데 30% 세일 전엔 얼마였어", "60,000원"),
    ],
)
def test_the_price_before_the_sale_is_divided_back(question: str, answer: str) -> None:
    result = match_deterministic(question)
    assert result is not None
    assert result.answer == answer
