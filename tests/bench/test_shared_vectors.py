"""The workload runs' shared passage and query vectors and Kiwi tokens are the engines' own."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from tests.bench.conftest import SharedKiwiTokens
from tools.rag import textutil
from tools.rag.dense import E5Embedder, FloatArray

# The engine's own methods, before a test shares them.
_ORIGINAL_QUERY = E5Embedder.embed_query
_ORIGINAL_THREAD = E5Embedder.embed_query_single_thread
_ORIGINAL_QUERIES = E5Embedder.embed_queries

TEXTS = [
    "주차장은 지하 2층에 있고 첫 30분은 무료예요.",
    "Returns are accepted within 14 days with the receipt.",
    "ok",
    "회의실 예약은 하루 전까지 해 주세요. " * 30,
]


@pytest.mark.parametrize("method", ["embed_passages", "embed_queries"])
def test_a_text_gets_the_same_vector_in_any_batch(method: str) -> None:
    # What makes sharing safe: the engine's vector of a text does not depend on its batch
    # (as a passage, or as a query of a batch).
    embed = getattr(E5Embedder(), method)
    together = embed(TEXTS)
    one_by_one = np.vstack([embed([text]) for text in TEXTS])
    reversed_batch = embed(TEXTS[::-1])[::-1]
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


def _kiwi_rows(tokens: list[Any]) -> list[tuple[object, ...]]:
    return [(t.form, t.tag, t.start, t.len, t.score) for t in tokens]


def test_a_text_gets_the_same_kiwi_tokens_alone_or_in_a_batch() -> None:
    # What makes sharing Kiwi's tokens safe: a batch is split over threads, text by text.
    kiwi = textutil.get_kiwi()
    alone = [kiwi.tokenize(text, split_sents=True) for text in TEXTS]
    batch = list(kiwi.tokenize(TEXTS[::-1], split_sents=True))[::-1]
    assert [[_kiwi_rows(s) for s in t] for t in alone] == [
        [_kiwi_rows(s) for s in t] for t in batch
    ]


@pytest.mark.usefixtures("shared_passage_vectors")
def test_shared_queries_and_tokens_are_the_engines() -> None:
    engine = E5Embedder()
    kiwi = textutil.get_kiwi()
    assert isinstance(kiwi, SharedKiwiTokens)
    for _ in range(2):  # made, then shared
        for text in TEXTS:
            query = engine.embed_query(text)
            assert np.array_equal(query, _ORIGINAL_QUERY(engine, text))
            query[:] = 0  # a caller's change stays its own
            assert np.array_equal(
                engine.embed_query_single_thread(text), _ORIGINAL_THREAD(engine, text)
            )
        batch = engine.embed_queries([TEXTS[1], TEXTS[0], TEXTS[1]])
        assert np.array_equal(batch, _ORIGINAL_QUERIES(engine, [TEXTS[1], TEXTS[0], TEXTS[1]]))
        assert engine.embed_queries([]).shape == (0, 384)
        plain = kiwi._kiwi
        for text in TEXTS:
            assert _kiwi_rows(kiwi.tokenize(text)) == _kiwi_rows(plain.tokenize(text))
        shared = kiwi.tokenize([TEXTS[0], TEXTS[1], TEXTS[0]], split_sents=True)
        expected = list(plain.tokenize([TEXTS[0], TEXTS[1], TEXTS[0]], split_sents=True))
        assert [[_kiwi_rows(s) for s in t] for t in shared] == [
            [_kiwi_rows(s) for s in t] for t in expected
        ]
        shared[0].clear()  # a caller's change stays its own
    # Other options go to Kiwi itself.
    assert _kiwi_rows(kiwi.tokenize(TEXTS[0], normalize_coda=True)) == _kiwi_rows(
        plain.tokenize(TEXTS[0], normalize_coda=True)
    )
