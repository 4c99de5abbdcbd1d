"""A span's end said as a month and day already past this year is the next such day."""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.handlers import match_deterministic

_NOW = datetime(2027, 11, 10, 9, 0)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # 2027-11-10 -> 2028-02-03: 85 days, 12 weeks 1 day.
        ("how many weeks until feb 3", "12 weeks 1 day (85 days)"),
        ("2월 3일까지 며칠 남았어", "85일"),
        # 2027-12-20 -> 2028-01-07: 18 days.
        ("12월 20일부터 1월 7일까지 며칠", "18일"),
    ],
)
def test_a_past_month_and_day_is_next_years(question: str, answer: str) -> None:
    result = match_deterministic(question, now=_NOW)
    assert result is not None and result.answer == answer


def test_an_end_with_its_own_year_keeps_it() -> None:
    # 2027-11-10 -> 2027-02-03, said with its year: a span into the past, as asked.
    result = match_deterministic("how many days until feb 3 2027", now=_NOW)
    assert result is not None and result.answer == "-280 days"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # 2028-12-30 -> 2029-01-02: 3 days.
        ("Today is Dec 30, 2028. how many days until jan 2?", "3 days"),
        # 2027-03-01 -> 2027-04-12: 42 days, 6 weeks.
        ("today is mar 1 2027, how many weeks until apr 12", "6 weeks (42 days)"),
    ],
)
def test_a_day_stated_as_today_is_counted_from(question: str, answer: str) -> None:
    result = match_deterministic(question, now=_NOW)
    assert result is not None and result.answer == answer
