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
        ("시속 90km로 315km 가면 몇 시간 걸려", "3.5 시간"),
    ],
)  # fmt: skip
def test_a_request_said_another_way_is_read(request_text: str, answer: str) -> None:
    result = match_deterministic(request_text, now=_NOW)
    assert result is not None
    assert result.answer == answer
