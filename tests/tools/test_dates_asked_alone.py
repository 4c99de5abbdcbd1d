"""A date reader answers only a question that asks for the date (tools/dates_asked_alone)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import tools.dates_ordinal
from tools.dates import answer_date_question

_NOW = datetime(2027, 3, 2, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))

# Each names an ordinal weekday of a month but asks something the calendar cannot say.
ASKS_MORE = [
    "2027년 4월 둘째 화요일에 도서관 문 열어요?",
    "다음 달 마지막 금요일에 정기휴무인가요",
    "is the pool open on the first monday of june 2027",
    "do you close early on the last friday of this month",
]
# The same dates, asked for.
ASKS_THE_DATE = [
    ("2027년 4월 둘째 화요일이 며칠이야", "2027-04-13"),
    ("다음 달 마지막 금요일은 언제야", "2027-04-30"),
    ("what date is the first monday of june 2027", "2027-06-07"),
    ("the last friday of this month?", "2027-03-26"),
]


@pytest.mark.parametrize("text", ASKS_MORE)
def test_a_question_about_what_happens_on_the_date_gets_no_date(text: str) -> None:
    assert answer_date_question(text, now=_NOW) is None


@pytest.mark.parametrize("text", ASKS_MORE)
def test_with_the_check_off_the_same_question_got_a_date(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tools.dates_ordinal, "asks_only_the_date", lambda *_: True)
    answer = answer_date_question(text, now=_NOW)
    assert answer is not None and answer.kind == "date"


@pytest.mark.parametrize(("text", "iso"), ASKS_THE_DATE)
def test_a_question_asking_for_the_date_still_gets_it(text: str, iso: str) -> None:
    answer = answer_date_question(text, now=_NOW)
    assert answer is not None and answer.detail == iso
