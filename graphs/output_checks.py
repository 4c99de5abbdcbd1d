"""The output guard in the graph: check a model step's reply, escalate once, or flag it.

DESIGN.md "Engine": run on the chosen track → output guard (degenerate? invented
tool result?) → maybe escalate once (never for local_only) → StepRecord. A reply
that fails the guard is retried once on the cloud tier when that tier is
available and the step may leave the machine; otherwise the step completes
marked degraded, with the guard's reason among its reasons, so the UI shows a
banner, the cost figures count no saving, and the answer is never cached.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from agents.output_guard import GuardFailure, PreviousTurn, check_output, invented_tool_result
from agents.tool_problems import ToolStatusSource, named_tool
from core.router import StepRequest
from core.text import detect_language
from core.types import RouteDecision
from graphs.engine import Engine
from graphs.recording import complete_step
from graphs.state import Current, State, Work, route_data

__all__ = ["GUARD_PREFIX", "degraded_step", "escalate", "guard_failure", "previous_turn"]

#: Every reason the guard adds starts with this (after "degraded: " when it flags the step).
GUARD_PREFIX = "guard:"


def _named_tool(engine: Engine, text: str) -> str | None:
    source = engine.tools.external_source
    servers: list[str] = (
        [s.name for s in source.status()] if isinstance(source, ToolStatusSource) else []
    )
    named = named_tool(text, servers) if servers else None
    return f"{named.server}.{named.tool}" if named else None


def previous_turn(state: State) -> PreviousTurn | None:
    """The conversation's previous question and its answer (``None`` on a first turn).

    The last message is this turn's question; the answer before it and the question
    that answer followed are the previous turn.
    """
    earlier = list(state.get("messages", []))[:-1]
    answer_at = next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].type == "ai"), None)
    if answer_at is None:
        return None
    question = next((m for m in reversed(earlier[:answer_at]) if m.type == "human"), None)
    answer = earlier[answer_at].content
    if question is None or not isinstance(answer, str) or not isinstance(question.content, str):
        return None
    return PreviousTurn(question=question.content, answer=answer)


def guard_failure(
    engine: Engine,
    current: Current,
    work: Work,
    text: str,
    # The provider's response metadata (finish reason, token usage): each provider
    # reports its own keys, so it stays untyped here.
    metadata: dict[str, Any],
    previous: PreviousTurn | None = None,
) -> GuardFailure | None:
    """Why the reply ``text`` of the current step may not be shown as a good answer.

    Args:
        engine: The services (the MCP servers a request may name).
        current: The routed step.
        work: The step's model work so far (the tool calls that ran).
        text: The model's reply.
        metadata: The reply's provider metadata (finish reason).
        previous: The previous question and answer of the conversation: a reply that
            only repeats that answer to a changed follow-up is degenerate.
    """
    # A reply standing in for a tool's result is checked first: it is the worse failure,
    # and its replacement text says that nothing ran (a reply also in the wrong language
    # would otherwise be shown as it is, flagged only as degraded).
    tool = _named_tool(engine, current["text"])
    if tool is not None:
        invented = invented_tool_result(
            text, tool, len(work.get("tool_calls", [])), question=current["text"]
        )
        if invented is not None:
            return invented
    return check_output(text, question=current["text"], metadata=metadata, previous=previous)


def _already_escalated(route: RouteDecision) -> bool:
    return any(r.startswith(GUARD_PREFIX) for r in route.reasons)


def escalate(
    engine: Engine,
    state: State,
    current: Current,
    work: Work,
    route: RouteDecision,
    failure: GuardFailure,
) -> RouteDecision | str:
    """The cloud route to retry the step on once, or why it is not retried there."""
    if _already_escalated(route):
        return "already escalated once"
    if route.tier == "cloud":
        return "the cloud tier itself gave this reply"
    if current["privacy"] != "public" or work.get("local_reason") or current["pseudonymize"]:
        return "the step is local_only (never escalated to the cloud)"
    if current["request"] is None:
        return "a replayed step is not escalated"
    request = StepRequest(**current["request"])
    cloud = engine.router.decide(replace(request, pinned_tier="cloud"), engine.spend(state))
    if cloud.tier != "cloud" or cloud.refusal is not None:
        why = next((a.reason for a in cloud.alternatives if a.tier == "cloud"), "not allowed")
        return f"cloud tier unavailable ({why})"
    reasons = [r for r in cloud.reasons if not r.startswith("pinned to")]
    note = f"{GUARD_PREFIX} {failure.reason} on {route.model}; escalated once to the cloud tier"
    return cloud.model_copy(update={"reasons": (*reasons, note)})


def _shown_text(failure: GuardFailure, route: RouteDecision, text: str, question: str) -> str:
    if failure.kind == "empty":
        return f"The {route.tier} model returned no usable answer (empty output)."
    if failure.kind == "repeats_previous":
        # Showing the same answer again under a new question would read as its answer.
        if detect_language(question) == "ko":
            return (
                f"{route.tier} 모델이 이 질문에 답하지 못하고 이전 답변을 그대로 반복했습니다. "
                "바뀐 조건을 넣어 질문 전체를 다시 적어 주세요."
            )
        return (
            f"The {route.tier} model only repeated its previous answer instead of answering "
            "this follow-up. Please ask the whole question again with the change in it."
        )
    if failure.kind == "wrong_arithmetic":
        # A wrong figure is never shown as the answer: say what did not add up instead.
        working = failure.reason.removeprefix("wrong arithmetic: ")
        if detect_language(question) == "ko":
            return (
                f"{route.tier} 모델의 계산이 맞지 않아 답을 보여 드리지 않습니다: {working}. "
                "숫자를 모두 넣어 질문 전체를 다시 적어 주세요."
            )
        return (
            f"The {route.tier} model's arithmetic did not check out, so its answer is not "
            f"shown: {working}. Please ask the whole question again with every figure in it."
        )
    if failure.kind == "invented_tool_result":
        tool = failure.reason.removeprefix("invented tool result: ").split(" ", 1)[0]
        return (
            f"`{tool}` did not run (it was not called; nothing ran): the {route.tier} model "
            "replied without calling it, so its reply is not shown as the tool's result. To run "
            "the tool, send "
            f'`{tool} {{"arg": "value"}}`; `switchyard mcp tools` lists the tools.'
        )
    return text


def degraded_step(
    engine: Engine,
    state: State,
    current: Current,
    work: Work,
    route: RouteDecision,
    text: str,
    failure: GuardFailure,
    not_escalated: str,
) -> State:
    """Complete the step with its reply flagged degraded, and the guard's reason recorded."""
    # "degraded:" first: the UI's badges and banner show reasons that start with it.
    note = f"degraded: {GUARD_PREFIX} {failure.reason}; not escalated: {not_escalated}"
    flagged = route.model_copy(update={"degraded": True, "reasons": (*route.reasons, note)})
    return complete_step(
        engine.models,
        state,
        {**work, "route": route_data(flagged)},
        _shown_text(failure, route, text, current["text"]),
    )
