"""Runs exported over OTLP to a real Phoenix on loopback, read back through its REST API.

Each test exports into its own Phoenix project (the ``service_name``), switched on
the way an operator would: ``SWITCHYARD_OTEL__*`` environment variables.
"""

from __future__ import annotations

import json
import secrets
import string

import pytest

from core.settings import OtelSettings, Settings
from core.telemetry import SpanExport, exporter_for
from core.trace_store import RunRecord
from tests.graphs.conftest import BuildAssistant
from tests.telemetry.phoenix import Phoenix, Span
from tests.workflow.conftest import BuildHarness
from tests.workflow.test_run import TRIAGE

pytestmark = pytest.mark.slow

EASY = {"router": {"difficulty_threshold": 1.0}}  # every model step prefers local
RRN = "900101-1234567"
RRN_PARTS = ("900101", "1234567", "9001011234567")


def _project_name() -> str:
    # Letters only: a hex suffix is sometimes all digits ("sy-8973659873"), which the
    # wire screen rightly reads as a phone-like number and refuses to export.
    return "sy-" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(10))


def switch_on(monkeypatch: pytest.MonkeyPatch, phoenix: Phoenix) -> str:
    """Enable export to ``phoenix`` for settings loaded from now on; returns the project."""
    project = _project_name()
    monkeypatch.setenv("SWITCHYARD_OTEL__ENABLED", "true")
    monkeypatch.setenv("SWITCHYARD_OTEL__ENDPOINT", phoenix.traces_endpoint)
    monkeypatch.setenv("SWITCHYARD_OTEL__SERVICE_NAME", project)
    return project


def flush(settings: Settings) -> None:
    export = exporter_for(settings)
    assert export is not None, "export is on, so there is an exporter"
    assert export.flush()


def children(spans: list[Span], parent: Span) -> list[Span]:
    return [s for s in spans if s["parent_id"] == parent["context"]["span_id"]]


def root_of(spans: list[Span], run_id: str) -> Span:
    roots = [s for s in spans if s["attributes"].get("switchyard.run_id") == run_id]
    assert len(roots) == 1, f"run {run_id} is not in Phoenix once (blocked at the wire? lost?)"
    root = roots[0]
    assert root["parent_id"] is None
    return root


def test_assistant_runs_arrive_as_span_trees_with_route_attributes(
    build_assistant: BuildAssistant, phoenix: Phoenix, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = switch_on(monkeypatch, phoenix)
    assistant, fakes = build_assistant(local=["Welcome aboard, glad you are here!"], **EASY)
    model_run = assistant.ask("Write one friendly sentence welcoming a new colleague.")
    tool_run = assistant.ask("3만 5천원의 15%는 얼마야?")
    flush(assistant.services.settings)
    # Two roots, two steps, one model call, one tool call.
    spans = phoenix.wait_for_spans(project, 6)

    root = root_of(spans, model_run.run_id)
    assert root["name"] == "invoke_agent switchyard"
    assert root["attributes"]["gen_ai.operation.name"] == "invoke_agent"
    assert root["attributes"]["gen_ai.conversation.id"] == model_run.thread_id
    (step,) = children(spans, root)
    attributes = step["attributes"]
    assert step["name"] == "step execute_step"
    assert attributes["switchyard.route.tier"] == "local"
    assert attributes["switchyard.privacy"] == "public"
    assert isinstance(attributes["switchyard.route.score"], float)
    assert attributes["switchyard.route.reasons"], "the router always says why"
    assert any(a.startswith("cloud: ") for a in attributes["switchyard.route.alternatives"])
    assert "switchyard.route.estimated_cost" in attributes
    (chat,) = children(spans, step)
    assert chat["name"] == "chat local"
    assert chat["attributes"]["gen_ai.operation.name"] == "chat"
    assert chat["attributes"]["gen_ai.request.model"] == "local"
    assert chat["attributes"]["gen_ai.usage.input_tokens"] > 0
    assert chat["attributes"]["gen_ai.usage.output_tokens"] > 0
    fakes["local"].assert_complete()

    (tool_step,) = children(spans, root_of(spans, tool_run.run_id))
    assert tool_step["attributes"]["switchyard.route.tier"] == "deterministic"
    (tool,) = children(spans, tool_step)
    assert tool["name"] == "execute_tool calculator"
    assert tool["attributes"]["gen_ai.operation.name"] == "execute_tool"
    assert tool["attributes"]["gen_ai.tool.name"] == "calculator"


def test_workflow_run_arrives_as_an_invoke_workflow_tree(
    harness: BuildHarness, phoenix: Phoenix, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = switch_on(monkeypatch, phoenix)
    h = harness()
    h.write("triage", TRIAGE)
    result = h.runner.run("triage", {"message": "주차는 몇 시간 무료인가요?"})
    assert result.status == "done", result.error
    flush(h.services.settings)
    spans = phoenix.wait_for_spans(project, 3)

    root = root_of(spans, result.run_id)
    assert root["name"] == "invoke_workflow triage"
    assert root["attributes"]["gen_ai.operation.name"] == "invoke_workflow"
    assert root["attributes"]["gen_ai.workflow.name"] == "triage"
    steps = sorted(children(spans, root), key=lambda s: s["attributes"]["switchyard.step.index"])
    assert [s["name"] for s in steps] == ["step kind", "step answer"]
    assert {s["attributes"]["switchyard.route.tier"] for s in steps} == {"deterministic"}
    assert "rule '주차' → faq" in steps[0]["attributes"]["switchyard.route.reasons"][0]


def test_a_resident_registration_number_leaves_no_digit_in_any_span(
    build_assistant: BuildAssistant, phoenix: Phoenix, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = switch_on(monkeypatch, phoenix)
    assistant, _ = build_assistant(local=["환영합니다!"], **EASY)
    result = assistant.ask(f"제 주민번호는 {RRN} 입니다. 새 동료를 환영하는 문장을 써 줘.")
    flush(assistant.services.settings)
    spans = phoenix.wait_for_spans(project, 3)

    # The run arrived (masked), so an absent number is not an absent export.
    root = root_of(spans, result.run_id)
    assert "[KR_RRN]" in root["attributes"]["input.value"]
    (step,) = children(spans, root)
    assert step["attributes"]["switchyard.privacy"] == "local_only"
    dumped = json.dumps(spans, ensure_ascii=False)
    for part in RRN_PARTS:
        assert part not in dumped


def test_unmasked_text_is_refused_at_the_wire(phoenix: Phoenix) -> None:
    # Masking switched off: the wire guard is the second line and sends nothing.
    project = _project_name()
    config = OtelSettings(enabled=True, endpoint=phoenix.traces_endpoint, service_name=project)
    export = SpanExport(config, mask=lambda text: text)
    try:
        export.export_run(RunRecord(run_id="r1", thread_id="t1", question=RRN, answer="ok"))
        export.flush()
    finally:
        export.shutdown()
    control = _project_name()
    masked = SpanExport(OtelSettings(endpoint=phoenix.traces_endpoint, service_name=control))
    try:
        masked.export_run(RunRecord(run_id="r2", thread_id="t2", question=RRN, answer="ok"))
        masked.flush()
    finally:
        masked.shutdown()
    assert len(phoenix.wait_for_spans(control, 1)) == 1, "the masked twin arrives"
    assert phoenix.spans(project) == []
