"""Shared value types: tiers, privacy classes, route decisions and step records.

These are the contracts between the router, the graph, the trace store, the
CLI's ``--json`` output and the UI; keys are stable (add, never rename).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Tier = Literal["deterministic", "local", "cloud"]
ModelTier = Literal["local", "cloud"]
PrivacyClass = Literal["public", "local_only"]
Language = Literal["ko", "en", "other"]

TIERS: tuple[Tier, ...] = ("deterministic", "local", "cloud")

# Why the router did not pick a tier. The English record, the Korean refusal and the
# UI's Korean wording are all chosen by this kind, never by matching the English text
# (``core.rejections`` holds the English wording of each). ``other`` is a record made
# before kinds existed, or a reason no kind names.
RejectionKind = Literal[
    "not_needed",
    "code_answers",
    "no_handler",
    "privacy_cloud",
    "privacy_external",
    "not_configured",
    "unavailable",
    "language",
    "context",
    "budget_session",
    "budget_turn",
    "other",
]


class Alternative(BaseModel):
    """A tier the router considered and did not pick, with the reason."""

    model_config = ConfigDict(frozen=True)

    tier: Tier
    reason: str
    kind: RejectionKind = "other"
    # The facts the kind's wording names, typed so no reader parses them back out of
    # ``reason``. ``None`` when the kind names no such fact, and on records made before
    # these fields existed (readers then fall back to the text).
    model: str | None = None
    """The model id the tier would have used (``privacy_external``, ``language``, ``context``)."""
    personal_data: str | None = None
    """The personal-data types that keep the step local (the ``privacy_*`` kinds)."""
    language: Language | None = None
    """The language the model does not write well (``language``)."""
    context_window: int | None = None
    """The model's context window in tokens (``context``)."""
    tokens_needed: int | None = None
    """The prompt plus the expected answer, in tokens (``context``)."""
    unavailable_reason: str | None = None
    """Why the tier's server cannot serve, as the model registry said it (``unavailable``)."""
    session_spent_usd: float | None = None
    """Money this session has spent so far (``budget_session``)."""
    cost_estimate_usd: float | None = None
    """What this step would cost on the tier (``budget_session``)."""
    session_limit_usd: float | None = None
    """The session's cost limit (``budget_session``)."""


class RouteDecision(BaseModel):
    """Where one step goes and why (DESIGN.md principle 4: explainable)."""

    model_config = ConfigDict(frozen=True)

    tier: Tier
    model: str | None = None
    score: float = 0.0
    reasons: tuple[str, ...] = ()
    estimated_cost: float = 0.0
    degraded: bool = False
    alternatives: tuple[Alternative, ...] = ()
    refusal: str | None = None


class Citation(BaseModel):
    """One cited source passage; ``id`` is the number shown as ``[id]``."""

    model_config = ConfigDict(frozen=True)

    id: int
    source: str
    locator: str = ""
    text: str = ""
    chunk_id: str = ""


def recorded_ms(value: float) -> float:
    """A duration as records keep it: to a tenth of a millisecond.

    Kept whole, a float's sixteen digits ("latency_ms": 13.00358506894331) went out in
    trace exports, where a run of them now and then read as a phone number or a secret
    and held the whole export (seen in a full `make test`); no reader needs more than a
    tenth of a millisecond.
    """
    return round(value, 1)


class StepRecord(BaseModel):
    """One executed step, as stored in state, the trace store and ``--json`` output."""

    node: str
    tier: Tier
    model: str | None = None
    reasons: list[str] = Field(default_factory=list)
    tokens_in: int = 0
    tokens_out: int = 0
    cost: float = 0.0
    latency_ms: float = 0.0
    degraded: bool = False
    score: float | None = None
    step_index: int | None = None
    privacy: PrivacyClass = "public"
    tool: str | None = None
    tool_calls: int = 0
    server: str | None = None
    input_text: str = ""
    output_text: str = ""
    alternatives: list[Alternative] = Field(default_factory=list)
    error: str | None = None

    @field_validator("latency_ms")
    @classmethod
    def _to_a_tenth(cls, value: float) -> float:
        return recorded_ms(value)
