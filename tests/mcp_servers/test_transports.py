"""Both transports for real: subprocesses on stdio and streamable HTTP on loopback."""

from __future__ import annotations

import asyncio
import os
import subprocess
from typing import Any

import httpx
import httpx2
import pytest
from mcp import ClientSession, StdioServerParameters, types
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client

from core.errors import ConfigError
from mcp_servers.http import is_loopback, origin_allowed, resolve_token
from mcp_servers.identity import switchyard_version
from tests.mcp_servers.procs import free_port, running
from tests.mcp_servers.third_party import PYTHON, REPO, fixture_command

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]
TOKEN = "test-token-0123456789abcdef"
INIT = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-06-18",
        "capabilities": {},
        "clientInfo": {"name": "t", "version": "0"},
    },
}
MCP_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


async def exercise(client: ClientSession) -> dict[str, Any]:
    await client.initialize()
    names = [t.name for t in (await client.list_tools()).tools]
    added = await client.call_tool("add", {"a": 20, "b": 22})
    bad = await client.call_tool("add", {"a": "x", "b": 1})
    return {"names": names, "added": added, "bad": bad}


def check(outcome: dict[str, Any]) -> None:
    assert {"add", "search_documents", "ask"} <= set(outcome["names"])
    added: types.CallToolResult = outcome["added"]
    assert not added.is_error and added.structured_content == {"result": 42}
    assert outcome["bad"].is_error


def test_stdio_subprocess() -> None:
    async def main() -> dict[str, Any]:
        cmd = fixture_command("our_server.py", "stdio")
        params = StdioServerParameters(command=cmd[0], args=cmd[1:])
        async with stdio_client(params) as (read, write), ClientSession(read, write) as client:
            return await exercise(client)

    check(asyncio.run(main()))


def test_module_entry_serves_stdio() -> None:
    async def main() -> list[str]:
        params = StdioServerParameters(
            command=PYTHON, args=["-m", "mcp_servers.tools_server"], cwd=str(REPO)
        )
        async with stdio_client(params) as (read, write), ClientSession(read, write) as client:
            init = await client.initialize()
            assert init.server_info.name == "switchyard-tools"
            assert init.server_info.version == switchyard_version()
            return [t.name for t in (await client.list_tools()).tools]

    names = asyncio.run(main())
    assert isinstance(names, list)  # the built-in registry's tools (maybe none yet)


def test_http_with_token() -> None:
    port = free_port()
    cmd = fixture_command("our_server.py", "http", str(port))
    with running(cmd, port, {"SWITCHYARD_MCP_TOKEN": TOKEN}) as url:

        async def main() -> dict[str, Any]:
            auth = httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"})
            async with (
                auth,
                streamable_http_client(url, http_client=auth) as (read, write),
                ClientSession(read, write) as client,
            ):
                return await exercise(client)

        check(asyncio.run(main()))


def test_http_rejects_missing_or_wrong_token_and_foreign_origin() -> None:
    port = free_port()
    cmd = fixture_command("our_server.py", "http", str(port))
    env = {"SWITCHYARD_MCP_TOKEN": TOKEN, "ALLOW_ORIGIN": "https://app.example.test"}
    with running(cmd, port, env) as url:
        good = {**MCP_HEADERS, "Authorization": f"Bearer {TOKEN}"}
        no_token = httpx.post(url, json=INIT, headers=MCP_HEADERS, timeout=10)
        assert no_token.status_code == 401
        assert no_token.headers["www-authenticate"].startswith("Bearer")
        wrong = httpx.post(
            url, json=INIT, headers={**MCP_HEADERS, "Authorization": "Bearer nope"}, timeout=10
        )
        assert wrong.status_code == 401
        foreign = httpx.post(
            url, json=INIT, headers={**good, "Origin": "https://evil.example.test"}, timeout=10
        )
        assert foreign.status_code == 403
        for body in (no_token.text, wrong.text, foreign.text):
            assert "Traceback" not in body
        local = httpx.post(url, json=INIT, headers={**good, "Origin": f"http://localhost:{port}"})
        assert local.status_code == 200, local.text
        configured = httpx.post(
            url, json=INIT, headers={**good, "Origin": "https://app.example.test"}, timeout=10
        )
        assert configured.status_code == 200, configured.text


def test_http_on_loopback_without_token_is_open_to_local_clients() -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "SWITCHYARD_MCP_TOKEN"}
    cmd = fixture_command("our_server.py", "http", str(port))
    with running(cmd, port, env) as url:
        resp = httpx.post(url, json=INIT, headers=MCP_HEADERS, timeout=10)
        assert resp.status_code == 200, resp.text
        evil = httpx.post(url, json=INIT, headers={**MCP_HEADERS, "Origin": "http://evil.test"})
        assert evil.status_code == 403


def test_refuses_public_bind_without_token() -> None:
    env = {k: v for k, v in os.environ.items() if k != "SWITCHYARD_MCP_TOKEN"}
    proc = subprocess.run(
        [PYTHON, "-m", "mcp_servers.tools_server", "--transport", "http", "--host", "0.0.0.0"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "without a bearer token" in proc.stderr


def test_resolve_token_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SWITCHYARD_MCP_TOKEN", raising=False)
    assert resolve_token("127.0.0.1", None) is None
    with pytest.raises(ConfigError, match="without a bearer token"):
        resolve_token("0.0.0.0", None)
    with pytest.raises(ConfigError, match="at least"):
        resolve_token("0.0.0.0", "short")
    monkeypatch.setenv("SWITCHYARD_MCP_TOKEN", TOKEN)
    assert resolve_token("192.168.1.5", None) == TOKEN


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True),
     ("127.0.0.2", True), ("0.0.0.0", False), ("192.168.0.1", False), ("example.com", False)],
)  # fmt: skip
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [("http://localhost:3000", True), ("http://127.0.0.1", True), ("https://[::1]:8", True),
     ("http://localhost.evil.test", False), ("null", False), ("https://evil.test", False),
     ("https://ok.test", True)],
)  # fmt: skip
def test_origin_allowed(origin: str, allowed: bool) -> None:
    assert origin_allowed(origin, frozenset({"https://ok.test"})) is allowed
