"""Durations are recorded to a tenth of a millisecond (core.types.recorded_ms).

A float's full sixteen digits ("latency_ms": 13.00358506894331) went out inside trace
exports, where a run of them could read as a phone number and hold the whole export.
"""

from __future__ import annotations

from agents.toolbox import ToolCallOutcome
from core.egress import personal_data_types
from core.trace_store import RunRecord
from core.types import StepRecord

LATENCY = 13.00358506894331


def test_steps_runs_and_tool_calls_keep_a_tenth_of_a_millisecond() -> None:
    assert StepRecord(node="n", tier="local", latency_ms=LATENCY).latency_ms == 13.0
    run = RunRecord(run_id="r", thread_id="t", question="q", answer="a", latency_ms=LATENCY)
    assert run.latency_ms == 13.0
    assert ToolCallOutcome(tool="t", args={}, output="o", latency_ms=LATENCY).latency_ms == 13.0


def test_a_whole_latency_reads_as_a_phone_in_a_trace_and_a_recorded_one_does_not() -> None:
    def record(latency: float) -> str:
        return f'--b\r\nContent-Type: application/json\r\n\r\n{{"latency_ms":{latency}}}\r\n--b--'

    assert personal_data_types(record(LATENCY)) != []
    step = StepRecord(node="n", tier="local", latency_ms=LATENCY)
    assert personal_data_types(record(step.latency_ms)) == []
