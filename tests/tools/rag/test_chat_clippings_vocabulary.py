"""Chat clippings (엘베, 고딩) and 가격 for a 요금 find the document's own word.

The document is written for this test and run through the real store, Kiwi and the
planner (lexical only). Each question was declined as "documents never mention: X"
before tools/rag/vocabulary.tsv linked the clipped or everyday word to the written one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.store import DocumentStore

_POOL_KO = """# 푸른물 수영장 이용 안내

## 시설
엘리베이터는 정문 옆에 있으며 유모차와 휠체어가 함께 탈 수 있습니다.

## 이용 요금
성인의 1회 이용 요금은 6,000원입니다. 고등학생은 1회 4,000원, 초등학생은 1회 3,000원입니다.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    data = tmp_path_factory.mktemp("data")
    yield from small_store(data, "pool", {"pool_ko.md": _POOL_KO})


def _answer(store: DocumentStore, question: str) -> str:
    plan = plan_document_step(store, question, collection="pool", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    return plan.answer


def test_the_chat_clipping_of_elevator_finds_the_elevator(store: DocumentStore) -> None:
    assert "엘리베이터는 정문 옆에" in _answer(store, "엘베에 유모차 탈 수 있어요?")


def test_the_chat_clipping_of_high_schooler_finds_the_price_row(store: DocumentStore) -> None:
    assert "4,000원" in _answer(store, "고딩이면 1회 요금 얼마예요?")


def test_a_price_asked_as_gagyeok_finds_the_fee_table(store: DocumentStore) -> None:
    assert "6,000원" in _answer(store, "성인 1회 가격 얼마예요?")
