"""Values the MCP manager hands out: server status, tool info and call results."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from tools.registry import Permission

ServerState = Literal["running", "failed", "starting", "disabled"]


@dataclass(frozen=True)
class ServerStatus:
    """One server's health as shown by ``switchyard mcp status``.

    Attributes:
        reason: One line saying why the server is not running (empty when it is).
        tools: Number of tools the server offers (enabled or not).
        pending_changes: Tools whose definition changed since pinned; they stay
            disabled until ``approve(name)``.
        retry_in_s: Seconds until the next start-up attempt of a failed server.
    """

    name: str
    state: ServerState
    reason: str = ""
    tools: int = 0
    pending_changes: tuple[str, ...] = ()
    privacy: Literal["local", "external"] = "external"
    transport: Literal["stdio", "http"] = "stdio"
    retry_in_s: float | None = None


@dataclass(frozen=True)
class McpToolInfo:
    """A tool of an external server, with what Switchyard decided about it.

    Attributes:
        annotations: MCP ``ToolAnnotations`` as a dict (absent hints are absent).
        destructive: Annotated ``destructiveHint`` (or unannotated, which the MCP
            spec treats as possibly destructive) or listed in ``destructive_tools``.
        requires_confirmation: Running it needs a human's yes for some role (it does
            more than read).
        local_only: Results come from a ``local`` server and must not leave the machine.
        permission: The level the policy gate enforces (see ``agents.mcp.permissions``).
        task_only: The tool runs only as a task (``execution.taskSupport: required``);
            it stays disabled, since this client makes plain calls.
    """

    server: str
    name: str
    description: str
    input_schema: dict[str, Any]
    annotations: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True
    disabled_reason: str = ""
    destructive: bool = False
    requires_confirmation: bool = False
    local_only: bool = False
    permission: Permission = "destructive"
    task_only: bool = False

    @property
    def qualified_name(self) -> str:
        """``server__tool``: unique across servers, valid as a model tool name."""
        return f"{self.server}__{self.name}"


@dataclass(frozen=True)
class McpCallResult:
    """The outcome of one ``tools/call``, carrying its origin for trace records.

    Attributes:
        text: Text content blocks joined by newlines (other blocks summarised).
        structured: ``structuredContent`` when the server sent one.
        is_error: The tool reported an error the caller can fix (``isError``).
        local_only: The result came from a ``local`` server: the step is ``local_only``.
        elicitation: The question the server asked that has no answer yet
            (``ElicitationQuestion.to_data()``, with ``held`` when the call waits for
            the answer in this process; otherwise it is made again with the answer).
        answered_by_rerun: The answer was meant for a held call that this process no
            longer holds, so the tool was called again (its body ran twice).
    """

    server: str
    tool: str
    text: str
    structured: dict[str, Any] | None = None
    is_error: bool = False
    local_only: bool = False
    latency_ms: float = 0.0
    elicitation: dict[str, Any] | None = None
    answered_by_rerun: bool = False

    @property
    def privacy(self) -> Literal["public", "local_only"]:
        """The step's privacy class in ``core.types`` terms."""
        return "local_only" if self.local_only else "public"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (used as the LangChain tool artifact)."""
        return {
            "server": self.server,
            "tool": self.tool,
            "text": self.text,
            "structured": self.structured,
            "is_error": self.is_error,
            "local_only": self.local_only,
            "privacy": self.privacy,
            "latency_ms": self.latency_ms,
        }
