"""A Korean question asking when a named place opens is answered by that place's hours."""

from __future__ import annotations

from tools.rag.answer import extractive_answer
from tools.rag.models import Passage
from tools.rag.place_hours import asks_place_hours, other_place_passages

# The team's own example: a bakery in the same building as a dental clinic, whose
# opening-hours sentence holds 문 and 열 and names the clinic, and the clinic's own hours.
BAKERY = Passage(
    chunk_id="b1",
    source="bakery.md",
    heading="초록 빵집 안내 > 빵집 운영 시간",
    text="빵집은 매일 07:00–21:00에 문을 엽니다. 초록 치과의원과 같은 건물 1층에 있습니다.",
)
CLINIC = Passage(
    chunk_id="c1",
    source="dental.md",
    heading="초록 치과의원 안내 > 진료 시간",
    text="평일에는 10:00–19:00에 진료합니다. 토요일은 10:00–14:00까지 진료합니다.",
)


def test_an_hours_question_is_told_from_others() -> None:
    assert asks_place_hours("병원 문 언제 열어요?", ("병원", "문", "열"))
    assert asks_place_hours("빵집 운영 시간 알려줘", ("빵집", "운영", "시간"))
    # 열 the fever is no opening.
    assert not asks_place_hours("열이 몇 도면 못 와요?", ("열", "도"))


def test_the_passage_of_another_place_is_set_aside() -> None:
    assert other_place_passages("병원 문 언제 열어요?", ("병원", "문"), [BAKERY, CLINIC]) == {0}
    assert other_place_passages("빵집 문 언제 열어요?", ("빵집", "문"), [BAKERY, CLINIC]) == {1}


def test_a_place_no_title_names_leaves_the_passages_alone() -> None:
    # 토요일 is no place a document is about.
    assert other_place_passages("토요일에 문 열어요?", ("토요일", "문"), [BAKERY, CLINIC]) == set()
    # Nor is any question but one about hours read this way.
    assert other_place_passages("병원 어디에 있어요?", ("병원",), [BAKERY, CLINIC]) == set()


def test_the_other_place_hours_are_not_quoted() -> None:
    answer = extractive_answer("병원 문 언제 열어요?", [BAKERY, CLINIC])
    assert "07:00" not in answer.text
    bakery = extractive_answer("빵집 문 언제 열어요?", [BAKERY, CLINIC])
    assert "07:00–21:00" in bakery.text
