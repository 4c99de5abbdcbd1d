"""Two ``switchyard mcp serve --transport http`` replicas on one PostgreSQL, one client.

A small round-robin reverse proxy (Starlette + httpx, loopback only) sends each HTTP
request to the next replica in turn, so consecutive requests of one MCP session land
on different processes; streamable HTTP being stateless, the client sees no errors.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from tests.mcp_servers.procs import free_port, running

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]
REPO = Path(__file__).resolve().parents[2]


def _proxy_app(upstreams: list[str], hits: Counter[str]) -> Starlette:
    turn = itertools.cycle(upstreams)
    client = httpx.AsyncClient(timeout=120)

    async def forward(request: Request) -> Response:
        upstream = next(turn)
        hits[upstream] += 1
        headers = [(k, v) for k, v in request.headers.items() if k.lower() != "host"]
        outgoing = client.build_request(
            request.method, upstream, headers=headers, content=await request.body()
        )
        reply = await client.send(outgoing, stream=True)
        hop_by_hop = ("content-length", "transfer-encoding", "connection")
        passed = {k: v for k, v in reply.headers.items() if k.lower() not in hop_by_hop}
        return StreamingResponse(reply.aiter_raw(), reply.status_code, passed)

    return Starlette(routes=[Route("/mcp", forward, methods=["GET", "POST", "DELETE"])])


@contextmanager
def _serving(app: Starlette) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise AssertionError("the proxy did not start")
            threading.Event().wait(0.05)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_two_http_replicas_behind_round_robin_serve_one_client(tmp_path: Path, pg_url: str) -> None:
    urls: list[str] = []
    with ExitStack() as stack:
        for name in ("a", "b"):
            port = free_port()
            env = {
                "SWITCHYARD_DATA_DIR": str(tmp_path / name / "data"),
                "SWITCHYARD_STORAGE_URL": pg_url,
                "SWITCHYARD_MCP__CONFIG_PATH": str(tmp_path / "no-mcp.json"),
                "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
                "SWITCHYARD_RAG__DENSE": "false",
            }
            cmd = [sys.executable, "-m", "ui.cli", "mcp", "serve", "--transport", "http",
                   "--stateless", "--port", str(port)]  # fmt: skip
            urls.append(stack.enter_context(running(cmd, port, {**os.environ, **env})))
        hits: Counter[str] = Counter()
        proxy = stack.enter_context(_serving(_proxy_app(urls, hits)))

        async def client_session() -> list[str]:
            async with (
                streamable_http_client(proxy) as (read, write),
                ClientSession(read, write) as client,
            ):
                await client.initialize()
                names = {t.name for t in (await client.list_tools()).tools}
                assert {"calculator", "search_documents", "ask"} <= names
                answers = []
                for i in range(6):
                    result = await client.call_tool("calculator", {"expression": f"{i} * 7 + 1"})
                    assert not result.is_error, result
                    answers.append(" ".join(getattr(c, "text", "") for c in result.content))
                return answers

        sums = asyncio.run(client_session())
    assert [str(i * 7 + 1) in answer for i, answer in enumerate(sums)] == [True] * 6
    assert set(hits) == set(urls) and min(hits.values()) >= 3  # both replicas answered
