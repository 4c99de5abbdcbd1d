"""Per-step overhead of a compiled workflow against a hand-written graph of the same shape.

``PYTHONPATH=. python tests/workflow/overhead_bench.py [STEPS] [RUNS]`` prints JSON. Both
graphs have STEPS sequential deterministic steps (a template each) and run on the same
SQLite checkpointer; the difference per step is what the workflow layer costs (state
merging, template parsing, the StepRecord and the trace write at the end).
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.graph import END, START, StateGraph
from typing_extensions import TypedDict

from core.settings import load_settings
from core.workflow.loader import load_text
from graphs.services import build_services
from graphs.workflow.runner import WorkflowRunner


class HandState(TypedDict, total=False):
    """The hand-written graph's state."""

    text: str
    outputs: dict[str, str]


def hand_graph(steps: int, saver: SqliteSaver) -> Any:
    """STEPS nodes, each formatting one string into the state."""
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


def main() -> None:
    """Measure and print JSON."""
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        saver = SqliteSaver(sqlite3.connect(root / "cp.sqlite", check_same_thread=False))
        saver.setup()
        settings = load_settings(data_dir=root / "data", mcp={"config_path": str(root / "x")})
        services = build_services(settings, docs=None, mcp=False, checkpointer=saver)
        assert services.engine is not None
        runner = WorkflowRunner(services.engine, saver)
        loaded = load_text(workflow_text(steps))
        hand = hand_graph(steps, saver)
        hand_ms, flow_ms = [], []
        for n in range(runs + 1):
            started = time.perf_counter()
            hand.invoke({"text": "hello"}, {"configurable": {"thread_id": f"hand-{n}"}})
            hand_time = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            result = runner.run_loaded(loaded, {"text": "hello"})
            flow_time = (time.perf_counter() - started) * 1000
            assert result.status == "done", result.error
            if n:  # the first run of each warms caches
                hand_ms.append(hand_time)
                flow_ms.append(flow_time)
    hand_step = statistics.median(hand_ms) / steps
    flow_step = statistics.median(flow_ms) / steps
    print(
        json.dumps(
            {
                "steps": steps,
                "runs": runs,
                "hand_written_ms_per_step_p50": round(hand_step, 3),
                "workflow_ms_per_step_p50": round(flow_step, 3),
                "overhead_ms_per_step": round(flow_step - hand_step, 3),
                "ratio": round(flow_step / hand_step, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
