"""Turn SDK tool definitions and call results into Switchyard's values."""

from __future__ import annotations

import json
from typing import Any

from mcp import types

from agents.mcp.config import ServerConfig
from agents.mcp.permissions import permission_from_annotations
from agents.mcp.pins import tool_hash
from agents.mcp.types import McpCallResult, McpToolInfo
from tools.registry import Permission

TASK_ONLY_REASON = (
    "it needs task support (execution.taskSupport = required): the MCP tasks extension,"
    " which Switchyard's MCP client does not offer yet"
)


def annotations_of(tool: types.Tool) -> dict[str, Any]:
    """The tool's annotations as a dict in wire spelling (``readOnlyHint``), unset hints left out.

    Wire spelling keeps permission lookups and pinned definition hashes the same
    whichever SDK version parsed the listing.
    """
    if tool.annotations is None:
        return {}
    return tool.annotations.model_dump(exclude_none=True, by_alias=True, mode="json")


def permission_of(config: ServerConfig, tool: types.Tool) -> Permission:
    """The tool's permission from its annotations and the spec's fail-safe defaults."""
    return permission_from_annotations(
        annotations_of(tool), listed_destructive=tool.name in config.destructive_tools
    )


def is_destructive(config: ServerConfig, tool: types.Tool) -> bool:
    """Whether the tool may destroy something (annotated so, unannotated, or listed)."""
    return permission_of(config, tool) == "destructive"


def definition_hash(tool: types.Tool) -> str:
    """Hash of the tool's name, description, input schema and annotations."""
    return tool_hash(tool.name, tool.description or "", tool.input_schema, annotations_of(tool))


def needs_task(tool: types.Tool) -> bool:
    """Whether the tool runs only as a task (``execution.taskSupport == "required"``).

    Switchyard's client makes plain ``tools/call`` requests, which such a tool refuses.
    """
    execution = tool.execution  # None from servers before the 2025-11-25 spec
    return execution is not None and execution.task_support == "required"


def tool_info(config: ServerConfig, tool: types.Tool, changed: bool) -> McpToolInfo:
    """Describe one listed tool; a changed definition is disabled pending approval, and a
    task-only one is disabled for good (never offered to a model)."""
    permission = permission_of(config, tool)
    task_only = needs_task(tool)
    return McpToolInfo(
        server=config.name,
        name=tool.name,
        description=tool.description or "",
        input_schema=dict(tool.input_schema),
        annotations=annotations_of(tool),
        enabled=not changed and not task_only,
        disabled_reason=(
            TASK_ONLY_REASON
            if task_only
            else f"definition changed since it was pinned; review it, then run "
            f"`switchyard mcp approve {config.name}`"
            if changed
            else ""
        ),
        task_only=task_only,
        destructive=permission == "destructive",
        requires_confirmation=permission != "read_only",
        local_only=config.privacy == "local",
        permission=permission,
    )


def _block_text(block: types.ContentBlock) -> str:
    if isinstance(block, types.TextContent):
        return block.text
    if isinstance(block, types.ImageContent | types.AudioContent):
        return f"[{block.type} {block.mime_type}, {len(block.data)} base64 chars]"
    if isinstance(block, types.ResourceLink):
        return f"[resource {block.uri}]"
    if isinstance(block, types.EmbeddedResource):
        res = block.resource
        if isinstance(res, types.TextResourceContents):
            return res.text
        return f"[resource {res.uri}, {res.mime_type or 'binary'}]"
    return f"[{type(block).__name__}]"


def call_result(
    config: ServerConfig,
    tool: str,
    result: types.CallToolResult,
    latency_ms: float,
    max_chars: int,
) -> McpCallResult:
    """Convert a ``CallToolResult``, capping its size.

    A huge result would flood the model's context and the trace store, so
    text past ``max_chars`` is cut with a note, and a structured part whose
    JSON is larger than that is dropped (its text rendering remains).
    """
    text = "\n".join(_block_text(b) for b in result.content)
    if len(text) > max_chars:
        text = f"{text[:max_chars]}\n[truncated: {len(text) - max_chars} more characters]"
    structured = result.structured_content
    if structured is not None and len(json.dumps(structured, default=str)) > max_chars:
        structured = None
    return McpCallResult(
        server=config.name,
        tool=tool,
        text=text,
        structured=structured,
        is_error=bool(result.is_error),
        local_only=config.privacy == "local",
        latency_ms=latency_ms,
    )
