"""The e5 engine's OpenMP threads limited for one block, and restored after it."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from tools.rag.dense import E5Embedder, _E5Holder
from tools.rag.openmp_threads import openmp_threads


class _FakeOpenMP:
    """Records the thread counts set, as libgomp's two functions would see them."""

    def __init__(self, threads: int) -> None:
        self.threads = threads
        self.set_calls: list[int] = []

    def omp_get_max_threads(self) -> int:
        return self.threads

    def omp_set_num_threads(self, n: int) -> None:
        self.set_calls.append(n)
        self.threads = n


def test_the_block_runs_on_the_threads_asked_and_the_count_comes_back() -> None:
    engine = _FakeOpenMP(threads=4)
    with openmp_threads(engine, 1):
        assert engine.threads == 1
    assert engine.threads == 4
    assert engine.set_calls == [1, 4]


def test_the_count_comes_back_when_the_block_raises() -> None:
    engine = _FakeOpenMP(threads=2)
    with pytest.raises(RuntimeError), openmp_threads(engine, 1):
        raise RuntimeError("encoder failed")
    assert engine.threads == 2


def test_never_fewer_than_one_thread() -> None:
    engine = _FakeOpenMP(threads=2)
    with openmp_threads(engine, 0):
        assert engine.threads == 1


def test_an_engine_without_openmp_runs_the_block_as_is() -> None:
    ran = []
    with openmp_threads(object(), 1):
        ran.append(True)
    with openmp_threads(None, 1):
        ran.append(True)
    assert ran == [True, True]


def test_the_real_engine_embeds_alike_on_one_thread_and_leaves_others_parallel() -> None:
    embedder = E5Embedder()
    text = "혈액 검사 결과는 며칠 걸려요? How long do blood test results take?"
    default = embedder.embed_query(text)
    single = embedder.embed_query_single_thread(text)
    # Each output row is computed by one thread either way: the same vector.
    np.testing.assert_allclose(single, default, rtol=0, atol=1e-6)
    lib = _E5Holder.get()._lib
    before = int(lib.omp_get_max_threads())
    seen: list[int] = []

    def other_thread() -> None:
        # libgomp keeps the count per thread: one thread's limit is not another's.
        with openmp_threads(lib, 1):
            seen.append(int(lib.omp_get_max_threads()))

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert seen == [1]
    assert int(lib.omp_get_max_threads()) == before


class _FakeModel:
    """An engine handle and a ``query`` that notes the thread count it ran with."""

    def __init__(self) -> None:
        self._lib = _FakeOpenMP(threads=2)
        self.ran_with: list[int] = []

    def query(self, text: str) -> list[float]:
        self.ran_with.append(self._lib.threads)
        return [0.0] * 384


def test_the_single_thread_query_runs_on_one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    model = _FakeModel()
    monkeypatch.setattr(_E5Holder, "get", classmethod(lambda cls: model))
    embedder = E5Embedder()
    embedder.embed_query_single_thread("short head")
    embedder.embed_query("a document search query")
    assert model.ran_with == [1, 2]
    assert model._lib.threads == 2
