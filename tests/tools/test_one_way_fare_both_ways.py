"""A fare given one way, asked for a group's round trip, counts both ways or declines.

Found by helper opens48 on main: "KTX 편도 1인 59800원인데 세 명 왕복이면 얼마" was
answered 179,400원 (59800 x 3): the price reader took the price per person and the
heads, and dropped the round trip. That reader now leaves such a request to the fare
readers, which count the trip twice or say nothing.
"""

from __future__ import annotations

import re

import pytest

import tools.calculator_guards_50w_ko as korean_guards
import tools.price_total as price_total
from tools.handlers import match_deterministic

NEVER = re.compile(r"(?!x)x")


def _answer(text: str) -> str | None:
    result = match_deterministic(text)
    return None if result is None else result.answer


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("공항버스 편도 1인 17000원인데 네 명 왕복이면 얼마", "136,000원"),
        ("고속버스 편도 1인 21,500원 두 명 왕복 얼마야", "86,000원"),
    ],
)
def test_a_group_round_trip_on_a_one_way_fare_counts_both_ways(text: str, right: str) -> None:
    assert _answer(text) == right


@pytest.mark.parametrize(
    ("text", "one_way_only"),
    [
        ("공항버스 편도 1인 17000원인데 네 명 왕복이면 얼마", "68,000원"),
        ("고속버스 편도 1인 21,500원 두 명 왕복 얼마야", "43,000원"),
    ],
)
def test_without_the_rule_the_trip_back_is_dropped(
    monkeypatch: pytest.MonkeyPatch, text: str, one_way_only: str
) -> None:
    monkeypatch.setattr(price_total, "_ONE_WAY_PRICE", NEVER)
    # The guard that declines a reading leaving a Korean word unread stops it too.
    monkeypatch.setattr(korean_guards, "_ONE_WAY", NEVER)
    assert _answer(text) == one_way_only


def test_a_one_way_fare_for_a_group_without_a_return_is_still_read() -> None:
    assert _answer("시외버스 편도 1인 6400원인데 세 명이면 얼마") == "19,200원"


def test_a_round_trip_the_fare_readers_cannot_count_is_declined_not_halved() -> None:
    # "인당" after 편도 is a form no fare reader takes: nothing, rather than one way only.
    answer = _answer("기차 편도 인당 8500원인데 둘이 왕복하면 얼마")
    assert answer is None or "34,000" in answer
