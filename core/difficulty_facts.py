"""What the router knows about a step besides its text, as hand-set shifts of the score.

The replays carry only prompts, so these shifts cannot be fitted; they are kept
small (at most about one unit of logit in all) and named in the decision's
reasons. Why these signs: a step that must call tools asks more of a small
model (choosing a tool, filling its arguments), and so does a long
conversation (more context to keep straight); a step grounded in retrieved
passages asks less (the answer is in the passages).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

StepKind = Literal["", "generate", "grounded", "plan", "synthesize", "classify"]

TOOLS_SHIFT = 0.35
DEPTH_SHIFT_PER_TURN = 0.1
DEPTH_SHIFT_MAX = 0.4
KIND_SHIFTS: dict[str, float] = {"grounded": -0.3, "classify": -0.3, "plan": 0.2}


@dataclass(frozen=True)
class StepFacts:
    """Facts about the step being routed (all optional)."""

    needs_tools: bool = False
    conversation_depth: int = 0
    kind: StepKind = ""


def fact_contributions(facts: StepFacts) -> dict[str, float]:
    """Logit shifts named ``tools``, ``conversation_depth`` and ``step_kind`` (zeros left out)."""
    shifts: dict[str, float] = {}
    if facts.needs_tools:
        shifts["tools"] = TOOLS_SHIFT
    if facts.conversation_depth > 1:
        depth = DEPTH_SHIFT_PER_TURN * (facts.conversation_depth - 1)
        shifts["conversation_depth"] = min(DEPTH_SHIFT_MAX, depth)
    kind_shift = KIND_SHIFTS.get(facts.kind, 0.0)
    if kind_shift:
        shifts["step_kind"] = kind_shift
    return shifts
