"""The default registry (``tools.builtin.builtin_tools``) through our server."""

from __future__ import annotations

import asyncio

from mcp import types
from mcp.client import Client

from mcp_servers.tools_server import build_tools_server, default_registry


def test_builtin_tools_are_served_read_only() -> None:
    registry = default_registry()
    assert "calculator" in registry

    async def main() -> tuple[list[types.Tool], types.CallToolResult, types.CallToolResult]:
        async with Client(build_tools_server()) as client:
            tools = (await client.list_tools()).tools
            ok = await client.call_tool("calculator", {"expression": "12*7"})
            bad = await client.call_tool("calculator", {"expression": "12*/"})
            return tools, ok, bad

    tools, ok, bad = asyncio.run(main())
    assert [t.name for t in tools] == registry.names()
    for tool in tools:
        spec = registry.get(tool.name)
        assert tool.annotations is not None
        assert tool.annotations.read_only_hint is (spec.permission == "read_only")
        assert tool.annotations.destructive_hint is (spec.permission == "destructive")
    assert not ok.is_error and ok.content and "84" in str(ok.content[0])
    assert bad.is_error
