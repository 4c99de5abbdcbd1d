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
import signal
import socket
import sys


def main(argv: list[str]) -> int:
    path, command = argv[1], argv[2:]
    server: list[int] = []  # the server's pid, once the fork server has told it
    pending: list[int] = []  # signals that came before it

    def pass_on(signum: int, _frame: object) -> None:
        if not server:
            pending.append(signum)
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(server[0], signum)

    # Set before the server exists, so a signal at any moment reaches it.
    signal.signal(signal.SIGTERM, pass_on)
    signal.signal(signal.SIGINT, pass_on)
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.connect(path)
    message = {"argv": command, "env": dict(os.environ), "cwd": os.getcwd()}
    socket.send_fds(conn, [json.dumps(message).encode()], [0, 1, 2])
    # The server holds the streams now; a copy kept here would hide its end of output.
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    replies = conn.makefile("rb")
    server.append(int(json.loads(replies.readline())["pid"]))
    for signum in pending:
        pass_on(signum, None)
    line = replies.readline()
    if not line:
        return 1
    status = int(json.loads(line)["status"])
    if os.WIFSIGNALED(status):
        # End as the server ended: killed by the same signal.
        signum = os.WTERMSIG(status)
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
