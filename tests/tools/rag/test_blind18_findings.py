"""Rules found on the eighteenth blind set (six wrong extractive answers on its first run).

The examples are our own (a museum cloakroom, a luggage store, a bicycle shelter, a ski
hire), not that set's questions: "is there X at the place?" holds the passage to X, "how
much is …?" asks a price, a change (늘리다) no document states is no yes or no, a duration
of keeping is not a lead time nor a day of another act, and "she" points back to the
statement before the question.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.answer import extractive_answer
from tools.rag.answer_types import has_answer_type
from tools.rag.existence import existence_subject
from tools.rag.lead_times import keeps_nothing, states_only_lead_times
from tools.rag.models import Passage
from tools.rag.prices import asks_how_much_it_is, states_price
from tools.rag.question import analyze_question
from tools.rag.store import DocumentStore


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Is there a cloakroom at the museum?", "cloakroom"),
        ("hi, are there any lockers at the pool?", "locker"),
        ("ok and is there wifi", "wifi"),
        # A figure noun is answered by the figure, not by the word.
        ("Is there a fee for the cloakroom?", ""),
        ("Is there a discount for students?", ""),
        ("Where is there a cash machine?", ""),
    ],
)
def test_the_thing_an_is_there_question_asks_about(question: str, subject: str) -> None:
    assert existence_subject(question) == subject


def test_a_passage_naming_the_place_but_not_the_thing_asked_does_not_say_it_is_there() -> None:
    intro = Passage(
        chunk_id="m1",
        source="museum.md",
        heading="Harbour Museum",
        text="The Harbour Museum is a small museum of old fishing boats on the quay.",
    )

    def frequency(token: str) -> int:
        # Another document (the library's) names a cloakroom: the collection holds it.
        return 2

    answer = extractive_answer("Is there a cloakroom at the museum?", [intro], frequency=frequency)
    assert not answer.covered, answer.text


@pytest.mark.parametrize(
    ("question", "price"),
    [
        ("how much is a day pass for the ski lift?", True),
        ("How much are the lockers?", True),
        ("how much's the boat tour", True),
        # A measure asked this way names itself.
        ("How much is the weight limit for a suitcase?", False),
        ("how much is the size limit of a parcel", False),
        ("How much water should I bring?", False),
    ],
)
def test_how_much_something_is_asks_its_price(question: str, price: bool) -> None:
    assert asks_how_much_it_is(question) is price


def test_a_weight_does_not_say_how_much_something_is() -> None:
    question = "how much is the express service for a 2kg bag?"
    assert not has_answer_type("Bags may weigh up to 25kg.", "amount", question=question)
    assert has_answer_type("The express service costs 9 dollars.", "amount", question=question)


def test_a_payment_named_without_its_sum_does_not_say_how_much() -> None:
    question = "I'd like the insured ski hire. How much does the insurance cost?"
    assert not states_price("Members pay only their co-payment at the counter.", question)
    assert states_price("Members pay a co-payment of 5,000 won at the counter.", question)
    # Asked whether one pays at all, the payment's name still says so.
    assert states_price("Members pay only their co-payment at the counter.", "")


SHELTER_KO = """# 햇살동 자전거 보관소 안내

## 보관 기간
자전거는 최대 30일 동안 보관합니다. 보관료는 하루 500원입니다.

## 찾아가기
자전거를 찾을 때는 보관증을 보여 주세요.
"""

SHELTER_EXTENDED_KO = """# 햇살동 자전거 보관소 안내

## 보관 기간
자전거는 최대 30일 동안 보관합니다. 보관 기간은 한 번 더 30일 연장할 수 있습니다.
"""


@pytest.fixture
def shelter(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "bike", {"shelter_ko.md": SHELTER_KO})


@pytest.fixture
def extending_shelter(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "bike", {"shelter_ko.md": SHELTER_EXTENDED_KO})


def test_a_change_no_document_states_is_not_answered_by_the_period(shelter: DocumentStore) -> None:
    plan = plan_document_step(
        shelter, "자전거 보관 기간 좀 늘려 주실 수 있나요?", collection="bike", pinned=False
    )
    # Declined outright: neither quoted nor handed to a model to guess yes or no from.
    assert plan.kind == "not_covered", plan.reasons
    assert "늘리" in plan.answer
    # The period itself is still answered.
    plan = plan_document_step(
        shelter, "자전거 며칠 동안 보관해요?", collection="bike", pinned=False
    )
    assert plan.kind == "extractive", plan.reasons
    assert "30일" in plan.answer


def test_a_change_the_document_states_in_its_own_word_is_still_answered(
    extending_shelter: DocumentStore,
) -> None:
    plan = plan_document_step(
        extending_shelter,
        "자전거 보관 기간 좀 늘려 주실 수 있나요?",
        collection="bike",
        pinned=False,
    )
    assert plan.kind == "extractive", plan.reasons
    assert "연장" in plan.answer


def test_how_long_something_is_kept_is_not_a_lead_time_nor_another_acts_day() -> None:
    question = "짐 며칠 맡아 주세요?"
    pickup = "짐 방문 수거는 하루 전까지 신청하세요. 같은 날 3개 이상 맡기면 무료입니다."
    # A day written in words is a lead time too.
    assert states_only_lead_times(question, "짐 방문 수거는 하루 전까지 신청하세요.")
    assert states_only_lead_times("How long do you keep bags?", "Book pick-up 2 days ahead.")
    store = "짐 방문 수거는 하루 전까지 신청하세요. 같은 날 3개 이상이면 무료입니다."
    assert keeps_nothing(question, store)
    assert not keeps_nothing(question, "맡기신 짐은 7일 동안 보관합니다.")
    # A question that asks how early wants the lead time.
    assert not states_only_lead_times("짐 며칠 전에 맡겨야 돼요?", pickup)
    assert not keeps_nothing("짐 며칠 전에 맡겨야 돼요?", store)
    # Without the passage (a lone sentence) nothing is known about it.
    assert not keeps_nothing(question, "")


def test_she_points_back_to_the_statement_before_the_question() -> None:
    question = "My grandmother wants to collect the ski boots for me. What does she need to show?"
    assert {"ski", "boot"} <= set(analyze_question(question).topic_terms)
