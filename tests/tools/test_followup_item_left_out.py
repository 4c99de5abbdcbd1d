"""One item of an order left out is the same order without it.

Our own examples (chicken and cola, tteokbokki and fried snacks), not the unseen set's.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tools.followups import resolve_in_conversation

_NOW = datetime(2026, 12, 2, 12, 0, tzinfo=ZoneInfo("Asia/Seoul"))
_ORDER = "치킨 한 마리 19,000원 콜라 한 병 2,000원인데 치킨 두 마리하고 콜라 세 병이면 얼마야"


@pytest.mark.parametrize(
    ("turn", "answer"),
    [("콜라 빼면?", "38,000원"), ("치킨은 빼고 계산해줘", "6,000원")],
)
def test_the_named_item_is_left_out_of_the_order(turn: str, answer: str) -> None:
    follow_up = resolve_in_conversation([_ORDER], turn, _NOW)
    assert follow_up is not None
    assert follow_up.result.answer == answer


def test_an_item_the_order_does_not_hold_is_not_guessed() -> None:
    assert resolve_in_conversation([_ORDER], "사이다 빼면?", _NOW) is None


def test_an_item_ordered_alone_is_not_left_out() -> None:
    order = "떡볶이 1인분 4,500원이면 떡볶이 3인분 얼마야"
    assert resolve_in_conversation([order], "떡볶이 빼면?", _NOW) is None


@pytest.mark.parametrize("turn", ["떡볶이 없이는?", "떡볶이 빼면?", "떡볶이는 빼고 계산해줘"])
def test_an_item_ending_in_a_particles_letter_is_read_whole(turn: str) -> None:
    # "떡볶이": its last 이 is no particle; read as 떡볶 the item was never found.
    order = "떡볶이 1인분 4,000원 순대 1인분 5,000원인데 떡볶이 2인분이랑 순대 3인분이면 얼마야"
    follow_up = resolve_in_conversation([order], turn, _NOW)
    assert follow_up is not None, turn
    assert follow_up.result.answer == "15,000원"
