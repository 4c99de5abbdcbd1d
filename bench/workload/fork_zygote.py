"""A fork server for the workload's Python MCP servers: ``mcp`` imported once, forked per start.

Why: every workload run starts the suite's stdio servers afresh (calc, pol, broken, drift,
tasks), and each start spent about 0.7 s of CPU importing the ``mcp`` SDK before it read
a byte; a pytest worker runs some thirty workload runs. This process imports the SDK
once; each start is a fork of it that runs the server script as ``python SCRIPT ARGS``
would (its argv, environment, working directory and ``sys.path[0]``), on the standard
streams the launcher (:mod:`bench.workload.fork_launcher`) received from the MCP client.
The server is still a process of its own on real pipes; only its interpreter start-up is
shared.

Protocol on the Unix socket given as ``argv[1]``: a launcher sends one JSON message
(``argv``, ``env``, ``cwd``) with its three standard streams attached; the zygote answers
``{"pid": N}`` and, when that server ends, ``{"status": S}`` (a ``waitpid`` status). A
launcher that goes away (killed with its process group) takes its server with it. The
zygote ends when its own standard input closes (the process that started it ended).

Only the standard library and the preloaded SDK modules are imported here; the zygote
starts no thread, so forking it is safe.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import runpy
import select
import signal
import socket
import sys
import threading
import traceback

# What a server script imports before it can answer; imported here once.
PRELOAD = ("anyio", "mcp.types", "mcp.server.mcpserver", "mcp.server.lowlevel", "mcp.server.stdio")
_MAX_MESSAGE = 1 << 20


def _run_server(message: dict[str, object], fds: list[int]) -> int:
    """In the forked child: become ``python SCRIPT ARGS`` on the launcher's streams."""
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    argv = [str(a) for a in message["argv"]]  # type: ignore[attr-defined]
    env = {str(k): str(v) for k, v in message["env"].items()}  # type: ignore[attr-defined]
    os.chdir(str(message["cwd"]))
    os.environ.clear()
    os.environ.update(env)
    sys.argv = argv
    # As for ``python SCRIPT``: the script's folder first on the import path.
    sys.path[0] = os.path.dirname(os.path.realpath(argv[0]))
    code = 0
    try:
        runpy.run_path(argv[0], run_name="__main__")
    except SystemExit as stop:
        code = _exit_code(stop.code)
    except BaseException:  # noqa: BLE001 - reported as the interpreter would, then exit 1
        traceback.print_exc()
        code = 1
    # As the interpreter ends: wait for the script's non-daemon threads, then run atexit.
    threading._shutdown()  # type: ignore[attr-defined]
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    return code


def _exit_code(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def serve(path: str) -> None:
    """Accept launchers on ``path`` until standard input closes."""
    for name in PRELOAD:
        __import__(name)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(64)
    servers: dict[int, socket.socket] = {}  # server pid -> its launcher's connection
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    try:
        while True:
            readable, _, _ = select.select([sys.stdin, listener, *servers.values()], [], [], 0.05)
            if sys.stdin in readable and not os.read(sys.stdin.fileno(), 4096):
                return
            if listener in readable:
                _start(listener, servers)
            for pid, conn in list(servers.items()):
                if conn in readable and _gone(conn):
                    # The launcher is gone (killed): its server goes too, as a process tree.
                    _kill(pid)
            _reap(servers)
    finally:
        for pid in servers:
            _kill(pid)
        listener.close()
        os.unlink(path)


def _gone(conn: socket.socket) -> bool:
    # A launcher sends nothing after its request: readable means it closed or was killed.
    try:
        return not conn.recv(1)
    except OSError:
        return True


def _start(listener: socket.socket, servers: dict[int, socket.socket]) -> None:
    conn, _ = listener.accept()
    try:
        data, fds, _, _ = socket.recv_fds(conn, _MAX_MESSAGE, 3)
        message = json.loads(data)
    except (OSError, ValueError):
        conn.close()  # a launcher that died before asking starts nothing
        return
    if len(fds) != 3:
        for fd in fds:
            os.close(fd)
        conn.close()
        return
    pid = os.fork()
    if pid == 0:
        listener.close()
        conn.close()
        for other in servers.values():
            other.close()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os._exit(_run_server(message, fds))
    for fd in fds:
        os.close(fd)
    servers[pid] = conn
    try:
        conn.sendall(json.dumps({"pid": pid}).encode() + b"\n")
    except OSError:
        _kill(pid)  # its launcher is gone already


def _reap(servers: dict[int, socket.socket]) -> None:
    while servers:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        conn = servers.pop(pid, None)
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.sendall(json.dumps({"status": status}).encode() + b"\n")
            conn.close()


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    serve(sys.argv[1])
