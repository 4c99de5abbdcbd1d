"""One MCP tool call chosen by code (:mod:`agents.mcp_dispatch` and the sentence reader,
:mod:`agents.mcp_prose_calls`, both make them; kept apart so neither imports the other)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["McpDispatch"]


@dataclass(frozen=True)
class McpDispatch:
    """One MCP tool call chosen by code, and why."""

    server: str
    tool: str
    running: bool
    args: dict[str, Any] = field(default_factory=dict)
    reason: str = ""
