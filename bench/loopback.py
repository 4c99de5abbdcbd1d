"""Servers started as subprocesses on loopback, for the benchmarks and the tests.

The MCP transport bench, the transport tests, the PostgreSQL cluster, the browser
test and the ``langgraph dev`` test each start a server on a free loopback port, wait
for it and stop it; these are the one copy of those three steps.
"""

from __future__ import annotations

import socket
import subprocess
import time

from core.subprocesses import stop_process as stop

__all__ = ["free_port", "stop", "wait_for_port"]


def free_port() -> int:
    """A loopback port nothing listened on a moment ago (bound to 0 and released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, proc: subprocess.Popen[bytes], timeout_s: float = 30.0) -> None:
    """Block until something listens on ``port``.

    Raises:
        RuntimeError: The process exited first (with the end of its stderr, when that
            is a pipe), or nothing listened within ``timeout_s``.
    """
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise RuntimeError(f"server exited with {proc.returncode}: {err[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listened on 127.0.0.1:{port} within {timeout_s}s")
