"""Questions MCP servers ask during tool calls a MODEL proposed, and the answers to them.

A model's tool calls run through LangChain tools (``agents.mcp.langchain``) inside the
policy gate's ``ToolBox``, which hands back only the call's text. So that a server's
question can still pause the run (as it does for the explicit ``server.tool {json}``
form), the tool turn opens a :class:`QuestionDesk` for the batch: each MCP tool call
made meanwhile takes its answers from the desk and leaves the question it could not
answer there. Plain data, no ``mcp`` SDK (the graph imports it).

A context variable carries the desk: the calls run synchronously in the tool turn's
own context, so no argument has to pass through the ``ToolBox`` that knows nothing of MCP.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from agents.mcp.elicitation_types import ElicitationAnswer


def call_key(name: str, args: Mapping[str, Any]) -> str:
    """Which call an answer belongs to: the tool's model-facing name and its arguments."""
    return json.dumps([name, dict(args)], sort_keys=True, ensure_ascii=False, default=str)


def _name_of(key: str) -> str:
    name = json.loads(key)[0]
    return str(name)


@dataclass
class QuestionDesk:
    """The answers a batch of model-proposed calls may give, and the questions left open.

    Attributes:
        answers: ``call_key`` to the user's answers for that call, in the order asked.
        asked: ``call_key`` to the question (``ElicitationQuestion.to_data()``) a call
            asked and had no answer for.
        reruns: ``server.tool`` of each call an answer had to make again.
    """

    answers: dict[str, list[ElicitationAnswer]] = field(default_factory=dict)
    asked: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Tools an answer had to call again (``McpCallResult.answered_by_rerun``).
    reruns: list[str] = field(default_factory=list)

    def answers_for(self, name: str, args: Mapping[str, Any]) -> list[ElicitationAnswer]:
        """The answers the user gave to this call's questions so far.

        Matched on name and arguments; when the tool saw its arguments normalised (a
        default filled in) and only one call of that tool has answers, on the name.
        """
        exact = self.answers.get(call_key(name, args))
        if exact is not None:
            return list(exact)
        same_tool = [given for key, given in self.answers.items() if _name_of(key) == name]
        return list(same_tool[0]) if len(same_tool) == 1 else []

    def leave_question(self, name: str, args: Mapping[str, Any], question: dict[str, Any]) -> None:
        """Record the question this call could not answer (the run pauses on it)."""
        self.asked[call_key(name, args)] = dict(question)

    def question_for(self, name: str, args: Mapping[str, Any]) -> dict[str, Any] | None:
        """The question a call of ``name`` with ``args`` left (same fallback as answers)."""
        exact = self.asked.get(call_key(name, args))
        if exact is not None:
            return exact
        same_tool = [asked for key, asked in self.asked.items() if _name_of(key) == name]
        return same_tool[0] if len(same_tool) == 1 else None


_desk: ContextVar[QuestionDesk | None] = ContextVar("switchyard_mcp_question_desk", default=None)


def current_desk() -> QuestionDesk | None:
    """The desk of the tool batch running now, if a tool turn opened one."""
    return _desk.get()


@contextmanager
def question_desk(
    answers: Mapping[str, Sequence[ElicitationAnswer]] = {},
) -> Iterator[QuestionDesk]:
    """Open a desk for one batch of calls, with the answers given so far."""
    desk = QuestionDesk({key: list(given) for key, given in answers.items()})
    token = _desk.set(desk)
    try:
        yield desk
    finally:
        _desk.reset(token)
