"""The agents' tool belt: built-in tools (and MCP tools) behind one permission check.

Models only ever *propose* tool calls. ``ToolBox.call`` decides: the tool must
exist, be allowed for the caller's role and the step's purpose, and its
arguments must validate against the schema. A refusal or a bad argument comes
back as a tool message the model can read, never as an exception that ends
the turn. A tool result is data: it can never add or enable tools.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, ValidationError

from core.errors import SwitchyardError, ToolInputError
from tools.registry import Permission, ToolRegistry

Role = Literal["viewer", "user", "admin"]

# What each role may run without asking; anything else is denied outright.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    "viewer": frozenset({"read_only"}),
    "user": frozenset({"read_only", "external_network", "writes"}),
    "admin": frozenset({"read_only", "external_network", "writes", "destructive"}),
}
# Permissions that need an explicit human confirmation before they run.
CONFIRM_PERMISSIONS: frozenset[Permission] = frozenset({"destructive", "external_network"})


@dataclass(frozen=True)
class ToolCallOutcome:
    """What happened to one proposed tool call."""

    tool: str
    args: dict[str, Any]
    output: str
    is_error: bool = False
    denied: str | None = None
    server: str | None = None
    local_only: bool = False
    latency_ms: float = 0.0


class ExternalCallResult(Protocol):
    """What an MCP call returns (``agents.mcp.McpCallResult``)."""

    text: str
    is_error: bool
    local_only: bool
    latency_ms: float


class ExternalTools(Protocol):
    """MCP tools as the tool box sees them (implemented by ``agents.mcp.McpManager``)."""

    def langchain_tools(self) -> list[BaseTool]: ...
    def known_tools(self) -> list[tuple[str, str, bool]]: ...
    def call_tool(
        self, server: str, name: str, args: dict[str, Any] | None = None
    ) -> ExternalCallResult: ...


@dataclass
class ToolBox:
    """Built-in tools plus optional external ones, with a permission policy."""

    builtin: ToolRegistry
    external_source: ExternalTools | None = None

    @property
    def external(self) -> list[BaseTool]:
        """The external tools enabled right now (a withdrawn server's tools disappear)."""
        return self.external_source.langchain_tools() if self.external_source else []

    def __post_init__(self) -> None:
        self._lc_builtin: dict[str, StructuredTool] = {
            spec.name: StructuredTool.from_function(
                spec.func, name=spec.name, description=spec.description
            )
            for spec in self.builtin
        }

    def permission_of(self, name: str) -> Permission:
        """A tool's permission level; external tools carry theirs in metadata."""
        if name in self.builtin:
            return self.builtin.get(name).permission
        for tool in self.external:
            if tool.name == name:
                return _external_permission(tool)
        raise KeyError(name)

    def allowed(self, name: str, role: Role) -> bool:
        """True when the role may run this tool at all (confirmation aside)."""
        try:
            return self.permission_of(name) in ROLE_PERMISSIONS[role]
        except KeyError:
            return False

    def needs_confirmation(self, name: str) -> bool:
        """True when a human must approve this tool call before it runs."""
        try:
            return self.permission_of(name) in CONFIRM_PERMISSIONS
        except KeyError:
            return False

    def available(self, role: Role) -> list[BaseTool]:
        """The tools offered to a model for this role (others are not even shown)."""
        allowed = ROLE_PERMISSIONS[role]
        tools: list[BaseTool] = [
            t for n, t in self._lc_builtin.items() if self.builtin.get(n).permission in allowed
        ]
        tools += [t for t in self.external if _external_permission(t) in allowed]
        return tools

    def call(
        self, name: str, args: dict[str, Any], *, role: Role, confirmed: bool = False
    ) -> ToolCallOutcome:
        """Check and run one proposed tool call; errors come back as tool output."""
        started = time.perf_counter()
        tool = self._lc_builtin.get(name) or next(
            (t for t in self.external if t.name == name), None
        )
        if tool is None:
            return ToolCallOutcome(
                name, args, f"error: no tool named {name!r}", True, "unknown tool"
            )
        permission = self.permission_of(name)
        if permission not in ROLE_PERMISSIONS[role]:
            reason = f"role {role!r} may not run {permission} tools"
            return ToolCallOutcome(name, args, f"denied: {reason}", True, reason)
        if permission in CONFIRM_PERMISSIONS and not confirmed:
            reason = f"{permission} tool needs confirmation, which was not given"
            return ToolCallOutcome(name, args, f"denied: {reason}", True, reason)
        meta = tool.metadata or {}
        try:
            schema = tool.args_schema
            if isinstance(schema, type) and issubclass(schema, BaseModel):
                schema.model_validate(args)
            result = tool.invoke(args)
        except ValidationError as exc:
            issues = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            return self._error(name, args, f"invalid arguments: {issues}", meta, started)
        except (ToolInputError, SwitchyardError) as exc:
            return self._error(name, args, str(exc), meta, started)
        return ToolCallOutcome(
            tool=name,
            args=args,
            output=_render(result),
            server=meta.get("server"),
            local_only=meta.get("privacy") in ("local", "local_only"),
            latency_ms=(time.perf_counter() - started) * 1000,
        )

    @staticmethod
    def _error(
        name: str, args: dict[str, Any], message: str, meta: dict[str, Any], started: float
    ) -> ToolCallOutcome:
        return ToolCallOutcome(
            tool=name,
            args=args,
            output=f"error: {message}",
            is_error=True,
            server=meta.get("server"),
            latency_ms=(time.perf_counter() - started) * 1000,
        )


def _external_permission(tool: BaseTool) -> Permission:
    meta = tool.metadata or {}
    # MCP tools without annotations count as destructive (the spec's default).
    if meta.get("destructive") or meta.get("requires_confirmation"):
        return "destructive"
    return "read_only"


def _render(result: object) -> str:
    answer = getattr(result, "answer", None)
    if isinstance(answer, str):
        return answer
    return str(result)
