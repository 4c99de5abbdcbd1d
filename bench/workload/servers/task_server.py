"""A stdio MCP server with one tool that can only run as a task (for the workload and tests).

``export_report`` declares ``execution.taskSupport = "required"`` (MCP 2025-11-25): a
client that does not speak task-augmented calls must not offer it to a model, and a
request naming it must be told why it cannot run. ``ping`` is an ordinary tool, so the
server itself is healthy. Written on the low-level server because MCPServer has no
parameter for a tool's ``execution`` field.
"""

from __future__ import annotations

from typing import Any

import anyio
from mcp import types
from mcp.server import ServerRequestContext
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

_READ_ONLY = types.ToolAnnotations(read_only_hint=True, open_world_hint=False)
_TOOLS = [
    types.Tool(
        name="export_report",
        description="Export a long report (runs as a background task).",
        input_schema={"type": "object", "properties": {"month": {"type": "string"}}},
        annotations=_READ_ONLY,
        execution=types.ToolExecution(task_support="required"),
    ),
    types.Tool(
        name="ping",
        description="Answer pong.",
        input_schema={"type": "object", "properties": {}},
        annotations=_READ_ONLY,
    ),
]


async def list_tools(
    ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
) -> types.ListToolsResult:
    return types.ListToolsResult(tools=_TOOLS)


async def call_tool(
    ctx: ServerRequestContext[Any], params: types.CallToolRequestParams
) -> types.CallToolResult:
    # A task-only tool called without a task is a protocol error; the workload
    # checks it is never reached this way.
    if params.name == "export_report":
        raise ValueError("export_report must be called as a task")
    return types.CallToolResult(content=[types.TextContent(type="text", text="pong")])


server: Server[Any] = Server("fixture-tasks", on_list_tools=list_tools, on_call_tool=call_tool)


async def _main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    anyio.run(_main)
