"""Start the workload's Python MCP servers as forks of one preloaded interpreter (opt-in).

Measured (2026-12-05, a pytest worker running set after set): each workload run spent
4.6-5.9 s of CPU in its children, most of it five fresh interpreters each importing the
``mcp`` SDK (about 0.7 s each) for the suite's stdio servers. With :func:`enable`, a
server whose command is this interpreter running a script is started instead through
:mod:`bench.workload.fork_launcher` and :mod:`bench.workload.fork_zygote`: the same
script, argv, environment, working directory and pipes, in a process of its own, without
the import. Other servers (the third-party time server, anything else) start as written.

Opt-in because it pays only when one process runs the workload many times (the test
suite); a single ``switchyard eval workload`` starts its servers once either way.
"""

from __future__ import annotations

import atexit
import copy
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
ZYGOTE = _HERE / "fork_zygote.py"
LAUNCHER = _HERE / "fork_launcher.py"
# How long the fork server may take to import the SDK and listen (a loaded machine).
_READY_TIMEOUT_S = 60.0


class _Pool:
    enabled = False
    process: subprocess.Popen[bytes] | None = None
    socket: Path | None = None


def enable() -> None:
    """Start Python servers of later workload runs in this process through the fork server."""
    _Pool.enabled = True


def disable() -> None:
    """Start servers as written again, and stop the fork server."""
    _Pool.enabled = False
    _stop()


def forked_servers(config: dict[str, Any]) -> dict[str, Any]:
    """``config`` with each server that runs ``python SCRIPT ...`` started by the launcher
    (unless its ``env`` sets a ``PYTHON*`` variable, which only a fresh interpreter reads).

    Unchanged when the pool is off or its fork server cannot start (the servers then
    start as written, only slower).
    """
    if not _Pool.enabled:
        return config
    socket_path = _running_socket()
    if socket_path is None:
        return config
    out = copy.deepcopy(config)
    for server in out.get("mcpServers", {}).values():
        args = server.get("args") or []
        if server.get("command") != sys.executable or not args:
            continue
        if not str(args[0]).endswith(".py") or not Path(args[0]).is_file():
            continue
        if any(key.startswith("PYTHON") for key in server.get("env") or {}):
            continue  # read by an interpreter as it starts, which a fork does not do
        server["args"] = ["-I", "-S", str(LAUNCHER), str(socket_path), *args]
    return out


def _running_socket() -> Path | None:
    process = _Pool.process
    if process is not None and process.poll() is None:
        return _Pool.socket
    _stop()
    from mcp.client.stdio import get_default_environment

    folder = Path(tempfile.mkdtemp(prefix="workload-zygote-"))
    socket_path = folder / "s"
    # The environment an MCP client gives a server, so the fork server's import path is
    # the one a server started as written would have.
    process = subprocess.Popen(
        [sys.executable, str(ZYGOTE), str(socket_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=get_default_environment(),
    )
    assert process.stdout is not None
    ready = _read_ready(process)
    if not ready:
        process.kill()
        process.wait()
        shutil.rmtree(folder, ignore_errors=True)
        return None
    _Pool.process, _Pool.socket = process, socket_path
    atexit.register(_stop)
    return socket_path


def _read_ready(process: subprocess.Popen[bytes]) -> bool:
    import selectors

    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(_READY_TIMEOUT_S):
            return False
    return process.stdout.readline() == b"ready\n"


def _stop() -> None:
    process, socket_path = _Pool.process, _Pool.socket
    _Pool.process = _Pool.socket = None
    if process is None:
        return
    if process.stdin is not None:
        process.stdin.close()  # the fork server ends when its input closes
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()
    if socket_path is not None:
        shutil.rmtree(socket_path.parent, ignore_errors=True)
