"""MCP client: external servers from ``mcp_servers.json`` as agent tools.

``McpManager`` keeps one persistent session per server on a background event
loop, isolates failures, pins tool definitions and adapts enabled tools to
LangChain (``langchain_tools()``).
"""

from agents.mcp.config import ServerConfig, load_config
from agents.mcp.errors import (
    McpConfigError,
    McpError,
    McpServerUnavailableError,
    McpToolUnavailableError,
)
from agents.mcp.manager import McpManager
from agents.mcp.types import McpCallResult, McpToolInfo, ServerStatus

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
