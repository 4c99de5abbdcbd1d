"""A number a tool returned, kept with the answer so the next turn can work on it.

After 'calc.add {"a": 120, "b": 45}' answered 165, the turn "거기에 2 곱하면?" means
165 × 2. The follow-up code (``tools.followups``) rebuilds earlier results by re-running
the user's earlier questions through the deterministic handlers, which cannot re-run
an MCP call. So when a turn's one step was a tool call whose whole result is one plain
number, that number is kept with the answer message (``response_metadata``, which is
kept in the checkpoint and never sent to a model), and a follow-up that refers to the
previous result ("거기에", "그걸", "it") is worked out on it by the calculator. A tool
result that is not a bare number (a listing, a time, an error) is never read for one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from tools.followup_chain import FollowUp
from tools.handlers import HandlerResult, match_deterministic
from tools.references import has_reference

if TYPE_CHECKING:
    from langchain_core.messages import AnyMessage

    from graphs.state import StepOutput

__all__ = ["TOOL_RESULT_KEY", "follow_up_on_tool_result", "tool_number"]

#: Key in ``AIMessage.response_metadata`` for the number a turn's one tool call returned.
TOOL_RESULT_KEY = "switchyard_tool_result"
_PLAIN_NUMBER = re.compile(r"-?\d{1,15}(?:\.\d{1,10})?")


def tool_number(outputs: Sequence[StepOutput]) -> str | None:
    """The number a turn's only step returned, when that step was a tool call.

    Args:
        outputs: The turn's step outputs.

    Returns:
        The result's text ("165") when it is one plain number, else ``None``.
    """
    if len(outputs) != 1 or outputs[0]["kind"] != "mcp":
        return None
    text = outputs[0]["text"].strip()
    return text if _PLAIN_NUMBER.fullmatch(text) else None


def _previous_tool_number(messages: Sequence[AnyMessage]) -> str | None:
    """The tool's number kept with the last answer before this turn's question, if any."""
    for message in reversed(messages[:-1]):
        if message.type == "ai" and message.content:
            kept = message.response_metadata.get(TOOL_RESULT_KEY)
            return kept if isinstance(kept, str) else None
    return None


def follow_up_on_tool_result(
    messages: Sequence[AnyMessage], text: str, now: datetime | None
) -> FollowUp | None:
    """A follow-up worked out on the number the previous turn's tool call returned.

    Args:
        messages: The conversation, this turn's question last.
        text: This turn ("거기에 2 곱하면?").
        now: The current time for the handlers.

    Returns:
        The calculator's answer, or ``None`` when the previous answer kept no tool number,
        the turn does not refer to it, or no handler reads the turn with it.
    """
    number = _previous_tool_number(messages)
    if number is None or not has_reference(text):
        return None
    seed = HandlerResult(
        handler="calculator", answer=number, value=float(number), detail="a tool's result"
    )
    result = match_deterministic(text, previous=seed, now=now)
    if result is None or result.handler != "calculator":
        return None
    return FollowUp(steps=(text,), result=result, how=f"on the tool's result {number}")
