"""Typed errors of the MCP client.

Transport and configuration problems raise these (DESIGN.md: the second error
channel); a tool's own failure comes back as ``McpCallResult.is_error`` instead,
so a model can read it and retry.
"""

from __future__ import annotations

from core.errors import ConfigError, SwitchyardError, TierUnavailableError


class McpError(SwitchyardError):
    """Base class of MCP client errors; ``server`` names the server involved."""

    def __init__(self, server: str, message: str) -> None:
        super().__init__(message)
        self.server = server


class McpConfigError(McpError, ConfigError):
    """``mcp_servers.json`` is invalid; the message names the server and the key."""


class McpServerUnavailableError(McpError, TierUnavailableError):
    """The server is not running: it failed to start, crashed, hung or is disabled."""


class McpToolUnavailableError(McpError):
    """The tool is unknown or withdrawn (e.g. its definition changed and awaits approval)."""
