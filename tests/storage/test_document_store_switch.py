"""A data directory whose index moved to PostgreSQL never serves the SQLite index's BM25 file."""

from __future__ import annotations

from pathlib import Path

from core.storage.scratch import scratch_schema
from tests.storage.pg_cluster import PgCluster
from tools.rag.store import DocumentStore


def test_switching_storage_url_keeps_lexical_caches_apart(
    tmp_path: Path, pg_cluster: PgCluster
) -> None:
    sqlite_store = DocumentStore(tmp_path, dense=False)
    sqlite_store.ingest_texts([("parking.md", "Parking is free for two hours at the north gate.")])
    assert sqlite_store.search("parking hours")[0].source == "parking.md"
    sqlite_store.close()
    with scratch_schema(pg_cluster.url, "switch") as url:
        # The same data dir, the same collection, and the same revision (1) in another database.
        pg_store = DocumentStore(tmp_path, dense=False, storage_url=url)
        pg_store.ingest_texts([("lunch.md", "The cafeteria serves lunch from noon until two.")])
        found = pg_store.search("lunch cafeteria")
        pg_store.close()
    assert [p.source for p in found] == ["lunch.md"]
