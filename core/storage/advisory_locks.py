"""One turn at a time per conversation across app replicas: PostgreSQL advisory locks.

``core.thread_lock.FileThreadLocks`` serialises the processes of one machine; replicas
on several machines sharing PostgreSQL need a lock they all see. This is the same
``ThreadLocks`` interface on ``pg_try_advisory_lock``: the lock belongs to a database
session, so it dies with a crashed replica's connection and never stays held.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from core.storage.url import split_schema
from core.thread_lock import DEFAULT_WAIT_S, ThreadBusyError

_FIRST_POLL_S = 0.02
_MAX_POLL_S = 0.25


def lock_key(thread_id: str) -> int:
    """The signed 64-bit advisory-lock key of a thread (the same in every replica)."""
    digest = hashlib.sha256(f"switchyard:thread:{thread_id}".encode("utf-8", "surrogatepass"))
    return int.from_bytes(digest.digest()[:8], "big", signed=True)


def _try_lock(conn: Any, key: int) -> bool:  # conn: a psycopg.Connection (imported lazily)
    row = conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()
    return bool(row and row[0])


class AdvisoryThreadLocks:
    """``ThreadLocks`` on PostgreSQL advisory locks.

    Each hold opens its own connection rather than borrowing one from the stores' pool:
    a turn holds its lock for its whole length, and turns holding every pooled
    connection would starve the stores the turn itself needs.

    Args:
        url: the storage URL (``?schema=`` is ignored: the locks are database-wide).
        wait_s: how long a turn waits for the one before it before it is refused.
    """

    def __init__(self, url: str, *, wait_s: float = DEFAULT_WAIT_S) -> None:
        self.url, _ = split_schema(url)
        self.wait_s = wait_s

    @contextmanager
    def hold(self, thread_id: str) -> Iterator[None]:
        """Hold ``thread_id``'s lock for the ``with`` block, waiting up to ``wait_s``.

        Raises:
            ThreadBusyError: the thread stayed busy for the whole wait.
        """
        import psycopg

        key = lock_key(thread_id)
        with psycopg.connect(self.url, autocommit=True) as conn:
            deadline = time.monotonic() + self.wait_s
            pause = _FIRST_POLL_S
            while not _try_lock(conn, key):
                if time.monotonic() >= deadline:
                    raise ThreadBusyError(
                        f"conversation {thread_id} is still answering an earlier question "
                        f"(waited {self.wait_s:.0f} s); nothing of this question was kept. "
                        "Ask again when that answer is done."
                    )
                time.sleep(pause)
                pause = min(pause * 2, _MAX_POLL_S)
            try:
                yield
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
