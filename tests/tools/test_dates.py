"""Date arithmetic with a fixed ``now`` (Wednesday 2025-03-05, Asia/Seoul)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.errors import ToolInputError
from tools.dates import (
    DEFAULT_TZ,
    answer_date_question,
    days_between,
    format_date,
    parse_date,
    shift_date,
    today,
    weekday_name,
)

NOW = datetime(2025, 3, 5, 10, 0, tzinfo=DEFAULT_TZ)  # a Wednesday


def test_today_uses_seoul_time() -> None:
    # 2025-03-04 20:00 UTC is already 2025-03-05 05:00 in Seoul.
    assert today(datetime(2025, 3, 4, 20, 0, tzinfo=UTC)) == date(2025, 3, 5)
    assert today(datetime(2025, 3, 4, 20, 0)) == date(2025, 3, 4)  # naive = Seoul


def test_shift_date_clamps_month_end() -> None:
    assert shift_date(date(2025, 1, 31), months=1) == date(2025, 2, 28)
    assert shift_date(date(2024, 2, 29), years=1) == date(2025, 2, 28)
    assert shift_date(date(2025, 3, 5), weeks=-1, days=1) == date(2025, 2, 27)


def test_shift_date_out_of_range() -> None:
    with pytest.raises(ToolInputError, match="outside years"):
        shift_date(date(9999, 12, 1), months=1)


def test_days_between_and_names() -> None:
    assert days_between(date(2025, 1, 1), date(2025, 3, 1)) == 59
    assert days_between(date(2025, 3, 1), date(2025, 1, 1)) == -59
    assert weekday_name(date(2025, 3, 1)) == "토요일"
    assert weekday_name(date(2025, 3, 1), "en") == "Saturday"
    assert format_date(date(2025, 3, 1)) == "2025년 3월 1일 (토)"
    assert format_date(date(2025, 3, 1), "en") == "Saturday, March 1, 2025"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-01", date(2025, 3, 1)),
        ("2025/3/1", date(2025, 3, 1)),
        ("2025. 3. 1.", date(2025, 3, 1)),
        ("2025년 3월 1일", date(2025, 3, 1)),
        ("12월 25일", date(2025, 12, 25)),
        ("March 1, 2025", date(2025, 3, 1)),
        ("1st of March 2025", date(2025, 3, 1)),
        ("오늘", date(2025, 3, 5)),
        ("tomorrow", date(2025, 3, 6)),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text, now=NOW) == expected


@pytest.mark.parametrize("text", ["2025-02-30", "13월 1일", "someday"])
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(ToolInputError):
        parse_date(text, now=NOW)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3일 뒤", date(2025, 3, 8)),
        ("2주 후", date(2025, 3, 19)),
        ("3개월 후", date(2025, 6, 5)),
        ("1년 전", date(2024, 3, 5)),
        ("다음 주 금요일", date(2025, 3, 14)),
        ("다음주 금요일은 며칠이야?", date(2025, 3, 14)),
        ("이번 주 금요일", date(2025, 3, 7)),
        ("지난주 월요일", date(2025, 2, 24)),
        ("어제", date(2025, 3, 4)),
        ("모레", date(2025, 3, 7)),
        ("내일은 며칠이야?", date(2025, 3, 6)),
        ("오늘부터 100일 뒤는?", date(2025, 6, 13)),
        ("2025년 3월 1일부터 30일 후", date(2025, 3, 31)),
        ("next Friday", date(2025, 3, 7)),
        ("last Friday", date(2025, 2, 28)),
        ("Friday next week", date(2025, 3, 14)),
        ("in 10 days", date(2025, 3, 15)),
        ("what is the date in 10 days?", date(2025, 3, 15)),
        ("10 days from now", date(2025, 3, 15)),
        ("3 weeks ago", date(2025, 2, 12)),
        ("2025-01-31 + 1 month", date(2025, 2, 28)),
    ],
)
def test_answer_date_question_dates(text: str, expected: date) -> None:
    ans = answer_date_question(text, now=NOW)
    assert ans is not None and ans.kind == "date"
    assert ans.date == expected
    assert ans.detail == expected.isoformat()


def test_korean_and_english_answers() -> None:
    ko = answer_date_question("3일 뒤", now=NOW)
    en = answer_date_question("in 3 days", now=NOW)
    assert ko is not None and ko.answer == "2025년 3월 8일 (토)"
    assert en is not None and en.answer == "Saturday, March 8, 2025"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025년 3월 1일은 무슨 요일이야?", "토요일"),
        ("what day of the week is March 1, 2025?", "Saturday"),
        ("다음 주 금요일은 무슨 요일?", "금요일"),
    ],
)
def test_weekday_questions(text: str, expected: str) -> None:
    ans = answer_date_question(text, now=NOW)
    assert ans is not None and ans.kind == "weekday" and ans.answer == expected


@pytest.mark.parametrize(
    ("text", "days", "answer"),
    [
        ("2025-01-01부터 2025-03-01까지 며칠이야?", 59, "59일"),
        ("2025년 12월 25일까지 며칠 남았어?", 295, "295일"),
        ("how many days between 2025-01-01 and 2025-03-01", 59, "59 days"),
        ("how many days until 2025-12-25?", 295, "295 days"),
        ("how many days until tomorrow", 1, "1 day"),
    ],
)
def test_days_between_questions(text: str, days: int, answer: str) -> None:
    ans = answer_date_question(text, now=NOW)
    assert ans is not None and ans.kind == "days"
    assert (ans.days, ans.answer) == (days, answer)


@pytest.mark.parametrize(
    "text",
    [
        "어제 먹은 음식 추천해줘",
        "내일 날씨 어때?",
        "What year was the Eiffel tower built?",
        "3일",
        "오늘 기분이 좋아",
        "Explain the history of calendars in 10 days",
    ],
)
def test_answer_date_question_non_matches(text: str) -> None:
    assert answer_date_question(text, now=NOW) is None


def test_invalid_calendar_date_is_an_input_error() -> None:
    with pytest.raises(ToolInputError, match="not a real calendar date"):
        answer_date_question("2월 30일은 무슨 요일", now=NOW)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The year said right after (or, in Korean, before) a holiday is the holiday's year.
        ("what day is christmas 2026", date(2026, 12, 25)),
        ("what day is xmas day, 2031", date(2031, 12, 25)),
        ("what day is new year's day 2029", date(2029, 1, 1)),
        ("2029년 신정은 무슨 요일이야", date(2029, 1, 1)),
        ("2030년 새해 첫날 무슨 요일", date(2030, 1, 1)),
        # Without a year: the next one from today (2025-03-05).
        ("what day is christmas", date(2025, 12, 25)),
        ("신정 무슨 요일", date(2026, 1, 1)),
    ],
)
def test_holiday_with_its_year(text: str, expected: date) -> None:
    ans = answer_date_question(text, now=NOW)
    assert ans is not None and ans.date == expected
