"""The eves of holidays are the day before them (our own examples)."""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("how many days from nov 1 2028 to christmas eve 2028", "53 days"),
        ("2028년 크리스마스 이브 무슨 요일", "일요일"),
        ("what day is new year's eve 2028", "Sunday, December 31, 2028"),
    ],
)
def test_eves(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.answer == answer
