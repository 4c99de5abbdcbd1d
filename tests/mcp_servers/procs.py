"""Start and stop server subprocesses on loopback for the transport tests."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

from tests.mcp_servers.third_party import REPO


def free_port() -> int:
    """A loopback port that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# A server start imports the app and the MCP SDK: a few seconds alone, but over 30 s when
# the two cores are shared (a two-worker run beside other work timed out four of these
# starts at the old 30 s). A server that cannot start still fails at once: it exits.
START_TIMEOUT_S = 90.0


def wait_for_port(
    port: int, proc: subprocess.Popen[bytes], timeout_s: float = START_TIMEOUT_S
) -> None:
    """Block until something listens on ``port``; fail if the process exits first."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise AssertionError(f"server exited with {proc.returncode}: {err[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing listened on 127.0.0.1:{port} within {timeout_s}s")


@contextmanager
def running(cmd: list[str], port: int, env: dict[str, str] | None = None) -> Iterator[str]:
    """Run an HTTP server subprocess; yield its MCP endpoint URL; always stop it."""
    proc = subprocess.Popen(
        cmd,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(port, proc)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()
