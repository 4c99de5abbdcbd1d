"""Start one MCP server script through the workload's fork server, standing in for it.

Usage: ``python -I -S fork_launcher.py SOCKET SCRIPT [ARGS...]``, where ``python SCRIPT
ARGS`` is the server's own command. The MCP client talks to this process as to the
server: the server (a fork of :mod:`bench.workload.fork_zygote`) reads and writes this
process's standard streams, SIGTERM and SIGINT are passed on to it, and this process
exits as the server did. Standard library only, without ``site``: it starts in a few
milliseconds, where an interpreter importing the ``mcp`` SDK takes about 0.7 s of CPU.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import socket
import sys

_PASSED_ON = (signal.SIGTERM, signal.SIGINT)


def main(argv: list[str]) -> int:
    path, command = argv[1], argv[2:]
    # The C-level signal handler writes each signal's number to this pipe as it comes. A
    # Python handler alone runs only between bytecodes: a signal arriving just before a
    # blocking read was handled when the read returned, which here is when the server ends,
    # so it was never passed on. The loop below waits on the pipe and the socket together.
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_write, False)
    for passed in _PASSED_ON:
        signal.signal(passed, lambda *_: None)
    signal.set_wakeup_fd(wake_write)
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.connect(path)
    message = {"argv": command, "env": dict(os.environ), "cwd": os.getcwd()}
    socket.send_fds(conn, [json.dumps(message).encode()], [0, 1, 2])
    # The server holds the streams now; a copy kept here would hide its end of output.
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    server: int | None = None  # the server's pid, once the fork server has told it
    pending: list[int] = []  # signals not passed on yet (all of them, until the pid is known)
    received = b""
    while True:
        readable, _, _ = select.select([conn.fileno(), wake_read], [], [])
        if wake_read in readable:
            pending.extend(os.read(wake_read, 64))
        if conn.fileno() in readable:
            data = conn.recv(4096)
            if not data:
                return 1  # the fork server is gone
            received += data
        while b"\n" in received:
            line, received = received.split(b"\n", 1)
            reply = json.loads(line)
            if "pid" in reply:
                server = int(reply["pid"])
            elif "status" in reply:
                return _exit_as(int(reply["status"]))
        if server is not None:
            for signum in pending:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(server, signum)
            pending.clear()


def _exit_as(status: int) -> int:
    if os.WIFSIGNALED(status):
        # End as the server ended: killed by the same signal.
        signum = os.WTERMSIG(status)
        signal.set_wakeup_fd(-1)
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
