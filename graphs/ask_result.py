"""The answer to one question: the ``switchyard ask --json`` payload.

Kept apart from ``graphs.runner`` (which drives the LangGraph graph) so the CLI's
fast path, which answers without the graph, returns the very same model.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from core.input_check import RejectionReason
from core.types import PrivacyClass, StepRecord

__all__ = ["CONTRACT_STEP_KEYS", "AskResult"]

CONTRACT_STEP_KEYS = (
    "node",
    "tier",
    "model",
    "reasons",
    "tokens_in",
    "tokens_out",
    "cost",
    "latency_ms",
    "degraded",
)


class AskResult(BaseModel):
    """The answer to one question (the ``switchyard ask --json`` payload)."""

    answer: str
    thread_id: str
    run_id: str
    # Plain dicts in this public JSON model: ``CitationData``/``PendingCall`` are
    # ``typing.TypedDict``s, which pydantic cannot validate before Python 3.12.
    citations: list[dict[str, Any]] = Field(default_factory=list)
    steps: list[StepRecord] = Field(default_factory=list)
    privacy: PrivacyClass = "public"
    pending: list[dict[str, Any]] = Field(
        default_factory=list, description="tool calls waiting for a human yes/no (interrupt)"
    )
    stopped: bool = Field(False, description="the caller stopped the stream; answer is partial")
    refused: RejectionReason | None = Field(
        None, description="the question was refused (empty, too long, not UTF-8) and not kept"
    )

    def to_json(self) -> dict[str, Any]:  # the JSON payload: any JSON value per key
        """The DESIGN.md contract keys plus extras (score, step index, privacy, tool)."""
        steps = []
        for step in self.steps:
            data = step.model_dump(mode="json")
            row = {key: data[key] for key in CONTRACT_STEP_KEYS}
            row.update(
                score=data["score"],
                step_index=data["step_index"],
                privacy=data["privacy"],
                tool=data["tool"],
                server=data["server"],
            )
            steps.append(row)
        return {
            "answer": self.answer,
            "thread_id": self.thread_id,
            "run_id": self.run_id,
            "citations": self.citations,
            "steps": steps,
            "privacy": self.privacy,
            "pending": self.pending,
            "refused": self.refused,
        }
