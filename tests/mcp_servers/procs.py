"""Start and stop server subprocesses on loopback for the transport tests."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

from bench.loopback import free_port, stop, wait_for_port
from tests.mcp_servers.third_party import REPO

__all__ = ["free_port", "running"]

# A server start imports the app and the MCP SDK: a few seconds alone, but over 30 s when
# the two cores are shared (a two-worker run beside other work timed out four of these
# starts at the old 30 s). A server that cannot start still fails at once: it exits.
START_TIMEOUT_S = 90.0


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
        wait_for_port(port, proc, START_TIMEOUT_S)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        stop(proc)
        if proc.stderr:
            proc.stderr.close()
