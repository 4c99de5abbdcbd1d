"""``switchyard bench graph``: what the assistant adds per step over bare LangGraph.

Both graphs have the same nodes and edges and the same SQLite checkpointer
(``durability="sync"``) in a fresh temporary directory; the bare one's nodes do
nothing. The question is answered by deterministic code, so no model time is
mixed in: the difference is routing, privacy scan, planning, tracing and state.
Under ``workflow``, the same comparison for a compiled workflow file against a
hand-written graph of its shape (``bench.graph_workflow``); under
``fast_path_own_documents_check``, what the code-only path's SQL check of the user's own
documents costs by index size (``bench.own_documents_lookup``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, TypedDict

from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.graph import END, START, StateGraph

NODES = (
    "guard_input",
    "answer_from_faq",
    "plan",
    "route_step",
    "execute_step",
    "synthesize",
    "verify",
    "record",
)
QUESTION = "3만 5천원의 15%는 얼마야?"


class _BareState(TypedDict, total=False):
    question: str
    answer: str


def _bare_graph(saver: SqliteSaver) -> Any:
    builder = StateGraph(_BareState)
    for name in NODES:
        builder.add_node(name, lambda state: {})
    builder.add_edge(START, NODES[0])
    for a, b in itertools.pairwise(NODES):
        builder.add_edge(a, b)
    builder.add_edge(NODES[-1], END)
    return builder.compile(checkpointer=saver)


def _time_runs(invoke: Any, runs: int) -> list[float]:
    invoke()  # warm-up: imports, first checkpoint tables
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        invoke()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 3),
        "mean_ms": round(statistics.fmean(ordered), 3),
    }


def run_graph_bench(runs: int = 30, workflow_steps: int = 10) -> dict[str, Any]:
    """Time both graphs on the same question and report the per-step difference."""
    from bench.graph_workflow import run_workflow_bench
    from bench.own_documents_lookup import run_lookup_bench
    from core.settings import load_settings
    from graphs.runner import Assistant
    from graphs.services import build_services

    with tempfile.TemporaryDirectory() as tmp:
        bare_saver = SqliteSaver(
            sqlite3.connect(Path(tmp) / "bare.sqlite", check_same_thread=False)
        )
        bare = _bare_graph(bare_saver)
        bare_samples = _time_runs(
            lambda: bare.invoke(
                {"question": QUESTION},
                {"configurable": {"thread_id": uuid.uuid4().hex}},
                durability="sync",
            ),
            runs,
        )
        settings = load_settings(data_dir=Path(tmp) / "data")
        services = build_services(settings, docs=None)
        assistant = Assistant(services)
        full_samples = _time_runs(lambda: assistant.ask(QUESTION), runs)
    bare_s, full_s = _summary(bare_samples), _summary(full_samples)
    steps = len(NODES)
    return {
        "question": QUESTION,
        "runs": runs,
        "nodes_per_run": steps,
        "bare_langgraph": bare_s,
        "assistant": full_s,
        "overhead_per_node_p50_ms": round((full_s["p50_ms"] - bare_s["p50_ms"]) / steps, 3),
        "overhead_ratio_p50": round(full_s["p50_ms"] / bare_s["p50_ms"], 2)
        if bare_s["p50_ms"]
        else None,
        "workflow": run_workflow_bench(workflow_steps, runs),
        "fast_path_own_documents_check": run_lookup_bench(runs=runs),
    }


def main(argv: list[str] | None = None) -> int:
    """CLI entry: prints the JSON report."""
    parser = argparse.ArgumentParser(prog="switchyard bench graph")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--workflow-steps", type=int, default=10)
    args = parser.parse_args(argv)
    report = run_graph_bench(args.runs, args.workflow_steps)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0
