"""Fixtures for the bench tests: passage vectors shared by the workload runs of one session."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import pytest

from bench.workload import server_pool
from tools.rag.dense import E5Embedder, FloatArray

# Text -> its e5 passage vector, filled by every test that uses ``shared_passage_vectors``.
_PASSAGE_VECTORS: dict[str, FloatArray] = {}
# A whole case file on the real servers takes about 3 minutes on a quiet 2-core machine,
# near the suite's 300 s hang limit: under load (a parallel run, another job) one timed out
# with nothing hung. Such a run gets this limit instead; a real hang is still caught.
_CASE_FILE_TIMEOUT_S = 900


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give the slow tests that run whole case files a hang limit that fits them."""
    for item in items:
        whole_file = item.get_closest_marker("slow") and item.path.name.startswith("test_workload_")
        if whole_file and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(_CASE_FILE_TIMEOUT_S))


@pytest.fixture(scope="session", autouse=True)
def forked_workload_servers() -> Iterator[None]:
    """Start the workload's Python MCP servers as forks of one preloaded interpreter.

    A worker runs some thirty workload runs, each starting the suite's five Python stdio
    servers; every start imported the ``mcp`` SDK again (about 0.7 s of CPU each). The
    servers stay real processes on real pipes (``bench.workload.server_pool``).
    """
    server_pool.enable()
    yield
    server_pool.disable()


@pytest.fixture
def shared_passage_vectors(monkeypatch: pytest.MonkeyPatch) -> dict[str, FloatArray]:
    """Embed each passage text once per session, however many stores embed it.

    Every ``run_workload`` builds a fresh data folder and embeds the samples and the
    suite's documents again (about 5 s of CPU each time). The e5 engine gives a text
    the same vector whatever batch it comes in (tests/bench/test_shared_vectors.py
    checks it), so handing back the vector computed by an earlier run changes nothing
    the run sees: the store still ingests, chunks and stores every vector itself.
    """
    original = E5Embedder.embed_passages

    def embed_passages(self: E5Embedder, texts: Sequence[str]) -> FloatArray:
        missing = [text for text in dict.fromkeys(texts) if text not in _PASSAGE_VECTORS]
        if missing:
            for text, vector in zip(missing, original(self, missing), strict=True):
                _PASSAGE_VECTORS[text] = vector
        if not texts:
            return original(self, texts)
        return np.vstack([_PASSAGE_VECTORS[text] for text in texts])

    monkeypatch.setattr(E5Embedder, "embed_passages", embed_passages)
    return _PASSAGE_VECTORS
