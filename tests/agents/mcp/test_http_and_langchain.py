"""The client over streamable HTTP (our server as a subprocess) and the LangChain adapter."""

from __future__ import annotations

import asyncio

import pytest
from langchain_core.messages import ToolMessage

from tests.agents.mcp.conftest import MakeManager, fixture_entry, reason_of, state_of
from tests.mcp_servers.procs import free_port, running
from tests.mcp_servers.third_party import fixture_command

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]
TOKEN = "client-test-token-0123456789"


def test_http_server_with_bearer_from_env(
    make_manager: MakeManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SY_TEST_MCP_TOKEN", TOKEN)
    port = free_port()
    cmd = fixture_command("our_server.py", "http", str(port))
    with running(cmd, port, {"SWITCHYARD_MCP_TOKEN": TOKEN}) as url:
        manager = make_manager(
            {
                "ours": {"url": url, "headers": {"Authorization": "Bearer ${SY_TEST_MCP_TOKEN}"}},
                "wrong": {"url": url, "headers": {"Authorization": "Bearer nope"}},
            }
        )
        assert state_of(manager, "ours") == "running"
        result = manager.call_tool("ours", "add", {"a": 40, "b": 2})
        assert result.structured == {"result": 42} and result.server == "ours"
        ask = manager.call_tool("ours", "ask", {"question": "hi"})
        assert ask.structured is not None and ask.structured["answer"] == "answer to hi"
        assert state_of(manager, "wrong") == "failed"
        assert "401" in reason_of(manager, "wrong")
        infos = {t.name: t for t in manager.list_tools() if t.server == "ours"}
        assert infos["delete_note"].requires_confirmation
        assert not infos["add"].requires_confirmation


def test_langchain_adapter_errors_and_async(make_manager: MakeManager) -> None:
    manager = make_manager({"good": fixture_entry("good_server.py", privacy="local")})
    tools = {t.name: t for t in manager.langchain_tools()}
    add = tools["good__add"]
    assert add.metadata is not None and add.metadata["privacy"] == "local_only"
    assert tools["good__wipe"].metadata == {
        "server": "good",
        "tool": "wipe",
        "privacy": "local_only",
        "destructive": True,
        "requires_confirmation": True,
        "permission": "destructive",
    }
    ok = add.invoke({"name": add.name, "args": {"a": 1, "b": 2}, "id": "1", "type": "tool_call"})
    assert isinstance(ok, ToolMessage) and ok.content == "3"
    assert ok.artifact["local_only"] is True and ok.artifact["server"] == "good"
    bad = add.invoke({"name": add.name, "args": {"a": "x", "b": 2}, "id": "2", "type": "tool_call"})
    assert isinstance(bad, ToolMessage) and bad.status == "error"
    assert "valid integer" in str(bad.content)

    async def from_another_loop() -> object:
        return await add.ainvoke({"a": 5, "b": 5})

    assert asyncio.run(from_another_loop()) == "10"
