"""A discount needs a price: a count of months or things alone is declined."""

from __future__ import annotations

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.calculator_discounted_count import discounted_count


@pytest.mark.parametrize(
    "question",
    ["4개월 등록하면 20% 깎아준대", "두 잔 시키면 10% 할인이래", "8 weeks at 25% off"],
)
def test_a_discount_on_a_count_alone_is_declined(question: str) -> None:
    with pytest.raises(ToolInputError):
        calculate(question)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("운동화 84,000원 25% 세일이면", "63,000원"),
        ("what is 360 with 25% off", "270"),
        ("2만에 4개 사면 10% 할인이면 얼마", None),  # a price without 원 is still a price
    ],
)
def test_a_discount_with_a_price_is_not_refused(question: str, shown: str | None) -> None:
    assert discounted_count(question) is None
    if shown is not None:
        assert calculate(question).display == shown


def test_the_counted_figure_is_named() -> None:
    assert discounted_count("4개월 등록하면 20% 깎아준대") == "4개월"
    assert discounted_count("이자 5% 붙으면") is None  # no discount named
