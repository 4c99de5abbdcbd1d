"""One turn at a time per conversation thread, across threads and processes.

Two turns on the same thread that run at once both start from the same
checkpoint, and the later write wins: a question and its answer vanish from
the history (measured: 6 concurrent ``switchyard ask`` on one thread kept 2
questions and 1 answer). Every turn therefore holds its thread's lock; a turn
that cannot get it within ``wait_s`` is refused with a message, never lost.

``ThreadLocks`` is the interface; ``FileThreadLocks`` implements it with
``flock`` on one small file per thread in the data directory, which serialises
every process on this machine (the SQLite deployment). Several app replicas on
a shared PostgreSQL need a lock they all see: an implementation with
``pg_try_advisory_lock`` on the same interface.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Protocol

from core.errors import SwitchyardError

DEFAULT_WAIT_S = 120.0
# Polling, not a blocking flock: a blocking call cannot time out without signals.
_FIRST_POLL_S = 0.02
_MAX_POLL_S = 0.25


class ThreadBusyError(SwitchyardError):
    """Another turn of the same conversation is still running."""


class ThreadLocks(Protocol):
    """Mutual exclusion per conversation thread."""

    def hold(self, thread_id: str) -> AbstractContextManager[None]:
        """Hold ``thread_id``'s lock for the ``with`` block.

        Raises:
            ThreadBusyError: another turn held it for longer than the wait allows.
        """
        ...


class FileThreadLocks:
    """``flock`` on ``<directory>/<hash of thread id>.lock``; works across processes.

    ``flock`` locks belong to an open file, so two threads of one process that
    each open the file exclude each other too. The lock dies with its process:
    a crashed turn never leaves a thread locked. Lock files stay (a few bytes
    each): removing one while another process waits on it would let two turns in.

    Args:
        directory: where the lock files live (created when missing).
        wait_s: how long a turn waits for the one before it before it is refused.
    """

    def __init__(self, directory: Path, *, wait_s: float = DEFAULT_WAIT_S) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.wait_s = wait_s

    def path_for(self, thread_id: str) -> Path:
        """The lock file of ``thread_id`` (hashed: thread ids are user input)."""
        digest = hashlib.sha256(thread_id.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return self.directory / f"{digest}.lock"

    @contextmanager
    def hold(self, thread_id: str) -> Iterator[None]:
        """Hold ``thread_id``'s lock for the ``with`` block, waiting up to ``wait_s``.

        Raises:
            ThreadBusyError: the thread stayed busy for the whole wait.
        """
        fd = os.open(self.path_for(thread_id), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            self._acquire(fd, thread_id)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def _acquire(self, fd: int, thread_id: str) -> None:
        deadline = time.monotonic() + self.wait_s
        pause = _FIRST_POLL_S
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise ThreadBusyError(
                        f"conversation {thread_id} is still answering an earlier question "
                        f"(waited {self.wait_s:.0f} s); nothing of this question was kept. "
                        "Ask again when that answer is done."
                    ) from None
                time.sleep(pause)
                pause = min(pause * 2, _MAX_POLL_S)
