"""State and per-run context of the assistant graph.

State holds only plain, serializable values (dicts, lists, strings) so the
checkpointer can store it anywhere (SQLite, PostgreSQL) without custom types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, TypedDict

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages

from agents.toolbox import Role
from core.types import ModelTier, PrivacyClass

StepKind = Literal[
    "handler", "extractive", "not_covered", "grounded", "generate", "refusal", "replayed"
]


@dataclass
class Context:
    """Per-run choices (LangGraph ``context_schema``): who asks, where, and replay pins."""

    user_id: str = "local"
    role: Role = "user"
    workspace: str = "default"
    pinned_tiers: dict[int, ModelTier] = field(default_factory=dict)
    # Replay: recorded output and record per step index, reused instead of re-running.
    replay_outputs: dict[int, dict[str, Any]] = field(default_factory=dict)
    now_iso: str | None = None


class State(TypedDict, total=False):
    """The assistant's state; per-turn fields are reset by ``guard_input``."""

    messages: Annotated[list[AnyMessage], add_messages]
    question: str
    run_id: str
    thread_id: str
    parent_run_id: str | None
    started_at: float
    thread_privacy: PrivacyClass
    privacy: PrivacyClass
    privacy_types: list[str]
    plan: list[str]
    step_index: int
    current: dict[str, Any]
    # The model conversation of the step in progress (messages, tokens, tool calls).
    work: dict[str, Any] | None
    outputs: list[dict[str, Any]]
    records: list[dict[str, Any]]
    citations: list[dict[str, Any]]
    answer: str
    path: list[str]
    stop_reason: str | None
    # Why the conversation carries untrusted text (e.g. "tool:read_inbox"); never reset
    # per turn, so the policy gate still knows in later steps and turns.
    taint: list[str]
