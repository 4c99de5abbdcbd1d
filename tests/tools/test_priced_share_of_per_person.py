"""A share asked of a price that is already per person is no sum to split (lead, 2026-12-03).

turns28 found "뷔페 1인 3만원인데 5명이서 나눠내면 1인당 얼마" answered 6,000원 on main: the
one person's price divided by the head count. Each pays the price itself; the reader
declines rather than divide it, in Korean and English. English "how much each" and
"splitting" now ask a share too, so the whole bill is no longer given for one person's part.
"""

from __future__ import annotations

import pytest

from tools.price_total import price_total


@pytest.mark.parametrize(
    "asked",
    [
        "한정식 1인 4만 5천원인데 6명이서 나눠내면 한 명당 얼마",
        "코스요리 1명에 52000원 넷이서 각자 얼마씩 내",
        "the tasting menu is 85 per person, 4 of us splitting, how much each",
        "brunch is 28 a head and there are 6 of us, how much does each of us pay",
    ],
)
def test_a_share_of_a_price_per_person_is_declined(asked: str) -> None:
    assert price_total(asked) is None


@pytest.mark.parametrize(
    ("asked", "expression"),
    [
        # A price of the whole thing shared: still divided.
        ("케이크 하나 42000원 6명이서 나눠내면 1인당 얼마", "(42000) / 6"),
        ("the cabin is 600 for the weekend, split between 4 of us, how much each", "(600) / 4"),
        # A price per person with the heads counted and the total asked: still multiplied.
        ("한정식 1인 45000원인데 6명 오면 총 얼마", "45000 * 6"),
    ],
)
def test_whole_prices_are_still_shared_and_per_person_prices_counted(
    asked: str, expression: str
) -> None:
    found = price_total(asked)
    assert found is not None
    assert found[0] == expression
