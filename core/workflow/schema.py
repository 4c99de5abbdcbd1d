"""The workflow file: pydantic models, and the JSON Schema editors complete from.

A workflow is a list of steps run top to bottom. Each step has an ``id`` and
exactly one *kind key* naming what it does (``agent:``, ``tool:``, ``classify:``...),
plus the options of that kind. ``when:`` skips a step whose condition is false;
a ``branch`` step jumps to a named step (or ``end``). The schema's version is
``SCHEMA_VERSION``; a workflow's own ``version`` is the author's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

SCHEMA_VERSION = 1
STEP_KINDS = (
    "agent",
    "tool",
    "retrieve",
    "classify",
    "branch",
    "approval",
    "map",
    "workflow",
    "answer",
)
StepKindName = Literal[
    "agent", "tool", "retrieve", "classify", "branch", "approval", "map", "workflow", "answer"
]
# ``auto`` lets the router decide per step; a model id (``provider:model``) pins one.
TierChoice = str
STEP_ID = r"^[A-Za-z_][A-Za-z0-9_]*$"
# The branch target that ends the run.
END = "end"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class InputSpec(_Model):
    """One typed input of the workflow."""

    type: Literal["string", "number", "integer", "boolean", "array", "object"] = "string"
    description: str = ""
    required: bool = True
    default: Any = None


class _Step(_Model):
    id: str = Field(pattern=STEP_ID, description="Unique step id; others read it as steps.ID")
    when: str | None = Field(None, description="Run only when this expression is true")
    description: str = ""


class AgentConfig(_Model):
    """What an ``agent`` step's model is told and may use."""

    instructions: str
    input: str | None = Field(
        None, description="Template of the text the agent works on (default: every input)"
    )
    tools: list[str] = Field(default_factory=list, description="Built-in or server.tool names")
    collections: list[str] = Field(default_factory=list, description="Document collections")
    output_schema: dict[str, Any] | None = Field(
        None, description="JSON Schema the answer must satisfy (parsed into steps.ID.data)"
    )
    tier: TierChoice = Field("auto", description="auto | deterministic | local | cloud | model id")


class AgentStep(_Step):
    """A tool-calling model step, routed per step."""

    agent: AgentConfig


class ToolStep(_Step):
    """One tool call; every argument is a template. Decided by the policy gate."""

    tool: str = Field(description="Built-in tool name or server.tool for MCP")
    args: dict[str, Any] = Field(default_factory=dict)


class RetrieveStep(_Step):
    """Search a document collection; passages land in ``steps.ID.passages``."""

    retrieve: str = Field(description="Template of the query")
    collection: str = "default"
    k: int = Field(4, ge=1, le=50)


class ClassifyStep(_Step):
    """Pick one of ``labels``: keyword/regex rules first, a model only if none fires."""

    classify: str = Field(description="Template of the text to classify")
    labels: list[str] = Field(min_length=1)
    rules: dict[str, list[str]] = Field(
        default_factory=dict, description="label -> keywords, or /regex/ patterns"
    )
    default: str | None = Field(None, description="Label when no rule fires and no model runs")
    tier: TierChoice = "auto"


class BranchCase(_Model):
    """One conditional edge."""

    when: str
    goto: str


class BranchStep(_Step):
    """Jump to the first case whose condition holds, else to ``else``."""

    branch: list[BranchCase] = Field(min_length=1)
    else_: str | None = Field(None, alias="else", description="Target when no case matches")
    max_iterations: int | None = Field(
        None, ge=1, description="Required when a target runs earlier (a loop)"
    )


class ApprovalStep(_Step):
    """Pause for a human: approve, reject, or edit the pending value."""

    approval: str = Field(description="Template of the question shown to the human")
    value: str | None = Field(None, description="Template of the value the human may edit")


class MapStep(_Step):
    """Run ``steps`` for each item of a list (``item`` in templates), in parallel."""

    map: str = Field(description="Template yielding a list")
    steps: list[Step] = Field(min_length=1)
    concurrency: int = Field(4, ge=1, le=64)


class WorkflowStep(_Step):
    """Call another workflow by name; its outputs land in ``steps.ID.outputs``."""

    workflow: str
    inputs: dict[str, Any] = Field(default_factory=dict)


class AnswerStep(_Step):
    """A template output; no model."""

    answer: str


def step_kind(value: Any) -> str | None:
    """The kind key of a raw or parsed step (``None`` when it has none)."""
    if isinstance(value, dict):
        return next((k for k in STEP_KINDS if k in value), None)
    for kind in STEP_KINDS:
        if isinstance(value, _Step) and kind in type(value).model_fields:
            return kind
    return None


Step = Annotated[
    Annotated[AgentStep, Tag("agent")]
    | Annotated[ToolStep, Tag("tool")]
    | Annotated[RetrieveStep, Tag("retrieve")]
    | Annotated[ClassifyStep, Tag("classify")]
    | Annotated[BranchStep, Tag("branch")]
    | Annotated[ApprovalStep, Tag("approval")]
    | Annotated[MapStep, Tag("map")]
    | Annotated[WorkflowStep, Tag("workflow")]
    | Annotated[AnswerStep, Tag("answer")],
    Discriminator(step_kind),
]
AnyStep = (
    AgentStep
    | ToolStep
    | RetrieveStep
    | ClassifyStep
    | BranchStep
    | ApprovalStep
    | MapStep
    | WorkflowStep
    | AnswerStep
)


class CaseExpect(_Model):
    """What a case checks after the run."""

    output_contains: str | list[str] | None = None
    output_equals: dict[str, Any] | None = None
    status: Literal["done", "paused", "failed"] | None = None
    tiers: dict[str, str] | None = Field(None, description="step id -> tier it must run on")
    tiers_not: list[str] = Field(default_factory=list)
    tools_called: list[str] = Field(default_factory=list)
    approval_reached: bool | None = None
    never_cloud: bool = False


class Case(_Model):
    """One test of the workflow: inputs, scripted model replies, expectations."""

    name: str = ""
    inputs: dict[str, Any] = Field(default_factory=dict)
    model_replies: list[str] = Field(
        default_factory=list, description="Scripted replies for model steps (default runs)"
    )
    approve: Literal["approve", "reject"] | None = Field(
        None, description="Resume an approval pause this way"
    )
    expect: CaseExpect = CaseExpect()


class Workflow(_Model):
    """A workflow file."""

    name: str = Field(pattern=STEP_ID)
    description: str = ""
    version: int | str = 1
    inputs: dict[str, InputSpec] = Field(default_factory=dict)
    outputs: dict[str, str] = Field(default_factory=dict, description="name -> template")
    steps: list[Step] = Field(min_length=1)
    cases: list[Case] = Field(default_factory=list)


MapStep.model_rebuild()
Workflow.model_rebuild()


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a workflow file, for editor completion."""
    schema = Workflow.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://switchyard.dev/schema/workflow-v{SCHEMA_VERSION}.json"
    return schema


SCHEMA_FILE = Path(__file__).resolve().parent / "workflow.schema.json"


def schema_text() -> str:
    """The committed schema file's expected contents."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
