"""The one policy gate: every tool call, however it was proposed, is decided here.

``authorize(call, role, ctx)`` is called at call time for built-in tools, MCP
tools a model proposed, the explicit ``server.tool {json}`` form and workflow
``tool`` steps alike, and needs no graph. It answers ``Allow``, ``Confirm`` (a
human must say yes first; the request shows where each argument came from) or
``Deny``, always with the reason, and writes one audit row per decision. What
it cannot classify it denies: an unknown tool, or a tool whose permission is
unknown (an MCP server this process never saw listing it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from agents.policy import Purpose, Role, check_call, needs_confirmation
from agents.provenance import ArgOrigin, Origin, argument_origins
from core.audit import AuditLog, AuditScope
from tools.registry import Permission

CallPath = Literal["builtin", "model_mcp", "explicit", "workflow"]


@dataclass(frozen=True)
class ToolFacts:
    """What the gate knows about a tool, from facts a model cannot forge.

    Attributes:
        permission: Its level; ``None`` when unknown (the call is denied).
        server: The MCP server it belongs to (``None`` for a built-in tool).
        local: The server is marked ``local``: it may receive personal data.
    """

    permission: Permission | None
    server: str | None = None
    local: bool = False

    @property
    def sends_out(self) -> bool:
        """True when the tool hands its arguments to something outside this machine."""
        return self.permission == "external_network" or (self.server is not None and not self.local)


@dataclass(frozen=True)
class ToolCall:
    """One proposed call: the tool's name as the box knows it, its arguments, its path."""

    name: str
    args: Mapping[str, Any]
    facts: ToolFacts | None
    path: CallPath = "builtin"


@dataclass(frozen=True)
class GateContext:
    """The facts of the moment of the call.

    Attributes:
        purpose: The purpose of the step proposing the call.
        user_text: The user's own words in this conversation (``None``: no provenance rule).
        sources: Untrusted text the step has read, by origin, to say where arguments came from.
        taint: Why the conversation is tainted (labels such as ``tool:read_inbox``); a
            tainted side effect with no target the user named is denied.
        confirmed: A human already said yes to this very call.
        audit: Where the decision row goes (``None``: not recorded, e.g. a preview).
        scope: Who is acting, for the audit row.
        tier: The tier of the step, for the audit row.
    """

    purpose: Purpose = "answer"
    user_text: str | None = None
    sources: tuple[tuple[Origin, str], ...] = ()
    taint: tuple[str, ...] = ()
    confirmed: bool = False
    audit: AuditLog | None = None
    scope: AuditScope | None = None
    tier: str | None = None


@dataclass(frozen=True)
class Allow:
    """The call may run now."""

    permission: Permission
    reason: str
    origins: tuple[ArgOrigin, ...] = ()


@dataclass(frozen=True)
class Confirm:
    """The call may run only after a human's yes; ``origins`` is what to show them."""

    permission: Permission
    reason: str
    origins: tuple[ArgOrigin, ...] = field(default_factory=tuple)

    @property
    def flagged(self) -> list[str]:
        """Arguments whose value came from untrusted text or is a target nobody named."""
        return [o.key for o in self.origins if o.flagged]


@dataclass(frozen=True)
class Deny:
    """The call does not run; ``reason`` names the role and the tool where they matter."""

    permission: Permission | None
    reason: str


Decision = Allow | Confirm | Deny


def authorize(call: ToolCall, role: Role, ctx: GateContext) -> Decision:
    """Decide one tool call at call time, and record the decision.

    Args:
        call: The proposed call with the facts known about its tool.
        role: The role the backend enforces for the caller (never a front end's claim).
        ctx: The purpose, the user's words, what the step has read, and any confirmation.

    Returns:
        ``Allow``, ``Confirm`` or ``Deny`` with the reason.
    """
    decision = _decide(call, role, ctx)
    _record(call, ctx, decision)
    return decision


def _decide(call: ToolCall, role: Role, ctx: GateContext) -> Decision:
    facts = call.facts
    if facts is None:
        return Deny(None, "unknown tool")
    permission = facts.permission
    if permission is None:
        where = f" (MCP server {facts.server!r} never listed it here)" if facts.server else ""
        return Deny(None, f"unknown permission of {call.name}{where}")
    reason = check_call(
        permission,
        call.args,
        role=role,
        purpose=ctx.purpose,
        trusted_text=ctx.user_text,
        sends_out=facts.sends_out,
        tainted=bool(ctx.taint),
    )
    if reason is not None:
        return Deny(permission, reason)
    if not needs_confirmation(permission, role):
        return Allow(permission, f"{permission} tool allowed for role {role!r}")
    origins = tuple(argument_origins(call.args, ctx.user_text or "", ctx.sources))
    if ctx.confirmed:
        return Allow(permission, f"{permission} tool confirmed by a human", origins)
    return Confirm(permission, f"{permission} tool needs a human's yes for role {role!r}", origins)


def _record(call: ToolCall, ctx: GateContext, decision: Decision) -> None:
    if ctx.audit is None:
        return
    verb = {Allow: "allow", Confirm: "confirm", Deny: "deny"}[type(decision)]
    detail = f"path={call.path}"
    if call.facts is not None and call.facts.server:
        detail += f" server={call.facts.server}"
    if isinstance(decision, Confirm) and decision.flagged:
        detail += f" flagged={','.join(decision.flagged)}"
    ctx.audit.record(
        "denial" if isinstance(decision, Deny) else "authorize",
        f"{verb}: {decision.reason}",
        tool=call.name,
        args=call.args,
        tier=ctx.tier,
        detail=detail,
        scope=ctx.scope,
    )
