"""Search inside PostgreSQL (tools.rag.pg_index) agrees with the in-process ranking."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from core.storage import PostgresDatabase, SqliteDatabase
from tests.storage.pg_cluster import PgCluster
from tools.rag import pg_index
from tools.rag.chunking import ChunkDraft
from tools.rag.storage import DocumentRow, Storage


def _fill(storage: Storage, texts: list[str], vectors: np.ndarray) -> None:
    doc = DocumentRow("c", "k", "doc.md", "h", "md", "utf-8", 1, 0, 0.0)
    chunks = [
        ChunkDraft(ord=i, start=0, end=1, text=t, locator=f"#{i}", heading_path=(), page=None,
                   sentences=(), tokens=tuple(t.split()))
        for i, t in enumerate(texts)
    ]  # fmt: skip
    storage.replace_document(doc, chunks, [f"c{i}" for i in range(len(texts))],
                             [f"v{i}" for i in range(len(texts))])  # fmt: skip
    storage.put_vectors([(f"v{i}", vec) for i, vec in enumerate(vectors)])


def test_sql_search_matches_in_process_ranking(pg_cluster: PgCluster, tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(40, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    texts = [f"주차 {i} 시간 무료" if i % 3 == 0 else f"진료 예약 {i} 변경" for i in range(40)]
    db = PostgresDatabase(pg_cluster.url, schema="sql_search_test")
    try:
        storage = Storage(db)
        _fill(storage, texts, vectors)
        pg_index.prepare(db)
        query = rng.normal(size=16).astype(np.float32)
        query /= np.linalg.norm(query)
        # The same exact ranking numpy gives over the same vectors from the SQLite side.
        local = Storage(SqliteDatabase(tmp_path / "rag.sqlite3"))
        _fill(local, texts, vectors)
        ids, matrix = local.collection_vectors("c")
        assert matrix is not None
        expected = [ids[i] for i in np.argsort(-(matrix @ query))[:10]]
        assert pg_index.dense_search(db, "c", query.tolist(), 10) == expected
        found = pg_index.lexical_search(db, "c", ["주차", "무료"], 50)
        assert sorted(found) == sorted(f"c{i}" for i in range(0, 40, 3))
        assert pg_index.lexical_search(db, "c", ["a'b", "(x)"], 5) == []  # quoted, no error
    finally:
        db.close()
