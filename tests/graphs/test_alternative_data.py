"""A rejected tier's typed facts survive the checkpoint and the trace store."""

from __future__ import annotations

from pathlib import Path
from typing import get_type_hints

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

from core.rejections import rejection
from core.trace_store import RunRecord, TraceStore
from core.types import Alternative, RouteDecision, StepRecord
from graphs.step_data import AlternativeData, record_data, route_data

ALTERNATIVES = (
    rejection("cloud", "privacy_cloud", personal_data="phone, name"),
    rejection("local", "language", model="llamacpp:smollm2-135m", language="ko"),
    rejection("local", "context", model="test:local", context_window=2048, tokens_needed=5100),
    rejection("cloud", "unavailable", unavailable_reason="OPENAI_API_KEY is not set"),
    rejection(
        "cloud",
        "budget_session",
        session_spent_usd=0.0412,
        cost_estimate_usd=0.0105,
        session_limit_usd=0.05,
    ),
)


def test_alternative_data_names_every_field_of_an_alternative() -> None:
    # The TypedDict is what a checkpoint's reader is typed against: a fact missing from it
    # is one a typed reader cannot see (it had only tier, reason and kind).
    assert set(get_type_hints(AlternativeData)) == set(Alternative.model_fields)


def test_a_decisions_facts_survive_the_checkpoint_serializer() -> None:
    decision = RouteDecision(tier="deterministic", reasons=("x",), alternatives=ALTERNATIVES)
    serde = JsonPlusSerializer()
    stored: object = serde.loads_typed(serde.dumps_typed(route_data(decision)))
    assert RouteDecision.model_validate(stored) == decision
    assert isinstance(stored, dict)
    budget = stored["alternatives"][-1]
    assert (budget["session_spent_usd"], budget["session_limit_usd"]) == (0.0412, 0.05)


def test_a_records_facts_survive_the_trace_store(tmp_path: Path) -> None:
    record = StepRecord(
        node="execute_step",
        tier="deterministic",
        reasons=["no tier can carry this step"],
        alternatives=list(ALTERNATIVES),
        input_text="q",
        output_text="a",
    )
    serde = JsonPlusSerializer()
    assert StepRecord.model_validate(serde.loads_typed(serde.dumps_typed(record_data(record)))) == (
        record
    )
    store = TraceStore(tmp_path / "traces.db", mask=lambda text: text)
    store.record_run(
        RunRecord(run_id="r1", thread_id="t1", question="q", answer="a", steps=[record])
    )
    run = store.get_run("r1")
    assert run is not None and run.steps[0].alternatives == list(ALTERNATIVES)
