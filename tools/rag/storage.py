"""Index persistence: documents, chunks, embedding cache and collection revisions.

A SQLite file under ``data_dir/rag/`` by default, or PostgreSQL tables when the
storage URL says so (``core.storage``; replicas then share one index). Callers
serialise access (the store holds a lock). Vectors are cached by a hash of model
id + embedded text, so the same text is never embedded twice, whichever document
or collection it reappears in. Ranking (BM25 and dense) happens in the process over
what is read here, so both backends rank identically.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from core.storage import (
    Database,
    Session,
    SqliteDatabase,
    is_postgres,
    migrate,
    open_database,
)
from tools.rag.chunking import ChunkDraft
from tools.rag_schema import SCHEMA

# The revision row counting vector writes ("" is never a valid collection name).
_VECTORS = ""
_DOCUMENT_COLUMNS = (
    "collection, key, source, content_hash, fmt, encoding, size, n_chunks, ingested_at"
)
_CHUNK_COLUMNS = (
    'chunk_id, collection, key, source, ord, start, "end", locator, heading, page, text, '
    "tokens, sentences, vec_key"
)

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


@dataclass(frozen=True)
class DocumentWrite:
    """One document to store with its chunks (see ``Storage.replace_documents``)."""

    doc: DocumentRow
    chunks: Sequence[ChunkDraft]
    chunk_ids: Sequence[str]
    vec_keys: Sequence[str]
    text: str = ""


def _chunk_rows(write: DocumentWrite) -> list[tuple[object, ...]]:
    doc = write.doc
    return [
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
        for c, cid, vk in zip(write.chunks, write.chunk_ids, write.vec_keys, strict=True)
    ]


class Storage:
    """Thin typed wrapper over the index tables (not thread-safe by itself).

    Args:
        target: the SQLite file, or a ``core.storage`` database (PostgreSQL).
    """

    def __init__(self, target: Path | Database) -> None:
        self._owns_db = isinstance(target, Path)
        self._db = SqliteDatabase(target, wal=True) if isinstance(target, Path) else target
        self._order = "rowid" if self._db.backend == "sqlite" else "seq"
        migrate(self._db, SCHEMA)

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self._db.backend

    @property
    def cache_namespace(self) -> str:
        """A prefix for on-disk caches derived from this index ("" for the SQLite file).

        Revisions count per database: a BM25 file saved at revision 5 of one database
        must not be loaded for revision 5 of another (a switched ``storage_url``).
        """
        if self._db.backend == "sqlite":
            return ""
        return hashlib.sha1(self._db.describe().encode()).hexdigest()[:12] + "-"

    def close(self) -> None:
        """Close its own SQLite file; a shared PostgreSQL pool stays open."""
        if self._owns_db:
            self._db.close()

    def vector_revision(self) -> int:
        """A counter bumped by every ``put_vectors``, whichever process embedded them.

        Kept as the revision of the collection named "" (never a valid collection name),
        so a replica sees vectors another replica filled in without re-reading them all.
        """
        return self.revision(_VECTORS)

    def revision(self, collection: str) -> int:
        """A counter bumped by every change to the collection's chunks."""
        with self._db.session() as db:
            row = db.execute(
                "SELECT revision FROM collections WHERE name=?", (collection,)
            ).fetchone()
        return int(row[0]) if row else 0

    @staticmethod
    def _bump(db: Session, collection: str) -> None:
        db.execute(
            "INSERT INTO collections(name, revision) VALUES (?, 1) "
            "ON CONFLICT(name) DO UPDATE SET revision = collections.revision + 1",
            (collection,),
        )

    def get_document(self, collection: str, key: str) -> DocumentRow | None:
        """The stored document with this key, if any."""
        with self._db.session() as db:
            row = db.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE collection=? AND key=?",
                (collection, key),
            ).fetchone()
        return DocumentRow(*row) if row else None

    def list_documents(self, collection: str) -> list[DocumentRow]:
        """All documents of a collection, by source."""
        with self._db.session() as db:
            rows = db.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE collection=? ORDER BY source",
                (collection,),
            ).fetchall()
        return [DocumentRow(*r) for r in rows]

    def get_documents(self, collection: str, keys: Sequence[str]) -> dict[str, DocumentRow]:
        """The stored documents among ``keys``, by key, in one round trip per 500 keys."""
        found: dict[str, DocumentRow] = {}
        with self._db.session() as db:
            for i in range(0, len(keys), 500):
                part = list(keys[i : i + 500])
                marks = ",".join("?" * len(part))
                rows = db.execute(
                    f"SELECT {_DOCUMENT_COLUMNS} FROM documents "
                    f"WHERE collection=? AND key IN ({marks})",
                    (collection, *part),
                ).fetchall()
                found.update((str(r[1]), DocumentRow(*r)) for r in rows)
        return found

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
        self.replace_documents([DocumentWrite(doc, chunks, chunk_ids, vec_keys, text)])

    def replace_documents(self, writes: Sequence[DocumentWrite]) -> None:
        """``replace_document`` for many documents in one transaction.

        Each statement runs once for the whole batch (``executemany``, which psycopg
        pipelines), and there is one commit: on PostgreSQL a transaction per document
        cost several round trips and a WAL flush each, which made indexing there ~7x
        slower than into the SQLite file.
        """
        # The same document twice in one batch: the later one wins, as it would one by one.
        writes = list({(w.doc.collection, w.doc.key): w for w in writes}.values())
        if not writes:
            return
        now = time.time()
        with self._db.session(exclusive=True) as db:
            db.executemany(
                "DELETE FROM chunks WHERE collection=? AND key=?",
                [(w.doc.collection, w.doc.key) for w in writes],
            )
            db.executemany(
                f"INSERT INTO chunks ({_CHUNK_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [row for w in writes for row in _chunk_rows(w)],
            )
            db.executemany(
                f"INSERT INTO documents ({_DOCUMENT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT (collection, key) DO UPDATE SET source = excluded.source, "
                "content_hash = excluded.content_hash, fmt = excluded.fmt, "
                "encoding = excluded.encoding, size = excluded.size, "
                "n_chunks = excluded.n_chunks, ingested_at = excluded.ingested_at",
                [(*astuple(w.doc)[:7], len(w.chunks), now) for w in writes],
            )
            db.executemany(
                "INSERT INTO doc_texts (collection, key, text) VALUES (?,?,?) "
                "ON CONFLICT (collection, key) DO UPDATE SET text = excluded.text",
                [(w.doc.collection, w.doc.key, w.text) for w in writes],
            )
            for collection in dict.fromkeys(w.doc.collection for w in writes):
                self._bump(db, collection)

    def delete_document(self, collection: str, key: str) -> bool:
        """Remove a document and its chunks; False when it was not there."""
        with self._db.session(exclusive=True) as db:
            removed = db.execute(
                "DELETE FROM documents WHERE collection=? AND key=?", (collection, key)
            ).rowcount
            db.execute("DELETE FROM chunks WHERE collection=? AND key=?", (collection, key))
            db.execute("DELETE FROM doc_texts WHERE collection=? AND key=?", (collection, key))
            if removed:
                self._bump(db, collection)
        return removed > 0

    def collection_tokens(self, collection: str) -> tuple[list[str], list[list[str]]]:
        """Chunk ids and their index tokens, in a stable order."""
        with self._db.session() as db:
            rows = db.execute(
                f"SELECT chunk_id, tokens FROM chunks WHERE collection=? ORDER BY {self._order}",
                (collection,),
            ).fetchall()
        return [r[0] for r in rows], [r[1].split() for r in rows]

    def mentions(self, collection: str, word: str) -> bool:
        """Whether any chunk's text holds ``word`` verbatim (``%``/``_`` taken literally)."""
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        with self._db.session() as db:
            row = db.execute(
                "SELECT 1 FROM chunks WHERE collection=? AND text LIKE ? ESCAPE '\\' LIMIT 1",
                (collection, pattern),
            ).fetchone()
        return row is not None

    def chunks(self, chunk_ids: Iterable[str]) -> dict[str, ChunkRow]:
        """Chunks by id (missing ids are simply absent)."""
        ids = list(chunk_ids)
        out: dict[str, ChunkRow] = {}
        with self._db.session() as db:
            for i in range(0, len(ids), 500):
                part = ids[i : i + 500]
                marks = ",".join("?" * len(part))
                for r in db.execute(
                    'SELECT chunk_id, source, locator, heading, page, start, "end", text, '
                    f"sentences FROM chunks WHERE chunk_id IN ({marks})",
                    part,
                ):
                    sents = tuple(
                        (int(s), int(e), tuple(t.split())) for s, e, t in json.loads(r[8])
                    )
                    out[r[0]] = ChunkRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], sents)
        return out

    def document_text(self, chunk_id: str) -> str | None:
        """The full stored text of the document holding a chunk, in one query.

        ``None`` when the chunk or its document's text is gone.
        """
        with self._db.session() as db:
            row = db.execute(
                "SELECT d.text FROM chunks c JOIN doc_texts d "
                "ON d.collection = c.collection AND d.key = c.key WHERE c.chunk_id=?",
                (chunk_id,),
            ).fetchone()
        return str(row[0]) if row is not None and row[0] else None

    def chunk_context(self, chunk_id: str) -> tuple[ChunkRow, str] | None:
        """A chunk and the full stored text of its document (None when either is gone)."""
        text = self.document_text(chunk_id)
        chunk = self.chunks([chunk_id]).get(chunk_id) if text is not None else None
        return None if chunk is None or text is None else (chunk, text)

    def pending_vectors(self) -> list[tuple[str, str]]:
        """(vec_key, text to embed) for every chunk whose vector is not cached yet."""
        with self._db.session() as db:
            rows = db.execute(
                "SELECT c.vec_key, MIN(c.heading), MIN(c.text) FROM chunks c "
                "LEFT JOIN vectors v ON v.vec_key = c.vec_key WHERE v.vec_key IS NULL "
                f"GROUP BY c.vec_key ORDER BY MIN(c.{self._order})"
            ).fetchall()
        return [(r[0], f"{r[1]}\n{r[2]}" if r[1] else r[2]) for r in rows]

    def put_vectors(self, items: Sequence[tuple[str, FloatArray]]) -> None:
        """Cache vectors by key."""
        with self._db.session(exclusive=True) as db:
            db.executemany(
                "INSERT INTO vectors (vec_key, vec) VALUES (?, ?) "
                "ON CONFLICT (vec_key) DO UPDATE SET vec = excluded.vec",
                [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items],
            )
            self._bump(db, _VECTORS)

    def collection_vectors(self, collection: str) -> tuple[list[str], FloatArray | None]:
        """Chunk ids that have a cached vector, and those vectors as one matrix."""
        with self._db.session() as db:
            rows = db.execute(
                "SELECT c.chunk_id, v.vec FROM chunks c JOIN vectors v ON v.vec_key = c.vec_key "
                f"WHERE c.collection=? ORDER BY c.{self._order}",
                (collection,),
            ).fetchall()
        if not rows:
            return [], None
        mat = np.frombuffer(b"".join(bytes(r[1]) for r in rows), dtype=np.float32)
        return [r[0] for r in rows], mat.reshape(len(rows), -1)

    def vector_count(self) -> int:
        """How many vectors are cached (a cheap change detector for dense matrices)."""
        with self._db.session() as db:
            return int(db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0])


def open_index_storage(root: Path, storage_url: str | None = None) -> Storage:
    """The index of a document store: ``root/rag.sqlite3``, or PostgreSQL by URL."""
    if is_postgres(storage_url):
        return Storage(open_database(storage_url, root, "rag.sqlite3"))
    return Storage(root / "rag.sqlite3")
