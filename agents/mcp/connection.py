"""One external server's persistent session, owned by one long-lived task.

The SDK's transport and session context managers hold anyio task groups and
cancel scopes, which must be entered and exited in the same task. So each
server gets a task (``_run``) that opens the transport, initialises the
session, then parks until asked to stop; other tasks on the same event loop
send requests through the session, which is safe because requests only write
to memory streams and wait for their own reply.

The session type it opens is in ``agents.mcp.client_session``, a call's deadlines in
``agents.mcp.tool_call`` and the reading of SDK errors in ``agents.mcp.connection_faults``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any, TextIO

import anyio
import httpx2
from mcp import ClientSession, StdioServerParameters, types
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from pydantic import ValidationError

from agents.mcp.client_session import (
    LOG_LEVELS,
    SwitchyardSession,
    refuse_roots,
    refuse_sampling,
)
from agents.mcp.config import ServerConfig
from agents.mcp.connection_faults import (
    CONNECTION_ERRORS,
    describe,
    is_connection_closed,
    is_timeout,
)
from agents.mcp.elicitation import AnswerBook, ElicitationRouter
from agents.mcp.errors import McpServerUnavailableError
from agents.mcp.oauth import open_oauth
from agents.mcp.tool_call import call_with_deadline
from core.version import switchyard_version

# The fault helpers lived here first; callers import them from this module.
__all__ = [
    "CONNECTION_ERRORS",
    "ServerConnection",
    "describe",
    "is_connection_closed",
    "is_timeout",
]

# A server's log lines (``_on_log``) keep this module's logger name.
log = logging.getLogger(__name__)

_MAX_TOOL_PAGES = 50
_PING_FAILURES: tuple[type[BaseException], ...] = (MCPError, TimeoutError, *CONNECTION_ERRORS)
_GARBAGE_SHOWN = 60  # characters of a non-JSON-RPC stdout line quoted in a reason


class ServerConnection:
    """A started (or starting) session with one server.

    Args:
        config: The server's config entry.
        startup_timeout_s: Bound on process/transport start, ``initialize`` and ``tools/list``.
        data_dir: The settings' data directory: OAuth grants and credential files live
            there, and a stdio server's stderr goes to ``logs/mcp-NAME.log`` in it (its
            last line explains a crash at start-up).
        on_lost: Called (on the loop) with a reason when the session dies after start-up.
        health_interval_s: How often an idle session is pinged to notice a dead server.
        on_tools_changed: Called (on the loop) when the server says its tool list changed.
    """

    def __init__(
        self,
        config: ServerConfig,
        *,
        startup_timeout_s: float,
        data_dir: Path,
        on_lost: Callable[[str], None],
        health_interval_s: float = 15.0,
        on_tools_changed: Callable[[], None] | None = None,
    ) -> None:
        self.config = config
        self.startup_timeout_s = startup_timeout_s
        self.health_interval_s = health_interval_s
        self.session: ClientSession | None = None
        self.tools: list[types.Tool] = []
        self._data_dir = data_dir
        self._log_path = data_dir / "logs" / f"mcp-{config.name}.log"
        self._log_offset = 0
        self._on_lost = on_lost
        self._stop = asyncio.Event()
        self._ready: asyncio.Future[None] | None = None
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        # The SDK turns an HTTP error status into a generic JSON-RPC error; the
        # status (401, 404, ...) is what tells a user what to fix.
        self._http_status = ""
        self._on_tools_changed = on_tools_changed
        # The first line the server wrote to stdout that is not JSON-RPC: a server that
        # prints banners or logs to stdout breaks the protocol, and that is the reason to give.
        self.garbage = ""
        # A server's questions during a call go to that call's answer book.
        self.elicitation = ElicitationRouter()

    async def start(self) -> None:
        """Start the owner task and wait until the tools are listed.

        Raises:
            McpServerUnavailableError: With a one-line reason, within the start-up timeout.
        """
        self._ready = asyncio.get_running_loop().create_future()
        # start() may stop waiting (outer timeout) before the failure is set;
        # mark it retrieved so asyncio does not log it as lost.
        self._ready.add_done_callback(lambda f: f.cancelled() or f.exception())
        self._task = asyncio.create_task(self._run(), name=f"mcp-server:{self.config.name}")
        try:
            # The session timeout bounds each request; this outer bound also
            # covers a transport that never yields (margin for process spawn).
            await asyncio.wait_for(asyncio.shield(self._ready), self.startup_timeout_s + 2.0)
        except TimeoutError:
            # Hard stop: cancelling the owner task kills the process at once.
            self._closing = True
            if self._task is not None:
                self._task.cancel()
            raise self._unavailable(
                f"no reply within {self.startup_timeout_s:g}s at start-up{self.garbage_note()}"
            ) from None
        # On McpServerUnavailableError the owner task is already unwinding;
        # the caller awaits close() in the background.

    def _unavailable(self, reason: str) -> McpServerUnavailableError:
        return McpServerUnavailableError(
            self.config.name, f"MCP server {self.config.name!r} failed to start: {reason}"
        )

    def _open_errlog(self, stack: AsyncExitStack) -> TextIO:
        self._log_path.parent.mkdir(parents=True, exist_ok=True)
        fh = stack.enter_context(self._log_path.open("a", encoding="utf-8"))
        self._log_offset = fh.tell()
        return fh

    def stderr_tail(self) -> str:
        """The last non-empty stderr line written since this start (stdio only)."""
        try:
            with self._log_path.open("r", encoding="utf-8", errors="replace") as fh:
                fh.seek(self._log_offset)
                lines = [ln.strip() for ln in fh.read()[-4000:].splitlines() if ln.strip()]
        except OSError:
            return ""
        return lines[-1][:160] if lines else ""

    async def _open(self, stack: AsyncExitStack) -> ClientSession:
        cfg = self.config
        if cfg.transport == "stdio":
            params = StdioServerParameters(
                command=cfg.command, args=list(cfg.args), env=cfg.env or None, cwd=cfg.cwd
            )
            errlog = self._open_errlog(stack)
            read, write = await stack.enter_async_context(stdio_client(params, errlog=errlog))
        else:
            # The SDK's transport needs an httpx2 client (an httpx one silently
            # loses server-initiated messages); redirects followed as before.
            auth = await open_oauth(cfg, self._data_dir, stack)
            client = httpx2.AsyncClient(
                auth=auth,
                headers=cfg.headers,
                timeout=httpx2.Timeout(self.startup_timeout_s, read=300.0),
                follow_redirects=True,
                event_hooks={"response": [self._note_http_status]},
            )
            await stack.enter_async_context(client)
            read, write = await stack.enter_async_context(
                streamable_http_client(cfg.url, http_client=client)
            )
        return await stack.enter_async_context(
            SwitchyardSession(
                read,
                write,
                read_timeout_seconds=self.startup_timeout_s,
                message_handler=self._on_message,
                sampling_callback=refuse_sampling,
                list_roots_callback=refuse_roots,
                logging_callback=self._on_log,
                elicitation_callback=self.elicitation,
                # Servers log and show who connected: Switchyard, not the SDK's default.
                client_info=types.Implementation(
                    name="switchyard", title="Switchyard", version=switchyard_version()
                ),
            )
        )

    async def _on_message(self, message: object) -> None:
        """Transport faults and server notifications the SDK surfaces."""
        if isinstance(message, ValidationError) and not self.garbage:
            errors = message.errors()
            raw = errors[0].get("input") if errors else None
            shown = raw if isinstance(raw, str) else repr(raw)
            self.garbage = shown[:_GARBAGE_SHOWN]
            log.warning("MCP server %r wrote non-JSON-RPC to stdout: %r", self.config.name, shown)
        elif isinstance(message, types.ToolListChangedNotification) and self._on_tools_changed:
            self._on_tools_changed()

    async def _on_log(self, params: types.LoggingMessageNotificationParams) -> None:
        """A server's ``notifications/message`` goes to our log, named after the server."""
        level = LOG_LEVELS.get(params.level, logging.WARNING)
        source = f"{self.config.name}/{params.logger}" if params.logger else self.config.name
        log.log(level, "MCP server %s: %s", source, params.data)

    def garbage_note(self) -> str:
        """`` (it wrote non-JSON-RPC to stdout: '...')`` once it has, else empty."""
        return f" (it wrote non-JSON-RPC to stdout: {self.garbage!r})" if self.garbage else ""

    async def _note_http_status(self, response: httpx2.Response) -> None:
        if response.is_error:
            self._http_status = f"HTTP {response.status_code} {response.reason_phrase}".strip()

    async def list_tools(self) -> list[types.Tool]:
        """List the tools again (after ``notifications/tools/list_changed``).

        A notification sent during start-up (servers register tools after
        ``initialize``) waits for the start to finish, then lists.
        """
        if self._ready is not None and not self._ready.done():
            await asyncio.wait([self._ready])
        session = self.session
        if session is None:
            raise anyio.ClosedResourceError()
        self.tools = await self._list_tools(session)
        return self.tools

    async def read_text(self, uri: str, timeout_s: float) -> str:
        """The text parts of one resource (blobs are named, not decoded).

        Raises:
            MCPError: The server refused (unknown resource) or did not answer in time.
        """
        session = self.session
        if session is None:
            raise anyio.ClosedResourceError()
        result = await asyncio.wait_for(session.read_resource(uri), timeout_s)
        return "\n".join(
            part.text
            if isinstance(part, types.TextResourceContents)
            else f"[binary {part.mime_type or 'data'}, {len(part.blob)} base64 chars]"
            for part in result.contents
        )

    async def ping(self, timeout_s: float) -> bool:
        """Whether the server answers a ping within ``timeout_s`` (it is not wedged)."""
        session = self.session
        if session is None:
            return False
        try:
            await asyncio.wait_for(session.send_ping(), timeout_s)
        except _PING_FAILURES:
            return False
        return True

    async def _list_tools(self, session: ClientSession) -> list[types.Tool]:
        tools: list[types.Tool] = []
        cursor: str | None = None
        for _ in range(_MAX_TOOL_PAGES):
            page = await session.list_tools(
                params=types.PaginatedRequestParams(cursor=cursor) if cursor else None
            )
            tools.extend(page.tools)
            cursor = page.next_cursor
            if not cursor:
                break
        return tools

    async def _run(self) -> None:
        assert self._ready is not None
        # Boundary (both handlers below): anything a third-party server or its
        # transport does wrong (anyio exception groups, protocol errors, OS
        # errors) becomes a one-line status reason here instead of killing the
        # manager's loop. The inner handler reports before the transport's
        # clean-up (which may wait seconds for a hung process to exit); the
        # outer one catches errors raised by that clean-up itself.
        try:
            async with AsyncExitStack() as stack:
                try:
                    session = await self._open(stack)
                    await session.initialize()
                    self.tools = await self._list_tools(session)
                    self.session = session
                    self._ready.set_result(None)
                    await self._park(session)
                except Exception as exc:  # noqa: BLE001
                    self.session = None
                    self._report_failure(exc)
        except Exception as exc:  # noqa: BLE001
            self._report_failure(exc)
        finally:
            self.session = None
        if not self._ready.done():
            # The transport closed cleanly before start-up finished (process exited).
            self._ready.set_exception(self._unavailable(self._exit_reason("exited")))
        elif not self._closing:
            self._on_lost("connection closed by the server")

    def _exit_reason(self, what: str) -> str:
        if self.config.transport != "stdio":
            return f"{what} ({self._http_status})" if self._http_status else what
        tail = self.stderr_tail()
        return f"{what} (stderr: {tail})" if tail else what

    def _report_failure(self, exc: Exception) -> None:
        assert self._ready is not None
        if not self._ready.done():
            self._closing = True  # reported through start(), not on_lost
            reason = describe(exc)
            if isinstance(exc, MCPError) and is_timeout(exc):
                reason = f"no reply within {self.startup_timeout_s:g}s at start-up"
            reason += self.garbage_note()
            self._ready.set_exception(self._unavailable(self._exit_reason(reason)))
        elif not self._closing:
            self._closing = True
            self._on_lost(self._exit_reason(f"connection lost: {describe(exc)}"))

    async def _park(self, session: ClientSession) -> None:
        """Wait for ``close()``; ping now and then so a dead server is noticed while idle."""
        while not self._stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self.health_interval_s)
                return
            # MCPError (timeout) or a closed stream ends the session: the
            # caller of _run reports it through on_lost.
            await session.send_ping()

    async def call(
        self,
        name: str,
        args: dict[str, Any],
        timeout_s: float,
        max_call_s: float,
        book: AnswerBook | None = None,
    ) -> types.CallToolResult | None:
        """Send ``tools/call`` with a progress token.

        The call may go ``timeout_s`` without a word from the server; each progress
        notification starts that wait again, up to ``max_call_s`` in all. When either
        runs out, the request is cancelled (the SDK sends ``notifications/cancelled``)
        and ``TimeoutError`` is raised; the session stays open.

        Questions the server asks meanwhile (``elicitation/create``, or the
        multi-round-trip form) are answered from ``book``; ``None`` is returned when
        one has no answer yet (``book.asked`` holds it).

        Raises:
            TimeoutError: No reply (or progress) in time; the request was cancelled.
            MCPError: A JSON-RPC error, or the connection closed.
        """
        session = self.session
        if session is None:
            raise anyio.ClosedResourceError()
        return await call_with_deadline(
            session,
            self.elicitation,
            name,
            args,
            timeout_s=timeout_s,
            max_call_s=max_call_s,
            book=book or AnswerBook(self.config.name, name, ()),
        )

    async def close(self, grace_s: float = 5.0) -> None:
        """Stop the owner task; cancel it (killing the process) if it does not exit in time."""
        self._closing = True
        self._stop.set()
        task = self._task
        if task is None or task.done():
            return
        try:
            await asyncio.wait_for(asyncio.shield(task), grace_s)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._ready is not None and not self._ready.done():
            # Closed while starting: start() returns now instead of at its timeout.
            self._ready.set_exception(self._unavailable("stopped while starting"))
