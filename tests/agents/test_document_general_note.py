"""Several lookups at once that the documents do not answer are named as such first.

Two asks in one turn ("… at that shoe repair place? price?") are still lookups, not a
request to compose: when the search finds nothing confident, the model that answers
must open by saying the documents hold no answer, as for a single question (a blind
set's "do they clean rugs or carpets at that laundry place? price?" had reached the
cloud model with no such line).
"""

from __future__ import annotations

from pathlib import Path

from agents.document_messages import GENERAL_KNOWLEDGE_REASON
from agents.documents import plan_document_step
from tools.rag.store import DocumentStore

_SHOE_REPAIR = """# 바른손 구두수선 안내

## 영업 시간
- 평일: 09:00~19:00
- 토요일: 10:00~15:00

## 수선 요금
- 구두 밑창 교체: 25,000원
- 굽 교체: 8,000원
- 운동화 세탁: 한 켤레 7,000원

## 맡기고 찾기
수선품은 맡긴 날부터 3일 뒤에 찾아가실 수 있습니다.
"""


def test_two_asks_the_documents_do_not_answer_get_the_general_knowledge_note(
    tmp_path: Path,
) -> None:
    store = DocumentStore(tmp_path / "rag", dense=True)
    store.ingest_texts([("shop/shoe_repair_ko.md", _SHOE_REPAIR)], collection="default")
    store.embed_pending()
    question = "do they dye leather bags or belts at that shoe repair place? price?"
    plan = plan_document_step(store, question, collection="default", pinned=False)
    assert plan.kind == "generate"
    assert GENERAL_KNOWLEDGE_REASON in plan.reasons
    # A request to compose is no lookup: it gets no such note.
    compose = "compare leather bags and belts for me and write a short summary?"
    plan = plan_document_step(store, compose, collection="default", pinned=False)
    assert GENERAL_KNOWLEDGE_REASON not in plan.reasons
    store.close()


def test_a_korean_price_question_without_a_question_mark_gets_the_note(tmp_path: Path) -> None:
    # Chat asks "얼마에요" with no "?": still a lookup the documents do not answer.
    store = DocumentStore(tmp_path / "rag", dense=True)
    store.ingest_texts([("shop/shoe_repair_ko.md", _SHOE_REPAIR)], collection="default")
    store.embed_pending()
    plan = plan_document_step(
        store, "가죽 가방 염색 가격 얼마에요", collection="default", pinned=False
    )
    assert plan.kind == "generate"
    assert GENERAL_KNOWLEDGE_REASON in plan.reasons
    store.close()
