"""A weekday asked as "what weekday …", and a day's name said before its date."""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.dates import DEFAULT_TZ, answer_date_question
from tools.dates_restated_labels import restate_date_labels

_NOW = datetime(2026, 12, 2, 12, 0, tzinfo=DEFAULT_TZ)


@pytest.mark.parametrize(
    ("question", "weekday"),
    [
        ("what weekday is august 15 2028", "Tuesday"),
        ("which weekday was feb 29 2024", "Thursday"),
        ("what week day will be jan 1 2030", "Tuesday"),
        ("what day does may 1 2029 fall on", "Tuesday"),
        ("2028년 광복절 8월 15일 무슨 요일이야", "화요일"),
        ("2029년 우리 결혼기념일 5월 12일은 무슨 요일이야", "토요일"),
    ],
)
def test_the_weekday_is_answered(question: str, weekday: str) -> None:
    answer = answer_date_question(question, now=_NOW)
    assert answer is not None and weekday in answer.answer


def test_a_name_and_a_date_that_disagree_are_not_answered() -> None:
    # 광복절 is 15 August: with 16 August said too, which one is meant is not ours to pick.
    assert answer_date_question("2028년 광복절 8월 16일 무슨 요일이야", now=_NOW) is None


@pytest.mark.parametrize(
    "text",
    [
        "2027년 3월 1일부터 45일 뒤",
        "2027년 다음 달 3일",
        "what day will it be in 10 days",
        "what is the date 3 weeks from today",
    ],
)
def test_other_date_questions_are_left_as_they_are(text: str) -> None:
    assert restate_date_labels(text) == text
