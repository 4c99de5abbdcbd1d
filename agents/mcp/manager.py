"""McpManager: every configured external server, one persistent session each.

Sessions live on a private event loop in a background thread, so sync callers
(CLI, Streamlit) and async callers on other loops can both use them. Servers
are isolated: one that fails to start, crashes or hangs is marked ``failed``
with a one-line reason and its tools are withdrawn; the next call after its
backoff window tries to start it again.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
import time
from collections.abc import Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from mcp import types
from mcp.shared.exceptions import MCPError
from pydantic import ValidationError

from agents.mcp.config import ServerConfig, load_config
from agents.mcp.connection import (
    CONNECTION_ERRORS,
    ServerConnection,
    describe,
    is_connection_closed,
    is_timeout,
)
from agents.mcp.errors import McpServerUnavailableError, McpToolUnavailableError
from agents.mcp.pins import PinStore
from agents.mcp.results import call_result, definition_hash, tool_info
from agents.mcp.types import McpCallResult, McpToolInfo, ServerState, ServerStatus

if TYPE_CHECKING:
    from langchain_core.tools import BaseTool

log = logging.getLogger(__name__)
_REFRESH_FAILURES: tuple[type[BaseException], ...] = (
    MCPError,
    ValidationError,
    TimeoutError,
    *CONNECTION_ERRORS,
)
T = TypeVar("T")
_MAX_LINKS_READ = 5  # resource links read per result (a result may link to many)
_MARGIN_S = 5.0  # slack for the sync wait on top of the async timeouts it wraps


@dataclass
class _Slot:
    """Runtime record of one server; mutated only on the manager's loop."""

    config: ServerConfig
    state: ServerState = "starting"
    reason: str = ""
    conn: ServerConnection | None = None
    tools: list[types.Tool] = field(default_factory=list)
    hashes: dict[str, str] = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)
    infos: dict[str, McpToolInfo] = field(default_factory=dict)
    # The last listing, kept when the server dies: the gate still knows what its tools do.
    last_infos: dict[str, McpToolInfo] = field(default_factory=dict)
    failures: int = 0
    next_retry_at: float = 0.0
    lock: asyncio.Lock | None = None
    # The connection of a start-up still in progress, so stop() can end it too.
    starting: ServerConnection | None = None


class McpManager:
    """Starts, watches and calls the servers in ``mcp_servers.json``.

    Args:
        config_path: The desktop-client-shaped config file (missing = no servers).
        data_dir: Where the pin file (``mcp_pins.json``) and server logs go.
        request_timeout_s: Default per-request timeout (a server's ``timeout_s`` overrides).
        startup_timeout_s: Default start-up timeout (``startup_timeout_s`` overrides).
        backoff_initial_s: First wait before retrying a failed server; doubles per failure.
        backoff_max_s: Cap of that wait.
        max_result_chars: Results longer than this are truncated.
        health_interval_s: Idle sessions are pinged this often to notice dead servers.
        max_call_s: Ceiling of one call while the server keeps sending progress
            (each progress notification restarts the request timeout, up to this).
    """

    def __init__(
        self,
        config_path: Path | str,
        data_dir: Path | str,
        request_timeout_s: float = 5.0,
        startup_timeout_s: float = 10.0,
        *,
        backoff_initial_s: float = 1.0,
        backoff_max_s: float = 60.0,
        max_result_chars: int = 100_000,
        health_interval_s: float = 15.0,
        max_call_s: float = 300.0,
    ) -> None:
        self.config_path = Path(config_path)
        self.max_call_s = max_call_s
        self.data_dir = Path(data_dir)
        self.request_timeout_s = request_timeout_s
        self.startup_timeout_s = startup_timeout_s
        self.backoff_initial_s = backoff_initial_s
        self.backoff_max_s = backoff_max_s
        self.max_result_chars = max_result_chars
        self.health_interval_s = health_interval_s
        self.pins = PinStore(self.data_dir / "mcp_pins.json")
        self._slots = {c.name: _Slot(c) for c in load_config(self.config_path)}
        for slot in self._slots.values():
            if slot.config.disabled:
                slot.state, slot.reason = "disabled", "disabled in config"
        self._lock = threading.Lock()  # guards reads of slots from other threads
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closers: set[asyncio.Task[None]] = set()
        # Start-ups begun by start_background() and not yet awaited by anyone.
        self._background: dict[str, concurrent.futures.Future[None]] = {}
        # How many times a caller had to wait for a start-up: a question that needs
        # no MCP tool must leave this at 0 (the lazy-start test reads it).
        self.start_waits = 0

    # -- lifecycle -------------------------------------------------------------

    def start(self) -> list[ServerStatus]:
        """Start every enabled server concurrently; failures are reported, not raised."""
        self._ensure_loop()
        slots = [s for s in self._slots.values() if not s.config.disabled]
        timeout = max((self._startup_timeout(s) for s in slots), default=0.0) + 2 * _MARGIN_S
        self._submit(self._start_all(slots), timeout, "*")
        return self.status()

    def start_background(self) -> None:
        """Begin starting every enabled server and return at once (lazy start).

        A question that needs no MCP tool never waits for a server; one that needs a
        server still starting waits for it (``await_starts``), at most its start-up
        timeout, then gets that server's one-line reason.
        """
        self._ensure_loop()
        loop = self._require_loop()
        for slot in self._slots.values():
            if not slot.config.disabled:
                future = asyncio.run_coroutine_threadsafe(self._start_slot(slot), loop)
                self._background[slot.config.name] = future

    def await_starts(self, server: str | None = None) -> None:
        """Wait until the background start-up of ``server`` (default: every server) ends.

        Each wait is bounded by that server's start-up timeout; a server that fails
        is left ``failed`` with its reason, which ``status()`` then reports.
        """
        names = [server] if server is not None else list(self._background)
        for name in names:
            future = self._background.get(name)
            slot = self._slots.get(name)
            if future is None or slot is None or future.done():
                continue
            self.start_waits += 1
            # A failed start leaves the slot ``failed`` with its reason; nothing to raise here.
            with contextlib.suppress(
                concurrent.futures.TimeoutError, concurrent.futures.CancelledError
            ):
                future.result(self._startup_timeout(slot) + 2 * _MARGIN_S)

    def _ensure_loop(self) -> None:
        if self._loop is None:
            loop = asyncio.new_event_loop()
            self._thread = threading.Thread(
                target=loop.run_forever, name="mcp-manager", daemon=True
            )
            self._thread.start()
            self._loop = loop

    async def _start_all(self, slots: list[_Slot]) -> None:
        await asyncio.gather(*(self._start_slot(s) for s in slots))

    def stop(self) -> None:
        """Close every session (terminating stdio processes) and stop the loop thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        try:
            self._submit(self._stop_all(), 3 * _MARGIN_S, "*")
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=_MARGIN_S)
            if not thread.is_alive():
                loop.close()
            self._loop = self._thread = None

    async def _stop_all(self) -> None:
        conns = [s.conn for s in self._slots.values() if s.conn is not None]
        # A start-up still waiting on a hung server is ended now, not at its timeout.
        starting = [s.starting for s in self._slots.values() if s.starting is not None]
        await asyncio.gather(
            *(c.close() for c in conns), *(c.close(grace_s=0.0) for c in starting), *self._closers
        )
        for slot in self._slots.values():
            slot.conn = None

    def __enter__(self) -> McpManager:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- queries ---------------------------------------------------------------

    def status(self) -> list[ServerStatus]:
        """One ``ServerStatus`` per configured server, in config order."""
        now = time.monotonic()
        with self._lock:
            return [
                ServerStatus(
                    name=s.config.name,
                    state=s.state,
                    reason=s.reason,
                    tools=len(s.tools),
                    pending_changes=tuple(s.changed),
                    privacy=s.config.privacy,
                    transport=s.config.transport,
                    retry_in_s=max(0.0, s.next_retry_at - now) if s.state == "failed" else None,
                )
                for s in self._slots.values()
            ]

    def list_tools(self) -> list[McpToolInfo]:
        """Tools of running servers (changed ones included but ``enabled=False``)."""
        with self._lock:
            return [
                info
                for s in self._slots.values()
                if s.state == "running"
                for info in s.infos.values()
            ]

    def known_tools(self) -> list[tuple[str, str, bool]]:
        """``(server, tool, running)`` for running servers' enabled tools and, for servers
        that are down, the tools they had when last pinned, so a question that needs a
        down server gets an error naming it instead of silently going elsewhere."""
        with self._lock:
            slots = list(self._slots.values())
        known: list[tuple[str, str, bool]] = []
        for slot in slots:
            if slot.state == "running":
                name = slot.config.name
                known += [(name, i.name, True) for i in slot.infos.values() if i.enabled]
            elif slot.state != "disabled":
                pins = self.pins.pinned(slot.config.name) or {}
                known += [(slot.config.name, name, False) for name in pins]
        return known

    def tool_info(self, server: str, name: str) -> McpToolInfo | None:
        """What is known of one tool: its current listing, or the last one if the server
        is down (``None`` when this process never saw it listed: its permission is unknown).
        """
        with self._lock:
            slot = self._slots.get(server)
            if slot is None or slot.config.disabled:
                return None
            return slot.infos.get(name) or slot.last_infos.get(name)

    def langchain_tools(self) -> list[BaseTool]:
        """Enabled tools as LangChain ``StructuredTool`` objects bound to this manager.

        Only a step that offers tools to a model asks for these, so only such a step
        waits for servers still starting in the background.
        """
        from agents.mcp.langchain import to_langchain_tools

        self.await_starts()

        return to_langchain_tools(self, [t for t in self.list_tools() if t.enabled])

    # -- calls -----------------------------------------------------------------

    def call_tool(
        self, server: str, name: str, args: dict[str, Any] | None = None
    ) -> McpCallResult:
        """Call a tool from any thread except the manager's own.

        Returns:
            The result; ``is_error`` marks a failure the caller can fix (bad arguments).

        Raises:
            McpServerUnavailableError: The server is down, hung, disabled or in backoff.
            McpToolUnavailableError: Unknown tool, or disabled pending approval.
        """
        slot = self._slot(server)
        call_s = max(self._request_timeout(slot), self.max_call_s)
        timeout = call_s + self._startup_timeout(slot) + 3 * _MARGIN_S
        return self._submit(self._acall(server, name, dict(args or {})), timeout, server)

    async def acall_tool(
        self, server: str, name: str, args: dict[str, Any] | None = None
    ) -> McpCallResult:
        """Async ``call_tool`` usable from any event loop."""
        coro = self._acall(server, name, dict(args or {}))
        if asyncio.get_running_loop() is self._loop:
            return await coro
        return await asyncio.wrap_future(
            asyncio.run_coroutine_threadsafe(coro, self._require_loop())
        )

    async def _acall(self, server: str, name: str, args: dict[str, Any]) -> McpCallResult:
        slot = self._slot(server)
        await self._ensure_running(slot)
        info = slot.infos.get(name)
        if info is None:
            raise McpToolUnavailableError(server, f"MCP server {server!r} has no tool {name!r}")
        if not info.enabled:
            raise McpToolUnavailableError(
                server,
                f"tool {name!r} of MCP server {server!r} is disabled: {info.disabled_reason}",
            )
        conn = slot.conn
        assert conn is not None
        timeout = self._request_timeout(slot)
        started = time.perf_counter()
        try:
            result = await conn.call(name, args, timeout, self.max_call_s)
        except MCPError as exc:
            if is_timeout(exc):  # the SDK's backstop: the deadline in conn.call did not fire
                raise self._fail(
                    slot, conn, f"hung: no reply to {name!r} within {timeout:g}s"
                ) from exc
            if is_connection_closed(exc):
                raise self._fail(slot, conn, "connection closed by the server") from exc
            # A JSON-RPC error about this request (bad params, unknown tool):
            # the caller can fix it, and the server itself is fine.
            latency = (time.perf_counter() - started) * 1000
            return McpCallResult(
                server=server, tool=name, text=exc.message, is_error=True,
                local_only=slot.config.privacy == "local", latency_ms=latency,
            )  # fmt: skip
        except TimeoutError as exc:
            return await self._timed_out(slot, conn, name, timeout, started, exc)
        except CONNECTION_ERRORS as exc:
            raise self._fail(slot, conn, f"connection lost: {describe(exc)}") from exc
        except ValidationError as exc:
            raise self._fail(slot, conn, f"malformed reply to {name!r}: {describe(exc)}") from exc
        if slot.config.read_resource_links:
            result = await self._with_linked_text(conn, result, timeout)
        latency = (time.perf_counter() - started) * 1000
        return call_result(slot.config, name, result, latency, self.max_result_chars)

    async def _with_linked_text(
        self, conn: ServerConnection, result: types.CallToolResult, timeout: float
    ) -> types.CallToolResult:
        """Add the text of the resources a trusted server's result links to.

        The text joins the result itself, so it meets every check a tool result meets
        (privacy scan, taint, size cap); a link that cannot be read says why.
        """
        links = [b for b in result.content if isinstance(b, types.ResourceLink)]
        added: list[types.ContentBlock] = []
        for link in links[:_MAX_LINKS_READ]:
            try:
                text = await conn.read_text(str(link.uri), timeout)
            except _REFRESH_FAILURES as exc:
                text = f"(could not be read: {describe(exc)})"
            added.append(types.TextContent(type="text", text=f"[resource {link.uri}]\n{text}"))
        if not added:
            return result
        return result.model_copy(update={"content": [*result.content, *added]})

    async def _timed_out(
        self,
        slot: _Slot,
        conn: ServerConnection,
        name: str,
        timeout: float,
        started: float,
        exc: TimeoutError,
    ) -> McpCallResult:
        """A call went quiet and was cancelled: keep the server if it still answers a ping.

        A slow tool (a long operation without progress) must not take the server's other
        tools down with it; a server that answers nothing at all is withdrawn as before.
        """
        if conn.garbage:
            # It answered with something that is not JSON-RPC: a broken server, not a slow one.
            why = f"no valid reply to {name!r} within {timeout:g}s{conn.garbage_note()}"
            raise self._fail(slot, conn, why) from exc
        if not await conn.ping(min(timeout, _MARGIN_S)):
            why = f"hung: no reply to {name!r} within {timeout:g}s, nor to a ping"
            raise self._fail(slot, conn, why + conn.garbage_note()) from exc
        latency = (time.perf_counter() - started) * 1000
        text = (
            f"MCP tool {name!r} of server {slot.config.name!r} sent no result or progress "
            f"within {timeout:g}s (or ran past mcp.max_call_s = {self.max_call_s:g}s) and was "
            "cancelled; the server is still running."
        )
        return McpCallResult(
            server=slot.config.name, tool=name, text=text, is_error=True,
            local_only=slot.config.privacy == "local", latency_ms=latency,
        )  # fmt: skip

    # -- approval --------------------------------------------------------------

    def approve(self, server: str) -> list[str]:
        """Pin the server's current tool definitions and re-enable changed tools.

        Starts the server first if needed (ignoring its backoff window), so the
        CLI can call it on a fresh manager without ``start()``; call ``stop()``
        afterwards in that case.

        Returns:
            Names of the tools whose new definitions were approved.
        """
        self._ensure_loop()
        slot = self._slot(server)
        return self._submit(self._aapprove(slot), self._startup_timeout(slot) + _MARGIN_S, server)

    async def _aapprove(self, slot: _Slot) -> list[str]:
        slot.next_retry_at = 0.0
        await self._ensure_running(slot)
        approved = list(slot.changed)
        self.pins.approve(slot.config.name, slot.hashes)
        with self._lock:
            slot.changed = []
            slot.infos = {t.name: tool_info(slot.config, t, False) for t in slot.tools}
            slot.last_infos = dict(slot.infos)
        return approved

    # -- internals -------------------------------------------------------------

    def _slot(self, server: str) -> _Slot:
        slot = self._slots.get(server)
        if slot is None:
            known = ", ".join(self._slots) or "none"
            raise McpServerUnavailableError(
                server,
                f"no MCP server named {server!r} in {self.config_path} (configured: {known})",
            )
        return slot

    def _request_timeout(self, slot: _Slot) -> float:
        return slot.config.timeout_s or self.request_timeout_s

    def _startup_timeout(self, slot: _Slot) -> float:
        return slot.config.startup_timeout_s or self.startup_timeout_s

    def _require_loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            raise McpServerUnavailableError("*", "McpManager is not started; call start() first")
        return self._loop

    def _submit(self, coro: Coroutine[Any, Any, T], timeout: float, server: str) -> T:
        loop = self._loop
        if loop is None:
            coro.close()
            raise McpServerUnavailableError(server, "McpManager is not started; call start() first")
        if threading.current_thread() is self._thread:
            coro.close()
            raise RuntimeError("sync McpManager methods cannot run on its own loop; use acall_tool")
        future = asyncio.run_coroutine_threadsafe(coro, loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            # Only reached if an inner timeout failed to fire; never hang the caller.
            future.cancel()
            raise McpServerUnavailableError(
                server, f"MCP server {server!r} did not answer within {timeout:g}s"
            ) from None

    async def _ensure_running(self, slot: _Slot) -> None:
        name = slot.config.name
        if slot.config.disabled:
            raise McpServerUnavailableError(name, f"MCP server {name!r} is disabled in config")
        if slot.state == "running":
            return
        if slot.state == "starting":
            self.start_waits += 1
        wait = slot.next_retry_at - time.monotonic()
        if slot.state == "failed" and wait > 0:
            raise McpServerUnavailableError(
                name, f"MCP server {name!r} is unavailable: {slot.reason} (retry in {wait:.1f}s)"
            )
        await self._start_slot(slot)
        if not self._is_running(slot):
            raise McpServerUnavailableError(
                name, f"MCP server {name!r} is unavailable: {slot.reason}"
            )

    @staticmethod
    def _is_running(slot: _Slot) -> bool:
        # A function call, so mypy does not narrow ``state`` across the await above.
        return slot.state == "running"

    async def _start_slot(self, slot: _Slot) -> None:
        if slot.lock is None:
            slot.lock = asyncio.Lock()
        async with slot.lock:  # concurrent callers share one start-up attempt
            if slot.state == "running":
                return
            if slot.state == "failed" and slot.next_retry_at > time.monotonic():
                return  # the attempt this caller waited for has just failed; keep its reason
            with self._lock:
                slot.state, slot.reason = "starting", ""
            conn = ServerConnection(
                slot.config,
                startup_timeout_s=self._startup_timeout(slot),
                log_dir=self.data_dir / "logs",
                on_lost=lambda reason: self._on_lost(slot, conn, reason),
                health_interval_s=self.health_interval_s,
                on_tools_changed=lambda: self._refresh_later(slot, conn),
            )
            slot.starting = conn
            try:
                await conn.start()
            except McpServerUnavailableError as exc:
                self._close_later(conn)
                self._mark_failed(slot, str(exc).removeprefix(f"MCP server {slot.config.name!r} "))
                return
            finally:
                slot.starting = None
            self._adopt_tools(slot, conn, conn.tools)
            with self._lock:
                slot.state, slot.reason, slot.failures = "running", "", 0

    def _adopt_tools(self, slot: _Slot, conn: ServerConnection, tools: list[types.Tool]) -> None:
        """Take a tool listing, checked against the pins: a changed definition stays
        disabled until ``approve`` (at start-up and on every ``list_changed``)."""
        hashes = {t.name: definition_hash(t) for t in tools}
        changed = self.pins.check(slot.config.name, hashes)
        with self._lock:
            slot.conn, slot.tools, slot.hashes, slot.changed = conn, tools, hashes, changed
            slot.infos = {t.name: tool_info(slot.config, t, t.name in changed) for t in tools}
            slot.last_infos = dict(slot.infos)

    def _refresh_later(self, slot: _Slot, conn: ServerConnection) -> None:
        # Not awaited in the notification handler: listing is a request on the same session.
        task = asyncio.get_running_loop().create_task(self._refresh(slot, conn))
        self._closers.add(task)
        task.add_done_callback(self._closers.discard)

    async def _refresh(self, slot: _Slot, conn: ServerConnection) -> None:
        """``notifications/tools/list_changed``: list again, so a new tool can be called."""
        try:
            tools = await conn.list_tools()
        except _REFRESH_FAILURES as exc:
            log.warning("MCP server %r: re-listing tools failed: %s", slot.config.name, exc)
            return
        if slot.conn is conn:
            self._adopt_tools(slot, conn, tools)

    def _mark_failed(self, slot: _Slot, reason: str) -> None:
        with self._lock:
            slot.failures += 1
            delay = min(self.backoff_initial_s * 2 ** (slot.failures - 1), self.backoff_max_s)
            slot.state, slot.reason = "failed", reason
            slot.next_retry_at = time.monotonic() + delay
            slot.conn, slot.infos, slot.tools = None, {}, []

    def _fail(self, slot: _Slot, conn: ServerConnection, reason: str) -> McpServerUnavailableError:
        """Withdraw a misbehaving server, close it in the background, return the error to raise."""
        if slot.conn is conn:
            self._mark_failed(slot, reason)
            self._close_later(conn)
        name = slot.config.name
        return McpServerUnavailableError(name, f"MCP server {name!r} is unavailable: {reason}")

    def _on_lost(self, slot: _Slot, conn: ServerConnection, reason: str) -> None:
        if slot.conn is conn:
            self._mark_failed(slot, reason)
            self._close_later(conn)

    def _close_later(self, conn: ServerConnection) -> None:
        # Closing a hung stdio server waits for it to exit (then kills it);
        # the caller gets its error now instead of after that.
        task = asyncio.get_running_loop().create_task(conn.close())
        self._closers.add(task)
        task.add_done_callback(self._closers.discard)
