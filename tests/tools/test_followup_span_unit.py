"""A saving put aside monthly for a count of months, and a follow-up giving the span in
another unit ("18개월이면?" after "… 1년 모으면"). The conversations are our own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tools.calculator import calculate
from tools.followup_span_unit import span_in_another_unit
from tools.followups import resolve_in_conversation


def test_a_monthly_saving_over_months() -> None:
    assert calculate("매달 15만원씩 8개월 모으면 얼마야").value == Decimal("1200000")


@pytest.mark.parametrize(
    ("first", "text", "answer"),
    [
        ("매달 10만원씩 2년 모으면 얼마", "30개월이면?", "3,000,000원"),
        ("매월 25만원씩 9개월 저축하면", "3년이면요?", "9,000,000원"),
    ],
)
def test_the_one_span_in_another_unit(first: str, text: str, answer: str) -> None:
    follow = resolve_in_conversation([first], text)
    assert follow is not None and follow.result.answer == answer


def test_two_spans_in_the_step_are_left_alone() -> None:
    assert span_in_another_unit("6개월이면?", ["1년 적금 들고 2년 더 두면"]) is None
