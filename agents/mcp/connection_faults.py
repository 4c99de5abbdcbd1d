"""How the MCP client tells a dead connection from a failed request, and says which.

Split from ``agents.mcp.connection`` (re-exported there): the call layer
(``agents.mcp.calls``) and the runtime classify the same SDK errors.
"""

from __future__ import annotations

import anyio
import httpx2
from mcp.shared.exceptions import MCPError
from mcp.types import CONNECTION_CLOSED, REQUEST_TIMEOUT

# Errors that mean the connection itself is gone (not that the tool failed).
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    anyio.ClosedResourceError,
    anyio.BrokenResourceError,
    anyio.EndOfStream,
    OSError,
    httpx2.HTTPError,
)


def describe(exc: BaseException) -> str:
    """One line for a status table: the innermost meaningful error."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return f"command not found: {exc.filename}"
    if is_connection_closed(exc):
        return "connection closed by the server"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


def is_timeout(exc: MCPError) -> bool:
    """The SDK reports a request read timeout as JSON-RPC ``REQUEST_TIMEOUT`` (-32001)."""
    return exc.code == REQUEST_TIMEOUT


def is_connection_closed(exc: BaseException) -> bool:
    """Whether the SDK reports that the transport under the session is gone."""
    return isinstance(exc, MCPError) and exc.code == CONNECTION_CLOSED
