"""The agents' tool belt: built-in tools and MCP tools, every call decided by the gate.

Models only ever *propose* tool calls. ``ToolBox.call`` asks the policy gate
(``agents.gate.authorize``) at call time and runs the call only on ``Allow``;
the arguments must also validate against the schema. A refusal or a bad
argument comes back as a tool message the model can read, never as an
exception that ends the turn. A tool result is data: it can never add or
enable tools.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, ValidationError

from agents.gate import (
    CallPath,
    Confirm,
    Decision,
    Deny,
    GateContext,
    ToolCall,
    ToolFacts,
    authorize,
)
from agents.mcp.types import McpToolInfo
from agents.policy import CONFIRM_PERMISSIONS, PURPOSE_PERMISSIONS, ROLE_PERMISSIONS, Purpose, Role
from agents.provenance import Origin
from core.audit import AuditLog, AuditScope
from core.errors import SwitchyardError, ToolInputError
from core.types import recorded_ms
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
    """What happened to one proposed tool call.

    ``gated`` marks a refusal the policy gate decided (and already audited), as opposed
    to one decided elsewhere (the tool-call budget).
    """

    tool: str
    args: dict[str, Any]
    output: str
    is_error: bool = False
    denied: str | None = None
    server: str | None = None
    local_only: bool = False
    latency_ms: float = 0.0
    gated: bool = False

    def __post_init__(self) -> None:
        # Kept to a tenth of a millisecond, as steps are (core.types.recorded_ms).
        object.__setattr__(self, "latency_ms", recorded_ms(self.latency_ms))


class ExternalCallResult(Protocol):
    """What an MCP call returns (``agents.mcp.McpCallResult``); read-only, as it is frozen."""

    @property
    def text(self) -> str: ...
    @property
    def is_error(self) -> bool: ...
    @property
    def local_only(self) -> bool: ...
    @property
    def latency_ms(self) -> float: ...


class ExternalTools(Protocol):
    """MCP tools as the tool box sees them (implemented by ``agents.mcp.McpManager``)."""

    def langchain_tools(self) -> list[BaseTool]: ...
    def known_tools(self) -> list[tuple[str, str, bool]]: ...
    def tool_info(self, server: str, name: str) -> McpToolInfo | None: ...
    def call_tool(
        self, server: str, name: str, args: dict[str, Any] | None = None
    ) -> ExternalCallResult: ...


@dataclass
class ToolBox:
    """Built-in tools plus optional external ones, every call decided by the policy gate.

    ``scoped`` makes a view of the box for one step: its purpose, the user's own
    words (where side-effect targets must come from), what the step has read and
    why the conversation is tainted, admin overrides of MCP permissions, and where
    the gate's decisions are audited.
    """

    builtin: ToolRegistry
    external_source: ExternalTools | None = None
    purpose: Purpose = "answer"
    trusted_text: str | None = None
    taint: tuple[str, ...] = ()
    sources: tuple[tuple[Origin, str], ...] = ()
    # "server.tool" -> the permission an admin set in ``[mcp.tools]``.
    overrides: Mapping[str, Permission] = field(default_factory=dict)
    audit: AuditLog | None = None
    scope: AuditScope | None = None
    tier: str | None = None

    @property
    def external(self) -> list[BaseTool]:
        """The external tools enabled right now (a withdrawn server's tools disappear)."""
        return self.external_source.langchain_tools() if self.external_source else []

    @property
    def tainted(self) -> bool:
        """True once the conversation carries untrusted text."""
        return bool(self.taint)

    def __post_init__(self) -> None:
        self._lc_builtin: dict[str, StructuredTool] = {
            spec.name: StructuredTool.from_function(
                spec.func, name=spec.name, description=spec.description
            )
            for spec in self.builtin
        }

    def scoped(
        self,
        purpose: Purpose,
        trusted_text: str | None,
        *,
        taint: tuple[str, ...] = (),
        sources: tuple[tuple[Origin, str], ...] = (),
        overrides: Mapping[str, Permission] | None = None,
        audit: AuditLog | None = None,
        scope: AuditScope | None = None,
        tier: str | None = None,
    ) -> ToolBox:
        """A view of this box for one step; shares the tools, changes only the policy facts."""
        view = copy.copy(self)
        view.purpose, view.trusted_text = purpose, trusted_text
        view.taint, view.sources = taint, sources
        view.overrides = overrides if overrides is not None else self.overrides
        view.audit, view.scope, view.tier = audit, scope, tier
        return view

    def _find(self, name: str) -> BaseTool | None:
        return self._lc_builtin.get(name) or next(
            (t for t in self.external if t.name == name), None
        )

    def facts(self, name: str) -> ToolFacts | None:
        """What the gate needs to know about a tool (``None``: no such tool anywhere).

        An MCP tool of a server that is down keeps the permission of its last listing,
        so a crash cannot turn a destructive tool into an unchecked one.
        """
        if name in self.builtin:
            return ToolFacts(self.builtin.get(name).permission)
        for tool in self.external:
            if tool.name == name:
                meta = tool.metadata or {}
                server, bare = str(meta.get("server", "")), str(meta.get("tool", name))
                return ToolFacts(
                    self.overrides.get(f"{server}.{bare}", _meta_permission(meta)),
                    server=server or None,
                    local=_local(meta),
                )
        server, sep, bare = name.partition("__")
        if not sep or self.external_source is None:
            return None
        info = self.external_source.tool_info(server, bare)
        if info is None:
            # Pinned from an earlier run but never listed by this process: a real tool
            # whose permission nobody here knows.
            known = any(s == server and t == bare for s, t, _ in self.external_source.known_tools())
            return ToolFacts(None, server=server) if known else None
        permission = self.overrides.get(f"{server}.{bare}", info.permission)
        return ToolFacts(permission, server=server, local=info.local_only)

    def permission_of(self, name: str) -> Permission:
        """A tool's permission level (``KeyError`` when the tool or its level is unknown)."""
        facts = self.facts(name)
        if facts is None or facts.permission is None:
            raise KeyError(name)
        return facts.permission

    def authorize(
        self,
        name: str,
        args: Mapping[str, Any],
        role: Role,
        *,
        path: CallPath = "builtin",
        confirmed: bool = False,
        record: bool = True,
    ) -> Decision:
        """The gate's decision on one call in this box's scope.

        Args:
            name: The tool's name as the box knows it (``server__tool`` for MCP).
            args: The proposed arguments.
            role: The enforced role.
            path: How the call was proposed (for the audit row).
            confirmed: A human already said yes to this call.
            record: Write the decision to the audit log (off for a preview).
        """
        facts = self.facts(name)
        ctx = GateContext(
            purpose=self.purpose,
            user_text=self.trusted_text,
            sources=self.sources,
            taint=self.taint,
            confirmed=confirmed,
            audit=self.audit if record else None,
            scope=self.scope,
            tier=self.tier,
        )
        return authorize(ToolCall(name, args, facts, path), role, ctx)

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
        """Why the gate would refuse this call (``None`` when it may run, confirmation aside)."""
        decision = self.authorize(name, args, role, record=False)
        return decision.reason if isinstance(decision, Deny) else None

    def needs_confirmation(self, name: str, role: Role) -> bool:
        """True unless the gate would let this call run without a human's yes.

        An unknown tool or permission counts as needing one: it is never waved through.
        """
        facts = self.facts(name)
        if facts is None or facts.permission is None:
            return True
        decision = self.authorize(name, {}, role, record=False)
        return isinstance(decision, Confirm) or (
            isinstance(decision, Deny) and facts.permission != "read_only"
        )

    def available(self, role: Role) -> list[BaseTool]:
        """The tools offered to a model for this role and purpose (others are not shown)."""
        allowed = ROLE_PERMISSIONS[role] & PURPOSE_PERMISSIONS[self.purpose]
        tools: list[BaseTool] = [
            t for n, t in self._lc_builtin.items() if self.builtin.get(n).permission in allowed
        ]
        for tool in self.external:
            facts = self.facts(tool.name)
            if facts is not None and facts.permission in allowed:
                tools.append(tool)
        return tools

    def call(
        self,
        name: str,
        args: dict[str, Any],
        *,
        role: Role,
        confirmed: bool = False,
        path: CallPath = "builtin",
    ) -> ToolCallOutcome:
        """Ask the gate, then run one proposed tool call; errors come back as tool output."""
        started = time.perf_counter()
        tool = self._find(name)
        if tool is None:
            facts = self.facts(name)
            # A tool the box does not offer right now (down server, injected name) never runs.
            self.authorize(name, args, role, path=path, confirmed=confirmed)
            reason = "unknown tool" if facts is None else "tool is not available right now"
            # The name is echoed quoted and cut: a model may have copied it from injected text.
            return ToolCallOutcome(
                name, args, f"error: no tool named {name[:60]!r}", True, reason, gated=True
            )
        meta = tool.metadata or {}
        if meta.get("server"):
            path = "model_mcp" if path == "builtin" else path
        decision = self.authorize(name, args, role, path=path, confirmed=confirmed)
        if not isinstance(decision, Deny | Confirm):
            return self._run(tool, name, args, meta, started)
        reason = (
            decision.reason
            if isinstance(decision, Deny)
            else f"{decision.permission} tool needs confirmation, which was not given"
        )
        return ToolCallOutcome(
            name,
            args,
            f"denied: {reason}",
            True,
            reason,
            meta.get("server"),
            _local(meta),
            gated=True,
        )

    def _run(
        self, tool: BaseTool, name: str, args: dict[str, Any], meta: dict[str, Any], started: float
    ) -> ToolCallOutcome:
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


def _local(meta: Mapping[str, Any]) -> bool:
    return meta.get("privacy") in ("local", "local_only")


def _meta_permission(meta: Mapping[str, Any]) -> Permission | None:
    """The permission an MCP adapter put in the tool's metadata (``None``: unknown)."""
    value = meta.get("permission")
    if value == "read_only":
        return "read_only"
    if value == "writes":
        return "writes"
    if value == "external_network":
        return "external_network"
    if value == "destructive":
        return "destructive"
    return None


def _render(result: object) -> str:
    answer = getattr(result, "answer", None)
    if isinstance(answer, str):
        return answer
    return str(result)
