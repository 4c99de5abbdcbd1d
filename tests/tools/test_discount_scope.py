"""A percent off said between the figures is off one part only, never the whole bill.

"음식값 28000원 20% 할인쿠폰 쓰고 배달팁 3000원 더하면 얼마" was read (28000 + 3000) x 0.8 =
24,800원; the coupon is off the food said before it (25,400원). The general composition now
declines such a turn; a percent said after or before every figure is off the whole.
"""

from __future__ import annotations

import pytest

import tools.price_total as price_total_module
from core.errors import ToolInputError
from tools.calculator import calculate
from tools.price_total import price_total

SPLIT = [
    "음식값 28000원 20% 할인쿠폰 쓰고 배달팁 3000원 더하면 얼마",
    "피자 32000원에 15% 할인 받고 콜라 2500원 추가하면 총 얼마",
    "the pizza is 24 with 20% off and delivery is 5, total?",
]


@pytest.mark.parametrize("question", SPLIT)
def test_a_percent_between_the_figures_is_not_taken_off_the_whole(question: str) -> None:
    assert price_total(question) is None


@pytest.mark.parametrize("question", SPLIT[:1])
def test_switched_off_the_whole_bill_is_discounted(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(price_total_module, "use_discount_scope_check", False)
    assert price_total(question) == ("(28000 + 3000) * (100 - 20) / 100", "원")


def test_the_misreading_is_gone_end_to_end() -> None:
    try:
        value = calculate(SPLIT[0]).value
    except ToolInputError:
        return  # declined: honest
    assert value == 25400


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("티셔츠 2만원 바지 3만원 20% 할인하면 얼마", 40000),
    ],
)
def test_a_percent_after_or_before_every_figure_is_off_the_whole(
    question: str, expected: int
) -> None:
    assert calculate(question).value == expected
