"""The span tree of a run and the OTLP wire guard, on the real SDK and protobuf (no receiver)."""

from __future__ import annotations

import pytest
import requests
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from core.errors import PrivacyBlockedError
from core.privacy import mask
from core.telemetry.spans import RunSpans, provider_and_model
from core.telemetry.wire import check_otlp_request
from core.trace_store import RunRecord
from core.types import Alternative, StepRecord

RRN = "900101-1234567"


def run_with(question: str) -> RunRecord:
    return RunRecord(
        run_id="run-1",
        thread_id="thread-1",
        question=question,
        answer="환영합니다",
        latency_ms=300,
        steps=[
            StepRecord(
                node="execute_step",
                tier="local",
                model="ollama:qwen2.5:3b",
                reasons=["privacy: KR_RRN in the step"],
                tokens_in=40,
                tokens_out=9,
                latency_ms=200,
                score=0.3,
                privacy="local_only",
                alternatives=[Alternative(tier="cloud", reason="personal data stays local")],
                input_text=question,
                output_text="환영합니다",
            ),
            StepRecord(node="execute_step", tier="deterministic", tool="calculator,dates"),
        ],
    )


def exported(run: RunRecord, workflow: str | None = None) -> list[ReadableSpan]:
    memory = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(memory))
    RunSpans(provider.get_tracer("test"), mask).export(run, workflow)
    return list(memory.get_finished_spans())


def post(spans: list[ReadableSpan]) -> requests.PreparedRequest:
    body = encode_spans(spans).SerializeToString()
    return requests.Request("POST", "http://127.0.0.1:4318/v1/traces", data=body).prepare()


def test_a_run_becomes_agent_step_chat_and_tool_spans() -> None:
    spans = {s.name: s for s in exported(run_with("새 동료 환영 문장"))}
    assert set(spans) == {
        "invoke_agent switchyard",
        "step execute_step",
        "chat qwen2.5:3b",
        "execute_tool calculator",
        "execute_tool dates",
    }
    root, chat = spans["invoke_agent switchyard"], spans["chat qwen2.5:3b"]
    assert root.parent is None
    assert chat.attributes is not None
    assert chat.attributes["gen_ai.provider.name"] == "ollama"
    assert chat.attributes["gen_ai.usage.input_tokens"] == 40
    assert chat.parent is not None and root.end_time is not None and chat.end_time is not None
    assert chat.end_time <= root.end_time


def test_steps_are_laid_end_to_end_inside_the_run() -> None:
    steps = [s for s in exported(run_with("q")) if s.name.startswith("step ")]
    first, second = sorted(steps, key=lambda s: s.start_time or 0)
    assert first.end_time == second.start_time
    assert first.end_time is not None and first.start_time is not None
    assert first.end_time - first.start_time == 200_000_000


def test_a_workflow_run_is_an_invoke_workflow_span() -> None:
    (root,) = [s for s in exported(run_with("q"), workflow="triage") if s.parent is None]
    assert root.name == "invoke_workflow triage"
    assert root.attributes is not None and root.attributes["gen_ai.workflow.name"] == "triage"


def test_masked_spans_pass_the_wire_and_carry_the_placeholder() -> None:
    spans = exported(run_with(f"제 주민번호는 {RRN} 입니다"))
    request = post(spans)
    check_otlp_request(request)
    body = request.body
    assert isinstance(body, bytes)
    assert b"[KR_RRN]" in body
    assert b"1234567" not in body


def test_unmasked_personal_data_is_refused_at_the_wire() -> None:
    memory = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(memory))
    RunSpans(provider.get_tracer("test"), lambda text: text).export(run_with(f"RRN {RRN}"))
    with pytest.raises(PrivacyBlockedError, match="personal data"):
        check_otlp_request(post(list(memory.get_finished_spans())))


def test_a_body_that_is_not_otlp_is_refused() -> None:
    request = requests.Request("POST", "http://127.0.0.1:1/v1/traces", data=b"\xff\x00garbage")
    with pytest.raises(PrivacyBlockedError, match="could not be decoded"):
        check_otlp_request(request.prepare())


def test_provider_names_follow_the_conventions_values() -> None:
    assert provider_and_model("openai:gpt-4o-mini") == ("openai", "gpt-4o-mini")
    assert provider_and_model("gguf:/m/model.gguf") == ("llama.cpp", "/m/model.gguf")
    assert provider_and_model("bare") == ("unknown", "bare")
