"""A model's batch of tool calls that an MCP server's question paused, and its resumption.

The explicit ``server.tool {json}`` step pauses on a question by itself
(``graphs.mcp_step``). A model's calls run as a batch in ``call_tools``; when an MCP
tool in it asks something no one has answered yet (``agents.mcp.model_questions``),
the batch parks: the calls that finished keep their results, the ones that asked wait,
and ``work["elicitation"]`` holds the first open question, which ``call_tools``
turns into the same interrupt as a tool approval. The user's answer
(``graphs.mcp_elicitation.answer_elicitation``) is filed under the call that asked,
and only the waiting calls run again, carrying their answers. The model sees the
batch's results once every call has finished, in the order it proposed them.

``work["parked_batch"]`` holds, JSON-ready: ``finished`` (the finished calls' tool
messages), ``retry`` (ids of the calls to run again), ``asking`` (the ``call_key`` of
the call whose question is open), ``answers`` (``call_key`` to answers given) and
``approvals`` (the human's yes/no to the batch's confirmations, asked once).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from langchain_core.messages import AIMessage, ToolMessage

from agents.mcp.elicitation_types import ElicitationAnswer
from agents.mcp.model_questions import QuestionDesk, call_key
from agents.toolbox import ToolCallOutcome
from graphs.state import Work


def _call_id(call: Any) -> str:
    return str(call.get("id") or call["name"])


@dataclass
class ModelBatch:
    """The calls of a reply to run in this round, and what earlier rounds left.

    Attributes:
        run_now: A reply holding only the calls to run in this round.
        approvals: The human's answers to the batch's confirmations.
        answers: ``call_key`` to the user's answers to that call's questions.
        finished: Tool messages of calls finished in earlier rounds.
        order: The ids of all the reply's calls, in the model's order.
    """

    run_now: AIMessage
    approvals: dict[str, bool]
    answers: dict[str, list[ElicitationAnswer]]
    finished: list[ToolMessage]
    order: list[str]


def start_batch(work: Work, reply: AIMessage, approvals: dict[str, bool]) -> ModelBatch:
    """The round to run: the whole reply, or the parked calls with the user's new answer.

    Takes ``parked_batch`` and ``answers`` out of ``work``.
    """
    order = [_call_id(call) for call in reply.tool_calls]
    parked = work.pop("parked_batch", None)
    given = work.pop("answers", [])
    if parked is None:
        return ModelBatch(reply, approvals, {}, [], order)
    answers = {
        key: [ElicitationAnswer.from_data(a) for a in listed]
        for key, listed in parked["answers"].items()
    }
    answers.setdefault(parked["asking"], []).extend(ElicitationAnswer.from_data(a) for a in given)
    retry = set(parked["retry"])
    waiting = [call for call in reply.tool_calls if _call_id(call) in retry]
    return ModelBatch(
        AIMessage(content="", tool_calls=waiting),
        dict(parked["approvals"]),
        answers,
        list(parked["finished"]),
        order,
    )


@dataclass
class Settled:
    """One round's calls sorted: finished ones, and the question that parks the rest."""

    messages: list[ToolMessage]
    outcomes: list[ToolCallOutcome]
    question: dict[str, Any] | None
    parked: dict[str, Any] | None


def settle(
    batch: ModelBatch,
    messages: list[ToolMessage],
    outcomes: list[ToolCallOutcome],
    desk: QuestionDesk,
) -> Settled:
    """Split a round's results into finished calls and calls waiting on a question.

    Returns:
        The finished calls' messages and outcomes (to record and audit now), and, when a
        call asked something, its question and the ``parked_batch`` to keep; when none
        did, ``messages`` is the whole batch's, in the model's order.
    """
    done_messages: list[ToolMessage] = []
    done_outcomes: list[ToolCallOutcome] = []
    retry: list[str] = []
    first: tuple[str, dict[str, Any]] | None = None
    for call, message, outcome in zip(batch.run_now.tool_calls, messages, outcomes, strict=True):
        question = desk.question_for(call["name"], call["args"])
        if question is None:
            done_messages.append(message)
            done_outcomes.append(outcome)
            continue
        retry.append(_call_id(call))
        if first is None:
            first = (call_key(call["name"], call["args"]), question)
    if first is None:
        finished = [*batch.finished, *done_messages]
        position = {call_id: index for index, call_id in enumerate(batch.order)}
        finished.sort(key=lambda m: position.get(m.tool_call_id, len(position)))
        return Settled(finished, done_outcomes, None, None)
    parked = {
        "finished": [*batch.finished, *done_messages],
        "retry": retry,
        "asking": first[0],
        "answers": {k: [a.to_data() for a in v] for k, v in batch.answers.items()},
        "approvals": batch.approvals,
    }
    return Settled(done_messages, done_outcomes, first[1], parked)
