"""Everyday phrasings of a document question that name no topic of their own.

Each rule is checked on sentences written here (a language school, a shop, a gym), and
each test fails when its rule is switched off: a deadline counted "within N days of" an
event, a "when" that joins a yes/no question's situation, a passive participle before
"when", a partitive "part of", a negated 가 read from the place's side (오지 않으면),
money paid as an allowance (수당), one's money back as being paid, and a question naming
the key of one clause of a sentence with two figures.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tools.rag import crosslingual
from tools.rag.answer_types import answer_type
from tools.rag.crosslingual import concept_groups, equivalents
from tools.rag.qualifiers import anchor_conflict
from tools.rag.question import analyze_question
from tools.rag.sentence_checks import leaves_item_open
from tools.rag.textutil import english_tokens


@pytest.fixture(autouse=True, scope="module")
def _everyday_vocabulary_on() -> Iterator[None]:
    with crosslingual.everyday_vocabulary(True):
        yield


def test_a_deadline_within_days_of_an_event_states_the_offset_asked_after_it() -> None:
    question = "how many weeks after the course do i have to ask for my certificate"
    assert not anchor_conflict(
        question, "Ask for your certificate within 2 weeks of finishing the course."
    )
    # A length with no event to count from is still no offset.
    assert anchor_conflict(question, "The course lasts 6 weeks.")


def test_when_after_a_yes_no_opening_asks_for_no_time() -> None:
    assert answer_type("is the gym free when i bring a friend") is None
    assert answer_type("do members pay extra when they book on weekends?") is None
    # The "when" is the question after a verb of knowing or telling, or as its first word.
    assert answer_type("can you tell me when the shop opens?") == "datetime"
    assert answer_type("when is the shop open?") == "datetime"


def test_a_passive_participle_before_when_is_no_topic() -> None:
    asked = analyze_question("are lockers included when i join the gym")
    assert english_tokens("included")[0] not in asked.topic_terms
    assert english_tokens("locker")[0] in asked.topic_terms


def test_the_part_of_a_whole_is_framing_not_a_topic() -> None:
    asked = analyze_question("how long does the speaking part of the level test take")
    assert "part" not in asked.terms
    assert english_tokens("speaking")[0] in asked.terms
    # A part that is the thing asked about stays ("spare parts").
    assert "part" in analyze_question("do you sell spare parts?").terms


def test_not_going_is_the_places_not_coming() -> None:
    asked = analyze_question("수업 신청하고 안 가면 어떻게 돼요?")
    assert "오" in asked.terms and "가" not in asked.terms
    assert "오" in analyze_question("상담 예약하고 못 가면 돈 내요?").terms
    # A plain 가 is not read as 오: too common to be a missed visit.
    assert "가" in analyze_question("학원에 몇 시까지 가야 돼요?").terms


def test_money_paid_out_is_an_allowance() -> None:
    assert "수당" in equivalents("돈")


def test_a_question_naming_one_clauses_key_leaves_no_item_open() -> None:
    steps = (
        "늦는 경우에는 당일 오후 2시 전까지 강사에게 문자로 알리고, "
        "다음 수업 전 3일 안에 보강을 신청합니다."
    )
    # 늦 is in the first clause's key only: the question picks that clause.
    assert not leaves_item_open(steps, concept_groups(["아침", "늦", "강사", "알리"]))
    # A question naming no clause's key leaves them open, as one naming a key all share.
    assert leaves_item_open(steps, concept_groups(["수강료", "가격"]))
    listing = "본인 결혼 시 5일, 자녀 결혼 시 1일의 휴가를 받습니다."
    assert leaves_item_open(listing, concept_groups(["형제", "결혼", "휴가"]))


def test_getting_ones_money_back_is_being_paid() -> None:
    asked = analyze_question("when do i get my money back for the cancelled lesson")
    assert "paid" in asked.terms
    assert "money" not in asked.terms and "back" not in asked.terms
    # Money asked about otherwise stays a topic.
    assert "money" in analyze_question("how much money should i bring?").terms
