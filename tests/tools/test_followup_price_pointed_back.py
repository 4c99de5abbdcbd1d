"""A new price then "그럼?"/"거기선?" replaces the previous request's one price."""

from __future__ import annotations

import pytest

from tools.calculator import calculate
from tools.followups import resolve_in_conversation

_CHARGE = "완속 충전 kWh당 290원인데 40kWh 충전하면 얼마 나와"


def test_a_price_per_kwh_is_read() -> None:
    assert calculate(_CHARGE).display == "11,600원"


@pytest.mark.parametrize(
    ("first", "follow_up", "answer"),
    [
        (_CHARGE, "초급속은 410원이래 그럼?", "16,400원"),
        (
            "경유 리터당 1,580원인데 30리터 넣으면 얼마 나와",
            "저쪽 주유소는 1,540원이던데 거기선?",
            "46,200원",
        ),
    ],
)
def test_the_one_price_is_replaced(first: str, follow_up: str, answer: str) -> None:
    resolved = resolve_in_conversation([first], follow_up)
    assert resolved is not None and resolved.result is not None
    assert resolved.result.answer == answer


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        (_CHARGE, "30원 올랐대 그럼?"),  # moved by an amount, not to one
        # Two prices: which one the new place's price replaces is unsaid.
        ("우유 2,800원이랑 빵 3,500원 하나씩 사면 얼마야", "편의점은 3,000원이던데 거기선?"),
    ],
)
def test_no_reading_when_the_price_is_not_the_one(first: str, follow_up: str) -> None:
    resolved = resolve_in_conversation([first], follow_up)
    assert resolved is None or "3,000" not in str(resolved.steps) + str(resolved.how)
