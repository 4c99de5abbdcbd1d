"""The workload's fork server: a server it starts behaves as the same command started plainly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bench.workload import server_pool

# Reports what the interpreter gave it, echoes one line of input, then exits as told.
_REPORTER = """
import json, os, sys
preloaded = "mcp.server.mcpserver" in sys.modules
line = sys.stdin.readline()
print(json.dumps({"argv": sys.argv, "cwd": os.getcwd(), "path0": sys.path[0],
                  "env": os.environ.get("POOL_PROBE"), "echo": line, "name": __name__,
                  "preloaded": preloaded}), flush=True)
sys.stderr.write("reporter: done\\n")
sys.exit(int(sys.argv[1]))
"""
# Waits for SIGTERM, then says so and exits 5. SIGTERM stays blocked until sigwait takes
# it: with a Python handler and a blocking read, a signal arriving after the last check for
# pending signals and before read() blocked was only handled when the read returned, so the
# waiter missed about 1 signal in 100 and the test waited out its 60 s.
_WAITER = """
import os, signal
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
print(os.getpid(), flush=True)
signal.sigwait({signal.SIGTERM})
os.write(1, b"terminated\\n")
os._exit(5)
"""


@pytest.fixture
def pool() -> Iterator[None]:
    server_pool.enable()
    yield
    server_pool.enable()  # the suite's session keeps it on (tests/bench/conftest.py)


def _command(script: Path, *args: str) -> list[str]:
    config = {"mcpServers": {"s": {"command": sys.executable, "args": [str(script), *args]}}}
    server: dict[str, Any] = server_pool.forked_servers(config)["mcpServers"]["s"]
    return [server["command"], *server["args"]]


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", ""), "POOL_PROBE": "probe-value"}
    return subprocess.run(
        command, input="hello\n", capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


@pytest.mark.usefixtures("pool")
def test_a_forked_server_gets_the_argv_env_cwd_streams_and_exit_of_a_plain_start(
    tmp_path: Path,
) -> None:
    script = tmp_path / "servers" / "reporter.py"
    script.parent.mkdir()
    script.write_text(_REPORTER, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    forked_command = _command(script, "3", "extra")
    assert forked_command[:4] == [sys.executable, "-I", "-S", str(server_pool.LAUNCHER)]
    plain = _run([sys.executable, str(script), "3", "extra"], work)
    forked = _run(forked_command, work)
    assert (
        (forked.returncode, forked.stderr)
        == (plain.returncode, plain.stderr)
        == (
            3,
            "reporter: done\n",
        )
    )
    seen_plain, seen_forked = json.loads(plain.stdout), json.loads(forked.stdout)
    # Only the start-up differs: the forked one found the SDK imported already.
    assert seen_forked.pop("preloaded") is True and seen_plain.pop("preloaded") is False
    assert seen_forked == seen_plain
    assert seen_plain["echo"] == "hello\n" and seen_plain["env"] == "probe-value"
    assert seen_plain["path0"] == str(script.parent) and seen_plain["cwd"] == str(work)


@contextmanager
def _waiter(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """The waiter started through the pool: its launcher process and the server's pid."""
    script = tmp_path / "waiter.py"
    script.write_text(_WAITER, encoding="utf-8")
    process = subprocess.Popen(
        _command(script), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        yield process, int(process.stdout.readline())
    finally:
        process.kill()
        process.wait(timeout=60)
        process.stdout.close()
        process.stdin.close()


@pytest.mark.usefixtures("pool")
def test_sigterm_to_the_launcher_reaches_the_server(tmp_path: Path) -> None:
    with _waiter(tmp_path) as (process, server_pid):
        assert server_pid != process.pid  # a fork of the pool, not the launcher itself
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 5
        assert process.stdout is not None
        assert process.stdout.readline() == "terminated\n"


@pytest.mark.usefixtures("pool")
def test_a_killed_launcher_takes_its_server_with_it(tmp_path: Path) -> None:
    with _waiter(tmp_path) as (process, server_pid):
        assert server_pid != process.pid
        process.kill()  # as the MCP client's last resort kills a server's process group
        process.wait(timeout=60)
        deadline = time.monotonic() + 60
        while _alive(server_pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(server_pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_only_python_scripts_go_through_the_pool_and_only_when_it_is_on(tmp_path: Path) -> None:
    script = tmp_path / "server.py"
    script.write_text("", encoding="utf-8")
    config = {
        "mcpServers": {
            "script": {"command": sys.executable, "args": [str(script)]},
            "module": {"command": sys.executable, "args": ["-m", "some.server"]},
            "hashed": {
                "command": sys.executable,
                "args": [str(script)],
                "env": {"PYTHONHASHSEED": "1", "OTHER": "x"},
            },
            "other": {"command": "/usr/bin/env", "args": [str(script)]},
        }
    }
    server_pool.disable()
    try:
        assert server_pool.forked_servers(config) == config
    finally:
        server_pool.enable()
    forked = server_pool.forked_servers(config)["mcpServers"]
    assert forked["script"]["args"][:3] == ["-I", "-S", str(server_pool.LAUNCHER)]
    assert forked["module"] == config["mcpServers"]["module"]
    assert forked["hashed"] == config["mcpServers"]["hashed"]
    assert forked["other"] == config["mcpServers"]["other"]
