"""The workload runs' shared passage vectors are the vectors the e5 engine gives."""

from __future__ import annotations

import numpy as np

from tools.rag.dense import E5Embedder, FloatArray

TEXTS = [
    "주차장은 지하 2층에 있고 첫 30분은 무료예요.",
    "Returns are accepted within 14 days with the receipt.",
    "ok",
    "회의실 예약은 하루 전까지 해 주세요. " * 30,
]


def test_a_text_gets_the_same_vector_in_any_batch() -> None:
    # What makes sharing safe: the engine's vector of a text does not depend on its batch.
    embedder = E5Embedder()
    together = embedder.embed_passages(TEXTS)
    one_by_one = np.vstack([embedder.embed_passages([text]) for text in TEXTS])
    reversed_batch = embedder.embed_passages(TEXTS[::-1])[::-1]
    assert np.array_equal(together, one_by_one)
    assert np.array_equal(together, reversed_batch)


def test_shared_vectors_embed_each_text_once_and_give_the_engine_vectors(
    shared_passage_vectors: dict[str, FloatArray],
) -> None:
    # Texts of this test's own, in no document: earlier runs' vectors stay shared.
    assert not set(TEXTS) & set(shared_passage_vectors)
    engine = E5Embedder()
    first = engine.embed_passages(TEXTS[:2])
    assert set(TEXTS) & set(shared_passage_vectors) == set(TEXTS[:2])
    # A later store asking again (with a new text among them) gets equal vectors, in order.
    again = engine.embed_passages([TEXTS[1], TEXTS[2], TEXTS[0], TEXTS[1]])
    assert set(TEXTS) & set(shared_passage_vectors) == set(TEXTS[:3])
    assert np.array_equal(again[0], first[1]) and np.array_equal(again[2], first[0])
    assert np.array_equal(again[3], first[1])
    assert again.shape == (4, 384) and again.dtype == np.float32
    assert engine.embed_passages([]).shape == (0, 384)
