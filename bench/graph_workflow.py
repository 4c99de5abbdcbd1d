"""Per-step overhead of a compiled workflow against a hand-written graph of the same shape.

Part of ``switchyard bench graph --json`` (key ``workflow``). Both graphs have
``steps`` sequential deterministic steps (a template each) and run on the same SQLite
checkpointer; the difference per step is what the workflow layer costs (state merging,
template rendering, the step record, the run store and the trace write at the end).
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.graph import END, START, StateGraph
from typing_extensions import TypedDict


class HandState(TypedDict, total=False):
    """The hand-written graph's state."""

    text: str
    outputs: dict[str, str]


def hand_graph(steps: int, saver: SqliteSaver) -> Any:
    """``steps`` nodes, each formatting one string into the state."""
    builder = StateGraph(HandState)
    for i in range(steps):

        def node(state: HandState, i: int = i) -> HandState:
            return {"outputs": {**state.get("outputs", {}), f"s{i}": f"step {i}: {state['text']}"}}

        builder.add_node(f"s{i}", node)
        builder.add_edge(START if i == 0 else f"s{i - 1}", f"s{i}")
    builder.add_edge(f"s{steps - 1}", END)
    return builder.compile(checkpointer=saver)


def workflow_text(steps: int) -> str:
    """The same shape as a workflow file."""
    body = "".join(
        f"  - id: s{i}\n    answer: 'step {i}: {{{{ inputs.text }}}}'\n" for i in range(steps)
    )
    return f"name: bench\ninputs: {{text: {{type: string}}}}\nsteps:\n{body}"


def run_workflow_bench(steps: int = 10, runs: int = 30) -> dict[str, Any]:
    """Time both graphs, alternating runs so machine load hits both alike.

    Returns:
        Per-step p50 of each, their difference and ratio (the first run of each is a
        warm-up and not counted).
    """
    from core.settings import load_settings
    from core.workflow.loader import load_text
    from graphs.services import build_services
    from graphs.workflow.runner import WorkflowRunner

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        saver = SqliteSaver(sqlite3.connect(root / "cp.sqlite", check_same_thread=False))
        saver.setup()
        settings = load_settings(data_dir=root / "data", mcp={"config_path": str(root / "x")})
        services = build_services(settings, docs=None, mcp=False, checkpointer=saver)
        if services.engine is None:
            raise RuntimeError("the services have no engine")
        runner = WorkflowRunner(services.engine, saver)
        loaded = load_text(workflow_text(steps))
        hand = hand_graph(steps, saver)
        hand_ms: list[float] = []
        flow_ms: list[float] = []
        for n in range(runs + 1):
            started = time.perf_counter()
            hand.invoke({"text": "hello"}, {"configurable": {"thread_id": f"hand-{n}"}})
            hand_time = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            result = runner.run_loaded(loaded, {"text": "hello"})
            flow_time = (time.perf_counter() - started) * 1000
            if result.status != "done":
                raise RuntimeError(f"the bench workflow did not finish: {result.error}")
            if n:
                hand_ms.append(hand_time)
                flow_ms.append(flow_time)
    hand_step = statistics.median(hand_ms) / steps
    flow_step = statistics.median(flow_ms) / steps
    return {
        "steps": steps,
        "runs": runs,
        "hand_written_ms_per_step_p50": round(hand_step, 3),
        "workflow_ms_per_step_p50": round(flow_step, 3),
        "overhead_ms_per_step": round(flow_step - hand_step, 3),
        "ratio": round(flow_step / hand_step, 2),
    }
