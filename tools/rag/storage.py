"""SQLite persistence: documents, chunks, embedding cache and collection revisions.

One file under ``data_dir/rag/``. Callers serialise access (the store holds a
lock); the connection is shared across threads for that reason. Vectors are
cached by a hash of model id + embedded text, so the same text is never
embedded twice, whichever document or collection it reappears in.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from tools.rag.chunking import ChunkDraft

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents(
  collection TEXT NOT NULL, key TEXT NOT NULL, source TEXT NOT NULL,
  content_hash TEXT NOT NULL, fmt TEXT NOT NULL, encoding TEXT NOT NULL,
  size INTEGER NOT NULL, n_chunks INTEGER NOT NULL, ingested_at REAL NOT NULL,
  PRIMARY KEY (collection, key));
CREATE TABLE IF NOT EXISTS chunks(
  chunk_id TEXT PRIMARY KEY, collection TEXT NOT NULL, key TEXT NOT NULL,
  source TEXT NOT NULL, ord INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  locator TEXT NOT NULL, heading TEXT NOT NULL, page INTEGER, text TEXT NOT NULL,
  tokens TEXT NOT NULL, sentences TEXT NOT NULL, vec_key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_by_doc ON chunks(collection, key);
CREATE INDEX IF NOT EXISTS chunks_by_vec ON chunks(vec_key);
CREATE TABLE IF NOT EXISTS vectors(vec_key TEXT PRIMARY KEY, vec BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS collections(name TEXT PRIMARY KEY, revision INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS doc_texts(
  collection TEXT NOT NULL, key TEXT NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (collection, key));
"""

FloatArray = npt.NDArray[np.float32]


@dataclass(frozen=True)
class DocumentRow:
    """One stored document."""

    collection: str
    key: str
    source: str
    content_hash: str
    fmt: str
    encoding: str
    size: int
    n_chunks: int
    ingested_at: float


@dataclass(frozen=True)
class ChunkRow:
    """One stored chunk as read back for search results."""

    chunk_id: str
    source: str
    locator: str
    heading: str
    page: int | None
    start: int
    end: int
    text: str
    sentences: tuple[tuple[int, int, tuple[str, ...]], ...]


class Storage:
    """Thin typed wrapper over the SQLite file (not thread-safe by itself)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def revision(self, collection: str) -> int:
        """A counter bumped by every change to the collection's chunks."""
        row = self._db.execute(
            "SELECT revision FROM collections WHERE name=?", (collection,)
        ).fetchone()
        return int(row[0]) if row else 0

    def _bump(self, collection: str) -> None:
        self._db.execute(
            "INSERT INTO collections(name, revision) VALUES (?, 1) "
            "ON CONFLICT(name) DO UPDATE SET revision = revision + 1",
            (collection,),
        )

    def get_document(self, collection: str, key: str) -> DocumentRow | None:
        """The stored document with this key, if any."""
        row = self._db.execute(
            "SELECT collection, key, source, content_hash, fmt, encoding, size, n_chunks, "
            "ingested_at FROM documents WHERE collection=? AND key=?",
            (collection, key),
        ).fetchone()
        return DocumentRow(*row) if row else None

    def list_documents(self, collection: str) -> list[DocumentRow]:
        """All documents of a collection, by source."""
        rows = self._db.execute(
            "SELECT collection, key, source, content_hash, fmt, encoding, size, n_chunks, "
            "ingested_at FROM documents WHERE collection=? ORDER BY source",
            (collection,),
        ).fetchall()
        return [DocumentRow(*r) for r in rows]

    def replace_document(
        self,
        doc: DocumentRow,
        chunks: Sequence[ChunkDraft],
        chunk_ids: Sequence[str],
        vec_keys: Sequence[str],
        text: str = "",
    ) -> None:
        """Atomically swap a document's chunks (and stored text) for new ones.

        The extracted ``text`` is kept so a citation can show its section after the
        original file (an upload's temporary copy) is gone; chunk offsets index it.
        """
        rows = [
            (
                cid,
                doc.collection,
                doc.key,
                doc.source,
                c.ord,
                c.start,
                c.end,
                c.locator,
                " > ".join(c.heading_path),
                c.page,
                c.text,
                " ".join(c.tokens),
                json.dumps(
                    [[s.start, s.end, " ".join(s.tokens)] for s in c.sentences], ensure_ascii=False
                ),
                vk,
            )
            for c, cid, vk in zip(chunks, chunk_ids, vec_keys, strict=True)
        ]
        with self._db:
            self._db.execute("BEGIN")
            self._db.execute(
                "DELETE FROM chunks WHERE collection=? AND key=?", (doc.collection, doc.key)
            )
            self._db.executemany("INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            self._db.execute(
                "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    doc.collection,
                    doc.key,
                    doc.source,
                    doc.content_hash,
                    doc.fmt,
                    doc.encoding,
                    doc.size,
                    len(rows),
                    time.time(),
                ),
            )
            self._db.execute(
                "INSERT OR REPLACE INTO doc_texts VALUES (?,?,?)", (doc.collection, doc.key, text)
            )
            self._bump(doc.collection)

    def delete_document(self, collection: str, key: str) -> bool:
        """Remove a document and its chunks; False when it was not there."""
        with self._db:
            self._db.execute("BEGIN")
            cur = self._db.execute(
                "DELETE FROM documents WHERE collection=? AND key=?", (collection, key)
            )
            self._db.execute("DELETE FROM chunks WHERE collection=? AND key=?", (collection, key))
            self._db.execute(
                "DELETE FROM doc_texts WHERE collection=? AND key=?", (collection, key)
            )
            if cur.rowcount:
                self._bump(collection)
        return cur.rowcount > 0

    def collection_tokens(self, collection: str) -> tuple[list[str], list[list[str]]]:
        """Chunk ids and their index tokens, in a stable order."""
        rows = self._db.execute(
            "SELECT chunk_id, tokens FROM chunks WHERE collection=? ORDER BY rowid",
            (collection,),
        ).fetchall()
        return [r[0] for r in rows], [r[1].split() for r in rows]

    def mentions(self, collection: str, word: str) -> bool:
        """Whether any chunk's text holds ``word`` verbatim (``%``/``_`` taken literally)."""
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        row = self._db.execute(
            "SELECT 1 FROM chunks WHERE collection=? AND text LIKE ? ESCAPE '\\' LIMIT 1",
            (collection, pattern),
        ).fetchone()
        return row is not None

    def chunks(self, chunk_ids: Iterable[str]) -> dict[str, ChunkRow]:
        """Chunks by id (missing ids are simply absent)."""
        ids = list(chunk_ids)
        out: dict[str, ChunkRow] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ",".join("?" * len(part))
            for r in self._db.execute(
                'SELECT chunk_id, source, locator, heading, page, start, "end", text, sentences '
                f"FROM chunks WHERE chunk_id IN ({marks})",
                part,
            ):
                sents = tuple((int(s), int(e), tuple(t.split())) for s, e, t in json.loads(r[8]))
                out[r[0]] = ChunkRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], sents)
        return out

    def chunk_context(self, chunk_id: str) -> tuple[ChunkRow, str] | None:
        """A chunk and the full stored text of its document (None when either is gone)."""
        row = self._db.execute(
            "SELECT c.collection, c.key FROM chunks c WHERE c.chunk_id=?", (chunk_id,)
        ).fetchone()
        if row is None:
            return None
        text = self._db.execute(
            "SELECT text FROM doc_texts WHERE collection=? AND key=?", (row[0], row[1])
        ).fetchone()
        chunk = self.chunks([chunk_id]).get(chunk_id)
        if text is None or chunk is None or not text[0]:
            return None
        return chunk, str(text[0])

    def pending_vectors(self) -> list[tuple[str, str]]:
        """(vec_key, text to embed) for every chunk whose vector is not cached yet."""
        rows = self._db.execute(
            "SELECT c.vec_key, c.heading, c.text FROM chunks c "
            "LEFT JOIN vectors v ON v.vec_key = c.vec_key WHERE v.vec_key IS NULL "
            "GROUP BY c.vec_key ORDER BY MIN(c.rowid)"
        ).fetchall()
        return [(r[0], f"{r[1]}\n{r[2]}" if r[1] else r[2]) for r in rows]

    def put_vectors(self, items: Sequence[tuple[str, FloatArray]]) -> None:
        """Cache vectors by key."""
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items],
            )

    def collection_vectors(self, collection: str) -> tuple[list[str], FloatArray | None]:
        """Chunk ids that have a cached vector, and those vectors as one matrix."""
        rows = self._db.execute(
            "SELECT c.chunk_id, v.vec FROM chunks c JOIN vectors v ON v.vec_key = c.vec_key "
            "WHERE c.collection=? ORDER BY c.rowid",
            (collection,),
        ).fetchall()
        if not rows:
            return [], None
        mat = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32)
        return [r[0] for r in rows], mat.reshape(len(rows), -1)

    def vector_count(self) -> int:
        """How many vectors are cached (a cheap change detector for dense matrices)."""
        return int(self._db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0])
