"""Turns of a conversation: built live while answering, rebuilt from the checkpointer on reload.

The checkpointer is the source of truth for a conversation (raw text, the
user's own); each finished run leaves a final checkpoint holding its question,
answer, citations and step records, which is everything a turn shows.
"""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig

from graphs.runner import STOPPED_MARK, AskResult
from graphs.services import Services
from ui.session import conversations

Turn = dict[str, Any]


def turn_from_result(question: str, result: AskResult) -> Turn:
    """A turn from a finished (or stopped, or waiting) ask."""
    return {
        "question": question,
        "answer": result.answer,
        "run_id": result.run_id,
        "steps": [s.model_dump(mode="json") for s in result.steps],
        "citations": list(result.citations),
        "pending": list(result.pending),
        "stopped": result.stopped,
        "privacy": result.privacy,
    }


def stopped_turn(question: str, partial: str) -> Turn:
    """A turn whose answer the user stopped while it was being written."""
    return {
        "question": question,
        "answer": partial,
        "run_id": "",
        "steps": [],
        "citations": [],
        "pending": [],
        "stopped": True,
        "privacy": "public",
    }


def load_turns(services: Services, thread_id: str, *, user_id: str) -> list[Turn]:
    """Every turn of a thread from its checkpoints, oldest first; a waiting turn last.

    Args:
        services: the app's services (checkpointer, graph).
        thread_id: the conversation.
        user_id: who asks; a thread that is not this user's conversation reads as empty,
            whatever id a caller passes.
    """
    if services.checkpointer is None:
        return []
    if conversations(services).get(thread_id, user_id) is None:
        return []
    config: RunnableConfig = {"configurable": {"thread_id": thread_id}}
    history = list(services.graph.get_state_history(config))  # newest first
    turns: list[Turn] = []
    seen: set[str] = set()
    for snap in history:
        values = snap.values or {}
        run_id = str(values.get("run_id") or "")
        if not run_id or run_id in seen or snap.next:
            continue
        seen.add(run_id)
        answer = str(values.get("answer") or "")
        stopped = answer.endswith(STOPPED_MARK)
        if stopped:
            answer = answer[: -len(STOPPED_MARK)].rstrip()
        turns.append(
            {
                "question": str(values.get("question") or ""),
                "answer": answer,
                "run_id": "" if stopped else run_id,
                "steps": list(values.get("records") or []),
                "citations": list(values.get("citations") or []),
                "pending": [],
                "stopped": stopped,
                "privacy": values.get("privacy", "public"),
            }
        )
    turns.reverse()
    if history and history[0].interrupts:
        latest = history[0].values or {}
        turns.append(
            {
                "question": str(latest.get("question") or ""),
                "answer": "",
                "run_id": str(latest.get("run_id") or ""),
                "steps": list(latest.get("records") or []),
                "citations": [],
                "pending": [i.value for i in history[0].interrupts],
                "stopped": False,
                "privacy": latest.get("privacy", "public"),
            }
        )
    return turns
