"""A span between two clock times with the days named before them (our own examples)."""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("어제 밤 10시 50분에 잠들어서 오늘 아침 6시 20분에 깼으면 몇시간 잔거야", "7시간 30분"),
        ("그날 저녁 8시에 출발해서 다음날 새벽 1시 반에 도착하면 몇시간 걸려", "5시간 30분"),
        # "밤 12시" is midnight: six hours to 6 a.m., not eighteen.
        ("오늘 밤 12시에 자서 내일 아침 6시에 일어나면 몇시간 자는거야", "6시간"),
    ],
)
def test_spans_with_day_words(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.answer == answer
