"""A deterministic MCP step: the tool call code chose, checked by policy, audited."""

from __future__ import annotations

import time
from dataclasses import asdict
from typing import Any

from agents.mcp_dispatch import McpDispatch
from agents.policy import Role
from agents.toolbox import ExternalTools, ToolBox, ToolCallOutcome
from core.audit import AuditLog, AuditScope
from core.errors import SwitchyardError
from graphs import policy


def run_mcp_step(
    source: ExternalTools | None,
    box: ToolBox,
    current: dict[str, Any],
    *,
    role: Role,
    audit: AuditLog | None,
    scope: AuditScope,
) -> tuple[dict[str, Any], str]:
    """Run the dispatched MCP call of ``current``; returns the step's work and output text."""
    dispatch = McpDispatch(**current["mcp"])
    work: dict[str, Any] = {"route": current["route"], "started": time.time()}
    name = f"{dispatch.server}__{dispatch.tool}"
    denied = box.denial(name, dispatch.args, role)
    if dispatch.running and denied is not None:
        reason = f"role {role!r} may not run {name}: {denied}"
        outcome = ToolCallOutcome(name, dispatch.args, f"denied: {reason}", True, reason)
    else:
        try:
            assert source is not None
            result = source.call_tool(dispatch.server, dispatch.tool, dispatch.args)
            text = result.text if not result.is_error else f"error from {name}: {result.text}"
            outcome = ToolCallOutcome(
                dispatch.tool,
                dispatch.args,
                text,
                result.is_error,
                None,
                dispatch.server,
                result.local_only,
                result.latency_ms,
            )
        except SwitchyardError as exc:
            work["error"] = str(exc)
            outcome = ToolCallOutcome(
                dispatch.tool, dispatch.args, f"error: {exc}", True, None, dispatch.server
            )
    work["tool_calls"] = [asdict(outcome)]
    # A result (or error) quoting personal data makes the step, and so the thread, local.
    taint = policy.taint_reason([outcome])
    if taint:
        work["local_reason"] = taint
    policy.audit_outcomes(audit, scope, [outcome], "deterministic")
    return work, outcome.output
