"""개, the general counter: a "몇 개" question answered in the unit the document counts in."""

from __future__ import annotations

import pytest

from tools.rag import answer_types
from tools.rag.answer_types import has_answer_type
from tools.rag.general_counter import counted_noun, counts_noun_in_its_unit

_COURSES = "한 학기에 과목 몇 개까지 들을 수 있어요?"
_COURSES_STATED = "한 학기에는 최대 21학점, 과목은 7과목까지 수강할 수 있습니다."


@pytest.mark.parametrize(
    ("question", "noun"),
    [(_COURSES, "과목"), ("티켓이 몇 개 남았어요?", "티켓"), ("몇 개 사요?", "")],
)
def test_the_counted_noun_is_the_one_right_before_the_question_word(
    question: str, noun: str
) -> None:
    assert counted_noun(question) == noun


def test_a_number_in_its_own_unit_counts_the_noun_on_either_side() -> None:
    assert counts_noun_in_its_unit("수강 과목은 7과목까지입니다.", "과목")
    assert counts_noun_in_its_unit("매 학기 3학점의 과목을 더 들을 수 있습니다.", "과목")
    assert counts_noun_in_its_unit("과목 7과목까지 들을 수 있습니다.", "과목")


def test_a_number_of_something_else_does_not_count_it() -> None:
    # The days before a deadline are not a number of courses.
    assert not counts_noun_in_its_unit("수강 신청은 개강 3일 전까지 해야 합니다.", "과목")
    assert not counts_noun_in_its_unit("과목을 바꾸려면 학과 사무실에 문의하세요.", "과목")
    assert not counts_noun_in_its_unit("수강 과목은 7과목까지입니다.", "")


def test_a_count_asked_in_gae_is_answered_by_the_documents_unit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert has_answer_type(_COURSES_STATED, "count", "개", question=_COURSES)
    # Without the rule only a number of 개 would do, and the course limit was declined.
    monkeypatch.setattr(answer_types, "use_general_counter", False)
    assert not has_answer_type(_COURSES_STATED, "count", "개", question=_COURSES)


def test_a_count_in_gae_of_another_noun_still_needs_gae() -> None:
    # "몇 개" of courses is not answered by a number of days.
    assert not has_answer_type(
        "수강 신청은 개강 3일 전까지 해야 합니다.", "count", "개", question=_COURSES
    )
