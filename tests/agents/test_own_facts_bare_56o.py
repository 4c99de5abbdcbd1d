"""owndocs56: a bare Korean amenity question ("와이파이 돼요?") asks the organisation itself.

Our own phrasings, not the case files'. The rule (agents.own_facts_bare_56o) is hooked into
agents.own_facts_55o.asks_own_fact; each test of the form fails with it switched off.
"""

from __future__ import annotations

import pytest

import agents.own_facts_bare_56o as bare_module
from agents.document_messages import GENERAL_KNOWLEDGE_REASON
from agents.documents import DocPlan
from agents.own_facts_55o import asks_own_fact, own_fact_not_in_documents
from agents.own_facts_bare_56o import asks_bare_amenity

BARE = [
    "와이파이 돼요?",
    "무료 와이파이 있나요",
    "수유실 있어요?",
    "카드 결제도 되나요?",
    "휠체어 대여 가능해요?",
    "마스크 팔아요?",
    "애플페이 받아요?",
    "스케일링도 해요?",  # a service done, with 도
    "야간 진료 하나요?",  # a service done, two nouns
]
NOT_BARE = [
    "술 마셔도 돼요?",  # the asker's act: anyone's question
    "운동해도 돼요?",
    "타이레놀 부작용 있어요?",  # a property general knowledge holds
    "효과 있어요?",
    "와이파이가 뭐예요?",  # a question word
    "몇 시에 열어요?",
    "감기 걸리면 병원에 가야 돼요?",
    "wifi?",
    "요가 해요?",  # one noun done, no 도: asks the one spoken to
]


@pytest.mark.parametrize("question", BARE)
def test_a_bare_amenity_question_asks_the_organisation(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert asks_bare_amenity(question)
    assert asks_own_fact(question)
    monkeypatch.setattr(bare_module, "use_bare_amenity", False)
    assert not asks_own_fact(question)  # the rule off: no other form reads it


@pytest.mark.parametrize("question", NOT_BARE)
def test_other_questions_are_not_bare_amenity_questions(question: str) -> None:
    assert not asks_bare_amenity(question)


def test_the_model_does_not_answer_a_bare_amenity_question(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = DocPlan(
        kind="generate", reasons=["documents: no confident match", GENERAL_KNOWLEDGE_REASON]
    )
    declined = own_fact_not_in_documents(plan, "주차 되나요?")
    assert declined is not None and declined.kind == "not_covered"
    assert "일반 지식" not in declined.answer
    monkeypatch.setattr(bare_module, "use_bare_amenity", False)
    assert own_fact_not_in_documents(plan, "주차 되나요?") is plan
