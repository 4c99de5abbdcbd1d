"""A turn whose tool's server asks the user something: ask, see the pause, answer it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphs.runner import AskResult, Assistant
from graphs.state import Context


def ask_and_answer(
    assistant: Assistant,
    question: str,
    answer: dict[str, Any],
    *,
    context: Context,
    while_paused: Callable[[AskResult], None] | None = None,
) -> tuple[AskResult, AskResult]:
    """Ask ``question``, which must pause on one server question, then answer it.

    Args:
        assistant: The assistant the turn runs on.
        question: The user's question (it reaches a tool that asks for input).
        answer: The form answer, e.g. ``{"action": "accept", "content": {...}}``.
        context: The run context (the user) for both halves.
        while_paused: Checks to run on the paused state before the answer is given.

    Returns:
        The paused result and the finished one.
    """
    paused = assistant.ask(question, context=context)
    assert [p["type"] for p in paused.pending] == ["elicitation"], paused.pending
    if while_paused is not None:
        while_paused(paused)
    done = assistant.resume(paused.thread_id, answer=answer, context=context)
    return paused, done


def confirm_then_answer(
    assistant: Assistant, question: str, answer: dict[str, Any], *, context: Context
) -> AskResult:
    """Ask ``question`` as a user who must confirm the tool first: say yes, then answer.

    Returns:
        The finished result.
    """
    confirm = assistant.ask(question, context=context)
    assert [p["type"] for p in confirm.pending] == ["confirm_tool"]
    asked = assistant.resume(confirm.thread_id, approve=True, context=context)
    assert [p["type"] for p in asked.pending] == ["elicitation"]
    return assistant.resume(asked.thread_id, answer=answer, context=context)
