"""Two precision rules: an amount bracketed after another list item, a number of something else.

Examples are written for these tests (a ferry kiosk, a ski hall, a museum), none taken
from the document-question sets.
"""

from __future__ import annotations

import pytest

from tools.rag.answer_types import answer_type, has_answer_type
from tools.rag.count_nouns import asked_count_noun, counts_noun
from tools.rag.figure_owners import prices_another_item
from tools.rag.qualifiers import answers_another_question

KIOSK_KO = "선착장 매점에서는 김밥(한 줄 3,500원), 생수, 멀미약을 팝니다."
KIOSK_EN = "The ferry kiosk sells sandwiches ($6 each), bottled water and sunscreen."


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("선착장 매점에서 생수 한 병 얼마예요?", KIOSK_KO),
        ("How much is a bottle of water at the kiosk?", KIOSK_EN),
    ],
)
def test_an_amount_bracketed_after_another_item_is_not_the_price_asked(
    question: str, sentence: str
) -> None:
    assert prices_another_item(question, sentence)
    assert answers_another_question(question, sentence)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # The bracketed item is the one asked about.
        ("김밥 한 줄 얼마예요?", KIOSK_KO),
        ("How much are the sandwiches?", KIOSK_EN),
        # Not an amount question.
        ("매점에서 생수 팔아요?", KIOSK_KO),
        # A bracket that is no list item (no comma after it) explains its own noun.
        ("How much is parking?", "Parking is charged by the hour (2,000 won per hour)."),
        # An amount outside the brackets may be the one asked.
        ("생수 얼마예요?", "김밥(한 줄 3,500원), 생수(1,000원), 멀미약을 팝니다."),
    ],
)
def test_other_amounts_are_left_alone(question: str, sentence: str) -> None:
    assert not prices_another_item(question, sentence)


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("How many lockers does the ski hall have?", "locker"),
        ("How many people fit in one gondola?", "person"),
        ("How many colour brochures can I take?", "brochure"),
        ("How many galleries are there?", "gallery"),
        # No counted noun named: any number may answer.
        ("If the tour is full, how many can join the waiting list?", ""),
        ("What time is it?", ""),
    ],
)
def test_the_counted_noun_of_a_how_many_question(question: str, noun: str) -> None:
    assert asked_count_noun(question) == noun


@pytest.mark.parametrize(
    ("question", "sentence", "answers"),
    [
        ("How many lockers does the ski hall have?", "The ski hall has 120 lockers.", True),
        ("How many lockers does the ski hall have?", "Lockers are emptied after 3 days.", False),
        ("How many people fit in one gondola?", "곤돌라 한 대에는 8명까지 탈 수 있습니다.", True),
        ("How many people fit in one gondola?", "곤돌라는 10분마다 출발합니다.", False),
        (
            "How many cars fit in the museum car park?",
            "박물관 주차장에는 40대를 댈 수 있습니다.",
            True,
        ),
        ("How many cars fit in the museum car park?", "Parking is free for 2 hours.", False),
        # A noun without a known Korean counter is not judged in a Korean sentence.
        ("How many galleries are there?", "전시실은 모두 6곳입니다.", True),
    ],
)
def test_a_how_many_question_is_answered_by_a_number_of_its_noun(
    question: str, sentence: str, answers: bool
) -> None:
    assert counts_noun(sentence, asked_count_noun(question)) is answers
    assert has_answer_type(sentence, answer_type(question), question=question) is answers
