"""One model turn of a step, and the tool calls it proposes.

The loop (model → tools → model …) lives in the graph (``execute_step`` ⇄
``call_tools``), so a confirmation interrupt before a destructive tool never
re-runs a model call, and every turn is checkpointed. This module holds the
pieces: call the model once with the allowed tools bound, count its tokens,
and run a batch of already-approved tool calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

from agents.prompts import fence
from agents.toolbox import Role, ToolBox, ToolCallOutcome
from core.text import estimate_tokens


@dataclass(frozen=True)
class ModelTurn:
    """A model reply with its token counts."""

    reply: AIMessage
    tokens_in: int
    tokens_out: int

    @property
    def text(self) -> str:
        """The reply's text content."""
        content = self.reply.content
        if isinstance(content, str):
            return content.strip()
        parts = [p.get("text", "") if isinstance(p, dict) else str(p) for p in content]
        return "".join(parts).strip()


def call_model(
    model: BaseChatModel,
    messages: list[BaseMessage],
    *,
    toolbox: ToolBox | None,
    tool_calling: bool,
    role: Role,
) -> ModelTurn:
    """Call the model once, with the role's tools bound when it can call tools."""
    tools = toolbox.available(role) if toolbox is not None and tool_calling else []
    runnable: Any = model.bind_tools(tools) if tools else model
    reply = runnable.invoke(messages)
    if not isinstance(reply, AIMessage):
        reply = AIMessage(content=str(getattr(reply, "content", reply)))
    usage = reply.usage_metadata
    if usage:
        tokens_in, tokens_out = (
            int(usage.get("input_tokens", 0)),
            int(usage.get("output_tokens", 0)),
        )
    else:
        # Some servers omit usage; estimate rather than report a free call.
        tokens_in = estimate_tokens(" ".join(str(m.content) for m in messages))
        tokens_out = estimate_tokens(str(reply.content))
    return ModelTurn(reply=reply, tokens_in=tokens_in, tokens_out=tokens_out)


def run_tool_calls(
    toolbox: ToolBox,
    reply: AIMessage,
    *,
    role: Role,
    approvals: dict[str, bool],
    remaining: int,
) -> tuple[list[ToolMessage], list[ToolCallOutcome], bool]:
    """Run the tool calls of ``reply`` that policy and the human allow.

    Args:
        toolbox: the permission-checked tools.
        reply: the model message proposing tool calls.
        role: the caller's role.
        approvals: tool-call id → the human's answer, for calls that needed one.
        remaining: tool calls left in this turn's budget.

    Returns:
        Tool messages (results fenced as data), outcomes, and whether the budget tripped.
    """
    messages: list[ToolMessage] = []
    outcomes: list[ToolCallOutcome] = []
    tripped = False
    for call in reply.tool_calls:
        call_id = call.get("id") or call["name"]
        if len(outcomes) >= remaining:
            tripped = True
            result = ToolCallOutcome(
                call["name"],
                dict(call["args"]),
                "error: tool-call budget reached",
                True,
                "budget",
            )
        else:
            result = toolbox.call(
                call["name"], dict(call["args"]), role=role, confirmed=approvals.get(call_id, False)
            )
        outcomes.append(result)
        messages.append(
            ToolMessage(
                content=fence(result.output, kind="tool_result", source=call["name"]),
                tool_call_id=call_id,
                name=call["name"],
                status="error" if result.is_error else "success",
            )
        )
    return messages, outcomes, tripped
