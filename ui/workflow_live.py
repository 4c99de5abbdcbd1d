"""Live per-step status of a workflow run, drawn while the run goes on.

The runner streams LangGraph's ``tasks`` events (a node starts, a node ends); each
step of the workflow is a node of its graph (a ``map`` step adds ``<id>__item`` and
``<id>__join`` nodes), so the events say, as it happens, which step is waiting,
running, done, paused for an approval or failed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

StepState = Literal["waiting", "running", "done", "paused", "failed"]
_ICONS: dict[StepState, str] = {
    "waiting": "⏳",
    "running": "🔄",
    "done": "✅",
    "paused": "✋",
    "failed": "❌",
}


class StepBoard:
    """The state of each step of one run, fed by the runner's ``tasks`` events."""

    def __init__(self, step_ids: Iterable[str]) -> None:
        self.states: dict[str, StepState] = dict.fromkeys(step_ids, "waiting")

    def update(self, event: dict[str, Any]) -> bool:
        """Apply one event; returns whether a step's state changed.

        A start event carries ``input``; an end event carries ``result``, ``error``
        and ``interrupts``.
        """
        node = str(event.get("name") or "")
        step = node.split("__", 1)[0]
        if step not in self.states:
            return False  # the begin/finish bookkeeping nodes are not steps
        state: StepState
        if "input" in event:
            state = "running"
        elif event.get("error"):
            state = "failed"
        elif event.get("interrupts"):
            state = "paused"
        elif node != step and not node.endswith("__join"):
            state = "running"  # one item of a map step finished; the step goes on
        else:
            state = "done"
        changed = self.states[step] != state
        self.states[step] = state
        return changed

    def lines(self, word: Any) -> list[str]:
        """One markdown line per step: icon, id and ``word(state)`` (the UI's words)."""
        return [f"{_ICONS[s]} `{step}` · {word(s)}" for step, s in self.states.items()]
