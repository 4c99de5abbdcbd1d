"""One turn at a time per thread: file locks on SQLite setups, advisory locks on PostgreSQL."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from core.storage.advisory_locks import AdvisoryThreadLocks
from core.thread_lock import FileThreadLocks, ThreadBusyError, ThreadLocks
from tests.storage.pg_cluster import PgCluster


def _locks(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> ThreadLocks:
    if backend == "sqlite":
        return FileThreadLocks(tmp_path / "locks", wait_s=0.3)
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    return AdvisoryThreadLocks(cluster.url, wait_s=0.3)


def test_a_held_thread_refuses_a_second_turn_and_frees_after(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    # Two lock objects, as two replicas would have; only the database (or files) is shared.
    first, second = _locks(backend, tmp_path, request), _locks(backend, tmp_path, request)
    held, release = threading.Event(), threading.Event()

    def turn() -> None:
        with first.hold("thread-1"):
            held.set()
            release.wait(30)

    worker = threading.Thread(target=turn)
    worker.start()
    assert held.wait(30)
    with pytest.raises(ThreadBusyError, match="still answering"), second.hold("thread-1"):
        pass
    with second.hold("thread-2"):  # another conversation is not held up
        pass
    release.set()
    worker.join(30)
    with second.hold("thread-1"):  # free once the first turn ended
        pass
