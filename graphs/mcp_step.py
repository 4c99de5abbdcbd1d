"""A deterministic MCP step: the tool call code chose, decided by the policy gate, audited.

The explicit ``server.tool {json}`` form and the plain patterns of
``agents.mcp_dispatch`` run here without a model. The gate decides the call
like any other: a denial names the role and the tool; a call that needs a
human's yes is handed to the graph's ``call_tools`` node as a pending tool call
(which interrupts, asks, and runs it), and the step completes on its return.
"""

from __future__ import annotations

import time

from langchain_core.messages import AIMessage

from agents.gate import Confirm, Deny
from agents.mcp_dispatch import McpDispatch
from agents.policy import ROLE_PERMISSIONS, Role
from agents.tool_problems import role_needed
from agents.toolbox import ExternalTools, ToolBox, ToolCallOutcome
from core.audit import AuditLog, AuditScope
from core.errors import SwitchyardError
from graphs import policy
from graphs.state import Current, Work, tool_call_data


def run_mcp_step(
    source: ExternalTools | None,
    box: ToolBox,
    current: Current,
    *,
    role: Role,
    audit: AuditLog | None,
    scope: AuditScope,
    work: Work | None = None,
) -> tuple[Work, str | None]:
    """Run the dispatched MCP call of ``current``.

    Args:
        source: The MCP tools (``None`` when no servers are configured).
        box: The tool box scoped to this step (its gate audits each decision).
        current: The routed step, with the dispatch under ``mcp``.
        role: The enforced role.
        audit: Where tool-call rows go.
        scope: Who is acting.
        work: The step's work so far: set when the call already went through
            ``call_tools`` after a confirmation.

    Returns:
        The step's work and its output text; the text is ``None`` while the call waits
        for a human's yes (``work["pending"]`` is then set for ``call_tools``).
    """
    planned = current["mcp"]
    if planned is None:
        raise ValueError("an MCP step was routed without its dispatch")
    dispatch = McpDispatch(**planned)
    name = f"{dispatch.server}__{dispatch.tool}"
    shown = f"{dispatch.server}.{dispatch.tool}"
    if work and work.get("tool_calls"):
        # Back from call_tools: the gate decided again at call time; report what happened.
        outcome = ToolCallOutcome(**work["tool_calls"][-1])
        return {**work, "pending": False}, _text(outcome, shown, role)
    step_work = Work(route=current["route"], started=time.time())
    decision = box.authorize(name, dispatch.args, role, path="explicit")
    if isinstance(decision, Confirm):
        call = {"name": name, "args": dispatch.args, "id": f"mcp-{current['index']}"}
        step_work["messages"] = [AIMessage(content="", tool_calls=[call])]
        step_work["tokens_in"] = step_work["tokens_out"] = 0
        step_work["tool_calls"] = []
        step_work["pending"] = True
        return step_work, None
    if isinstance(decision, Deny):
        reason = f"{shown} denied for role {role!r}: {decision.reason}"
        permission = decision.permission
        if permission is not None and permission not in ROLE_PERMISSIONS[role]:
            reason += f" (needs role {role_needed(permission)!r})"
        outcome = ToolCallOutcome(
            name,
            dispatch.args,
            f"denied: {reason}. Nothing ran.",
            True,
            reason,
            dispatch.server,
            gated=True,
        )
    else:
        outcome = _call(source, dispatch, step_work)
    step_work["tool_calls"] = [tool_call_data(outcome)]
    # A result (or error) quoting personal data makes the step, and so the thread, local.
    taint = policy.taint_reason([outcome])
    if taint:
        step_work["local_reason"] = taint
    policy.audit_outcomes(audit, scope, [outcome], "deterministic")
    return step_work, outcome.output


def _call(source: ExternalTools | None, dispatch: McpDispatch, work: Work) -> ToolCallOutcome:
    name = f"{dispatch.server}__{dispatch.tool}"
    if source is None:
        return ToolCallOutcome(name, dispatch.args, "error: no MCP servers", True)
    try:
        result = source.call_tool(dispatch.server, dispatch.tool, dispatch.args)
    except SwitchyardError as exc:
        work["error"] = str(exc)
        # The call never reached the tool: say so, and where to look.
        text = (
            f"error: {exc}. `{dispatch.server}.{dispatch.tool}` did not run. "
            "`switchyard mcp status` shows why a server is down; "
            "`switchyard mcp tools` lists the tools that can run."
        )
        return ToolCallOutcome(dispatch.tool, dispatch.args, text, True, None, dispatch.server)
    text = result.text if not result.is_error else f"error from {name}: {result.text}"
    return ToolCallOutcome(
        dispatch.tool,
        dispatch.args,
        text,
        result.is_error,
        None,
        dispatch.server,
        result.local_only,
        result.latency_ms,
    )


def _text(outcome: ToolCallOutcome, shown: str, role: Role) -> str:
    if outcome.denied:
        return f"denied: {shown} for role {role!r}: {outcome.denied}. Nothing ran."
    return outcome.output
