"""``switchyard bench graph`` reports the compiled-workflow overhead next to the assistant's."""

from __future__ import annotations

import json

import pytest

from bench.graph_overhead import main
from bench.graph_workflow import run_workflow_bench, workflow_text
from core.workflow.loader import load_text


def test_the_bench_workflow_has_the_hand_written_graphs_shape() -> None:
    loaded = load_text(workflow_text(4))
    assert [s.id for s in loaded.workflow.steps] == ["s0", "s1", "s2", "s3"]


def test_workflow_bench_runs_both_graphs() -> None:
    report = run_workflow_bench(steps=3, runs=2)
    assert (report["steps"], report["runs"]) == (3, 2)
    assert report["hand_written_ms_per_step_p50"] > 0
    assert report["workflow_ms_per_step_p50"] > 0
    per_step = report["workflow_ms_per_step_p50"] - report["hand_written_ms_per_step_p50"]
    assert report["overhead_ms_per_step"] == pytest.approx(per_step, abs=0.002)


@pytest.mark.slow
def test_bench_graph_json_has_the_workflow_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--runs", "2", "--workflow-steps", "3"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["workflow"]["steps"] == 3
    assert {"bare_langgraph", "assistant", "overhead_per_node_p50_ms"} <= set(report)
