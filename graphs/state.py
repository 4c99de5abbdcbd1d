"""State of the assistant graph; the step data it carries lives in ``graphs.step_data``.

State holds only plain, serializable values (dicts, lists, strings) so the
checkpointer can store it anywhere (SQLite, PostgreSQL) without custom types:
the step types are ``TypedDict``s, which are plain dicts at rest.
"""

from __future__ import annotations

from typing import Annotated, Any

from langchain_core.messages import AnyMessage, BaseMessage
from langgraph.graph.message import add_messages
from typing_extensions import TypedDict

from core.types import PrivacyClass
from graphs.step_data import (
    AlternativeData,
    CitationData,
    Context,
    Current,
    DocData,
    HandlerData,
    McpData,
    PassageData,
    PendingCall,
    RecordedStep,
    RequestData,
    RouteData,
    SessionData,
    StepKind,
    StepOutput,
    StepRecordData,
    ToolCallData,
    current_step,
    doc_data,
    handler_data,
    mcp_data,
    new_current,
    record_data,
    request_data,
    route_data,
    tool_call_data,
)

__all__ = [
    "AlternativeData",
    "CitationData",
    "Context",
    "Current",
    "DocData",
    "HandlerData",
    "McpData",
    "PassageData",
    "PendingCall",
    "RecordedStep",
    "RequestData",
    "RouteData",
    "SessionData",
    "State",
    "StepKind",
    "StepOutput",
    "StepRecordData",
    "ToolCallData",
    "Work",
    "current_step",
    "doc_data",
    "handler_data",
    "mcp_data",
    "new_current",
    "record_data",
    "request_data",
    "route_data",
    "tool_call_data",
]


class Work(TypedDict, total=False):
    """The step in progress: its model conversation, tokens, tool calls and notes."""

    route: RouteData
    started: float
    messages: list[BaseMessage]
    tokens_in: int
    tokens_out: int
    tool_calls: list[ToolCallData]
    session: SessionData
    # True while the last model reply's tool calls wait for ``call_tools``.
    pending: bool
    local_reason: str
    # Placeholder -> original value; only while a step talks to the cloud pseudonymized.
    pseudonyms: dict[str, str]
    error: str
    budget_note: str
    # An MCP server's question waiting for the user (``ElicitationQuestion.to_data()``)
    # and the answers given so far to this step's call (``ElicitationAnswer.to_data()``).
    elicitation: dict[str, Any]
    answers: list[dict[str, Any]]
    # A model's tool batch paused on such a question (``graphs.tool_turn``): the calls
    # that finished, the ones to run again with the answers, and the answers so far.
    parked_batch: dict[str, Any]
    # The human's answer to the explicit MCP call's confirmation (run by the step itself).
    confirmed: bool


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
    # ``None`` until the turn's first step is routed.
    current: Current | None
    work: Work | None
    outputs: list[StepOutput]
    records: list[StepRecordData]
    citations: list[CitationData]
    answer: str
    path: list[str]
    stop_reason: str | None
    # Why the conversation carries untrusted text (e.g. "tool:read_inbox"); never reset
    # per turn, so the policy gate still knows in later steps and turns.
    taint: list[str]
