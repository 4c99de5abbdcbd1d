"""A one-time event's date and a recurring schedule answer different "when" questions.

Examples written for this test (a bakery, a museum, a dental clinic, a gym).
"""

from __future__ import annotations

import pytest

from tools.rag.answer_types import answer_type, has_answer_type
from tools.rag.event_times import asks_one_time_event, asks_schedule, states_one_time_date

HOURS_KO = "빵집은 화~일 08:00–20:00에 문을 엽니다."
HOURS_EN = "The museum is open Tuesday to Sunday, 10 a.m. to 6 p.m."
FOUNDED_KO = "이 치과는 2011년 5월에 처음 문을 열었습니다."
FOUNDED_EN = "The museum opened its doors in 1987."


@pytest.mark.parametrize(
    "question",
    [
        "When did the museum open for the first time?",
        "When was the bakery founded?",
        "Since when has the gym been on Main Street?",
        "치과는 언제 처음 생겼어요?",
        "이 빵집 언제 오픈했어요?",
        "박물관은 몇 년에 개관했나요?",
        "헬스장 설립 연도가 언제예요?",
    ],
)
def test_a_one_time_event_is_not_answered_by_a_schedule(question: str) -> None:
    assert answer_type(question) == "datetime"
    assert asks_one_time_event(question)
    hours = HOURS_KO if not question.isascii() else HOURS_EN
    founded = FOUNDED_KO if not question.isascii() else FOUNDED_EN
    assert not has_answer_type(hours, "datetime", question=question)
    assert has_answer_type(founded, "datetime", question=question)


@pytest.mark.parametrize(
    "question",
    [
        "When does the museum open?",
        "What hours is the bakery open on weekends?",
        "빵집은 언제 문 열어요?",
        "치과 진료 시간이 언제예요?",
    ],
)
def test_a_schedule_is_not_answered_by_a_founding_date(question: str) -> None:
    assert answer_type(question) == "datetime"
    assert asks_schedule(question)
    hours = HOURS_KO if not question.isascii() else HOURS_EN
    founded = FOUNDED_KO if not question.isascii() else FOUNDED_EN
    assert has_answer_type(hours, "datetime", question=question)
    assert not has_answer_type(founded, "datetime", question=question)


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("When did the bakery move here?", True),
        ("헬스장 언제 처음 생겼어요?", True),
        # Past tense only in the scene the question sets: the visit is still to come.
        ("예약했는데 언제 가면 돼요?", False),
        # A first visit, not a first opening.
        ("When should I come in for the first time?", False),
        # 개관 시간 is when the museum opens each day.
        ("박물관 개관 시간이 언제예요?", False),
    ],
)
def test_only_a_past_or_founding_predicate_asks_an_event(question: str, event: bool) -> None:
    assert asks_one_time_event(question) is event


def test_how_often_in_years_still_asks_a_duration() -> None:
    assert answer_type("스케일링은 몇 년에 한 번 받아요?") == "duration"
    assert answer_type("몇 년에 개업했어요?") == "datetime"


@pytest.mark.parametrize(
    ("sentence", "placed"),
    [
        ("Founded in 1987 by two local artists.", True),
        ("지난해 리모델링을 마쳤습니다.", True),
        ("It moved here on March 3.", True),
        # A date that recurs is part of a schedule.
        ("매년 1월 1일은 쉽니다.", False),
        ("A day pass costs 2000 won.", False),
        (HOURS_KO, False),
    ],
)
def test_what_places_an_event_once(sentence: str, placed: bool) -> None:
    assert states_one_time_date(sentence) is placed
