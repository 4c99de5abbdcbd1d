"""Adapt registered tools to MCP: annotations from permissions, one error boundary.

``ToolSpec.permission`` is the single source of truth for what a tool may
touch; the MCP annotations a client sees are derived from it here, so they
cannot drift from the registry.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import anyio.to_thread
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations

from core.errors import ConfigError, SwitchyardError, ToolInputError
from tools.registry import Permission, ToolRegistry, ToolSpec

log = logging.getLogger(__name__)

# Errors whose message tells the caller what to change in the arguments.
FIXABLE_ERRORS: tuple[type[Exception], ...] = (ToolInputError, ValueError, ArithmeticError)


def annotations_for(
    permission: Permission, *, idempotent: bool, title: str | None = None
) -> ToolAnnotations:
    """MCP hints that are true to a tool's permission.

    ``external_network`` tools reach the outside world (open world) and are not
    promised to be read-only; only ``destructive`` tools get ``destructiveHint``.
    """
    return ToolAnnotations(
        title=title,
        read_only_hint=permission == "read_only",
        destructive_hint=permission == "destructive",
        idempotent_hint=idempotent,
        open_world_hint=permission == "external_network",
    )


def guarded(
    name: str, func: Callable[..., Any], *, offload: bool = False
) -> Callable[..., Awaitable[Any]]:
    """Wrap a tool function as the single error boundary between it and MCP clients.

    The wrapper keeps the function's signature (``functools.wraps`` sets
    ``__wrapped__``), so MCPServer still builds the input schema from it.

    Args:
        name: Tool name for the server log.
        func: The tool function (sync or async).
        offload: Run a sync function in a worker thread so a slow one (document
            search, the whole workflow) does not stall other sessions. Off for
            deterministic tools: they take microseconds, and the thread hop
            would roughly double the cost of a call.
    """

    @functools.wraps(func)
    async def call(**kwargs: Any) -> Any:
        try:
            if inspect.iscoroutinefunction(func):
                return await func(**kwargs)
            if not offload:
                return func(**kwargs)
            return await anyio.to_thread.run_sync(functools.partial(func, **kwargs))
        except FIXABLE_ERRORS as exc:
            raise ToolError(str(exc) or type(exc).__name__) from exc
        except SwitchyardError as exc:
            # Our own typed errors carry messages written for users.
            raise ToolError(str(exc)) from exc
        # Boundary: the one place a tool's unexpected failure is converted for
        # a client. The traceback goes to the server log, never to the client.
        except Exception as exc:
            log.exception("tool %s failed", name)
            raise ToolError(f"internal error in tool {name!r}; see the server log") from exc

    return call


def add_spec(server: MCPServer, spec: ToolSpec) -> None:
    """Register one ``ToolSpec`` on a MCPServer server."""
    try:
        server.add_tool(
            guarded(spec.name, spec.func),
            name=spec.name,
            description=spec.description,
            annotations=annotations_for(spec.permission, idempotent=spec.idempotent),
        )
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"tool {spec.name!r} cannot be exposed over MCP: {exc}") from exc


def add_registry(server: MCPServer, registry: ToolRegistry) -> None:
    """Register every tool of a registry, in registration order."""
    for spec in registry:
        add_spec(server, spec)
