"""The agents' tool belt: built-in tools (and MCP tools) behind one permission check.

Models only ever *propose* tool calls. ``ToolBox.call`` decides: the tool must
exist, be allowed for the caller's role and the step's purpose, and its
arguments must validate against the schema. A refusal or a bad argument comes
back as a tool message the model can read, never as an exception that ends
the turn. A tool result is data: it can never add or enable tools.
"""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass
from typing import Any, Protocol

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, ValidationError

from agents.policy import (
    CONFIRM_PERMISSIONS,
    PURPOSE_PERMISSIONS,
    ROLE_PERMISSIONS,
    Purpose,
    Role,
    check_call,
)
from core.errors import SwitchyardError, ToolInputError
from tools.registry import Permission, ToolRegistry

__all__ = [
    "CONFIRM_PERMISSIONS",
    "ROLE_PERMISSIONS",
    "ExternalTools",
    "Role",
    "ToolBox",
    "ToolCallOutcome",
]


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
    """Built-in tools plus optional external ones, with a permission policy.

    ``purpose`` and ``trusted_text`` scope the box to one step (see ``scoped``): the
    step's purpose limits the permissions, and the user's own words are where the
    targets of side effects must come from.
    """

    builtin: ToolRegistry
    external_source: ExternalTools | None = None
    purpose: Purpose = "answer"
    trusted_text: str | None = None
    tainted: bool = False

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

    def scoped(
        self, purpose: Purpose, trusted_text: str | None, *, tainted: bool = False
    ) -> ToolBox:
        """A view of this box for one step; shares the tools, changes only the policy."""
        view = copy.copy(self)
        view.purpose = purpose
        view.trusted_text = trusted_text
        view.tainted = tainted
        return view

    def _find(self, name: str) -> BaseTool | None:
        return self._lc_builtin.get(name) or next(
            (t for t in self.external if t.name == name), None
        )

    def permission_of(self, name: str) -> Permission:
        """A tool's permission level; external tools carry theirs in metadata."""
        if name in self.builtin:
            return self.builtin.get(name).permission
        for tool in self.external:
            if tool.name == name:
                return _external_permission(tool)
        raise KeyError(name)

    def allowed(self, name: str, role: Role) -> bool:
        """True when the role may run this tool at all for this purpose (confirmation aside)."""
        try:
            permission = self.permission_of(name)
        except KeyError:
            return False
        return (
            permission in ROLE_PERMISSIONS[role] and permission in PURPOSE_PERMISSIONS[self.purpose]
        )

    def denial(self, name: str, args: dict[str, Any], role: Role) -> str | None:
        """Why policy refuses this call (``None`` when it may run, confirmation aside)."""
        tool = self._find(name)
        if tool is None:
            return "unknown tool"
        permission = self.permission_of(name)
        return check_call(
            permission,
            args,
            role=role,
            purpose=self.purpose,
            trusted_text=self.trusted_text,
            sends_out=_sends_out(tool, permission),
            tainted=self.tainted,
        )

    def needs_confirmation(self, name: str) -> bool:
        """True when a human must approve this tool call before it runs."""
        try:
            return self.permission_of(name) in CONFIRM_PERMISSIONS
        except KeyError:
            return False

    def available(self, role: Role) -> list[BaseTool]:
        """The tools offered to a model for this role and purpose (others are not shown)."""
        allowed = ROLE_PERMISSIONS[role] & PURPOSE_PERMISSIONS[self.purpose]
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
        tool = self._find(name)
        if tool is None:
            # The name is echoed quoted and cut: a model may have copied it from injected text.
            return ToolCallOutcome(
                name, args, f"error: no tool named {name[:60]!r}", True, "unknown tool"
            )
        permission = self.permission_of(name)
        reason = self.denial(name, args, role)
        if reason is None and permission in CONFIRM_PERMISSIONS and not confirmed:
            reason = f"{permission} tool needs confirmation, which was not given"
        meta = tool.metadata or {}
        if reason is not None:
            return ToolCallOutcome(
                name, args, f"denied: {reason}", True, reason, meta.get("server"), _local(meta)
            )
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
            local_only=_local(meta),
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
            # An error from a local server may quote the data it was working on.
            local_only=_local(meta),
            latency_ms=(time.perf_counter() - started) * 1000,
        )


def _local(meta: dict[str, Any]) -> bool:
    return meta.get("privacy") in ("local", "local_only")


def _sends_out(tool: BaseTool, permission: Permission) -> bool:
    """True when the tool hands its arguments to something outside this machine."""
    meta = tool.metadata or {}
    external_server = bool(meta.get("server")) and not _local(meta)
    return permission == "external_network" or external_server


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
