"""Follow-ups the nineteenth unseen set said in new words, each on examples of our own."""

from __future__ import annotations

import pytest

from tools.followups import resolve_in_conversation

_CLUB = "동아리 회식 1인당 28,000원에 9명이면 총 얼마야"


def _answer(first: str, then: str) -> str | None:
    resolved = resolve_in_conversation([first], then)
    return None if resolved is None else resolved.result.answer


@pytest.mark.parametrize(
    ("first", "then", "figure"),
    [
        # 28,000 each for 9 people = 252,000; two cannot come: 7 people, 196,000.
        (_CLUB, "그 중에 둘은 못 온대. 그럼 얼마야?", "196,000"),
        (_CLUB, "한 명 안 온대요", "224,000"),
        # 75,000 a night for 2 nights = 150,000; two days more of the stay: 4 nights, 300,000.
        ("펜션 1박에 75,000원인데 2박 하면 얼마야", "이틀 더 있으면?", "300,000"),
        # 96,000 plus 10% = 105,600; among 4, 26,400.
        (
            "lunch was 96,000 won plus a 10% service charge, what's the total",
            "what if the four of us split it",
            "26,400",
        ),
        (
            "lunch was 96,000 won plus a 10% service charge, what's the total",
            "split it between 2 of us",
            "52,800",
        ),
        # 58,500 for 3 of us is 19,500 each; 5 of us share the 58,500: 11,700 (not 19,500 / 5).
        ("a taxi is 58,500 won for 3 of us, how much each", "what if 5 of us share it", "11,700"),
        # 60,000 a month for 5 months = 300,000; 20% off, 240,000.
        (
            "a yoga pass is 60,000 won a month, how much for 5 months",
            "with my 20% student discount?",
            "240,000",
        ),
        # 1,800 each for 20 = 36,000; a dozen, 21,600; half a dozen, 10,800.
        ("donuts are 1,800 won each, how much for 20", "and a dozen?", "21,600"),
        ("donuts are 1,800 won each, how much for 20", "what about half a dozen", "10,800"),
        # 12,000 an hour for 25 hours = 300,000; three more hours, 336,000.
        ("I earn 12,000 won an hour, how much for 25 hours", "three more hours?", "336,000"),
        # 720,000 a month for 2 years = 17,280,000; six months, 4,320,000; 석 달, 2,160,000.
        ("월세 720,000원이면 2년치 얼마야", "여섯 달이면?", "4,320,000"),
        ("월세 720,000원이면 2년치 얼마야", "석 달만 내면?", "2,160,000"),
    ],
)
def test_one_figure_changed_in_new_words(first: str, then: str, figure: str) -> None:
    answer = _answer(first, then)
    assert answer is not None and figure in answer, answer


def test_yes_is_not_a_count_of_people() -> None:
    # "네 안 와요" answers yes ("네") that they are not coming: not four fewer people.
    assert _answer(_CLUB, "네 안 와요") is None
    assert _answer(_CLUB, "네 명 안 와요") is not None


def test_days_more_of_a_stay_in_days_are_not_read_as_nights() -> None:
    # A stay counted in days keeps its days: "이틀 더" adds 2 days (the older rule).
    answer = _answer("캠핑장 하루 42,000원인데 3일 빌리면 얼마야", "이틀 더 있으면?")
    assert answer is not None and "210,000" in answer, answer
