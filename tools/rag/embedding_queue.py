"""Dense vectors for stored chunks that have none yet, by hand or in a background thread.

Kept apart from :class:`tools.rag.store.DocumentStore` so the thread bookkeeping
(one worker at a time, a wake-up flag, a clean stop on close) lives in one place.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import numpy as np

from tools.rag.dense import Embedder
from tools.rag.storage import Storage

logger = logging.getLogger(__name__)

EmbedProgress = Callable[[int, int], None]


class EmbeddingQueue:
    """Embeds the chunks the storage lists as pending; optionally in a daemon thread.

    Args:
        storage: The index storage holding chunks and vectors.
        store_lock: The document store's lock; held only around storage calls so
            searches keep working while the model runs.
        embedder: The dense model.
    """

    def __init__(self, storage: Storage, store_lock: threading.RLock, embedder: Embedder) -> None:
        self._storage = storage
        self._store_lock = store_lock
        self._embedder = embedder
        self._embed_lock = threading.Lock()  # one embedding pass at a time
        self._thread_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._wanted = False
        self._closed = False

    def pending_count(self) -> int:
        """Chunks still waiting for a dense vector."""
        with self._store_lock:
            return len(self._storage.pending_vectors())

    def embed_pending(self, progress: EmbedProgress | None = None, batch_size: int = 16) -> int:
        """Embed every chunk that has no stored vector yet, batch by batch.

        Args:
            progress: Called as ``progress(done, total)`` after each batch.
            batch_size: Passages per model call.

        Returns:
            Number of passages embedded (fewer when the queue was closed meanwhile).
        """
        with self._embed_lock:
            with self._store_lock:
                pending = self._storage.pending_vectors()
            done = 0
            for i in range(0, len(pending), batch_size):
                if self._closed:
                    break
                batch = pending[i : i + batch_size]
                vecs = self._embedder.embed_passages([t for _, t in batch])
                with self._store_lock:
                    self._storage.put_vectors(
                        [(key, np.asarray(v)) for (key, _), v in zip(batch, vecs, strict=True)]
                    )
                done += len(batch)
                if progress is not None:
                    progress(done, len(pending))
            return done

    def start_background(self) -> None:
        """Make sure a background pass runs after this call (starts a thread if none is alive)."""
        with self._thread_lock:
            self._wanted = True
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._background_loop, name="rag-embed", daemon=True
                )
                self._thread.start()

    def _background_loop(self) -> None:
        # Loop while ingests keep asking, so chunks added during a pass get their turn.
        while True:
            with self._thread_lock:
                if not self._wanted or self._closed:
                    self._thread = None
                    return
                self._wanted = False
            try:
                self.embed_pending()
            except (RuntimeError, OSError, ValueError) as exc:
                logger.error("background embedding stopped: %s", exc)
                with self._thread_lock:
                    self._thread = None
                return

    def wait_idle(self, timeout: float | None = None) -> None:
        """Block until the background thread (if any) has finished, or ``timeout`` passes."""
        with self._thread_lock:
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def close(self) -> None:
        """Stop after the current batch and wait for the background thread."""
        self._closed = True
        self.wait_idle()
