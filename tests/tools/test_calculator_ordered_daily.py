"""Korean shop forms the seventeenth unseen set found: a count with the verb that ordered it,
and a price of one times a count a day times the days."""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("떡볶이 4인분 시켰는데 1인분 6,500원이면 총 얼마야", "26,000원"),
        ("물 6병 샀는데 한 병 1,200원이면 얼마야", "7,200원"),
        ("2,800원짜리 주스를 하루 2병씩 15일 마시면 얼마야", "84,000원"),
        ("1,300원짜리 빵을 매일 3개씩 10일 동안 먹으면 총 얼마", "39,000원"),
    ],
)
def test_shop_forms(question: str, answer: str) -> None:
    result = match_deterministic(question)
    assert result is not None and result.answer == answer
