"""Two document stores (two replicas) on one PostgreSQL index: vectors one embeds, both use."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from core.storage.scratch import scratch_schema
from tests.storage.pg_cluster import PgCluster
from tools.rag.dense import FloatArray
from tools.rag.store import DocumentStore


class KeywordEmbedder:
    """A tiny deterministic embedder: "car" texts and "automobile" queries share a direction."""

    model_id = "test:keyword-embedder"
    dimension = 2

    @staticmethod
    def _vec(hit: bool) -> FloatArray:
        return np.array([1.0, 0.0] if hit else [0.0, 1.0], dtype=np.float32)

    def embed_passages(self, texts: Sequence[str]) -> FloatArray:
        return np.stack([self._vec("car" in t) for t in texts])

    def embed_query(self, text: str) -> FloatArray:
        return self._vec("automobile" in text)


def test_vectors_embedded_by_one_replica_serve_the_other(
    tmp_path: Path, pg_cluster: PgCluster
) -> None:
    with scratch_schema(pg_cluster.url, "replica_index") as url:
        a = DocumentStore(tmp_path / "a", embedder=KeywordEmbedder(), storage_url=url)
        b = DocumentStore(tmp_path / "b", embedder=KeywordEmbedder(), storage_url=url)
        try:
            a.ingest_texts([("garage.md", "Park the car in bay four."),
                            ("menu.md", "Soup of the day is tomato.")])  # fmt: skip
            # No vectors yet: B finds nothing that only the dense side could find.
            assert [p.source for p in b.search("automobile")] == []
            assert a.embed_pending() == 2
            # A embedded; B, which embedded nothing, now finds it by meaning.
            assert [p.source for p in b.search("automobile")][:1] == ["garage.md"]
        finally:
            a.close()
            b.close()
