"""Which passages in the other language stand out for a question, by dense scores centred
per language.

Split from :mod:`tools.rag.crosslingual_dense` (which decides what such a passage may
answer, sentence by sentence) to keep both modules small; see its docstring for why the
scores are centred per language.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from tools.rag.dense import Embedder, FloatArray
from tools.rag.models import ExtractiveAnswer, Passage
from tools.rag.storage import ChunkRow
from tools.rag.textutil import language_of

__all__ = ["CrossMatch", "DenseView", "other_language_matches"]

# A language needs this many chunks before its spread means anything.
_MIN_CHUNKS_PER_LANGUAGE = 3
# Chunk languages by chunk id (a chunk's text never changes under its id).
_LANGUAGES: dict[str, str] = {}
_LANGUAGE_CACHE_SIZE = 100_000


class DenseView(Protocol):
    """What this module reads of a document store (``DocumentStore`` has it)."""

    dense: bool

    @property
    def embedder(self) -> Embedder: ...

    def dense_vectors(self, collection: str) -> tuple[list[str], FloatArray | None]: ...

    def query_vector(self, text: str) -> FloatArray: ...

    def chunks(self, chunk_ids: Iterable[str]) -> dict[str, ChunkRow]: ...

    def search(self, query: str, collection: str = ..., k: int = ...) -> list[Passage]: ...

    def unknown_terms(
        self, question: str, collection: str = ..., *, terms: Sequence[str] | None = ...
    ) -> list[str]: ...

    def extractive_answer(
        self, question: str, passages: Sequence[Passage], ignore: Collection[str] = ...
    ) -> ExtractiveAnswer: ...


@dataclass(frozen=True)
class CrossMatch:
    """A chunk in another language than the question, with its within-language z-score.

    ``own_language_z`` is the best z-score among the chunks in the question's own
    language: when that is higher, the question's answer is more likely in its own
    language, where the lexical path already looked. ``own_language_chunk_id`` names
    that chunk ("" when there is none), so the caller can weigh whether it could answer.
    """

    passage: Passage
    z_score: float
    own_language_z: float
    own_language_chunk_id: str = ""


def _languages(store: DenseView, ids: list[str]) -> list[str]:
    missing = [i for i in ids if i not in _LANGUAGES]
    if missing:
        if len(_LANGUAGES) + len(missing) > _LANGUAGE_CACHE_SIZE:
            _LANGUAGES.clear()
        for cid, row in store.chunks(missing).items():
            _LANGUAGES[cid] = language_of(row.text)
    return [_LANGUAGES.get(i, "") for i in ids]


def other_language_matches(
    store: DenseView, question: str, collection: str, *, n: int = 2, query: str | None = None
) -> list[CrossMatch]:
    """The chunks in the other language that stand out most for the question.

    Args:
        store: The document store (its dense vectors and query embedding are used).
        question: The user's question.
        collection: The collection to search.
        n: Most matches to return.
        query: The text embedded in the question's place (its word-by-word translation,
            see :func:`translated_matches`); the question still says which language is
            the other one.

    Returns:
        Up to ``n`` chunks whose language differs from the question's, best
        within-language z-score first; empty when dense search is off or not ready,
        or the collection has too few chunks in the other language.
    """
    if not store.dense:
        return []
    ids, matrix = store.dense_vectors(collection)
    if matrix is None or not ids:
        return []
    asked_in = language_of(question)
    langs = np.array(_languages(store, list(ids)))
    other = langs != asked_in
    if int(other.sum()) < _MIN_CHUNKS_PER_LANGUAGE:
        return []
    sims = matrix @ store.query_vector(question if query is None else query)
    z = np.full(sims.shape, -np.inf, dtype=np.float64)
    for lang in set(langs.tolist()):
        mask = langs == lang
        if int(mask.sum()) < _MIN_CHUNKS_PER_LANGUAGE:
            continue
        group = sims[mask]
        z[mask] = (group - group.mean()) / (group.std() + 1e-6)
    own = np.where(other, -np.inf, z)
    own_index = int(np.argmax(own)) if own.size else -1
    own_finite = own_index >= 0 and bool(np.isfinite(own[own_index]))
    own_best = float(own[own_index]) if own_finite else float("-inf")
    own_chunk_id = str(ids[own_index]) if own_finite else ""
    z[~other] = -np.inf
    # A stable sort: equal z-scores keep the collection's chunk order, run after run.
    order = [int(i) for i in np.argsort(-z, kind="stable") if np.isfinite(z[i])][:n]
    rows = store.chunks(ids[i] for i in order)
    # A chunk of the shared samples collection keeps that collection, so its citation
    # is labelled a sample like any other passage from it.
    shared = getattr(store, "shared", None)
    shared_ids = (
        set(store.dense_vectors(shared)[0])
        if isinstance(shared, str) and shared != collection
        else set()
    )
    out: list[CrossMatch] = []
    for i in order:
        row = rows.get(ids[i])
        if row is None:
            continue
        passage = Passage(
            chunk_id=row.chunk_id,
            source=row.source,
            locator=row.locator,
            text=row.text,
            score=float(sims[i]),
            dense_rank=None,
            collection=shared if ids[i] in shared_ids and shared else collection,
            heading=row.heading,
            page=row.page,
            start=row.start,
            end=row.end,
            sentences=row.sentences,
        )
        out.append(CrossMatch(passage, round(float(z[i]), 4), round(own_best, 4), own_chunk_id))
    return out
