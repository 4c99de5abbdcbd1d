"""An ``McpManager`` made on first use, so a process that never needs MCP never pays for it.

Importing the ``mcp`` SDK alone costs a CLI command seconds; an ``ask`` that a
calculator answers touches no MCP tool. ``DeferredMcpManager`` stands in for the
manager: the first call that needs it imports the SDK, builds the manager and
starts its servers in the background (``McpManager.start_background``), then
forwards. Long-lived front ends (the web app) use the manager directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from langchain_core.tools import BaseTool

    from agents.mcp.elicitation_types import ElicitationAnswer
    from agents.mcp.manager import McpManager
    from agents.mcp.types import McpCallResult, McpToolInfo, ServerStatus


class DeferredMcpManager:
    """Forwards to an ``McpManager`` built (and started in the background) on first use.

    Args:
        config_path: ``mcp_servers.json``.
        data_dir: Where pins and server logs go.
        configure: Called with the manager once it is built, before its servers start
            (e.g. to share pins through the storage layer).
        **options: ``McpManager`` keyword arguments (timeouts, ``max_call_s``).
    """

    def __init__(
        self,
        config_path: Path | str,
        data_dir: Path | str,
        *,
        configure: Callable[[McpManager], None] | None = None,
        **options: Any,
    ) -> None:
        self.config_path = Path(config_path)
        self.data_dir = Path(data_dir)
        self._configure = configure
        self._options = options
        self._manager: McpManager | None = None

    @property
    def started(self) -> bool:
        """Whether anything has needed the manager yet (the lazy-start test reads it)."""
        return self._manager is not None

    def manager(self) -> McpManager:
        """The real manager, built and started in the background on the first call."""
        if self._manager is None:
            from agents.mcp.manager import McpManager

            manager = McpManager(self.config_path, self.data_dir, **self._options)
            if self._configure is not None:
                self._configure(manager)
            manager.start_background()
            self._manager = manager
        return self._manager

    @property
    def start_waits(self) -> int:
        """How many times a caller waited for a server start (0 before first use)."""
        return self._manager.start_waits if self._manager is not None else 0

    def status(self) -> list[ServerStatus]:
        """See ``McpManager.status``."""
        return self.manager().status()

    def list_tools(self) -> list[McpToolInfo]:
        """See ``McpManager.list_tools``."""
        return self.manager().list_tools()

    def known_tools(self) -> list[tuple[str, str, bool]]:
        """See ``McpManager.known_tools``."""
        return self.manager().known_tools()

    def tool_info(self, server: str, name: str) -> McpToolInfo | None:
        """See ``McpManager.tool_info``."""
        return self.manager().tool_info(server, name)

    def langchain_tools(self) -> list[BaseTool]:
        """See ``McpManager.langchain_tools``."""
        return self.manager().langchain_tools()

    def await_starts(self, server: str | None = None) -> None:
        """See ``McpManager.await_starts``."""
        self.manager().await_starts(server)

    def call_tool(
        self,
        server: str,
        name: str,
        args: dict[str, Any] | None = None,
        *,
        answers: Sequence[ElicitationAnswer] = (),
    ) -> McpCallResult:
        """See ``McpManager.call_tool``."""
        return self.manager().call_tool(server, name, args, answers=answers)

    async def acall_tool(
        self,
        server: str,
        name: str,
        args: dict[str, Any] | None = None,
        *,
        answers: Sequence[ElicitationAnswer] = (),
    ) -> McpCallResult:
        """See ``McpManager.acall_tool``."""
        return await self.manager().acall_tool(server, name, args, answers=answers)

    def approve(self, server: str) -> list[str]:
        """See ``McpManager.approve``."""
        return self.manager().approve(server)

    def stop(self) -> None:
        """Stop the manager if it was ever built; otherwise there is nothing to stop."""
        if self._manager is not None:
            self._manager.stop()
