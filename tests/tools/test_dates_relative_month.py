"""An ordinal weekday of a month named relative to today ("다음 달 첫 월요일")."""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.dates import answer_date_question

_NOW = datetime(2028, 5, 17, 10, 0)  # a Wednesday


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("다음 달 첫 월요일은 며칠이야", "2028-06-05"),
        ("이번 달 마지막 금요일이 며칠이지", "2028-05-26"),
        ("다다음 달 셋째 수요일은?", "2028-07-19"),
        ("지난 달 둘째 토요일 며칠이었어", "2028-04-08"),
        ("오늘이 2028년 11월 20일이면 다음 달 첫 월요일은 며칠이야", "2028-12-04"),
        ("오늘이 2028년 12월 3일이면 다음 달 마지막 일요일은?", "2029-01-28"),
        ("what date is the first tuesday of next month", "2028-06-06"),
        ("the last sunday of this month?", "2028-05-28"),
    ],
)
def test_the_month_is_counted_from_today_or_the_day_stated(question: str, day: str) -> None:
    answer = answer_date_question(question, now=_NOW)
    assert answer is not None and answer.date is not None and answer.date.isoformat() == day, answer


def test_a_first_weekday_without_the_ordinal_suffix_is_read_too() -> None:
    answer = answer_date_question("2028년 8월 첫 화요일은 며칠이야", now=_NOW)
    assert (
        answer is not None and answer.date is not None and answer.date.isoformat() == "2028-08-01"
    )
