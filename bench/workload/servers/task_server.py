"""A stdio MCP server with one tool that can only run as a task (for the workload and tests).

``export_report`` declares ``execution.taskSupport = "required"`` (MCP 2025-11-25): a
client that does not speak task-augmented calls must not offer it to a model, and a
request naming it must be told why it cannot run. ``ping`` is an ordinary tool, so the
server itself is healthy. Written on the low-level server because FastMCP has no
parameter for a tool's ``execution`` field.
"""

from __future__ import annotations

from typing import Any

import anyio
from mcp import types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

server: Server[Any, Any] = Server("fixture-tasks")
_READ_ONLY = types.ToolAnnotations(readOnlyHint=True, openWorldHint=False)


@server.list_tools()  # type: ignore[no-untyped-call, untyped-decorator]
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(
            name="export_report",
            description="Export a long report (runs as a background task).",
            inputSchema={"type": "object", "properties": {"month": {"type": "string"}}},
            annotations=_READ_ONLY,
            execution=types.ToolExecution(taskSupport="required"),
        ),
        types.Tool(
            name="ping",
            description="Answer pong.",
            inputSchema={"type": "object", "properties": {}},
            annotations=_READ_ONLY,
        ),
    ]


@server.call_tool()  # type: ignore[untyped-decorator]
async def call_tool(name: str, arguments: dict[str, Any]) -> list[types.TextContent]:
    # A task-only tool called without a task is a protocol error; the workload
    # checks it is never reached this way.
    if name == "export_report":
        raise ValueError("export_report must be called as a task")
    return [types.TextContent(type="text", text="pong")]


async def _main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    anyio.run(_main)
