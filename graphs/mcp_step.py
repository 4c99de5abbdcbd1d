"""A deterministic MCP step: the tool call code chose, decided by the policy gate, audited.

The explicit ``server.tool {json}`` form and the plain patterns of
``agents.mcp_dispatch`` run here without a model. The gate decides the call
like any other: a denial names the role and the tool; a call that needs a
human's yes is handed to the graph's ``call_tools`` node as a pending tool call
(which interrupts, asks, and runs it), and the step completes on its return.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any, Protocol, cast

from langchain_core.messages import AIMessage

from agents.gate import Confirm, Deny
from agents.mcp.elicitation_types import ElicitationAnswer
from agents.mcp.types import McpCallResult
from agents.mcp_dispatch import McpDispatch
from agents.policy import ROLE_PERMISSIONS, Role
from agents.tool_problems import role_needed
from agents.toolbox import ExternalCallResult, ExternalTools, ToolBox, ToolCallOutcome
from core.audit import AuditLog, AuditScope
from core.errors import SwitchyardError
from graphs import policy
from graphs.mcp_elicitation import note_rerun
from graphs.state import Current, Work, tool_call_data


class _AnswersElicitation(Protocol):
    """``McpManager.call_tool`` with the user's answers to the call's questions."""

    def call_tool(
        self,
        server: str,
        name: str,
        args: dict[str, Any] | None = None,
        *,
        answers: Sequence[ElicitationAnswer] = (),
    ) -> McpCallResult: ...


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
        for a human's yes or for the answer to a server's question (``work["pending"]``
        is then set for ``call_tools``, and ``work["elicitation"]`` holds the question).
    """
    planned = current["mcp"]
    if planned is None:
        raise ValueError("an MCP step was routed without its dispatch")
    dispatch = McpDispatch(**planned)
    name = f"{dispatch.server}__{dispatch.tool}"
    shown = f"{dispatch.server}.{dispatch.tool}"
    if work and work.get("answers") is not None and not work.get("elicitation"):
        # Back from the pause with the user's answers: call again, answering from them.
        again = cast(Work, {**work, "pending": False})
        return _finish(again, _call(source, dispatch, again), audit, scope)
    if work and work.get("tool_calls"):
        # Back from call_tools: the gate decided again at call time; report what happened.
        ran = ToolCallOutcome(**work["tool_calls"][-1])
        return {**work, "pending": False}, _text(ran, shown, role)
    if work and "confirmed" in work:
        # Back from call_tools with the human's answer: the gate decides again now, and
        # the call runs here (not in call_tools) so a question it asks can pause the step.
        step_work = cast(Work, {**work, "pending": False})
        confirmed = bool(work["confirmed"])
        decision = box.authorize(name, dispatch.args, role, path="explicit", confirmed=confirmed)
    else:
        step_work = Work(route=current["route"], started=time.time())
        decision = box.authorize(name, dispatch.args, role, path="explicit")
    if isinstance(decision, Confirm) and "confirmed" not in step_work:
        call = {"name": name, "args": dispatch.args, "id": f"mcp-{current['index']}"}
        step_work["messages"] = [AIMessage(content="", tool_calls=[call])]
        step_work["tokens_in"] = step_work["tokens_out"] = 0
        step_work["tool_calls"] = []
        step_work["pending"] = True
        return step_work, None
    outcome: ToolCallOutcome | None
    if isinstance(decision, Deny | Confirm):
        why = (
            decision.reason
            if isinstance(decision, Deny)  # Confirm here: the human said no
            else f"{decision.permission} tool needs confirmation, which was not given"
        )
        reason = f"{shown} denied for role {role!r}: {why}"
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
    return _finish(step_work, outcome, audit, scope)


def _finish(
    step_work: Work, outcome: ToolCallOutcome | None, audit: AuditLog | None, scope: AuditScope
) -> tuple[Work, str | None]:
    if outcome is None:
        # The server asked the user something: the step pauses (call_tools asks).
        step_work["pending"] = True
        return step_work, None
    step_work["tool_calls"] = [tool_call_data(outcome)]
    # A result (or error) quoting personal data makes the step, and so the thread, local.
    taint = policy.taint_reason([outcome])
    if taint and not step_work.get("local_reason"):
        step_work["local_reason"] = taint
    policy.audit_outcomes(audit, scope, [outcome], "deterministic")
    return step_work, outcome.output


def _call(
    source: ExternalTools | None, dispatch: McpDispatch, work: Work
) -> ToolCallOutcome | None:
    """Make the call; ``None`` when the server asked a question (``work["elicitation"]``)."""
    name = f"{dispatch.server}__{dispatch.tool}"
    if source is None:
        return ToolCallOutcome(name, dispatch.args, "error: no MCP servers", True)
    answers = [ElicitationAnswer.from_data(a) for a in work.get("answers", [])]
    try:
        if answers:
            # Only an McpManager ever asks (``McpCallResult.elicitation``), so answers
            # exist only for one.
            answering = cast(_AnswersElicitation, source)
            result: ExternalCallResult = answering.call_tool(
                dispatch.server, dispatch.tool, dispatch.args, answers=answers
            )
        else:
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
    if isinstance(result, McpCallResult) and result.answered_by_rerun:
        note_rerun(work, f"{dispatch.server}.{dispatch.tool}")
    question = result.elicitation if isinstance(result, McpCallResult) else None
    if question is not None:
        work["elicitation"] = question
        work["answers"] = [a.to_data() for a in answers]
        return None
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
