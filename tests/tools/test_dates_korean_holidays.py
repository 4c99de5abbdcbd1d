"""Korea's fixed-date national holidays named with their year are that date.

Our own examples: weekdays checked against the calendar (Python's datetime), a span to a
holiday, and a name without a year, which is left alone.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tools.handlers import match_deterministic

_NOW = datetime(2026, 12, 2, 12, 0, tzinfo=ZoneInfo("Asia/Seoul"))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("2028년 한글날 무슨 요일이야", "월요일"),
        ("2027년 삼일절은 무슨 요일?", "월요일"),
        ("2027년 3월 1일부터 2027년 광복절까지 며칠이야", "167일"),
    ],
)
def test_a_fixed_holiday_with_its_year_is_that_date(question: str, answer: str) -> None:
    result = match_deterministic(question, now=_NOW)
    assert result is not None
    assert result.answer == answer


def test_a_holiday_without_a_year_is_not_guessed() -> None:
    assert match_deterministic("현충일은 무슨 요일이야", now=_NOW) is None
