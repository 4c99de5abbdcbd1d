"""``switchyard bench mcp``: what MCP costs on top of a plain function call.

The same trivial tool (``add``) is called as a plain function (the baseline),
through our server over the SDK's in-memory transport, over stdio with one
persistent session (``McpManager``, what the app does), over stdio with a new
process and session per call (what a naive client does), and over streamable
HTTP on loopback with a persistent session. Prints p50/p95 per path and the
ratio to the plain call. With ``--config`` it also times starting every server
in that ``mcp_servers.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mcp import ClientSession, StdioServerParameters
from mcp.client import Client
from mcp.client.stdio import stdio_client

from agents.mcp import McpManager
from bench.loopback import free_port, stop, wait_for_port
from mcp_servers.tools_server import build_tools_server, run
from tools.registry import ToolRegistry, ToolSpec

REPO = Path(__file__).resolve().parent.parent


def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


def bench_registry() -> ToolRegistry:
    """The one trivial tool every path calls."""
    return ToolRegistry([ToolSpec("add", add)])


def _server_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "bench.mcp", *args]


def _summary(samples_ms: list[float], baseline_p50: float | None) -> dict[str, Any]:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    p50 = statistics.median(ordered)
    out: dict[str, Any] = {"n": len(ordered), "p50_ms": round(p50, 4), "p95_ms": round(p95, 4)}
    if baseline_p50:
        out["ratio_p50_to_plain"] = round(p50 / baseline_p50, 1)
    return out


def _time_calls(n: int, call: Callable[[int], object]) -> list[float]:
    samples = []
    for i in range(n):
        start = time.perf_counter()
        call(i)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def bench_plain(n: int) -> list[float]:
    """The baseline: a direct Python call."""
    return _time_calls(n, lambda i: add(i, 1))


def bench_in_memory(n: int) -> list[float]:
    """Our server through the SDK's in-memory client session (protocol cost only)."""

    async def main() -> list[float]:
        server = build_tools_server(bench_registry())
        samples = []
        # legacy: JSON-RPC framing over memory streams, as the other paths pay it
        # (the default in-process mode skips serialization altogether).
        async with Client(server, mode="legacy") as client:
            await client.call_tool("add", {"a": 0, "b": 1})  # warm-up
            for i in range(n):
                start = time.perf_counter()
                await client.call_tool("add", {"a": i, "b": 1})
                samples.append((time.perf_counter() - start) * 1000)
        return samples

    return asyncio.run(main())


def _manager(servers: dict[str, Any], data_dir: Path) -> McpManager:
    config = data_dir / "bench_mcp_servers.json"
    config.write_text(json.dumps({"mcpServers": servers}))
    return McpManager(config, data_dir, request_timeout_s=10, startup_timeout_s=30)


def bench_persistent(n: int, entry: dict[str, Any], data_dir: Path) -> list[float]:
    """Our client (``McpManager``) with one long-lived session to the server."""
    manager = _manager({"bench": entry}, data_dir)
    manager.start()
    try:
        status = manager.status()[0]
        if status.state != "running":
            raise RuntimeError(f"bench server did not start: {status.reason}")
        manager.call_tool("bench", "add", {"a": 0, "b": 1})  # warm-up
        return _time_calls(n, lambda i: manager.call_tool("bench", "add", {"a": i, "b": 1}))
    finally:
        manager.stop()


def bench_stdio_per_call(n: int) -> list[float]:
    """A new process, session and handshake for every call (the naive client)."""
    cmd = _server_cmd("--serve", "stdio")
    params = StdioServerParameters(command=cmd[0], args=cmd[1:], cwd=str(REPO))

    async def one(i: int) -> None:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as client:
            await client.initialize()
            await client.call_tool("add", {"a": i, "b": 1})

    async def main() -> list[float]:
        samples = []
        for i in range(n):
            start = time.perf_counter()
            await one(i)
            samples.append((time.perf_counter() - start) * 1000)
        return samples

    return asyncio.run(main())


def bench_http(n: int, data_dir: Path) -> list[float]:
    """Streamable HTTP on loopback, persistent session through ``McpManager``."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "SWITCHYARD_MCP_TOKEN"}
    proc = subprocess.Popen(
        _server_cmd("--serve", "http", "--port", str(port)),
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, proc)
        return bench_persistent(n, {"url": f"http://127.0.0.1:{port}/mcp"}, data_dir)
    finally:
        stop(proc)


def bench_startup(config: Path, data_dir: Path) -> dict[str, Any]:
    """Time ``McpManager.start()`` over every server in ``config`` (started concurrently)."""
    manager = McpManager(config, data_dir)
    start = time.perf_counter()
    statuses = manager.start()
    total_ms = (time.perf_counter() - start) * 1000
    manager.stop()
    return {
        "config": str(config),
        "servers": len(statuses),
        "running": sum(s.state == "running" for s in statuses),
        "total_ms": round(total_ms, 1),
        "per_server": [
            {"name": s.name, "state": s.state, "tools": s.tools, "reason": s.reason}
            for s in statuses
        ],
    }


def run_bench(n: int, n_per_call: int, config: Path | None) -> dict[str, Any]:
    """Measure every path; returns the JSON document ``main`` prints."""
    with tempfile.TemporaryDirectory(prefix="switchyard-bench-mcp-") as tmp:
        data_dir = Path(tmp)
        stdio_entry = {"command": sys.executable, "args": ["-m", "bench.mcp", "--serve", "stdio"],
                       "cwd": str(REPO)}  # fmt: skip
        samples = {
            "plain": bench_plain(n),
            "in_memory": bench_in_memory(n),
            "stdio_persistent": bench_persistent(n, stdio_entry, data_dir),
            "stdio_per_call": bench_stdio_per_call(n_per_call),
            "http_persistent": bench_http(n, data_dir),
        }
        baseline = statistics.median(samples["plain"])
        result: dict[str, Any] = {
            "tool": "add",
            "baseline": "plain",
            "paths": {name: _summary(s, baseline) for name, s in samples.items()},
        }
        if config is not None:
            result["startup"] = bench_startup(config, data_dir / "startup")
    return result


def _print_table(result: dict[str, Any]) -> None:
    print(f"{'path':<18} {'n':>5} {'p50 ms':>10} {'p95 ms':>10} {'x plain':>10}")
    for name, row in result["paths"].items():
        ratio = row.get("ratio_p50_to_plain", "")
        print(f"{name:<18} {row['n']:>5} {row['p50_ms']:>10} {row['p95_ms']:>10} {ratio:>10}")
    if "startup" in result:
        st = result["startup"]
        print(f"start-up: {st['running']}/{st['servers']} servers running in {st['total_ms']} ms")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark (``switchyard bench mcp [--json] [--config FILE]``).

    Also serves the bench tool when called with ``--serve stdio|http`` (the
    subprocess side of the stdio and HTTP paths).
    """
    parser = argparse.ArgumentParser(prog="switchyard bench mcp", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--n", type=int, default=300, help="calls per persistent path")
    parser.add_argument("--n-per-call", type=int, default=20, help="calls, session per call")
    parser.add_argument("--config", type=Path, help="mcp_servers.json to time start-up of")
    parser.add_argument("--serve", choices=["stdio", "http"], help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=8765, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        run(build_tools_server(bench_registry(), name="switchyard-bench"), args.serve,
            port=args.port)  # fmt: skip
        return 0
    result = run_bench(max(args.n, 1), max(args.n_per_call, 1), args.config)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
