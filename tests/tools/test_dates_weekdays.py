"""Weekdays between two dates, said as business, working or 평일 days (the nineteenth set)."""

from __future__ import annotations

from datetime import date

import pytest

from tools.dates_weekdays import count_weekdays
from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # 2027-03-01 (Monday) to 2027-03-31 (Wednesday): 4 weeks and 3 weekdays.
        ("how many working days between march 1, 2027 and march 31, 2027", "23 weekdays"),
        # 2027-06-04 (Friday) to 2027-06-14 (Monday): Fri, Mon-Fri, Mon.
        ("how many business days from jun 4 2027 to jun 14 2027", "7 weekdays"),
        ("2027년 6월 4일부터 2027년 6월 14일까지 평일 며칠이야", "평일 7일"),
        ("2027년 6월 4일부터 6월 14일까지 영업일 며칠", "평일 7일"),
    ],
)
def test_weekdays_are_counted_and_holidays_said_untaken(question: str, figure: str) -> None:
    result = match_deterministic(question)
    assert result is not None and figure in result.answer, result
    assert "holidays" in result.answer or "공휴일" in result.answer


def test_count_weekdays_includes_both_dates() -> None:
    assert count_weekdays(date(2027, 6, 5), date(2027, 6, 6)) == 0  # a weekend
    assert count_weekdays(date(2027, 6, 7), date(2027, 6, 7)) == 1
    assert count_weekdays(date(2027, 6, 8), date(2027, 6, 7)) == 0
