"""Day counts in native Korean words before an offset: "열흘 뒤", "사흘 전", "보름 후"."""

from __future__ import annotations

from datetime import date

import pytest

from tools.dates import answer_date_question
from tools.dates_native_days import native_day_counts


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2027년 8월 2일에서 열흘 뒤는 며칠이야", date(2027, 8, 12)),
        ("오늘이 2027년 1월 20일이면 사흘 전은 무슨 요일이야", date(2027, 1, 17)),
        ("2027년 10월 1일에서 보름 후는 며칠이야", date(2027, 10, 16)),
    ],
)
def test_a_native_day_count_offsets_the_date(text: str, day: date) -> None:
    answer = answer_date_question(text)
    assert answer is not None and answer.date == day


def test_a_native_day_word_without_an_offset_stays_a_word() -> None:
    assert native_day_counts("하루 8시간씩 이틀 일하면") == "하루 8시간씩 이틀 일하면"
