"""Ties in ranking are broken by fixed keys, so two runs over the same store rank alike."""

from __future__ import annotations

import numpy as np

from tools.rag.fusion import fuse, top_ranks


def test_equal_scores_rank_by_index() -> None:
    scores = np.array([0.5, 0.9, 0.5, 0.9], dtype=np.float32)
    assert top_ranks(scores, 4, positive_only=False) == [1, 3, 0, 2]


def test_fused_ties_fall_to_lexical_then_dense_rank_then_id() -> None:
    # Two chunks only the dense list holds, at one score: the dense rank decides,
    # whatever order the ids were handed over in.
    fused = fuse(
        ["a"],
        ["z", "y", "a"],
        method="weighted",
        lexical_scores=[1.0],
        dense_scores=[0.5, 0.5, 0.1],
    )
    assert [f.chunk_id for f in fused] == ["a", "z", "y"]
    again = fuse(
        ["a"],
        ["y", "z", "a"],
        method="weighted",
        lexical_scores=[1.0],
        dense_scores=[0.5, 0.5, 0.1],
    )
    assert [f.chunk_id for f in again] == ["a", "y", "z"]


def test_a_text_embeds_alike_alone_in_a_batch_and_again() -> None:
    # Measured for issue 11 (run-to-run flips): the engine's vectors do not depend on
    # the batch a text is embedded in nor on the call, so flips cannot come from it.
    from tools.rag.dense import E5Embedder

    embedder = E5Embedder()
    texts = ["도서관은 몇 시에 열어요?", "Bikes can be kept for up to 60 minutes per ride."]
    batch = embedder.embed_passages(texts)
    alone = embedder.embed_passages(texts[1:])
    assert np.array_equal(batch[1], alone[0])
    assert np.array_equal(embedder.embed_query(texts[0]), embedder.embed_query(texts[0]))
    assert np.array_equal(embedder.embed_queries(texts)[0], embedder.embed_query(texts[0]))
