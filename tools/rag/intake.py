"""Reading, parsing and storing files and texts for :class:`tools.rag.store.DocumentStore`.

The store owns the indexes; this part owns everything between a path and stored
chunks: the folder walk (symlink checks), size-limited reads, the parser worker
with its limits, and replacing a document's chunks. Every file ends in one
:class:`FileResult`, whatever went wrong with it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from tools.rag import ingest as files
from tools.rag.chunking import ChunkDraft, chunk_documents
from tools.rag.decode import FileRejected
from tools.rag.dense import vector_key
from tools.rag.limits import IngestLimits
from tools.rag.models import FileResult
from tools.rag.parsers import ParsedDocument, markdown_sections
from tools.rag.sandbox import ParserWorker
from tools.rag.storage import DocumentRow, DocumentWrite, Storage

IngestProgress = Callable[[int, int, str], None]

_BATCH_FILES = 32


class Intake:
    """Turns paths and texts into stored documents, one result per file.

    Args:
        storage: The store's database (access serialised by ``lock``).
        lock: The store's lock.
        limits: Per-file limits.
        model_id: Embedding model id (part of each chunk's vector key).
    """

    def __init__(
        self, storage: Storage, lock: threading.RLock, limits: IngestLimits, model_id: str
    ) -> None:
        self._storage = storage
        self._lock = lock
        self.limits = limits
        self._model_id = model_id
        self._parser = ParserWorker(limits)

    def ingest_path(
        self, path: Path, collection: str, progress: IngestProgress | None = None
    ) -> list[FileResult]:
        """Every file under ``path`` (or the file itself): added, updated, unchanged or rejected.

        Raises:
            ToolInputError: the path does not exist.
        """
        entries = files.iter_entries(Path(path), contain_symlinks=self.limits.contain_symlinks)
        results: list[FileResult] = []
        for i in range(0, len(entries), _BATCH_FILES):
            batch: list[tuple[str, str, str, int, ParsedDocument]] = []
            for entry in entries[i : i + _BATCH_FILES]:
                source = files.display_source(entry.path)
                try:
                    item = self._read_entry(entry, source, collection)
                    if isinstance(item, FileResult):
                        results.append(item)
                    else:
                        batch.append(item)
                except FileRejected as exc:
                    results.append(FileResult(source=source, status="rejected", reason=exc.reason))
                if progress is not None:
                    progress(len(results) + len(batch), len(entries), source)
            results.extend(self._store_parsed(collection, batch))
        return results

    def _read_entry(
        self, entry: files.FileEntry, source: str, collection: str
    ) -> FileResult | tuple[str, str, str, int, ParsedDocument]:
        """An ``unchanged`` result, or the parsed file ready to store (raises FileRejected)."""
        if entry.target is None:
            raise FileRejected(entry.refused)
        key = files.document_key(entry.target)
        data = files.read_limited(entry.target, self.limits.max_file_bytes)
        digest = files.content_hash(data)
        with self._lock:
            old = self._storage.get_document(collection, key)
        if old is not None and old.content_hash == digest:
            return FileResult(source=source, status="unchanged", chunks=old.n_chunks)
        return source, key, digest, len(data), self._parser.parse(entry.path.name, data)

    def ingest_texts(
        self, items: Sequence[tuple[str, str]], collection: str, markdown: bool
    ) -> list[FileResult]:
        """In-memory ``(source, text)`` pairs, stored like files."""
        results: list[FileResult] = []
        batch: list[tuple[str, str, str, int, ParsedDocument]] = []
        with self._lock:  # one query for all (a round trip each is slow on PostgreSQL)
            stored = self._storage.get_documents(collection, [source for source, _ in items])
        for source, text in items:
            data = text.encode("utf-8")
            digest = files.content_hash(data)
            old = stored.get(source)
            if old is not None and old.content_hash == digest:
                results.append(FileResult(source=source, status="unchanged", chunks=old.n_chunks))
            elif not text.strip():
                results.append(FileResult(source=source, status="rejected", reason="empty text"))
            else:
                parsed = ParsedDocument(
                    text,
                    markdown_sections(text, headings=markdown),
                    "md" if markdown else "txt",
                    "utf-8",
                )
                batch.append((source, source, digest, len(data), parsed))
        for i in range(0, len(batch), 256):
            results.extend(self._store_parsed(collection, batch[i : i + 256]))
        return results

    def _store_parsed(
        self, collection: str, batch: list[tuple[str, str, str, int, ParsedDocument]]
    ) -> list[FileResult]:
        if not batch:
            return []
        chunked = chunk_documents([b[4] for b in batch])
        # In batch order: a rejection stays where its file was.
        planned: list[FileResult | DocumentWrite] = []
        for (source, key, digest, size, parsed), chunks in zip(batch, chunked, strict=True):
            if not chunks:
                reason = "no text to index after extraction"
                planned.append(FileResult(source=source, status="rejected", reason=reason))
                continue
            ids, vkeys = self._ids(collection, key, chunks)
            doc = DocumentRow(
                collection, key, source, digest, parsed.fmt, parsed.encoding, size, len(chunks), 0.0
            )
            planned.append(DocumentWrite(doc, chunks, ids, vkeys, parsed.text))
        writes = [p for p in planned if isinstance(p, DocumentWrite)]
        with self._lock:
            # One transaction for the batch: on PostgreSQL each commit is a WAL flush.
            existed = self._storage.get_documents(collection, [w.doc.key for w in writes])
            self._storage.replace_documents(writes)
        return [
            p
            if isinstance(p, FileResult)
            else FileResult(
                source=p.doc.source,
                status="updated" if p.doc.key in existed else "added",
                chunks=len(p.chunks),
            )
            for p in planned
        ]

    def _ids(
        self, collection: str, key: str, chunks: list[ChunkDraft]
    ) -> tuple[list[str], list[str]]:
        model_id = self._model_id
        ids = [files.chunk_id(collection, key, c.ord, c.text) for c in chunks]
        return ids, [vector_key(model_id, c.index_text) for c in chunks]

    def close(self) -> None:
        """Stop the parser worker process."""
        self._parser.close()
