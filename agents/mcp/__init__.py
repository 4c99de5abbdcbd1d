"""MCP client: external servers from ``mcp_servers.json`` as agent tools.

``McpManager`` keeps one persistent session per server on a background event
loop, isolates failures, pins tool definitions and adapts enabled tools to
LangChain (``langchain_tools()``).

``McpManager`` is imported on first use: it loads the ``mcp`` SDK, which a
process with no MCP servers configured (a CLI ``ask "3+4"``) never needs.
"""

from typing import TYPE_CHECKING, Any

from agents.mcp.config import ServerConfig, load_config
from agents.mcp.errors import (
    McpConfigError,
    McpError,
    McpServerUnavailableError,
    McpToolUnavailableError,
)
from agents.mcp.types import McpCallResult, McpToolInfo, ServerStatus

if TYPE_CHECKING:
    from agents.mcp.manager import McpManager

__all__ = [
    "McpCallResult",
    "McpConfigError",
    "McpError",
    "McpManager",
    "McpServerUnavailableError",
    "McpToolInfo",
    "McpToolUnavailableError",
    "ServerConfig",
    "ServerStatus",
    "load_config",
]


def __getattr__(name: str) -> Any:
    if name == "McpManager":
        from agents.mcp.manager import McpManager

        return McpManager
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
