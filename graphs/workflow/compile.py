"""A workflow file compiled to a LangGraph ``StateGraph`` on the shared engine.

Steps become nodes named by their ids, in file order::

    _begin → step 1 → step 2 → ... → _finish
               branch ─goto→ any step (or end) · approval ─rejected→ _finish
               map → Send(map__item) × concurrency → map__join ─more→ Send ... ─done→ next

The graph uses the checkpointer it is given (the app's SQLite or PostgreSQL saver),
so a paused approval survives a restart and a killed run resumes from its last step.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Send

from core.workflow.loader import LoadedWorkflow
from core.workflow.schema import END as END_TARGET
from core.workflow.schema import AnyStep, ApprovalStep, BranchStep, MapStep
from graphs.engine import ENGINE_KEY, Engine
from graphs.state import Context
from graphs.workflow import nodes
from graphs.workflow.state import JsonObject, MapItem, RunMeta, WorkflowState

WorkflowGraph = CompiledStateGraph[WorkflowState, Context, WorkflowState, WorkflowState]
BEGIN, FINISH = "_begin", "_finish"


def compile_workflow(
    loaded: LoadedWorkflow,
    engine: Engine,
    # Any: LangGraph's savers are generic over their config type, which we never narrow.
    checkpointer: BaseCheckpointSaver[Any] | None,
    sub_runner: nodes.SubRunner | None = None,
) -> WorkflowGraph:
    """Compile ``loaded`` with ``engine`` bound as the default (as ``compile_assistant`` does).

    Args:
        loaded: A validated workflow with its source hash.
        engine: The shared services (router, models, tools, documents, traces).
        checkpointer: Where runs persist (``None`` lets a LangGraph server supply one).
        sub_runner: How a ``workflow`` step runs another workflow (default: from the registry).
    """
    workflow = loaded.workflow
    steps = list(workflow.steps)
    order = [s.id for s in steps]
    runner = sub_runner or _default_sub_runner
    builder = StateGraph(WorkflowState, context_schema=Context)
    builder.add_node(BEGIN, nodes.begin_node(workflow, loaded.content_hash))
    builder.add_node(FINISH, nodes.finish_node(workflow))
    builder.add_edge(START, BEGIN)
    builder.add_edge(BEGIN, order[0])
    builder.add_edge(FINISH, END)
    for index, step in enumerate(steps):
        after = order[index + 1] if index + 1 < len(order) else FINISH
        _add_step(builder, step, index, order, after, runner)
    compiled = builder.compile(checkpointer=checkpointer, name=f"workflow-{workflow.name}")
    return compiled.with_config(configurable={ENGINE_KEY: engine})


def _add_step(
    builder: StateGraph[WorkflowState, Context, WorkflowState, WorkflowState],
    step: AnyStep,
    index: int,
    order: list[str],
    after: str,
    runner: nodes.SubRunner,
) -> None:
    if isinstance(step, BranchStep):
        builder.add_node(step.id, nodes.branch_node(step, index, order))
        targets = {c.goto for c in step.branch} | {step.else_ or END_TARGET}
        path_map: dict[Hashable, str] = {t: (FINISH if t == END_TARGET else t) for t in targets}
        path_map[None] = after
        builder.add_conditional_edges(step.id, _goto(step.id), path_map)
    elif isinstance(step, ApprovalStep):
        builder.add_node(step.id, nodes.approval_node(step, index))
        builder.add_conditional_edges(
            step.id, _unless_stopped(after), {after: after, FINISH: FINISH}
        )
    elif isinstance(step, MapStep):
        item, join = f"{step.id}__item", f"{step.id}__join"
        builder.add_node(step.id, nodes.map_prepare_node(step))
        builder.add_node(item, nodes.map_item_node(step, index), input_schema=MapItem)
        builder.add_node(join, nodes.map_join_node(step, index))
        builder.add_conditional_edges(step.id, _next_batch(step, item, after), [item, after])
        builder.add_edge(item, join)
        builder.add_conditional_edges(join, _next_batch(step, item, after), [item, after])
    else:
        builder.add_node(step.id, nodes.step_node(step, index, runner))
        builder.add_conditional_edges(
            step.id, _unless_stopped(after), {after: after, FINISH: FINISH}
        )


# Routing functions: pure over state.
def _goto(step_id: str) -> Callable[[WorkflowState], str | None]:
    def goto(state: WorkflowState) -> str | None:
        target = state.get("steps", {}).get(step_id, {}).get("goto")
        return str(target) if target else None

    return goto


def _unless_stopped(after: str) -> Callable[[WorkflowState], str]:
    def route(state: WorkflowState) -> str:
        return FINISH if state.get("stop_reason") else after

    return route


def _batch(step: MapStep, item: str, state: WorkflowState) -> list[Send]:
    items = state.get("steps", {}).get(step.id, {}).get("items_in", [])
    done = state.get("map_results", {}).get(step.id, {})
    waiting = [i for i in range(len(items)) if str(i) not in done][: step.concurrency]
    return [
        Send(
            item,
            MapItem(
                inputs=state.get("inputs", {}),
                run=state["run"],
                steps=state.get("steps", {}),
                item=items[i],
                index=i,
            ),
        )
        for i in waiting
    ]


def _next_batch(
    step: MapStep, item: str, after: str
) -> Callable[[WorkflowState], list[Send] | str]:
    """Send the next ``concurrency`` items still to run, or move on when none is left."""

    def route(state: WorkflowState) -> list[Send] | str:
        return _batch(step, item, state) or after

    return route


def _default_sub_runner(
    engine: Engine, name: str, inputs: JsonObject, parent: RunMeta
) -> JsonObject:
    from graphs.workflow.registry import loaded_workflow

    child = compile_workflow(loaded_workflow(engine.settings, name, engine.tools), engine, None)
    run: RunMeta = {**parent, "run_id": f"{parent['run_id']}/{name}", "started_at": time.time()}
    state: WorkflowState = {"inputs": inputs, "run": run}
    return dict(child.invoke(state))
