"""One shared collection (the sample documents) that every workspace's search also sees.

The samples used to be ingested into each workspace, so removing them meant one
delete per workspace and every new workspace paid the indexing again. They now live
once, in the ``samples`` collection; a workspace search reads its own collection
and ``samples`` and merges them, and each passage keeps the collection it came from
(``Passage.collection``), so a citation can say it is a sample. Listing, uploads and
deletes still see one collection at a time: a workspace never lists or deletes the
samples as its own documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from tools.rag.dense import FloatArray
from tools.rag.models import Passage, RetrievedDocuments

SAMPLES_COLLECTION = "samples"


class SharedCollectionStore:
    """A document store whose workspace searches also read one shared collection.

    Every method not defined here is the wrapped store's (ingest, list, delete, ...).
    """

    def __init__(self, store: Any, shared: str = SAMPLES_COLLECTION) -> None:
        self._store = store
        self.shared = shared

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    @property
    def inner(self) -> Any:
        """The wrapped store."""
        return self._store

    def _with_shared(self, collection: str) -> bool:
        return collection != self.shared and bool(self._store.list_documents(self.shared))

    def search(self, query: str, collection: str = "default", k: int = 5) -> list[Passage]:
        """The best ``k`` passages of ``collection`` and the shared collection together.

        Both lists are fused the same way (max-normalised scores scaled by the query's
        lexical coverage), so their scores are compared directly; on a tie the
        workspace's own passage comes first.
        """
        own: list[Passage] = self._store.search(query, collection, k)
        if not self._with_shared(collection):
            return own
        shared: list[Passage] = self._store.search(query, self.shared, k)
        ranked = sorted(
            [(p, 0) for p in own] + [(p, 1) for p in shared],
            key=lambda pair: (-pair[0].score, pair[1]),
        )
        return [p for p, _ in ranked[:k]]

    def retrieve_documents(
        self, query: str, collection: str = "default", k: int = 5
    ) -> RetrievedDocuments:
        """Search both collections and number the passages as citations ``[1]..[k]``."""
        return RetrievedDocuments.numbered(query, collection, self.search(query, collection, k))

    def unknown_terms(
        self, question: str, collection: str = "default", *, terms: Sequence[str] | None = None
    ) -> list[str]:
        """Terms neither ``collection`` nor the shared collection contains."""
        missing: list[str] = self._store.unknown_terms(question, collection, terms=terms)
        if not missing or not self._with_shared(collection):
            return missing
        also = set(self._store.unknown_terms(question, self.shared, terms=terms))
        return [t for t in missing if t in also]

    def dense_vectors(self, collection: str) -> tuple[list[str], FloatArray | None]:
        """The dense vectors of ``collection`` and the shared collection, stacked.

        The cross-lingual path (``tools.rag.crosslingual_dense``) ranks chunks of both,
        as search does: the English sample FAQ answers a Korean question in any workspace.
        """
        ids, matrix = self._store.dense_vectors(collection)
        if not self._with_shared(collection):
            return ids, matrix
        shared_ids, shared = self._store.dense_vectors(self.shared)
        if shared is None or not shared_ids:
            return ids, matrix
        if matrix is None or not ids:
            return shared_ids, shared
        return [*ids, *shared_ids], np.vstack([matrix, shared])

    def dense_version(self, collection: str) -> str:
        """The version of :meth:`dense_vectors`: the collection's, and the shared one's."""
        own: str = self._store.dense_version(collection)
        if not self._with_shared(collection):
            return own
        return f"{own}+{self._store.dense_version(self.shared)}"
