"""The prompt of a model step, and the routed form of a replayed step."""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from agents.prompts import GROUNDED_INSTRUCTIONS, SYSTEM_PROMPT, fence
from core.text import estimate_tokens
from core.types import PrivacyClass, RouteDecision
from graphs.state import Current, RecordedStep, State, new_current, route_data
from graphs.turn_privacy import HISTORY_MESSAGES as _HISTORY_MESSAGES
from tools.handlers import HandlerResult


def passages_for(context_window: int) -> int:
    """How many passages a grounded prompt may show a model with this context window."""
    # A 2K-context model (the embedded SmolLM2) degenerates into repetition when handed
    # four long passages; it answers sensibly from the best two.
    return 2 if context_window <= 4096 else 4


def build_prompt(
    state: State, current: Current, *, with_context: bool = True, max_passages: int = 4
) -> list[BaseMessage]:
    """System prompt, recent history, earlier step outputs, fenced passages and the step.

    Args:
        state: the graph state.
        current: the routed step.
        with_context: include the conversation history and earlier steps' outputs; a
            pseudonymized cloud step leaves them out, since they may hold data from a
            local-only source that no placeholder could stand for.
        max_passages: how many of the best passages a grounded step shows the model.
    """
    messages: list[BaseMessage] = [SystemMessage(content=SYSTEM_PROMPT)]
    step_text = current["text"]
    if with_context:
        messages.extend(_history(state))
        notes = _earlier_steps(state)
        if notes:
            step_text = notes + "\n\n" + step_text
    doc = current["doc"]
    if current["kind"] == "grounded" and doc:
        fenced = "\n\n".join(
            fence(p["text"], kind=f"document {p['id']}", source=p["source"])
            for p in doc["passages"][:max_passages]
        )
        step_text = f"{GROUNDED_INSTRUCTIONS}\n\n{fenced}\n\nQuestion: {step_text}"
    messages.append(HumanMessage(content=step_text))
    return messages


def context_tokens(state: State) -> int:
    """Tokens of what ``build_prompt`` adds to a model step besides its own text.

    A follow-up ("그럼 4명이면?") is a few tokens, but the model also reads the earlier
    question and answer; the router's context and cost checks must count them too.
    """
    shown = [str(m.content) for m in _history(state)] + [_earlier_steps(state)]
    return sum(estimate_tokens(text) for text in shown if text)


def _history(state: State) -> Sequence[BaseMessage]:
    """The conversation's last messages before this turn's question, as the prompt shows."""
    return list(state.get("messages", []))[:-1][-_HISTORY_MESSAGES:]


def _earlier_steps(state: State) -> str:
    """This turn's earlier step outputs, fenced, or "" when there are none."""
    earlier = [o["text"] for o in state["outputs"]]
    if not earlier:
        return ""
    notes = "\n".join(f"step {i + 1}: {t}" for i, t in enumerate(earlier))
    return fence(notes, kind="earlier_steps")


def replayed_step(index: int, text: str, recorded: RecordedStep, privacy: PrivacyClass) -> Current:
    """The routed form of a step whose recorded result a replay reuses."""
    record = recorded["record"]
    route = RouteDecision(tier=record["tier"], model=record.get("model"), reasons=())
    return new_current(
        index=index,
        text=text,
        kind="replayed",
        route=route_data(route),
        privacy=privacy,
        handler=recorded["output"].get("handler"),
        output=recorded["output"],
        record=record,
    )


def previous_handler(state: State) -> HandlerResult | None:
    """The deterministic handler result of the previous step, for follow-up patterns."""
    outputs = state.get("outputs", [])
    if not outputs or not outputs[-1].get("handler"):
        return None
    return HandlerResult.model_validate(outputs[-1]["handler"])
