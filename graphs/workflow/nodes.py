"""The node of each step kind: reading state, running the step, writing its output.

Node factories close over the step's definition (a workflow's steps are data, so a
node is a function of the step plus ``(state, runtime)``). Long-lived services
come from the engine bound to the graph (``engine_for``), as in the assistant.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Protocol, cast

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from core.privacy import scan
from core.settings import Settings
from core.storage import open_database, storage_url_of
from core.types import StepRecord
from core.workflow.expressions import evaluate, parse
from core.workflow.inputs import coerce_inputs
from core.workflow.runs import SCHEMA as RUNS_SCHEMA
from core.workflow.runs import RunStore
from core.workflow.schema import (
    END,
    AnyStep,
    ApprovalStep,
    BranchStep,
    MapStep,
    Workflow,
    WorkflowStep,
)
from core.workflow.templates import as_text, render, render_text
from graphs.engine import Engine, context_of, engine_for
from graphs.state import Context, State, StepRecordData, record_data
from graphs.workflow.state import JsonObject, MapItem, RunMeta, StateUpdate, WorkflowState
from graphs.workflow.steps import StepEnv, StepResult, deterministic_record, privacy_after, run_step


class Node(Protocol):
    """A workflow node: LangGraph passes the runtime by keyword."""

    def __call__(self, state: WorkflowState, *, runtime: Runtime[Context]) -> StateUpdate: ...


class ItemNode(Protocol):
    """A map item's node: its input is the ``Send`` payload, not the graph state."""

    def __call__(self, state: MapItem, *, runtime: Runtime[Context]) -> StateUpdate: ...


# Runs another workflow by name: (name, inputs, parent run) -> its final state.
SubRunner = Callable[[Engine, str, JsonObject, RunMeta], JsonObject]


def run_store(settings: Settings) -> RunStore:
    """The run store of these settings' storage (one per process and place)."""
    return _run_store(settings.data_dir, storage_url_of(settings))


@cache
def _run_store(data_dir: Path, storage_url: str | None) -> RunStore:
    return RunStore(open_database(storage_url, data_dir, RUNS_SCHEMA.sqlite_file))


def scope_of(state: WorkflowState) -> StateUpdate:
    """What templates and conditions of a top-level step can read."""
    return {"inputs": state.get("inputs", {}), "steps": state.get("steps", {})}


def _env(engine: Engine, ctx: Context, state: WorkflowState, index: int) -> StepEnv:
    loops = sum(state.get("loops", {}).values())
    return StepEnv(
        engine=engine,
        role=engine.role(ctx),
        run=state["run"],
        runs=run_store(engine.settings),
        index=index,
        approved=any(
            isinstance(o, dict) and o.get("approved") is True
            for o in state.get("steps", {}).values()
        ),
        pass_key=f"#{loops}" if loops else "",
    )


def _update(state: WorkflowState, step_id: str, result: StepResult) -> StateUpdate:
    run = state["run"]
    privacy, types = privacy_after(run, result)
    taint = list(dict.fromkeys([*run["taint"], *result.taint]))
    update: JsonObject = {"steps": {step_id: result.output}}
    if result.record is not None:
        update["records"] = [record_data(result.record)]
    if result.fatal is not None:
        update["stop_reason"] = f"failed at {step_id}"
        update["error"] = f"step {step_id}: {result.fatal}"
    if (privacy, types, taint) != (run["privacy"], run["privacy_types"], run["taint"]):
        update["run"] = {**run, "privacy": privacy, "privacy_types": types, "taint": taint}
    return update


def _skip(step: AnyStep, scope: JsonObject) -> bool:
    return step.when is not None and not evaluate(parse(step.when), scope)


def begin_node(workflow: Workflow, content_hash: str) -> Node:
    """Check the inputs, and start the run's metadata (privacy from the inputs' text)."""

    def begin(state: WorkflowState, runtime: Runtime[Context]) -> StateUpdate:
        inputs = coerce_inputs(workflow, dict(state.get("inputs") or {}))
        text = "\n".join(as_text(v) for v in inputs.values())
        types = sorted({str(f.type) for f in scan(text)})
        given = state.get("run")
        # A run started by another (a ``workflow`` step) inherits what its caller learnt:
        # personal data seen upstream keeps this run local, untrusted text stays untrusted.
        inherited = given["privacy"] == "local_only" if given else False
        types = sorted({*types, *(given["privacy_types"] if given else [])})
        run = RunMeta(
            run_id=given["run_id"] if given else uuid.uuid4().hex,
            workflow=workflow.name,
            version=str(workflow.version),
            hash=content_hash,
            started_at=given["started_at"] if given else time.time(),
            privacy="local_only" if types or inherited else "public",
            privacy_types=types,
            taint=list(given["taint"]) if given else [],
        )
        return {"inputs": inputs, "run": run, "steps": {}, "stop_reason": None}

    return begin


def step_node(step: AnyStep, index: int, sub_runner: SubRunner) -> Node:
    """The node of an ``agent``, ``tool``, ``retrieve``, ``classify``, ``answer`` or
    ``workflow`` step; a tool the gate wants confirmed pauses for a human."""

    def node(state: WorkflowState, runtime: Runtime[Context]) -> StateUpdate:
        engine, ctx = engine_for(runtime), context_of(runtime)
        scope = scope_of(state)
        if _skip(step, scope):
            return {"steps": {step.id: {"skipped": True}}}
        env = _env(engine, ctx, state, index)
        if isinstance(step, WorkflowStep):
            return _sub_workflow(step, scope, env, sub_runner, state)
        result = run_step(step, scope, env)
        if result.confirm is not None:
            answer = interrupt(result.confirm)
            if _action(answer) == "reject":
                record = deterministic_record(step, env, time.time(), "a human said no", "", "")
                record.error = "rejected by a human"
                return {
                    **_update(state, step.id, StepResult({"denied": "rejected"}, record)),
                    "stop_reason": f"rejected at {step.id}",
                }
            env.approved = True
            result = run_step(step, scope, env)
        return _update(state, step.id, result)

    return node


def _sub_workflow(
    step: WorkflowStep,
    scope: JsonObject,
    env: StepEnv,
    sub_runner: SubRunner,
    state: WorkflowState,
) -> StateUpdate:
    started = time.time()
    inputs = {k: render(v, scope) if isinstance(v, str) else v for k, v in step.inputs.items()}
    final = sub_runner(env.engine, step.workflow, inputs, env.run)
    outputs = dict(final.get("outputs") or {})
    records: list[StepRecordData] = [
        record_data(StepRecord.model_validate({**r, "node": f"{step.id}/{r['node']}"}))
        for r in final.get("records", [])
    ]
    record = deterministic_record(
        step, env, started, f"workflow {step.workflow}", as_text(inputs), as_text(outputs)
    )
    sub_run = final.get("run")
    local = bool(sub_run and sub_run["privacy"] == "local_only")
    result = StepResult(
        {"outputs": outputs, "status": "done"},
        record,
        privacy_types=sub_run["privacy_types"] if sub_run and local else [],
    )
    update = _update(state, step.id, result)
    update["records"] = [*records, *update.get("records", [])]
    return update


def _action(answer: object) -> str:
    if isinstance(answer, dict):
        return str(answer.get("action", "approve"))
    if isinstance(answer, bool):
        return "approve" if answer else "reject"
    return str(answer)


def approval_node(step: ApprovalStep, index: int) -> Node:
    """Pause for a human (LangGraph ``interrupt``): approve, reject, or edit the value."""

    def approval(state: WorkflowState, runtime: Runtime[Context]) -> StateUpdate:
        engine, ctx = engine_for(runtime), context_of(runtime)
        scope = scope_of(state)
        if _skip(step, scope):
            return {"steps": {step.id: {"skipped": True}}}
        question = render_text(step.approval, scope)
        value = render(step.value, scope) if step.value is not None else None
        answer = interrupt(
            {"step": step.id, "kind": "approval", "question": question, "value": value}
        )
        action = _action(answer)
        if action == "edit" and isinstance(answer, dict):
            value = answer.get("value")
        approved = action in ("approve", "edit")
        env = _env(engine, ctx, state, index)
        record = deterministic_record(
            step, env, time.time(), f"human decision: {action}", question, as_text(value)
        )
        output = {
            "approved": approved,
            "rejected": not approved,
            "edited": action == "edit",
            "value": value,
            "question": question,
        }
        update = _update(state, step.id, StepResult(output, record))
        if not approved:
            update["stop_reason"] = f"rejected at {step.id}"
        return update

    return approval


def branch_node(step: BranchStep, index: int, order: list[str]) -> Node:
    """Pick the first case whose condition holds; a jump back counts against the limit."""

    def branch(state: WorkflowState, runtime: Runtime[Context]) -> StateUpdate:
        engine, ctx = engine_for(runtime), context_of(runtime)
        scope = scope_of(state)
        if _skip(step, scope):
            return {"steps": {step.id: {"skipped": True, "goto": None}}}
        target = next(
            (c.goto for c in step.branch if evaluate(parse(c.when), scope)), step.else_ or END
        )
        loops = state.get("loops", {}).get(step.id, 0)
        why = f"branch → {target}"
        backward = target != END and order.index(target) <= index
        update: JsonObject = {}
        if backward:
            if step.max_iterations is not None and loops >= step.max_iterations:
                target = step.else_ or END
                why = f"loop limit {step.max_iterations} reached → {target}"
            else:
                update["loops"] = {step.id: loops + 1}
        env = _env(engine, ctx, state, index)
        record = deterministic_record(step, env, time.time(), why, "", target)
        update.update(_update(state, step.id, StepResult({"goto": target}, record)))
        return update

    return branch


def map_prepare_node(step: MapStep) -> Node:
    """Evaluate the list a map runs over (the items are sent by the edges)."""

    def prepare(state: WorkflowState, runtime: Runtime[Context]) -> StateUpdate:
        scope = scope_of(state)
        if _skip(step, scope):
            return {"steps": {step.id: {"skipped": True, "items_in": []}}}
        items = render(step.map, scope)
        if not isinstance(items, list):
            items = [] if items is None else [items]
        return {"steps": {step.id: {"items_in": items}}, "map_results": {step.id: {}}}

    return prepare


def map_item_node(step: MapStep, index: int) -> ItemNode:
    """Run the map's sub-steps for one item, in order."""

    def item(state: MapItem, runtime: Runtime[Context]) -> StateUpdate:
        payload = state
        engine, ctx = engine_for(runtime), context_of(runtime)
        outputs: JsonObject = {}
        records: list[StepRecordData] = []
        run = payload["run"]
        for sub in step.steps:
            scope = {
                "inputs": payload["inputs"],
                "steps": {**payload["steps"], **outputs},
                "item": payload["item"],
            }
            if _skip(sub, scope):
                outputs[sub.id] = {"skipped": True}
                continue
            env = StepEnv(engine, engine.role(ctx), run, run_store(engine.settings), index)
            env.pass_key = f"[{payload['index']}]"
            if isinstance(sub, ApprovalStep | BranchStep | MapStep | WorkflowStep):
                outputs[sub.id] = {"error": f"a {type(sub).__name__} cannot run inside a map"}
                continue
            result = run_step(sub, scope, env)
            if result.confirm is not None:
                outputs[sub.id] = {"error": "needs a human's yes; not available inside a map"}
                continue
            outputs[sub.id] = result.output
            if result.record is not None:
                records.append(record_data(_in_map(result.record, step.id, payload["index"])))
            privacy, types = privacy_after(run, result)
            run = {**run, "privacy": privacy, "privacy_types": types}
        outputs["_privacy"] = run["privacy"]
        return {"map_results": {step.id: {str(payload["index"]): outputs}}, "records": records}

    return item


def _in_map(record: StepRecord, map_id: str, index: int) -> StepRecord:
    return record.model_copy(update={"node": f"{map_id}[{index}]/{record.node}"})


def map_join_node(step: MapStep, index: int) -> Node:
    """Once every item is done, gather the results in order under ``steps.ID.items``."""

    def join(state: WorkflowState, runtime: Runtime[Context]) -> StateUpdate:
        items = state.get("steps", {}).get(step.id, {}).get("items_in", [])
        results = state.get("map_results", {}).get(step.id, {})
        if len(results) < len(items):
            return {}
        ordered = [results[str(i)] for i in range(len(items))]
        local = any(r.get("_privacy") == "local_only" for r in ordered)
        engine, ctx = engine_for(runtime), context_of(runtime)
        env = _env(engine, ctx, state, index)
        note = f"map over {len(items)} items, {step.concurrency} at a time"
        record = deterministic_record(step, env, time.time(), note, "", f"{len(items)} items")
        clean = [{k: v for k, v in r.items() if k != "_privacy"} for r in ordered]
        result = StepResult(
            {"items": clean, "count": len(clean), "items_in": items},
            record,
            privacy_types=["map item"] if local else [],
        )
        return _update(state, step.id, result)

    return join


def finish_node(workflow: Workflow) -> Node:
    """Render the outputs and write the run's trace (one record per executed step)."""

    def finish(state: WorkflowState, runtime: Runtime[Context]) -> StateUpdate:
        from graphs.recording import write_trace

        engine, ctx = engine_for(runtime), context_of(runtime)
        scope = scope_of(state)
        outputs = {name: render(t, scope) for name, t in workflow.outputs.items()}
        run = state["run"]
        trace_state: JsonObject = {
            "run_id": run["run_id"],
            "thread_id": run["run_id"],
            "question": f"workflow {workflow.name} " + as_text(state.get("inputs", {})),
            "answer": as_text(outputs),
            "privacy": run["privacy"],
            "records": state.get("records", []),
            "started_at": run["started_at"],
            "path": [r["node"] for r in state.get("records", [])],
        }
        # The trace store reads the assistant's state keys; these are the ones it uses.
        write_trace(
            engine.traces, engine.models, cast(State, trace_state), ctx, workflow=workflow.name
        )
        return {"outputs": outputs}

    return finish
