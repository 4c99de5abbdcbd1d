"""Adapt the manager's tools to LangChain ``StructuredTool`` objects.

langchain-mcp-adapters' converter binds each tool to a session it calls on the
caller's event loop; our sessions live on the manager's own loop for the life
of the app, so the adapter here goes through ``McpManager`` instead (which also
gives every call the manager's timeouts, isolation and pinning checks).
A server's question during a call is answered from, or left at, the tool turn's
``QuestionDesk`` (``agents.mcp.model_questions``), so a model's call pauses the run too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from langchain_core.tools import BaseTool, StructuredTool, ToolException

from agents.mcp.model_questions import QuestionDesk, current_desk
from agents.mcp.types import McpCallResult, McpToolInfo

if TYPE_CHECKING:
    from agents.mcp.manager import McpManager


def _content_and_artifact(result: McpCallResult) -> tuple[str, dict[str, Any]]:
    if result.is_error:
        # Error channel 1 (DESIGN.md): the model sees the message and can retry.
        raise ToolException(result.text or f"tool {result.tool!r} reported an error")
    return result.text, result.to_dict()


def _leave_question(
    desk: QuestionDesk | None, name: str, args: dict[str, Any], result: McpCallResult
) -> McpCallResult:
    # A question with no answer yet goes to the tool turn's desk, which pauses the run.
    if desk is not None and result.elicitation is not None:
        desk.leave_question(name, args, result.elicitation)
    if desk is not None and result.answered_by_rerun:
        desk.reruns.append(f"{result.server}.{result.tool}")
    return result


def to_langchain_tool(manager: McpManager, info: McpToolInfo) -> BaseTool:
    """One MCP tool as a ``StructuredTool``.

    The tool's name is ``server__tool``; its metadata carries ``server``,
    ``tool``, ``privacy`` (``local_only`` | ``public``), ``destructive``,
    ``requires_confirmation`` and ``permission`` so the graph can route, trace,
    interrupt and the policy gate can decide.
    The artifact is ``McpCallResult.to_dict()``. Transport failures raise
    ``McpServerUnavailableError`` rather than becoming tool messages.
    """
    server, tool, name = info.server, info.name, info.qualified_name

    def run(**kwargs: Any) -> tuple[str, dict[str, Any]]:
        desk = current_desk()
        answers = desk.answers_for(name, kwargs) if desk is not None else []
        result = manager.call_tool(server, tool, kwargs, answers=answers)
        return _content_and_artifact(_leave_question(desk, name, kwargs, result))

    async def arun(**kwargs: Any) -> tuple[str, dict[str, Any]]:
        desk = current_desk()
        answers = desk.answers_for(name, kwargs) if desk is not None else []
        result = await manager.acall_tool(server, tool, kwargs, answers=answers)
        return _content_and_artifact(_leave_question(desk, name, kwargs, result))

    schema = dict(info.input_schema) or {"type": "object", "properties": {}}
    return StructuredTool.from_function(
        func=run,
        coroutine=arun,
        name=name,
        description=info.description or f"{tool} (MCP server {server})",
        args_schema=schema,
        response_format="content_and_artifact",
        handle_tool_error=True,
        metadata={
            "server": server,
            "tool": tool,
            "privacy": "local_only" if info.local_only else "public",
            "destructive": info.destructive,
            "requires_confirmation": info.requires_confirmation,
            "permission": info.permission,
        },
    )


def to_langchain_tools(manager: McpManager, infos: list[McpToolInfo]) -> list[BaseTool]:
    """Adapt several tools (callers pass only enabled ones)."""
    return [to_langchain_tool(manager, info) for info in infos]
