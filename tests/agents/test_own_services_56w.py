"""ownwrongs56: a service's price, a service offered, a follow-up on an own rule: the org's.

Our own phrasings, not the case files'. The rules (agents.own_services_56w) are hooked into
agents.own_facts_55o; each test of a form fails with its rule switched off, and the
general-knowledge questions stay with the model either way.
"""

from __future__ import annotations

import pytest

import agents.own_services_56w as services
from agents.document_messages import GENERAL_KNOWLEDGE_REASON
from agents.documents import DocPlan
from agents.own_facts_55o import asks_own_fact, own_fact_not_in_documents

PRICES = [
    "임플란트 가격 얼마예요?",
    "도수치료 받으면 얼마에요",
    "how much is a tetanus shot",
    "what's the price of a dental crown?",
]
SERVICES = [
    "B형 간염 주사도 맞을 수 있나요?",
    "건강검진 받을 수 있어요?",
    "will the receptionist call me when my results are in",
    "can the nurse take my blood pressure before the visit",
    "원장님께서 영어로 소견서 써 주실 수 있나요?",
]
GENERAL = [
    "독감 예방접종은 왜 매년 맞아요?",
    "타이레놀은 얼마나 먹어요?",
    "혈압 정상 수치가 얼마예요?",
    "미국에서 MRI 찍으면 얼마예요?",
    "임산부도 독감 주사 맞을 수 있어요?",
    "how does an MRI work",
    "is it safe to take ibuprofen with coffee",
    "how much does an MRI usually cost",
    "how much is a tablespoon in ml",
    "how much water should I drink",
    "do you do translations",
    "can a doctor tell a sprain from a fracture without an x-ray",
    "김밥 세 줄이면 얼마야",
]


def _general_plan() -> DocPlan:
    return DocPlan(kind="generate", reasons=["documents: no passage", GENERAL_KNOWLEDGE_REASON])


@pytest.mark.parametrize("question", PRICES)
def test_a_service_price_with_no_place_named_is_the_organisations(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert services.asks_own_price(question)
    plan = own_fact_not_in_documents(_general_plan(), question)
    assert plan is not None and plan.kind == "not_covered"
    monkeypatch.setattr(services, "use_own_price", False)
    assert not asks_own_fact(question)


@pytest.mark.parametrize("question", SERVICES)
def test_a_service_the_asker_would_get_here_is_the_organisations(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert services.asks_own_service(question)
    plan = own_fact_not_in_documents(_general_plan(), question)
    assert plan is not None and plan.kind == "not_covered"
    monkeypatch.setattr(services, "use_own_service", False)
    assert not asks_own_fact(question)


@pytest.mark.parametrize("question", GENERAL)
def test_general_knowledge_stays_with_the_model(question: str) -> None:
    assert not services.asks_own_price(question)
    assert not services.asks_own_service(question)
    plan = _general_plan()
    assert own_fact_not_in_documents(plan, question) is plan


THREADS = [
    ("how much can I expense for a taxi at night", "and what if it's a weekend?"),
    ("출장 가면 식비는 하루에 얼마까지 돼요?", "부산이면요?"),
    ("do you take credit cards", "what about apple pay?"),
]


@pytest.mark.parametrize(("before", "follow_up"), THREADS)
def test_a_follow_up_on_an_own_rule_stays_the_organisations(
    before: str, follow_up: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert asks_own_fact(before)
    plan = own_fact_not_in_documents(_general_plan(), follow_up, [before])
    assert plan is not None and plan.kind == "not_covered"
    monkeypatch.setattr(services, "use_own_thread", False)
    assert own_fact_not_in_documents(_general_plan(), follow_up, [before]).kind == "generate"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("before", "follow_up"),
    [
        ("what is ibuprofen", "and what about for kids?"),  # a general question before
        ("how much can I expense for a taxi at night", "how do taxis set their fares"),
        ("타이레놀은 하루에 몇 번 먹어요?", "임산부면요?"),
    ],
)
def test_a_follow_up_after_a_general_question_or_standing_alone_stays_with_the_model(
    before: str, follow_up: str
) -> None:
    plan = _general_plan()
    assert own_fact_not_in_documents(plan, follow_up, [before]) is plan


@pytest.mark.parametrize(
    "question",
    [
        "can the nurse write down my vaccination dates in english",
        "could your pharmacist write a letter for my school about my medicine",
        "선생님이 진단서 영어로 작성해 주실 수 있어요?",
    ],
)
def test_a_staff_member_writing_is_not_a_text_to_compose(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert services.asks_staff_act(question)
    plan = own_fact_not_in_documents(_general_plan(), question)
    assert plan is not None and plan.kind == "not_covered"
    monkeypatch.setattr(services, "use_own_service", False)
    plan = own_fact_not_in_documents(_general_plan(), question)
    assert plan is not None and plan.kind == "generate"


@pytest.mark.parametrize(
    "question", ["write my sick note in english for my employer", "영어로 진단서 양식 써줘"]
)
def test_a_text_the_asker_wants_composed_stays_with_the_model(question: str) -> None:
    assert not services.asks_staff_act(question)
    plan = _general_plan()
    assert own_fact_not_in_documents(plan, question) is plan
