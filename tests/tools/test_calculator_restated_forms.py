"""Requests the calculator's forms miss, said again in a form they read (a second try).

Our own examples, not the unseen set's sentences.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tools.handlers import match_deterministic

_NOW = datetime(2026, 12, 2, 12, 0, tzinfo=ZoneInfo("Asia/Seoul"))


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        # the size of a party as the count
        ("museum passes are 24 dollars each and there are 5 of us, total?", "$120.00"),
        # a period said of an amount only split, and the sharers' noun
        ("the wifi bill is 90 dollars a month split between 4 flatmates, how much each", "$22.50"),
        # N명이 1인분씩 after a price per 인분
        ("냉면 1인분 9,000원인데 네 명이 1인분씩 먹으면 얼마야", "36,000원"),
        # the speed said before the distance
        ("시속 90km로 315km 가면 몇 시간 걸려", "3.5 시간"),
        # months of a yearly simple interest
        ("I borrow 1,000,000 won at 5% a year simple interest for 30 months, how much interest",
         "125,000원"),
    ],
)  # fmt: skip
def test_a_request_said_another_way_is_read(request_text: str, answer: str) -> None:
    result = match_deterministic(request_text, now=_NOW)
    assert result is not None
    assert result.answer == answer


def test_a_split_with_another_period_named_is_not_restated() -> None:
    # "per year" is asked of a monthly amount: dropping "a month" would answer per month.
    result = match_deterministic(
        "the wifi bill is 90 dollars a month split between 4 flatmates, how much each per year",
        now=_NOW,
    )
    assert result is None or result.answer != "$22.50"
