"""One turn at a time per thread: the flock-based lock, across threads and processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from core.thread_lock import FileThreadLocks, ThreadBusyError

REPO = Path(__file__).resolve().parents[2]


def test_holders_of_one_thread_never_overlap(tmp_path: Path) -> None:
    locks = FileThreadLocks(tmp_path / "locks")
    inside: list[int] = []
    overlaps: list[int] = []
    guard = threading.Lock()

    def turn(n: int) -> None:
        with locks.hold("thread-a"):
            with guard:
                inside.append(n)
                if len(inside) > 1:
                    overlaps.append(n)
            # A switch here lets another holder run if the lock let it in.
            threading.Event().wait(0.01)
            with guard:
                inside.remove(n)

    workers = [threading.Thread(target=turn, args=(n,)) for n in range(6)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert overlaps == [] and inside == []


def test_other_threads_are_not_blocked(tmp_path: Path) -> None:
    locks = FileThreadLocks(tmp_path / "locks", wait_s=0.0)
    with locks.hold("thread-a"), locks.hold("thread-b"):
        assert locks.path_for("thread-a") != locks.path_for("thread-b")


def test_a_turn_that_waits_too_long_is_refused_with_a_message(tmp_path: Path) -> None:
    locks = FileThreadLocks(tmp_path / "locks", wait_s=0.0)
    busy = pytest.raises(ThreadBusyError, match="still answering an earlier question")
    with locks.hold("thread-a"), busy, locks.hold("thread-a"):
        pass
    with locks.hold("thread-a"):  # released: the next turn gets it
        pass


def test_a_lock_held_by_another_process_is_seen_and_dies_with_it(tmp_path: Path) -> None:
    holder = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from core.thread_lock import FileThreadLocks
        with FileThreadLocks(Path({str(tmp_path / "locks")!r})).hold("shared"):
            print("held", flush=True)
            sys.stdin.readline()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", holder],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        locks = FileThreadLocks(tmp_path / "locks", wait_s=0.0)
        with pytest.raises(ThreadBusyError), locks.hold("shared"):
            pass
    finally:
        proc.kill()
        proc.wait(timeout=30)
    # The killed holder never unlocked: the kernel released its lock with its files.
    with FileThreadLocks(tmp_path / "locks", wait_s=5.0).hold("shared"):
        pass
