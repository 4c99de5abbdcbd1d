"""Past a length of time ("2년 넘게") is the length a rule states with 이상 ("2년 이상")."""

from __future__ import annotations

import pytest

from agents.documents import plan_document_step
from tools.rag import DocumentStore

_VACATION = (
    "# 정기 휴가\n\n입사 첫해에는 매월 1일의 휴가가 생기며, 2년 이상 일한 직원은 매년 18일의 "
    "휴가를 받습니다.\n\n# 신청\n\n휴가는 5일 전까지 신청합니다."
)


@pytest.mark.parametrize(
    ("question", "expected"),
    # Without the line 넘 is a word the rule never uses, and the count was declined.
    [("2년 넘게 다니면 휴가 몇 개 받아요?", "18일")],
)
def test_a_length_asked_with_neom_is_the_rules_isang(
    lexical_store: DocumentStore, question: str, expected: str
) -> None:
    lexical_store.ingest_texts([("vacation.md", _VACATION)], "staff", markdown=True)
    plan = plan_document_step(lexical_store, question, collection="staff", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert expected in plan.answer
