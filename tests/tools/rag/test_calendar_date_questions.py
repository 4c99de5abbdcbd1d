"""A "when" that asks on what date something starts or ends is not answered by clock hours.

Examples written for this test (a library card, a parking permit, a tenants' rule).
"""

from __future__ import annotations

import pytest

from tools.rag.answer_types import answer_type, has_answer_type
from tools.rag.crosslingual import equivalents
from tools.rag.event_times import asks_calendar_date

OFFICE_HOURS_KO = "관리사무소 운영 시간: 월~금 09:00–18:00"
OFFICE_HOURS_EN = "The permit office is open on weekdays from 9 a.m. to 5 p.m."
START_KO = "이 관리 규약은 2025년 7월 1일부터 시행합니다."
START_EN = "The new parking rule takes effect on 1 July 2025."


@pytest.mark.parametrize(
    "question",
    [
        "When does the new parking rule take effect?",
        "When is the tenants' rule effective?",
        "When does my library card expire?",
        "When is the start date of the permit?",
        "관리 규약은 언제 시행돼요?",
        "이 주차 허가증 언제 만료돼요?",
        "새 요금은 언제부터 적용돼요?",
    ],
)
def test_a_date_question_is_not_answered_by_clock_hours(question: str) -> None:
    assert answer_type(question) == "datetime"
    assert asks_calendar_date(question)
    hours = OFFICE_HOURS_EN if question.isascii() else OFFICE_HOURS_KO
    start = START_EN if question.isascii() else START_KO
    assert not has_answer_type(hours, "datetime", question=question)
    assert has_answer_type(start, "datetime", question=question)


@pytest.mark.parametrize(
    "question",
    [
        "When is the permit office open?",
        "관리사무소 언제 열어요?",
        "언제부터 접수해요?",  # 언제부터 alone may ask the hour as well as the day
    ],
)
def test_a_when_that_names_no_date_word_still_takes_clock_hours(question: str) -> None:
    assert not asks_calendar_date(question)
    hours = OFFICE_HOURS_EN if question.isascii() else OFFICE_HOURS_KO
    assert has_answer_type(hours, "datetime", question=question)


def test_a_date_question_takes_a_date_beside_clock_hours() -> None:
    question = "When does the new parking rule take effect?"
    both = "From 1 July 2025 the office opens at 9 a.m. and the new rule applies."
    assert has_answer_type(both, "datetime", question=question)


def test_taking_effect_and_welfare_reach_the_korean_words() -> None:
    # "When does the rule take effect?" over a Korean rule that 시행s; 복리후생 (복리 + 후생).
    assert "시행" in equivalents("effect")
    assert "시행" in equivalents("effective")
    assert "welfare" in equivalents("복지")
    assert "welfare" in equivalents("후생")
