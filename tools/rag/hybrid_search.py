"""Hybrid search over one collection: BM25 and dense vectors, fused.

The per-collection indexes are cached and rebuilt only when the collection's
revision (or, for vectors, the storage's vector generation) changes, so a search
after an ingest sees the new chunks and a search without one costs no rebuild.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tools.rag.crosslingual import TRANSLATION_WEIGHT, expand_terms, query_coverage
from tools.rag.dense import Embedder, FloatArray
from tools.rag.fusion import DEFAULT_METHOD, DENSE_WEIGHT, RRF_K, FusionMethod, fuse, top_ranks
from tools.rag.lexical import LexicalIndex
from tools.rag.models import Passage
from tools.rag.segmentation import rejoin_known_words
from tools.rag.storage import Storage
from tools.rag.textutil import tokenize

logger = logging.getLogger(__name__)

HANGUL_WORD = re.compile(r"[가-힣]{2,}")

_CANDIDATES = 50
_QUERY_VECTORS_KEPT = 256


def known_in(index: LexicalIndex) -> Callable[[str], bool]:
    """Whether the collection behind ``index`` holds a token."""
    return lambda token: index.document_frequency(token) > 0


@dataclass(frozen=True)
class FusionSettings:
    """How the lexical and dense rankings are combined (see :func:`tools.rag.fusion.fuse`)."""

    method: FusionMethod = DEFAULT_METHOD
    rrf_k: float = RRF_K
    dense_weight: float = DENSE_WEIGHT


class HybridSearch:
    """Cached per-collection indexes and the fused ranking over them.

    Args:
        root: The store's ``data_dir/rag`` folder; BM25 indexes persist below it.
        storage: The index storage.
        store_lock: The document store's lock, held around every storage call.
        embedder: The dense model that embeds queries.
        dense: Use dense vectors; ``False`` ranks by BM25 alone.
        fusion: How the two rankings are combined.
    """

    def __init__(
        self,
        root: Path,
        storage: Storage,
        store_lock: threading.RLock,
        embedder: Embedder,
        *,
        dense: bool,
        fusion: FusionSettings,
    ) -> None:
        self._root = root
        self._storage = storage
        self._lock = store_lock
        self._embedder = embedder
        self.dense = dense
        self.fusion = fusion
        self._lexical: dict[str, LexicalIndex] = {}
        self._dense_cache: dict[str, tuple[int, int, list[str], FloatArray | None]] = {}
        self._query_vectors: OrderedDict[str, FloatArray] = OrderedDict()

    def search(self, query: str, collection: str, k: int) -> list[Passage]:
        """Up to ``k`` passages of ``collection`` for ``query``, best first (inputs checked)."""
        with self._lock:
            lex = self.lexical_index(collection)
            dense_ids, matrix = self.dense_matrix(collection) if self.dense else ([], None)
        base_tokens = rejoin_known_words(query, tokenize(query), known_in(lex))
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
            sims = matrix @ self.query_vector(query)
            d_order = top_ranks(sims, n, positive_only=False)
            dense = [dense_ids[i] for i in d_order]
            dense_scores = [float(sims[i]) for i in d_order]
        fused = fuse(
            lexical,
            dense,
            method=self.fusion.method,
            lexical_scores=[float(lex_scores[i]) for i in lex_order],
            dense_scores=dense_scores,
            rrf_k=self.fusion.rrf_k,
            dense_weight=self.fusion.dense_weight,
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

    def lexical_index(self, collection: str) -> LexicalIndex:
        """The collection's BM25 index at its current revision (caller holds the store lock)."""
        revision = self._storage.revision(collection)
        cached = self._lexical.get(collection)
        if cached is not None and cached.revision == revision:
            return cached
        name = hashlib.sha1(collection.encode()).hexdigest()[:16]
        directory = self._root / "bm25" / (self._storage.cache_namespace + name)
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

    def dense_matrix(self, collection: str) -> tuple[list[str], FloatArray | None]:
        revision = self._storage.revision(collection)
        # Vectors another replica embedded count too, not only this process's.
        generation = self._storage.vector_revision()
        cached = self._dense_cache.get(collection)
        if cached is not None and cached[:2] == (revision, generation):
            return cached[2], cached[3]
        ids, matrix = self._storage.collection_vectors(collection)
        self._dense_cache[collection] = (revision, generation, ids, matrix)
        return ids, matrix

    def query_vector(self, query: str) -> FloatArray:
        with self._lock:
            hit = self._query_vectors.get(query)
        if hit is not None:
            return hit
        # Embedded outside the lock: the model is slow and other searches must not wait.
        vec = self._embedder.embed_query(query)
        with self._lock:
            self._query_vectors[query] = vec
            if len(self._query_vectors) > _QUERY_VECTORS_KEPT:
                self._query_vectors.popitem(last=False)
        return vec
