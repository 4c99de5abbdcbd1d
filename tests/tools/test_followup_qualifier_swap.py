"""A follow-up naming only another day, place or group swaps the previous question's.

Our own questions, not any bench set's.
"""

from __future__ import annotations

import pytest

from tools.followup_qualifier_swap import with_qualifier_swapped


@pytest.mark.parametrize(
    ("follow_up", "previous", "asked"),
    [
        (
            "지방은요?",
            "서울 출장 가면 숙박비는 얼마까지 나와요?",
            "지방 출장 가면 숙박비는 얼마까지 나와요?",
        ),
        ("그럼 주말에는요?", "사무실은 평일에 몇 시에 열어요?", "사무실은 주말에 몇 시에 열어요?"),
        ("어린이는요?", "박물관 입장료가 어른은 얼마예요?", "박물관 입장료가 어린이는 얼마예요?"),
        # The new qualifier replaces the old one: never "... on weekdays on weekends".
        (
            "and on weekends?",
            "when does the office open on weekdays",
            "when does the office open on weekends",
        ),
        (
            "what about children?",
            "how much is a museum ticket for adults?",
            "how much is a museum ticket for children?",
        ),
        ("and on saturdays?", "is the pool open on sundays", "is the pool open on saturdays"),
    ],
)
def test_the_new_qualifier_replaces_the_old_one(follow_up: str, previous: str, asked: str) -> None:
    swapped = with_qualifier_swapped(follow_up, previous)
    assert swapped is not None and swapped.question == asked


@pytest.mark.parametrize(
    ("follow_up", "previous"),
    [
        # No qualifier of that kind to replace: adding it would keep the old question.
        ("주말은요?", "사무실은 몇 시에 열어요?"),
        ("and on weekends?", "when does the office open"),
        # Two of that kind: which one the new qualifier stands in for is a guess.
        ("토요일은요?", "평일이랑 일요일에 몇 시에 열어요?"),
        # More than a qualifier, or the answer's language: not this follow-up.
        ("주말에도 주차 돼요?", "평일에 몇 시에 열어요?"),
        ("and in Korean?", "when does the office open on weekdays"),
        # The same qualifier again.
        ("평일은요?", "평일에 몇 시에 열어요?"),
    ],
)
def test_nothing_is_swapped_when_unsure(follow_up: str, previous: str) -> None:
    assert with_qualifier_swapped(follow_up, previous) is None
