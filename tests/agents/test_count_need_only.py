"""A count said to be needed ("두 병 더 필요해요") names no thing: no document sentence answers.

The document is our own: a guide that says help is there when needed. A message that only
says two more of something are needed shares the predicate 필요 with its sentence, and
that sentence must not be quoted as the answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.doc_stores import dense_store
from tools.rag.count_need_only import asks_only_a_count_is_needed
from tools.rag.store import DocumentStore

_GUIDE = """# 체육관 이용 안내

## 첫 방문

처음 오시는 분은 안내 데스크에서 회원 카드를 만들어 주세요.

## 도움 요청

기구 사용법 안내가 필요하시면 안내 데스크에 말씀해 주세요.

## 수건

수건은 1인당 두 장까지 무료로 빌려 드립니다.
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DocumentStore]:
    with dense_store(tmp_path / "rag", {"gym_guide.md": _GUIDE}) as docs:
        yield docs


@pytest.mark.parametrize(
    "message",
    [
        "두 병 더 필요해요",
        "아 네 개 더 필요하대",
        "3장 더 필요함",
        "두 명 더 온대요",
        "한 명 빠진대",
    ],
)
def test_a_count_needed_quotes_no_sentence(store: DocumentStore, message: str) -> None:
    plan = plan_document_step(store, message, collection="default", pinned=False)
    assert plan.kind != "extractive"
    assert "안내 데스크" not in (plan.answer or "")
    assert "처음 오시는" not in (plan.answer or "")


def test_a_thing_needed_is_still_a_document_question(store: DocumentStore) -> None:
    message = "기구 사용법 안내 필요해요?"
    plan = plan_document_step(store, message, collection="default", pinned=False)
    assert plan.kind == "extractive" and "안내 데스크" in (plan.answer or "")


@pytest.mark.parametrize(
    ("message", "only_a_count"),
    [
        ("다섯 잔 더 필요해", True),
        ("2개 더 필요해요", True),
        ("수건 두 장 필요해요?", False),  # names the towels
        ("예약 필요해요?", False),
        ("what if we need 2 more", False),
        ("세 명 더 온대", True),
        ("두 명 빠졌어", True),
        ("두 개 빼줘", True),
        ("45,000원의 20%는?", False),  # Kiwi reads 는 after % as 늘: no verb of ours
        ("친구 한 명 더 와요", False),  # names who comes
        ("한 번 더 와야 돼요?", False),  # an obligation: a question for the documents
        ("두 명 더 가도 돼요?", False),  # a permission
        ("처음 오면 뭐 해요?", False),  # no count
    ],
)
def test_the_shape_read(message: str, only_a_count: bool) -> None:
    assert asks_only_a_count_is_needed(message) is only_a_count
