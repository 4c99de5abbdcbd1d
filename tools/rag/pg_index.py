"""Search inside PostgreSQL: the alternative to ranking in process, kept to measure against.

The document store ranks in process (BM25 over Kiwi morpheme tokens, exact cosine over
e5 vectors) whichever backend holds the index, so results match the embedded index
exactly. This module does the same two searches in SQL, so the choice can be measured
(``tests/storage/test_pg_index.py``, README figures) rather than assumed:

* lexical: ``ts_rank_cd`` over ``to_tsvector('simple', tokens)`` — the stored tokens are
  already Kiwi morphemes joined by spaces, so the ``simple`` configuration only
  lower-cases them; a GIN index on the expression serves the ``@@`` filter.
* dense: exact inner product over a ``real[]`` copy of each vector (pgvector is not in
  this Debian release; with it, ``vector(384)`` and an HNSW index would replace this).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from core.storage import Database

# Characters with a meaning in tsquery syntax; a token holding one is quoted instead.
_TSQUERY_SPECIAL = re.compile(r"[&|!():*<>'\\\s]")


def prepare(db: Database) -> None:
    """Add the expression index and the ``real[]`` vectors (idempotent; PostgreSQL only)."""
    with db.session() as s:
        s.execute(
            "CREATE INDEX IF NOT EXISTS chunks_tokens_tsv "
            "ON chunks USING gin (to_tsvector('simple', tokens))"
        )
        s.execute("CREATE TABLE IF NOT EXISTS vector_arrays(vec_key TEXT PRIMARY KEY, arr real[])")
        s.execute(
            "INSERT INTO vector_arrays (vec_key, arr) "
            "SELECT vec_key, NULL FROM vectors ON CONFLICT (vec_key) DO NOTHING"
        )
        rows = s.execute("SELECT vec_key FROM vector_arrays WHERE arr IS NULL").fetchall()
        for (key,) in rows:
            (blob,) = s.execute("SELECT vec FROM vectors WHERE vec_key = ?", (key,)).fetchone()
            arr = np.frombuffer(bytes(blob), dtype=np.float32).tolist()
            s.execute("UPDATE vector_arrays SET arr = ? WHERE vec_key = ?", (arr, key))


def _tsquery(tokens: Sequence[str]) -> str:
    terms = []
    for tok in dict.fromkeys(t.lower() for t in tokens if t.strip()):
        escaped = tok.replace("'", "''")
        terms.append(f"'{escaped}'" if _TSQUERY_SPECIAL.search(tok) else escaped)
    return " | ".join(terms)


def lexical_search(db: Database, collection: str, tokens: Sequence[str], k: int) -> list[str]:
    """Chunk ids by ``ts_rank_cd`` of the query's morphemes (any of them), best first."""
    query = _tsquery(tokens)
    if not query:
        return []
    with db.session() as s:
        rows = s.execute(
            "SELECT chunk_id FROM chunks, to_tsquery('simple', ?) q "
            "WHERE collection = ? AND to_tsvector('simple', tokens) @@ q "
            "ORDER BY ts_rank_cd(to_tsvector('simple', tokens), q) DESC, seq LIMIT ?",
            (query, collection, k),
        ).fetchall()
    return [str(r[0]) for r in rows]


def dense_search(db: Database, collection: str, query: Sequence[float], k: int) -> list[str]:
    """Chunk ids by exact inner product with ``query`` (L2-normalised: cosine), best first."""
    with db.session() as s:
        rows = s.execute(
            "SELECT c.chunk_id FROM chunks c JOIN vector_arrays v ON v.vec_key = c.vec_key "
            "WHERE c.collection = ? ORDER BY (SELECT SUM(a * b) FROM "
            "unnest(v.arr, ?::real[]) AS t(a, b)) DESC, c.seq LIMIT ?",
            (collection, list(query), k),
        ).fetchall()
    return [str(r[0]) for r in rows]
