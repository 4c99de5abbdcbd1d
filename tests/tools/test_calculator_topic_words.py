"""Up to three topic words before a monthly amount name what is paid (not an amount)."""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("우유 배달 월 이만 사천 원이면 1년에 얼마야", "288,000원"),
        ("신문 구독료 월 만 오천 원이면 1년에 얼마야", "180,000원"),
    ],
)
def test_topic_words_before_a_monthly_amount_in_words(question: str, answer: str) -> None:
    result = match_deterministic(question)
    assert result is not None
    assert result.answer == answer
