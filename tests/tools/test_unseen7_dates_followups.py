"""Date readings and follow-ups found by the seventh unseen set, pinned with inputs of their
own: a later start, a Korean date without its year, days until a named event from a stated
date, and the N-th day counted the Korean way."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest

from tests.tools.followup_cases import NOW, assert_answered_in_code, assert_follow_up_resolves
from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("earlier", "text", "answer"),
    [
        # A start said later moves the end as "30분 늦게 시작하면" does.
        (
            ["오후 2시에 시작해서 90분 걸리면 몇시에 끝나"],
            "시작이 30분 늦어지면",
            "16:00 (오후 4시 0분)",
        ),
        # A Korean date without a year keeps the year of the conversion before it.
        (
            ["2027년 2월 1일에 서울이 오전 9시면 런던은 몇시야?"],
            "8월 1일이면?",
            "01:00 (Europe/London, 2027-08-01)",
        ),
        # A sigh typed after a rate raised to a level, as NFKC leaves it (ᅲ).
        (
            ["주담대 3억 금리 연 4%면 한달 이자 얼마"],
            unicodedata.normalize("NFKC", "금리 5%로 오르면 ㅠㅠ"),
            "1,250,000원",  # 51x: a loan counted in 억 is won
        ),
    ],
)
def test_follow_ups_of_times_dates_and_rates(earlier: list[str], text: str, answer: str) -> None:
    assert_follow_up_resolves(earlier, text, answer)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # Days until a date an event is named on, counted from a stated date (기준).
        ("2027년 1월 4일 기준 2027년 2월 1일 입사까지 며칠", "28일"),
        # The N-th day, the first day being day 1: N - 1 days after the start.
        ("2027년 1월 10일부터 다니면 50일째가 언제야", "2027년 2월 28일 (일)"),
        ("2027년 3월 1일부터 세면 10일이 언제야 (첫날이 1일)", "2027년 3월 10일 (수)"),
    ],
)
def test_date_questions_as_people_type_them(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer, now=NOW)


def test_an_nth_day_without_the_way_it_is_counted_is_not_read_that_way() -> None:
    result = match_deterministic("2027년 1월 10일부터 50일이 언제야", now=datetime(2026, 11, 30))
    assert result is None or result.answer != "2027년 2월 28일 (일)"
