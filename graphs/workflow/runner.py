"""Running a workflow by name, and resuming a paused or interrupted run.

``run`` stores the run (name, version, hash, the definition's source) before the
first step; ``resume`` rebuilds the graph from that snapshot, never from the file,
so a run finishes on the definition it started with. The checkpointer thread id is
the run id: a paused approval survives a restart, a killed run continues from its
last finished step.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Literal

from langchain_core.runnables import RunnableConfig
from langgraph.types import Command

from core.workflow.inputs import coerce_inputs
from core.workflow.loader import LoadedWorkflow, load_text
from core.workflow.runs import RunStatus, RunStore
from graphs.engine import Engine
from graphs.runner import CONTRACT_STEP_KEYS
from graphs.state import Context
from graphs.workflow.compile import WorkflowGraph, compile_workflow
from graphs.workflow.nodes import run_store
from graphs.workflow.registry import loaded_workflow
from graphs.workflow.state import JsonObject, RunMeta, WorkflowState

Action = Literal["approve", "reject", "edit"]


@dataclass
class WorkflowResult:
    """Where a run stands: the ``switchyard workflow run --json`` contract."""

    run_id: str
    workflow: str
    version: str
    hash: str
    status: RunStatus
    outputs: JsonObject = field(default_factory=dict)
    pending: JsonObject | None = None
    steps: list[JsonObject] = field(default_factory=list)
    error: str | None = None
    stop_reason: str | None = None
    step_outputs: JsonObject = field(default_factory=dict)

    def to_json(self) -> JsonObject:
        """The stable JSON keys (plus ``error`` and ``stop_reason``)."""
        return {
            "run_id": self.run_id,
            "workflow": self.workflow,
            "version": self.version,
            "hash": self.hash,
            "status": self.status,
            "outputs": self.outputs,
            "pending": self.pending,
            "steps": [{**{k: s.get(k) for k in CONTRACT_STEP_KEYS}, **s} for s in self.steps],
            "error": self.error,
            "stop_reason": self.stop_reason,
        }


class WorkflowRunner:
    """Runs workflows on one engine and checkpointer (built once per process)."""

    def __init__(self, engine: Engine, checkpointer: Any) -> None:
        self.engine = engine
        self.checkpointer = checkpointer
        self.runs: RunStore = run_store(engine.settings)
        self._graphs: dict[str, WorkflowGraph] = {}

    def graph(self, loaded: LoadedWorkflow) -> WorkflowGraph:
        """The compiled graph of one definition (cached by content hash)."""
        key = f"{loaded.name}:{loaded.content_hash}"
        if key not in self._graphs:
            self._graphs[key] = compile_workflow(loaded, self.engine, self.checkpointer)
        return self._graphs[key]

    def run(
        self, name: str, inputs: JsonObject, *, context: Context | None = None
    ) -> WorkflowResult:
        """Start a run of the workflow's current file and drive it until done or paused.

        Raises:
            ConfigError: no such workflow, its file is invalid, or the inputs are wrong.
        """
        loaded = loaded_workflow(self.engine.settings, name, self.engine.tools)
        return self.run_loaded(loaded, inputs, context=context)

    def run_loaded(
        self, loaded: LoadedWorkflow, inputs: JsonObject, *, context: Context | None = None
    ) -> WorkflowResult:
        """Start a run of an already loaded definition (``workflow test`` uses this)."""
        values = coerce_inputs(loaded.workflow, inputs)
        run_id = uuid.uuid4().hex
        self.runs.start(
            run_id,
            workflow=loaded.name,
            version=loaded.version,
            content_hash=loaded.content_hash,
            snapshot=loaded.source,
            inputs=values,
        )
        return self._drive(loaded, run_id, _first_state(loaded, run_id, values), context)

    def resume(
        self,
        run_id: str,
        action: Action = "approve",
        value: Any = None,
        *,
        context: Context | None = None,
    ) -> WorkflowResult:
        """Answer a paused run's question, or continue a run that was interrupted.

        Raises:
            ConfigError: no run has that id.
        """
        from core.errors import ConfigError

        row = self.runs.get(run_id)
        if row is None:
            raise ConfigError(f"no workflow run {run_id!r}")
        loaded = load_text(row.snapshot, f"<snapshot of run {run_id}>")
        if row.status == "done":
            return self._result(loaded, run_id, "done")
        # The checkpoint, not the row, says whether a question is open: a process killed
        # after the answer but before the row was updated left the row at "paused".
        state = self.graph(loaded).get_state(self._config(run_id))
        start: WorkflowState | Command[Any] | None = None
        if state.interrupts:
            start = Command(resume={"action": action, "value": value})
        elif not state.values and not state.next:
            # Killed after the run was stored but before its first checkpoint: nothing
            # ran yet, so it starts over from the inputs it was stored with.
            start = _first_state(loaded, run_id, row.inputs)
        self.runs.update(run_id, "running")
        return self._drive(loaded, run_id, start, context)

    def result(self, run_id: str) -> WorkflowResult:
        """Where a stored run stands now.

        Raises:
            ConfigError: no run has that id.
        """
        from core.errors import ConfigError

        row = self.runs.get(run_id)
        if row is None:
            raise ConfigError(f"no workflow run {run_id!r}")
        loaded = load_text(row.snapshot, f"<snapshot of run {run_id}>")
        return self._result(loaded, run_id, row.status, row.error)

    def _config(self, run_id: str) -> RunnableConfig:
        return {"configurable": {"thread_id": run_id}}

    def _drive(
        self,
        loaded: LoadedWorkflow,
        run_id: str,
        start: WorkflowState | Command[Any] | None,
        context: Context | None,
    ) -> WorkflowResult:
        graph = self.graph(loaded)
        error: str | None = None
        try:
            graph.invoke(start, self._config(run_id), context=context or Context())
        # The one boundary that turns any failure of a step into a failed run the user
        # can read and resume; the error is stored with the run.
        except Exception as exc:  # noqa: BLE001
            error = f"{type(exc).__name__}: {exc}"
        return self._result(loaded, run_id, None, error)

    def _result(
        self,
        loaded: LoadedWorkflow,
        run_id: str,
        status: RunStatus | None,
        error: str | None = None,
    ) -> WorkflowResult:
        graph = self.graph(loaded)
        snapshot = graph.get_state(self._config(run_id))
        values: JsonObject = dict(snapshot.values or {})
        pending = next((i.value for i in snapshot.interrupts), None)
        error = error or values.get("error")
        if status is None:
            status = "failed" if error else "paused" if pending is not None else "done"
            if status == "done" and snapshot.next:
                status, error = "failed", error or "the run stopped before its end"
        result = WorkflowResult(
            run_id=run_id,
            workflow=loaded.name,
            version=loaded.version,
            hash=loaded.content_hash,
            status=status,
            outputs=dict(values.get("outputs") or {}),
            pending=pending if isinstance(pending, dict) else None,
            steps=[dict(r) for r in values.get("records", [])],
            error=error,
            stop_reason=values.get("stop_reason"),
            step_outputs=dict(values.get("steps") or {}),
        )
        self.runs.update(
            run_id, status, outputs=result.outputs, pending=result.pending, error=error
        )
        return result


def _first_state(loaded: LoadedWorkflow, run_id: str, inputs: JsonObject) -> WorkflowState:
    """The state a run starts from (its privacy is decided by the first node)."""
    meta = RunMeta(
        run_id=run_id,
        workflow=loaded.name,
        version=loaded.version,
        hash=loaded.content_hash,
        started_at=time.time(),
        privacy="public",
        privacy_types=[],
        taint=[],
    )
    return {"inputs": inputs, "run": meta}
