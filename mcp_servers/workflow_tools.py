"""Every workflow as an MCP tool, plus ``resume_run`` for a run paused at an approval.

A workflow's tool takes the file's ``inputs`` as its input schema (their types,
descriptions and defaults) and answers with structured output: the run id, its status,
the file's ``outputs`` and, for a paused run, the pending question. ``resume_run``
answers that question (approve, reject, or edit the value) and returns the same shape.

Only the decorator-style ``server.add_tool(fn, name=..., description=...,
annotations=...)`` is used, which FastMCP (mcp 1.x) and MCPServer (mcp 2.x) share. The
workflows are read when the tools are registered; the runner (engine, checkpointer and
the MCP servers the workflows call) is built on the first call, so listing tools stays
cheap. Like ``ask``, a run that touched personal data does not hand its outputs or its
question to the client, which may forward them to a cloud model: the run id and status
are enough to resume it, and Switchyard itself shows the rest.
"""

from __future__ import annotations

import inspect
import json
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal, Protocol

from pydantic import BaseModel, Field, create_model

from mcp_servers.adapt import annotations_for, guarded

if TYPE_CHECKING:
    from agents.toolbox import ToolBox
    from core.settings import Settings
    from core.workflow.loader import LoadedWorkflow
    from core.workflow.schema import InputSpec
    from graphs.workflow.runner import WorkflowResult, WorkflowRunner

log = logging.getLogger(__name__)

RunnerFactory = Callable[[], "WorkflowRunner"]
Action = Literal["approve", "reject", "edit"]
WITHHELD = (
    "withheld: this run involves personal data and stays on this machine; "
    "open it in Switchyard itself (`switchyard workflow runs`)"
)
# JSON Schema types of workflow inputs, as the Python types MCP builds schemas from.
_PY_TYPES: dict[str, Any] = {
    "string": str,
    "number": float,
    "integer": int,
    "boolean": bool,
    "array": list[Any],
    "object": dict[str, Any],
}
RunId = Annotated[
    str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$", description="Run id")
]


class ToolServer(Protocol):
    """What this module needs of an MCP server: FastMCP and MCPServer both have it."""

    def add_tool(
        self,
        fn: Any,
        *,
        name: str | None = ...,
        description: str | None = ...,
        annotations: Any = ...,
    ) -> None:
        """Register ``fn`` as a tool (schemas from its signature)."""
        ...


class Pending(BaseModel):
    """The question a paused run waits on."""

    step: str
    kind: str = Field(description="approval, or tool (a tool call the gate wants confirmed)")
    question: str | None = None
    value: Any = Field(None, description="The value a human may edit before approving")


class RunAnswer(BaseModel):
    """Where a run stands (``switchyard workflow run --json`` keys)."""

    run_id: str
    workflow: str
    version: str
    status: Literal["running", "done", "paused", "failed"]
    outputs: dict[str, Any] = Field(default_factory=dict)
    pending: Pending | None = None
    error: str | None = None
    withheld: bool = Field(False, description="Outputs withheld: the run saw personal data")


class _Runner:
    """The runner, built once on first use; one run at a time (one checkpointer)."""

    def __init__(self, factory: RunnerFactory) -> None:
        self._factory = factory
        self._runner: WorkflowRunner | None = None
        self._lock = threading.Lock()

    def call(self, use: Callable[[WorkflowRunner], WorkflowResult]) -> WorkflowResult:
        with self._lock:
            if self._runner is None:
                self._runner = self._factory()
            return use(self._runner)


def register_workflow_tools(
    server: ToolServer,
    *,
    settings: Settings | None = None,
    runner: RunnerFactory | None = None,
    tools: ToolBox | None = None,
    withhold_local_only: bool = True,
) -> list[str]:
    """Add one tool per valid workflow in ``settings.workflows_dir``, and ``resume_run``.

    Args:
        server: The MCP server to extend.
        settings: Where the workflows are (default: the loaded configuration).
        runner: Builds the ``WorkflowRunner`` on first call (default: the app's services,
            with the MCP servers the workflows call).
        tools: The tool box the runner will use, so a file naming one of its tools
            validates (default: built-in tools and the configured MCP servers).
        withhold_local_only: Keep outputs and questions of runs that saw personal data
            from the client (it may forward them to a cloud model).

    Returns:
        The workflow tools' names (a name an existing tool has is skipped and logged).
    """
    from core.settings import load_settings
    from core.workflow.loader import load_folder
    from graphs.workflow.registry import known_names

    settings = settings or load_settings()
    folder = load_folder(settings.workflows_dir, known_names(settings, tools))
    for file, problems in folder.problems.items():
        log.warning("workflow file %s is not served: %s", file, problems[0])
    shared = _Runner(runner or _default_runner(settings))
    names: list[str] = []
    for name, loaded in sorted(folder.workflows.items()):
        if name == "resume_run":
            log.warning("workflow %r is not served: the name is the resume tool's", name)
            continue
        server.add_tool(
            guarded(name, _run_tool(loaded, shared, withhold_local_only), offload=True),
            name=name,
            description=_description(loaded),
            # A workflow may write (its tool steps) and call the cloud (its model steps).
            annotations=annotations_for("external_network", idempotent=False),
        )
        names.append(name)
    server.add_tool(
        guarded("resume_run", _resume_tool(shared, withhold_local_only), offload=True),
        name="resume_run",
        description=(
            "Continue a workflow run paused at an approval: approve, reject, or edit "
            "(then `value` replaces the pending value)."
        ),
        annotations=annotations_for("external_network", idempotent=False),
    )
    return names


def _default_runner(settings: Settings) -> RunnerFactory:
    def build() -> WorkflowRunner:
        from graphs.services import build_services
        from graphs.workflow.runner import WorkflowRunner

        services = build_services(settings)
        if services.engine is None:
            raise RuntimeError("the services have no engine to run workflows on")
        return WorkflowRunner(services.engine, services.checkpointer)

    return build


def _description(loaded: LoadedWorkflow) -> str:
    workflow = loaded.workflow
    text = workflow.description or f"Run the {workflow.name} workflow."
    outputs = ", ".join(workflow.outputs) or "none"
    return (
        f"{text} (workflow {workflow.name} v{workflow.version}; outputs: {outputs}. "
        "A run paused at an approval returns its run_id and question; answer with resume_run.)"
    )


def _parameter(name: str, spec: InputSpec) -> inspect.Parameter:
    annotation: Any = Annotated[_PY_TYPES[spec.type], Field(description=spec.description)]
    if spec.required and spec.default is None:
        return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation)
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation | None, default=spec.default
    )


def _answer_model(loaded: LoadedWorkflow) -> type[RunAnswer]:
    """``RunAnswer`` whose ``outputs`` names the file's outputs (the tool's output schema)."""
    fields: dict[str, Any] = {name: (Any, None) for name in loaded.workflow.outputs}
    outputs = create_model(f"{loaded.name}_outputs", **fields)
    answer: type[RunAnswer] = create_model(
        f"{loaded.name}_answer", __base__=RunAnswer, outputs=(outputs | None, None)
    )
    return answer


def _run_tool(loaded: LoadedWorkflow, runner: _Runner, withhold: bool) -> Callable[..., RunAnswer]:
    name = loaded.name
    model = _answer_model(loaded)

    def run(**inputs: Any) -> RunAnswer:
        given = {k: v for k, v in inputs.items() if v is not None}
        result = runner.call(lambda r: r.run(name, given))
        return model.model_validate(_answer(result, withhold).model_dump())

    # The input schema MCP derives from the signature is the file's ``inputs``.
    params = [_parameter(k, spec) for k, spec in loaded.workflow.inputs.items()]
    run.__signature__ = inspect.Signature(params, return_annotation=model)  # type: ignore[attr-defined]
    run.__name__ = name
    run.__doc__ = _description(loaded)
    return run


def _resume_tool(runner: _Runner, withhold: bool) -> Callable[..., RunAnswer]:
    def resume_run(
        run_id: RunId,
        action: Annotated[Action, Field(description="approve, reject, or edit")] = "approve",
        value: Annotated[Any, Field(description="The edited value (action edit)")] = None,
    ) -> RunAnswer:
        """Continue a paused workflow run."""
        result = runner.call(lambda r: r.resume(run_id, action, value))
        return _answer(result, withhold)

    return resume_run


def _answer(result: WorkflowResult, withhold: bool) -> RunAnswer:
    """The structured answer; a run that saw personal data keeps its texts."""
    pending = result.pending
    private = withhold and any(s.get("privacy") == "local_only" for s in result.steps)
    question = None if pending is None else Pending.model_validate(
        {
            "step": pending.get("step", ""),
            "kind": pending.get("kind", ""),
            "question": WITHHELD if private else pending.get("question") or pending.get("reason"),
            "value": None if private else pending.get("value", pending.get("args")),
        }
    )  # fmt: skip
    outputs = {} if private else json.loads(json.dumps(result.outputs, default=str))
    return RunAnswer(
        run_id=result.run_id,
        workflow=result.workflow,
        version=result.version,
        status=result.status,
        outputs=outputs,
        pending=question,
        error=result.error,
        withheld=private,
    )
