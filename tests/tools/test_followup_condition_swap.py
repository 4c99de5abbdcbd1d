""" "X이면요?" after a question opening with its condition: the question under X (fixdoc32).

Our own examples (a gym's locker rule, a library's loans), none from a held-out set.
"""

from __future__ import annotations

from tools.followup_condition_swap import with_condition_swapped


def test_the_new_condition_replaces_the_opening_one() -> None:
    assert (
        with_condition_swapped("아들 졸업식이면요?", "제가 졸업하면 휴가 며칠 받아요?")
        == "아들 졸업식이면 휴가 며칠 받아요?"
    )
    assert (
        with_condition_swapped("그럼 학생이면요?", "회원 가입하면 사물함 공짜예요?")
        == "학생이면 사물함 공짜예요?"
    )


def test_other_turns_and_other_questions_are_left_alone() -> None:
    # More than a condition: a question of its own.
    assert with_condition_swapped("학생이면 몇 권 빌려요?", "회원 가입하면 몇 권 빌려요?") is None
    # A figure is arithmetic on the answer, not a new condition.
    assert with_condition_swapped("3명이면요?", "2명이 가면 얼마예요?") is None
    # No opening condition to replace.
    assert with_condition_swapped("학생이면요?", "책 몇 권 빌릴 수 있어요?") is None
    # A condition holding the subject (three words) would lose it: left alone.
    assert with_condition_swapped("주말이면요?", "도서관 책 반납 늦으면 벌금 얼마예요?") is None
