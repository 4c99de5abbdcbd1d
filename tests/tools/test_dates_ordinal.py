"""An ordinal weekday of a month (our own examples, checked against the calendar)."""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2028년 1월 둘째 수요일 며칠이야", "2028년 1월 12일"),
        ("2027년 9월 첫번째 월요일은 언제야", "2027년 9월 6일"),
        ("2027년 12월 마지막 일요일 며칠", "2027년 12월 26일"),
        ("when is the 3rd thursday of march 2028", "March 16, 2028"),
        ("the last monday in may 2027 is what date", "May 31, 2027"),
    ],
)
def test_ordinal_weekdays(text: str, day: str) -> None:
    result = match_deterministic(text)
    assert result is not None and day in result.answer


@pytest.mark.parametrize(
    "text",
    [
        "2027년 2월 다섯째 월요일 며칠이야",  # February 2027 has four Mondays
        "2027년 3월 둘째주 화요일 며칠",  # the second week's Tuesday: another reckoning
    ],
)
def test_ordinals_that_name_no_date(text: str) -> None:
    result = match_deterministic(text)
    assert result is None or "일 (" not in result.answer
