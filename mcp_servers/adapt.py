"""Adapt registered tools to MCP: annotations from permissions, one error boundary.

``ToolSpec.permission`` is the single source of truth for what a tool may
touch; the MCP annotations a client sees are derived from it here, so they
cannot drift from the registry.
"""

from __future__ import annotations

import functools
import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations

from core.errors import ConfigError, SwitchyardError, ToolInputError
from mcp_servers.base import log_to_client
from tools.registry import Permission, ToolRegistry, ToolSpec

log = logging.getLogger(__name__)
T = TypeVar("T")
# Seconds between "still working" progress notifications of a long call.
HEARTBEAT_S = 2.0
# The injected request context's parameter name; no tool argument is called this.
CONTEXT_PARAM = "mcp_context"

# The declared name (``clientInfo.name``) of the client whose call is running: set by
# ``guarded`` from the request context, read by tools that release data per client.
# A ContextVar, so the worker thread a call is offloaded to sees it too.
_CALLING_CLIENT: ContextVar[str | None] = ContextVar("mcp_calling_client", default=None)

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


def calling_client() -> str | None:
    """The name the calling MCP client declared (None outside a ``client_aware`` tool call)."""
    return _CALLING_CLIENT.get()


def _client_of(context: Context[Any, Any]) -> str | None:
    try:
        params = context.session.client_params
    except (LookupError, ValueError, AttributeError):
        return None
    return params.client_info.name if params is not None else None


def guarded(
    name: str,
    func: Callable[..., Any],
    *,
    offload: bool = False,
    progress: str | None = None,
    client_aware: bool = False,
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
        progress: For long calls, what the tool is doing ("answering"): the
            client gets progress notifications (start, a heartbeat every
            ``HEARTBEAT_S`` with the seconds elapsed, done) when it sent a
            progress token, and log messages at its log level. A heartbeat
            lets a client extend its timeout instead of giving up on a call
            that is still working.
        client_aware: Make the calling client's declared name available to
            ``func`` through ``calling_client()`` (for results that are masked
            unless the client is trusted).
    """

    async def invoke(kwargs: dict[str, Any]) -> Any:
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

    if progress is None and not client_aware:

        @functools.wraps(func)
        async def call(**kwargs: Any) -> Any:
            return await invoke(kwargs)

        return call

    @functools.wraps(func)
    async def call_reporting(*, mcp_context: Context[Any, Any], **kwargs: Any) -> Any:
        token = _CALLING_CLIENT.set(_client_of(mcp_context))
        try:
            if progress is None:
                return await invoke(kwargs)
            return await with_progress(mcp_context, name, progress, invoke(kwargs))
        finally:
            _CALLING_CLIENT.reset(token)

    # MCPServer injects the request context into a parameter annotated Context;
    # the class itself (not a string) so the annotation resolves in any module.
    # Annotations evaluated in the tool's own module: the new signature is read
    # from this module, where the tool's type aliases are not defined.
    signature = inspect.signature(func, eval_str=True)
    context_param = inspect.Parameter(
        CONTEXT_PARAM, inspect.Parameter.KEYWORD_ONLY, annotation=Context
    )
    call_reporting.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*signature.parameters.values(), context_param]
    )
    hints = {k: v.annotation for k, v in signature.parameters.items()}
    if signature.return_annotation is not inspect.Signature.empty:
        hints["return"] = signature.return_annotation
    call_reporting.__annotations__ = {**hints, CONTEXT_PARAM: Context}
    return call_reporting


async def with_progress(ctx: Context[Any, Any], name: str, doing: str, work: Awaitable[T]) -> T:
    """Await ``work`` while telling the client it started, is still going, and ended.

    Args:
        ctx: The request's context (progress goes to its progress token, if any).
        name: The tool's name, for the log lines.
        doing: What the tool is doing, in a few words ("answering").
        work: The call itself.
    """
    started = time.monotonic()
    await ctx.report_progress(0, None, f"{name}: {doing}")
    await log_to_client(ctx, "info", f"{name}: {doing}")
    done = anyio.Event()

    async def heartbeat() -> None:
        while not done.is_set():
            with anyio.move_on_after(HEARTBEAT_S):
                await done.wait()
            if not done.is_set():
                elapsed = time.monotonic() - started
                await ctx.report_progress(elapsed, None, f"{name}: still {doing} ({elapsed:.0f} s)")

    failure: ToolError | None = None
    async with anyio.create_task_group() as group:
        group.start_soon(heartbeat)
        # Caught inside the group so the caller sees the ToolError itself, not
        # an exception group wrapping it.
        try:
            result = await work
        except ToolError as exc:
            failure = exc
        finally:
            done.set()
    if failure is not None:
        await log_to_client(ctx, "error", f"{name}: {failure}")
        raise failure
    elapsed = max(time.monotonic() - started, 0.001)
    await ctx.report_progress(elapsed, elapsed, f"{name}: done in {elapsed:.1f} s")
    await log_to_client(ctx, "info", f"{name}: done in {elapsed:.1f} s")
    return result


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
