"""The runtime under ``McpManager``: server slots, their loop thread, start-up and failure.

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
from typing import Any, TypeVar

from mcp import types
from mcp.shared.exceptions import MCPError
from pydantic import ValidationError

from agents.mcp.config import ServerConfig, load_config
from agents.mcp.connection import CONNECTION_ERRORS, ServerConnection
from agents.mcp.errors import McpServerUnavailableError
from agents.mcp.held_calls import HeldCalls
from agents.mcp.pins import PinStore
from agents.mcp.results import definition_hash, tool_info
from agents.mcp.types import McpToolInfo, ServerState, ServerStatus

log = logging.getLogger(__name__)
REFRESH_FAILURES: tuple[type[BaseException], ...] = (
    MCPError,
    ValidationError,
    TimeoutError,
    *CONNECTION_ERRORS,
)
T = TypeVar("T")
MARGIN_S = 5.0  # slack for the sync wait on top of the async timeouts it wraps
# A held question waits this long for the user (a form left open over lunch is answered
# by calling the tool again); bounded so an abandoned call does not stay open forever.
HOLD_QUESTION_S = 600.0


@dataclass
class Slot:
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


class ServerRuntime:
    """The configured servers' slots and lifecycle (``McpManager`` adds calls and queries).

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
        hold_question_s: How long a call whose server asked the user something stays
            open waiting for the answer (``agents.mcp.held_calls``); 0 never holds.
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
        hold_question_s: float = HOLD_QUESTION_S,
    ) -> None:
        self.config_path = Path(config_path)
        self.max_call_s = max_call_s
        self.hold_question_s = hold_question_s
        # Calls waiting on the user's answer to a server's question (on the loop only).
        self.held = HeldCalls()
        self.data_dir = Path(data_dir)
        self.request_timeout_s = request_timeout_s
        self.startup_timeout_s = startup_timeout_s
        self.backoff_initial_s = backoff_initial_s
        self.backoff_max_s = backoff_max_s
        self.max_result_chars = max_result_chars
        self.health_interval_s = health_interval_s
        self.pins = PinStore(self.data_dir / "mcp_pins.json")
        self._slots = {c.name: Slot(c) for c in load_config(self.config_path)}
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
        timeout = max((self._startup_timeout(s) for s in slots), default=0.0) + 2 * MARGIN_S
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
                future.result(self._startup_timeout(slot) + 2 * MARGIN_S)

    def _ensure_loop(self) -> None:
        if self._loop is None:
            loop = asyncio.new_event_loop()
            self._thread = threading.Thread(
                target=loop.run_forever, name="mcp-manager", daemon=True
            )
            self._thread.start()
            self._loop = loop

    async def _start_all(self, slots: list[Slot]) -> None:
        await asyncio.gather(*(self._start_slot(s) for s in slots))

    def stop(self) -> None:
        """Close every session (terminating stdio processes) and stop the loop thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        try:
            self._submit(self._stop_all(), 3 * MARGIN_S, "*")
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=MARGIN_S)
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

    # -- internals -------------------------------------------------------------

    def _slot(self, server: str) -> Slot:
        slot = self._slots.get(server)
        if slot is None:
            known = ", ".join(self._slots) or "none"
            raise McpServerUnavailableError(
                server,
                f"no MCP server named {server!r} in {self.config_path} (configured: {known})",
            )
        return slot

    def _request_timeout(self, slot: Slot) -> float:
        return slot.config.timeout_s or self.request_timeout_s

    def _startup_timeout(self, slot: Slot) -> float:
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

    async def _ensure_running(self, slot: Slot) -> None:
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
    def _is_running(slot: Slot) -> bool:
        # A function call, so mypy does not narrow ``state`` across the await above.
        return slot.state == "running"

    async def _start_slot(self, slot: Slot) -> None:
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
                data_dir=self.data_dir,
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

    def _adopt_tools(self, slot: Slot, conn: ServerConnection, tools: list[types.Tool]) -> None:
        """Take a tool listing, checked against the pins: a changed definition stays
        disabled until ``approve`` (at start-up and on every ``list_changed``)."""
        hashes = {t.name: definition_hash(t) for t in tools}
        changed = self.pins.check(slot.config.name, hashes)
        with self._lock:
            slot.conn, slot.tools, slot.hashes, slot.changed = conn, tools, hashes, changed
            slot.infos = {t.name: tool_info(slot.config, t, t.name in changed) for t in tools}
            slot.last_infos = dict(slot.infos)

    def _refresh_later(self, slot: Slot, conn: ServerConnection) -> None:
        # Not awaited in the notification handler: listing is a request on the same session.
        task = asyncio.get_running_loop().create_task(self._refresh(slot, conn))
        self._closers.add(task)
        task.add_done_callback(self._closers.discard)

    async def _refresh(self, slot: Slot, conn: ServerConnection) -> None:
        """``notifications/tools/list_changed``: list again, so a new tool can be called."""
        try:
            tools = await conn.list_tools()
        except REFRESH_FAILURES as exc:
            log.warning("MCP server %r: re-listing tools failed: %s", slot.config.name, exc)
            return
        if slot.conn is conn:
            self._adopt_tools(slot, conn, tools)

    def _mark_failed(self, slot: Slot, reason: str) -> None:
        with self._lock:
            slot.failures += 1
            delay = min(self.backoff_initial_s * 2 ** (slot.failures - 1), self.backoff_max_s)
            slot.state, slot.reason = "failed", reason
            slot.next_retry_at = time.monotonic() + delay
            slot.conn, slot.infos, slot.tools = None, {}, []

    def _fail(self, slot: Slot, conn: ServerConnection, reason: str) -> McpServerUnavailableError:
        """Withdraw a misbehaving server, close it in the background, return the error to raise."""
        if slot.conn is conn:
            self._mark_failed(slot, reason)
            self._close_later(conn)
        name = slot.config.name
        return McpServerUnavailableError(name, f"MCP server {name!r} is unavailable: {reason}")

    def _on_lost(self, slot: Slot, conn: ServerConnection, reason: str) -> None:
        if slot.conn is conn:
            self._mark_failed(slot, reason)
            self._close_later(conn)

    def _close_later(self, conn: ServerConnection) -> None:
        # Closing a hung stdio server waits for it to exit (then kills it);
        # the caller gets its error now instead of after that.
        task = asyncio.get_running_loop().create_task(conn.close())
        self._closers.add(task)
        task.add_done_callback(self._closers.discard)
