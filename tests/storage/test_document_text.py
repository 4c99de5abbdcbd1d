"""The stored text of a chunk's document, read in one query, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core.storage import Session
from core.storage.scratch import scratch_schema
from tests.storage.conftest import DatabaseFactory
from tools.rag.chunking import ChunkDraft
from tools.rag.storage import DocumentRow, Storage
from tools.rag.store import DocumentStore

# 체육관 fills most chunks of the gym guide, so no rarity check flags a passage without it:
# only the document-level check keeps the cafe's Saturday hours from answering.
GYM = """# 바다 체육관 이용 안내

## 운영 시간
바다 체육관은 평일 06:00~22:00에 문을 엽니다. 토요일은 08:00~18:00에 엽니다.

## 사물함
체육관 회원은 사물함을 한 달 5,000원에 빌릴 수 있습니다.

## 수영장
체육관 수영장은 지하 1층이며, 체육관 회원증이 있어야 들어갈 수 있습니다.

## 샤워실
체육관이 붐빌 때는 2층 샤워실을 이용해 주세요.
"""
CAFE = """# 숲 카페 안내

## 영업 시간
숲 카페는 매일 09:00~21:00에 문을 엽니다. 토요일에는 10:00~16:00에 엽니다.

## 음료 가격
아메리카노 한 잔은 3,500원입니다.
"""


def _counting_queries(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every statement a storage session runs (the real one still runs it)."""
    seen: list[str] = []
    original = Session.execute

    def execute(self: Session, sql: str, params: Any = ()) -> Any:
        seen.append(sql)
        return original(self, sql, params)

    monkeypatch.setattr(Session, "execute", execute)
    return seen


def test_document_text_is_one_query(
    make_db: DatabaseFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = Storage(make_db("rag.sqlite3"))
    doc = DocumentRow("c", "k1", "a.md", "hash", "md", "utf-8", 10, 0, 0.0)
    chunks = [
        ChunkDraft(ord=i, start=i * 7, end=i * 7 + 6, text=f"part {i}", locator=f"#{i}",
                   heading_path=("H",), page=None, sentences=(), tokens=("part", str(i)))
        for i in range(2)
    ]  # fmt: skip
    storage.replace_document(doc, chunks, ["x0", "x1"], ["v0", "v1"], "part 0 part 1")
    queries = _counting_queries(monkeypatch)
    assert storage.document_text("x1") == "part 0 part 1"
    assert len(queries) == 1
    assert storage.document_text("missing") is None
    # chunk_context still gives both, the chunk and the same text.
    context = storage.chunk_context("x0")
    assert context is not None and context == (context[0], "part 0 part 1")
    assert context[0].locator == "#0"
    assert storage.delete_document("c", "k1")
    assert storage.document_text("x1") is None and storage.chunk_context("x1") is None


@pytest.fixture
def town_store(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[DocumentStore]:
    """A gym guide and a cafe guide, indexed in SQLite or in a fresh PostgreSQL schema."""
    if backend == "sqlite":
        store = DocumentStore(tmp_path, dense=False)
        yield from _with_documents(store)
        return
    cluster = request.getfixturevalue("pg_cluster")
    with scratch_schema(cluster.url, "doctext") as url:
        yield from _with_documents(DocumentStore(tmp_path, dense=False, storage_url=url))


def _with_documents(store: DocumentStore) -> Iterator[DocumentStore]:
    report = store.ingest_texts([("gym.md", GYM), ("cafe.md", CAFE)], "town", markdown=True)
    assert not report.rejected
    try:
        yield store
    finally:
        store.close()


def test_the_document_level_subject_check_reads_only_document_texts(
    town_store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_chunk_rows(chunk_id: str) -> None:
        raise AssertionError(f"the subject check fetched chunk {chunk_id}'s row")

    monkeypatch.setattr(town_store._storage, "chunk_context", no_chunk_rows)
    question = "체육관 토요일에도 몇 시까지 열어요?"
    passages = town_store.search(question, collection="town", k=4)
    answer = town_store.extractive_answer(question, passages)
    assert answer.covered and "18:00" in answer.text and "16:00" not in answer.text
    assert all(c.source == "gym.md" for c in answer.citations), answer
    # The cafe's document never names 체육관: its Saturday hours may not answer.
    cafe = [p for p in passages if p.source == "cafe.md"]
    assert cafe and not town_store.extractive_answer(question, cafe).covered
