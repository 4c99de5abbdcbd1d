"""The document index's tables (``tools.rag.storage`` reads and writes them).

Outside the ``tools.rag`` package on purpose: importing anything inside it runs the
package's ``__init__``, which loads the whole RAG stack (parsers, numpy, Kiwi; about
0.4-0.85 s). ``switchyard doctor`` and ``db status`` only need the schema to report
the index's version.
"""

from __future__ import annotations

from core.storage import Dialect, Migration, StoreSchema


def _index_tables(dialect: Dialect) -> list[str]:
    # SQLite orders chunks by its implicit rowid; PostgreSQL has none, so a sequence column.
    order_column = "" if dialect.name == "sqlite" else "seq BIGINT GENERATED ALWAYS AS IDENTITY, "
    return [
        "CREATE TABLE IF NOT EXISTS documents(collection TEXT NOT NULL, key TEXT NOT NULL, "
        "source TEXT NOT NULL, content_hash TEXT NOT NULL, fmt TEXT NOT NULL, "
        "encoding TEXT NOT NULL, size INTEGER NOT NULL, n_chunks INTEGER NOT NULL, "
        "ingested_at {real} NOT NULL, PRIMARY KEY (collection, key))",
        f"CREATE TABLE IF NOT EXISTS chunks({order_column}chunk_id TEXT PRIMARY KEY, "
        "collection TEXT NOT NULL, key TEXT NOT NULL, source TEXT NOT NULL, ord INTEGER NOT NULL, "
        'start INTEGER NOT NULL, "end" INTEGER NOT NULL, locator TEXT NOT NULL, '
        "heading TEXT NOT NULL, page INTEGER, text TEXT NOT NULL, tokens TEXT NOT NULL, "
        "sentences TEXT NOT NULL, vec_key TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS chunks_by_doc ON chunks(collection, key)",
        "CREATE INDEX IF NOT EXISTS chunks_by_vec ON chunks(vec_key)",
        "CREATE TABLE IF NOT EXISTS vectors(vec_key TEXT PRIMARY KEY, vec {blob} NOT NULL)",
        "CREATE TABLE IF NOT EXISTS collections(name TEXT PRIMARY KEY, revision INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS doc_texts(collection TEXT NOT NULL, key TEXT NOT NULL, "
        "text TEXT NOT NULL, PRIMARY KEY (collection, key))",
    ]


SCHEMA = StoreSchema("documents", "rag/rag.sqlite3", (Migration(1, _index_tables),))
