"""McpManager: every configured external server, one persistent session each.

The pieces: ``runtime`` (slots, loop thread, start-up, failure and backoff),
``calls`` (tool calls, timeouts, linked resources) and this module (the queries
the agents and CLI make, and approving changed tool definitions).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agents.mcp.calls import ToolCalls
from agents.mcp.results import tool_info
from agents.mcp.runtime import MARGIN_S, Slot
from agents.mcp.types import McpToolInfo

if TYPE_CHECKING:
    from langchain_core.tools import BaseTool


class McpManager(ToolCalls):
    """Starts, watches and calls the servers in ``mcp_servers.json``.

    See ``ServerRuntime`` for the constructor's arguments.
    """

    def __enter__(self) -> McpManager:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- queries ---------------------------------------------------------------

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
        return self._submit(self._aapprove(slot), self._startup_timeout(slot) + MARGIN_S, server)

    async def _aapprove(self, slot: Slot) -> list[str]:
        slot.next_retry_at = 0.0
        await self._ensure_running(slot)
        approved = list(slot.changed)
        self.pins.approve(slot.config.name, slot.hashes)
        with self._lock:
            slot.changed = []
            slot.infos = {t.name: tool_info(slot.config, t, False) for t in slot.tools}
            slot.last_infos = dict(slot.infos)
        return approved
