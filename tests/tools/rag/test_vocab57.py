"""Everyday words the documents write another way (vocab57): 여자 is 여성, 체크인 is 입실,
빨간날 is 공휴일. Each test fails with its vocabulary line removed."""

from __future__ import annotations

import pytest

from agents.documents import plan_document_step
from tools.rag import DocumentStore

_LODGE = (
    "# 이용 요금\n\n성인 입장료는 20,000원입니다. 여성은 입장료가 3,000원 할인됩니다.\n\n"
    "# 숙박\n\n객실 입실은 오후 3시부터 가능하며, 다음 날 오전 11시까지 나가셔야 합니다."
)
_CLINIC = (
    "# 진료 시간\n\n평일은 09:00부터 18:00까지 진료합니다. 토요일은 13:00까지 진료합니다.\n\n"
    "# 휴진\n\n일요일과 공휴일에는 진료하지 않습니다 (휴진)."
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("여자도 입장료 할인 있어요?", "3,000원"),
        ("여자 손님은 얼마 깎아줘요", "3,000원"),
        ("체크인 몇시부터 돼요?", "오후 3시"),
        ("방 체크인은 언제 할 수 있나요", "오후 3시"),
    ],
)
def test_a_lodges_everyday_words_are_its_documents_words(
    lexical_store: DocumentStore, question: str, expected: str
) -> None:
    lexical_store.ingest_texts([("lodge_guide.md", _LODGE)], "lodge", markdown=True)
    plan = plan_document_step(lexical_store, question, collection="lodge", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert expected in plan.answer


@pytest.mark.parametrize("question", ["빨간날에도 진료해요?", "빨간날 진료하나요"])
def test_a_red_day_is_a_public_holiday(lexical_store: DocumentStore, question: str) -> None:
    lexical_store.ingest_texts([("clinic_hours.md", _CLINIC)], "clinic", markdown=True)
    plan = plan_document_step(lexical_store, question, collection="clinic", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert "휴진" in plan.answer
