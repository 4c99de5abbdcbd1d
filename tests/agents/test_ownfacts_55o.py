"""A question about the organisation itself ends at the honest decline (brief ownfacts55).

Our own phrasings, none of them a question of bench/workload/cases/probes55_ownfacts.yaml:
each rule's test fails with the rule switched off (``own_fact_not_in_documents`` returning
the plan unchanged, or ``asks_own_fact`` answering False).
"""

from __future__ import annotations

import pytest

from agents.document_messages import GENERAL_KNOWLEDGE_REASON
from agents.documents import DocPlan
from agents.own_facts_55o import OWN_FACT_REASON, asks_own_fact, own_fact_not_in_documents
from tools.rag import NOT_COVERED

OWN_FACTS = [
    # The organisation addressed as "you/your".
    "do you accept Discover cards?",
    "Will you be open on Christmas Eve?",
    "does your reception have a phone charger",
    # A place pointed at.
    "is there a baby changing table here",
    "Can we eat our own snacks here?",
    "is there a bank machine nearby?",
    "any lockers in the lobby? is there one in the building",
    # The kind of organisation named, its staff.
    "does the clinic have a defibrillator",
    "how many pharmacists work there",
    "who is the head doctor of your practice",
    # "they" asked what it takes; a house rule or an amenity asked on its own.
    "will they accept cheques",
    "Are strollers permitted?",
    "is parking for visitors available",
    # Korean: a place, the organisation's service, its staff, a visitor's leave.
    "로비에 자판기 있어요?",
    "주변에 약국 있나요",
    "병원에서 영양제 주사도 놔줘요?",
    "고양이 데려와도 되나요?",
    "약사 선생님 성함이 어떻게 되세요?",
]
GENERAL = [
    "what is ibuprofen?",
    "how does a flu shot work?",
    "Can you explain how vaccines work?",
    "how do you treat a sprained ankle?",
    "do you know what causes migraines?",
    "Marcus here, what is a tetanus shot?",
    "does Starbucks wifi need a password, or do you just accept the terms?",
    "감기 걸리면 병원에 가야 돼요?",
    "어제 본 드라마에서 거기 나온 노래 제목이 뭐야?",
    "비타민 D는 왜 필요해요?",
    "is alcohol allowed with antibiotics?",
    "do they have side effects?",
]


@pytest.mark.parametrize("question", OWN_FACTS)
def test_a_question_about_the_organisation_itself_is_read_as_one(question: str) -> None:
    assert asks_own_fact(question)


@pytest.mark.parametrize("question", GENERAL)
def test_a_general_question_is_not(question: str) -> None:
    assert not asks_own_fact(question)


def _general_knowledge_plan() -> DocPlan:
    return DocPlan(
        kind="generate", reasons=["documents: no confident match (0.12)", GENERAL_KNOWLEDGE_REASON]
    )


@pytest.mark.parametrize(
    ("question", "language"),
    [("is there a baby changing table here", "en"), ("로비에 자판기 있어요?", "ko")],
)
def test_a_model_never_answers_an_own_fact_the_documents_lack(question: str, language: str) -> None:
    plan = own_fact_not_in_documents(_general_knowledge_plan(), question)
    assert plan is not None and plan.kind == "not_covered"
    assert OWN_FACT_REASON in plan.reasons
    assert plan.answer.startswith(NOT_COVERED[language])
    assert "general knowledge" not in plan.answer and "일반 지식" not in plan.answer


@pytest.mark.parametrize(
    "question",
    [
        "how does a flu shot work?",  # general: the model answers under the notice
        "there are 5 pens and you take 2, how many pens do you have",  # a counted puzzle
        "if you charge 12,000 won an hour, what do 3 hours cost here?",  # its own figures
    ],
)
def test_general_questions_and_word_problems_keep_the_model(question: str) -> None:
    plan = _general_knowledge_plan()
    assert own_fact_not_in_documents(plan, question) is plan


def test_only_a_plan_that_sends_the_step_to_general_knowledge_is_changed() -> None:
    # A model reading the documents' passages (grounded), or a plan with no notice, is
    # another rule's business; no plan at all stays none.
    grounded = DocPlan(kind="grounded", reasons=["generative: related passages"])
    assert own_fact_not_in_documents(grounded, "do you accept Discover cards?") is grounded
    plain = DocPlan(kind="generate", reasons=["documents: nothing matched"])
    assert own_fact_not_in_documents(plain, "do you accept Discover cards?") is plain
    assert own_fact_not_in_documents(None, "do you accept Discover cards?") is None
