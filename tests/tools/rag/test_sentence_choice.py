"""Choosing the sentence that answers: rule questions, kinds the documents name, two asks.

Examples of our own (a library, a bakery, a climbing gym), not the held-out sets' questions.
"""

from __future__ import annotations

import pytest

from tools.rag import needs_synthesis
from tools.rag.answer import extractive_answer
from tools.rag.answer_types import has_answer_type
from tools.rag.kinds import named_kinds
from tools.rag.models import Passage
from tools.rag.rule_questions import asks_about_rule, states_rule
from tools.rag.textutil import tokenize

LOOKUP = (False, "a direct lookup: the best document sentences answer it")


@pytest.mark.parametrize(
    "question",
    [
        # The second ask names nothing of its own: it asks for the count of the first.
        "도서관 책 연장해도 돼요? 몇 번까지 돼요?",
        "정기권 멈출 수 있어요? 며칠까지 돼요?",
        # Text after the last question mark is context, not another ask.
        "주말에도 열어요? 토요일에 가려고요",
    ],
)
def test_an_ask_with_no_topic_of_its_own_is_part_of_the_lookup(question: str) -> None:
    assert needs_synthesis(question) == LOOKUP


@pytest.mark.parametrize(
    "question",
    [
        "도서관 몇 시에 열어요? 주말에도 해요?",  # a topic of its own (주말)
        "도서관 몇 시에 열어요? 얼마예요?",  # another kind of answer (a time, an amount)
        "Where is the library? When does it open?",
    ],
)
def test_asks_about_different_things_are_several_questions(question: str) -> None:
    assert needs_synthesis(question) == (True, "several questions at once")


def test_a_yes_no_question_about_a_rule_and_the_sentences_that_state_one() -> None:
    assert asks_about_rule("빵 사면 봉투도 줘야 하나요?")
    assert asks_about_rule("강아지 데리고 가도 돼요?")
    assert asks_about_rule("Can I bring my dog to the library?")
    assert not asks_about_rule("도서관은 몇 층이에요?")  # typed: asks for a place
    assert not asks_about_rule("Is the library open on Sundays?")  # asks about hours
    assert states_rule("반려동물은 도서관에 들어올 수 없습니다.")
    assert states_rule("봉투는 무료로 드립니다.")
    assert states_rule("Dogs are not allowed inside.")
    assert not states_rule("도서관은 2층에 있습니다.")


def test_a_rule_sentence_outranks_a_sentence_that_only_names_the_subject() -> None:
    pets = Passage(
        chunk_id="l1",
        source="library.md",
        heading="반려동물",
        # The first sentence holds more of the question's words; the second states the rule.
        text="반려동물 열람실 행사는 매년 5월에 열립니다. 반려동물은 안으로 들어올 수 없습니다.",
    )
    answer = extractive_answer("반려동물 데리고 열람실 가도 돼요?", [pets], max_sentences=1)
    assert answer.covered
    assert answer.sentences[0].text == "반려동물은 안으로 들어올 수 없습니다."


def test_kinds_are_read_from_a_list_before_a_kind_noun() -> None:
    kinds = named_kinds(
        [
            "볼더링, 리드, 스피드 같은 클라이밍 수업은 2층에서 합니다.",
            "Pastries such as croissants, danishes and scones are baked at 6.",
            # One item before 같은 compares ("the same building as"), it lists no kind.
            "빵집은 도서관과 같은 건물에 있습니다.",
        ]
    )
    # Each item is mapped by its index tokens, as a question's terms are read.
    assert all(kinds[t] == frozenset({"클라이밍", "수업"}) for t in tokenize("볼더링 리드"))
    assert all(kinds[t] == frozenset(tokenize("pastries")) for t in tokenize("croissants scones"))
    assert "도서관" not in kinds


def test_a_rule_for_the_kind_answers_a_yes_no_question_about_its_item() -> None:
    rooms = Passage(
        chunk_id="g1",
        source="gym.md",
        heading="시설",
        text="볼더링, 리드, 스피드 같은 클라이밍 수업은 2층에서 합니다.",
    )
    fees = Passage(
        chunk_id="g2",
        source="gym.md",
        heading="수업료",
        text="일반 회원은 클라이밍 수업에 한 번에 10,000원을 내고 참여할 수 있습니다.",
    )
    # How many chunks hold a token: the item's words are in one chunk only, so the item is
    # the question's subject and a passage that never names it may not answer alone.
    rare = set(tokenize("볼더링"))

    def frequency(token: str) -> int:
        return 1 if token in rare else 3

    question = "일반 회원인데 볼더링 수업 들으려면 돈 더 내야 돼요?"
    rule = extractive_answer(question, [fees, rooms], frequency=frequency)
    assert rule.covered
    assert "10,000원" in rule.text
    # A typed lookup asks a fact of the item itself, which a rule for the kind does not state.
    when = extractive_answer(
        "볼더링 수업은 요일별로 몇 시에 있어요?", [fees, rooms], frequency=frequency
    )
    assert not when.covered


def test_how_much_with_no_unit_is_answered_by_days_as_well_as_money() -> None:
    days = "도서관 봉사자는 한 달에 2일의 휴무를 받습니다."
    assert has_answer_type(days, "amount", question="봉사하면 휴무 얼마나 받아요?")
    # "얼마예요?" asks a price: days do not answer it.
    assert not has_answer_type(days, "amount", question="봉사 신청비는 얼마예요?")
