"""A span's start without a year takes the year written after its end."""

from __future__ import annotations

from datetime import datetime

from tools.dates import answer_date_question

_NOW = datetime(2026, 6, 1, 12, 0)


def test_an_english_span_reads_both_dates_in_the_end_year() -> None:
    answer = answer_date_question("how many weeks from sep 13 to dec 20 2027", now=_NOW)
    assert answer is not None and answer.days == 98
    assert answer.answer.startswith("14 weeks")


def test_a_start_after_the_end_in_that_year_is_the_year_before() -> None:
    answer = answer_date_question("9월 10일부터 2028년 1월 5일까지 며칠", now=_NOW)
    assert answer is not None and answer.days == 117


def test_a_start_relative_to_today_keeps_its_reading() -> None:
    answer = answer_date_question("오늘부터 2027년 6월 1일까지 며칠", now=_NOW)
    assert answer is not None and answer.days == 365
