"""Requests the calculator's forms miss, said again in a form they read (a second try).

Only the rules that are on (see tools.calculator_restated_forms._RULES).

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
        # N명이 1인분씩 after a price per 인분
        ("냉면 1인분 9,000원인데 네 명이 1인분씩 먹으면 얼마야", "36,000원"),
        # the speed said before the distance
        ("시속 90km로 315km 가면 몇 시간 걸려", "3.5 시간 (3시간 30분)"),
        # months of a yearly simple interest, in Korean
        ("300만원을 연 4% 단리로 9개월 맡기면 이자는", "90,000원"),
        ("500만원을 연이율 3% 단리로 30개월 빌리면 이자 얼마야", "375,000원"),
        # a word for the sharers before their count in Korean
        ("회비 90만원을 팀원들 6명이서 나누면 얼마씩", "150,000원"),
        ("관리비 27만원을 룸메 3명이서 나누면 한 명당 얼마", "90,000원"),
    ],
)  # fmt: skip
def test_a_request_said_another_way_is_read(request_text: str, answer: str) -> None:
    result = match_deterministic(request_text, now=_NOW)
    assert result is not None
    assert result.answer == answer


@pytest.mark.parametrize(
    "request_text",
    [
        # a monthly rate is not a yearly one; two spans of months
        "300만원을 월 1% 단리로 9개월 맡기면 이자는",
        "300만원을 연 4% 단리로 9개월 맡기고 3개월 더 두면 이자는",
        # a word that changes the amount shared is not a word for the sharers
        "185만원을 절반만 3명이서 나누면 얼마씩",
    ],
)
def test_a_restatement_that_would_change_the_sum_is_not_made(request_text: str) -> None:
    assert match_deterministic(request_text, now=_NOW) is None
