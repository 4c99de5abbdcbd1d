"""The assistant's step data: plain typed dicts at rest, their converters and ``Context``.

Split from ``graphs.state`` so code that only builds or reads step data (the CLI's
deterministic fast path, ``graphs.recording``) does not import LangGraph or LangChain:
``graphs.state`` keeps what LangGraph itself needs (``State`` with its message reducer,
and ``Work`` with its model messages) and re-exports everything here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal, NotRequired, cast

from pydantic.json_schema import SkipJsonSchema
from typing_extensions import TypedDict

from agents.policy import Role
from core.types import (
    Language,
    ModelTier,
    PrivacyClass,
    RejectionKind,
    RouteDecision,
    StepRecord,
    Tier,
)

if TYPE_CHECKING:
    # Annotations only: importing them would pull in the RAG stack and LangChain tools.
    from agents.documents import DocPlan
    from agents.mcp_dispatch import McpDispatch
    from agents.toolbox import ToolCallOutcome
    from core.router import StepRequest
    from graphs.state import State
    from tools.handlers import HandlerResult

StepKind = Literal[
    "handler",
    "extractive",
    "not_covered",
    "grounded",
    "generate",
    "refusal",
    "replayed",
    "mcp",
]


class CitationData(TypedDict):
    """A ``core.types.Citation`` at rest (``[id]`` in the answer)."""

    id: int
    source: str
    locator: NotRequired[str]
    text: NotRequired[str]
    chunk_id: NotRequired[str]


class AlternativeData(TypedDict):
    """A ``core.types.Alternative`` at rest: a tier the router considered and rejected."""

    tier: Tier
    reason: str
    # Absent in checkpoints written before rejection kinds existed.
    kind: NotRequired[RejectionKind]
    # The kind's typed facts (``core.rejections``): None when the kind names no such fact,
    # absent in checkpoints written before they existed (readers then use ``reason``).
    model: NotRequired[str | None]
    personal_data: NotRequired[str | None]
    language: NotRequired[Language | None]
    context_window: NotRequired[int | None]
    tokens_needed: NotRequired[int | None]
    unavailable_reason: NotRequired[str | None]
    session_spent_usd: NotRequired[float | None]
    cost_estimate_usd: NotRequired[float | None]
    session_limit_usd: NotRequired[float | None]


class RouteData(TypedDict):
    """A ``core.types.RouteDecision`` at rest."""

    tier: Tier
    model: str | None
    score: float
    reasons: list[str]
    estimated_cost: float
    degraded: bool
    alternatives: list[AlternativeData]
    refusal: str | None


class RequestData(TypedDict, total=False):
    """A ``core.router.StepRequest`` at rest (``dataclasses.asdict``)."""

    text: str
    language: Language
    handler: str | None
    handler_reason: str
    privacy: PrivacyClass
    privacy_reason: str
    needs_tools: bool
    generates_text: bool
    prompt_tokens: int
    pinned_tier: ModelTier | None
    extra_reasons: tuple[str, ...]
    context: str


class HandlerData(TypedDict):
    """A ``tools.handlers.HandlerResult`` at rest (read back for follow-up steps)."""

    handler: str
    answer: str
    value: float | str | None
    detail: str
    unit: NotRequired[str | None]


class PassageData(TypedDict):
    """A retrieved passage shown (fenced) to a grounded model step."""

    id: int
    source: str
    locator: str
    text: str


class DocData(TypedDict):
    """An ``agents.documents.DocPlan`` at rest."""

    kind: str
    reasons: list[str]
    answer: str
    citations: list[CitationData]
    passages: list[PassageData]
    pii_types: list[str]
    prompt_tokens: int
    fallback_answer: str
    fallback_citations: list[CitationData]
    # The honest "not in the documents" reply, kept for when no model may read the passages.
    decline_answer: str


class McpData(TypedDict):
    """An ``agents.mcp_dispatch.McpDispatch`` at rest."""

    server: str
    tool: str
    running: bool
    # Tool arguments are whatever JSON the tool's input schema allows.
    args: dict[str, Any]
    reason: str


class StepRecordData(TypedDict):
    """A ``core.types.StepRecord`` at rest (``model_dump(mode="json")``)."""

    node: str
    tier: Tier
    model: str | None
    reasons: list[str]
    tokens_in: int
    tokens_out: int
    cost: float
    latency_ms: float
    degraded: bool
    score: float | None
    step_index: int | None
    privacy: PrivacyClass
    tool: str | None
    tool_calls: int
    server: str | None
    input_text: str
    output_text: str
    alternatives: list[AlternativeData]
    error: str | None


class StepOutput(TypedDict):
    """What one finished step contributes to the answer."""

    text: str
    citations: list[CitationData]
    handler: HandlerData | None
    kind: StepKind


class RecordedStep(TypedDict):
    """A step of an earlier run that a replay reuses instead of re-running."""

    output: StepOutput
    record: StepRecordData


class Current(TypedDict):
    """The step being routed and run (built only by ``new_current``)."""

    index: int
    text: str
    kind: StepKind
    route: RouteData
    request: RequestData | None
    handler: HandlerData | None
    doc: DocData | None
    mcp: McpData | None
    privacy: PrivacyClass
    pseudonymize: bool
    # Replay only: the recorded output and record reused for this step.
    output: StepOutput | None
    record: StepRecordData | None


def new_current(
    *,
    index: int,
    text: str,
    kind: StepKind,
    route: RouteData,
    privacy: PrivacyClass,
    request: RequestData | None = None,
    handler: HandlerData | None = None,
    doc: DocData | None = None,
    mcp: McpData | None = None,
    pseudonymize: bool = False,
    output: StepOutput | None = None,
    record: StepRecordData | None = None,
) -> Current:
    """The one constructor of ``Current``, so every producer sets every key."""
    return Current(
        index=index,
        text=text,
        kind=kind,
        route=route,
        request=request,
        handler=handler,
        doc=doc,
        mcp=mcp,
        privacy=privacy,
        pseudonymize=pseudonymize,
        output=output,
        record=record,
    )


def current_step(state: State) -> Current:
    """The routed step; only nodes after ``route_step`` call this."""
    current = state.get("current")
    if not current:
        raise RuntimeError("no step has been routed in this turn (route_step did not run)")
    return current


class ToolCallData(TypedDict):
    """An ``agents.toolbox.ToolCallOutcome`` at rest."""

    tool: str
    # Tool arguments are whatever JSON the tool's input schema allows.
    args: dict[str, Any]
    output: str
    is_error: bool
    denied: str | None
    server: str | None
    local_only: bool
    latency_ms: float
    # The refusal was decided (and audited) by the policy gate, not by a budget.
    gated: bool


class SessionData(TypedDict):
    """``graphs.policy.SessionUsage`` at rest: what earlier turns used."""

    tokens: int
    tool_calls: int


class PendingCall(TypedDict):
    """A proposed tool call waiting for a human's yes (the interrupt's payload)."""

    id: str
    tool: str
    # Tool arguments are whatever JSON the tool's input schema allows.
    args: dict[str, Any]
    # Why the gate asks, where each argument came from (user / document / tool / model),
    # and which arguments came from untrusted text: the human sees all three.
    reason: str
    origins: dict[str, str]
    flagged: list[str]


@dataclass
class Context:
    """Per-run choices (LangGraph ``context_schema``): who asks, where, and replay pins."""

    user_id: str = "local"
    role: Role = "user"
    workspace: str = "default"
    pinned_tiers: dict[int, ModelTier] = field(default_factory=dict)
    # A conversation's tier picker: every step that goes to a model goes to this tier
    # (privacy still wins: a local_only step never reaches the cloud).
    forced_tier: ModelTier | None = None
    # The picker's model on that tier (one its server serves); ``None``: the tier's own.
    forced_model: str | None = None
    # Replay: recorded output and record per step index, reused instead of re-running.
    replay_outputs: dict[int, RecordedStep] = field(default_factory=dict)
    now_iso: str | None = None
    # A ``graphs.engine.Engine`` for this run only (calling nodes alone, tests); normally
    # ``None``: nodes then use the engine ``build_graph`` bound to the graph. Typed
    # ``object`` and left out of the JSON schema so Studio's context form stays plain
    # JSON; ``engine_for`` checks the type.
    engine: SkipJsonSchema[object | None] = field(default=None, compare=False, repr=False)


# Converters from the domain models to their at-rest forms. Each is a cast of a JSON
# dump: the TypedDicts above mirror those models field for field.
def route_data(decision: RouteDecision) -> RouteData:
    """A routing decision as stored in state."""
    return cast(RouteData, decision.model_dump(mode="json"))


def record_data(record: StepRecord) -> StepRecordData:
    """A step record as stored in state."""
    return cast(StepRecordData, record.model_dump(mode="json"))


def handler_data(result: HandlerResult) -> HandlerData:
    """A deterministic handler's result as stored in state."""
    return cast(HandlerData, result.model_dump(mode="json"))


def doc_data(plan: DocPlan) -> DocData:
    """A document plan as stored in state."""
    return cast(DocData, plan.model_dump())


def request_data(request: StepRequest) -> RequestData:
    """A router request as stored in state."""
    return cast(RequestData, asdict(request))


def mcp_data(dispatch: McpDispatch) -> McpData:
    """An explicit MCP call as stored in state."""
    return cast(McpData, asdict(dispatch))


def tool_call_data(outcome: ToolCallOutcome) -> ToolCallData:
    """A tool call's outcome as stored in the step's work."""
    return ToolCallData(
        tool=outcome.tool,
        args=outcome.args,
        output=outcome.output,
        is_error=outcome.is_error,
        denied=outcome.denied,
        server=outcome.server,
        local_only=outcome.local_only,
        latency_ms=outcome.latency_ms,
        gated=outcome.gated,
    )
