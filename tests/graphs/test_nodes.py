"""Nodes, step routing, the engine and the graph registry, each used on its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime

from core.audit import AuditLog
from core.errors import ConfigError
from core.models.fake import ScriptedChatModel
from core.settings import TierSettings, load_settings
from graphs import model_turn, nodes, registry, step_routing
from graphs.engine import ENGINE_KEY, Engine
from graphs.prompting import replayed_step
from graphs.runner import Assistant
from graphs.services import Services, build_services
from graphs.state import Context, RecordedStep, State, current_step
from tests.graphs.conftest import REPO, BuildAssistant

EASY = {"router": {"difficulty_threshold": 1.0}}


def _services(tmp_path: Path, **overrides: object) -> Services:
    settings = load_settings(
        data_dir=tmp_path / "data",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": ""},
        **overrides,
    )
    return build_services(settings, docs=None, mcp=False, checkpointer=None)


def _runtime(services: Services) -> Runtime[Context]:
    assert services.engine is not None
    return Runtime(context=Context(engine=services.engine))


def _planned(services: Services, question: str) -> State:
    """The state after guard_input and plan, run as plain functions."""
    runtime = _runtime(services)
    state: State = {"path": [], "messages": []}
    state = {**state, **nodes.guard_input({**state, "question": question}, runtime)}
    return {**state, **nodes.plan(state, runtime)}


def test_guard_input_and_plan_run_alone_without_a_graph(tmp_path: Path) -> None:
    services = _services(tmp_path)
    state = _planned(services, "3만 5천원의 15%는 얼마야? 그리고 내 번호는 010-1234-5678")
    assert state["privacy"] == "local_only"
    assert "phone" in " ".join(state["privacy_types"])
    assert state["current"] is None and state["work"] is None
    assert state["path"] == ["guard_input", "plan"]
    assert len(state["plan"]) == 2


def test_guard_input_rejects_an_overlong_question_with_the_limit_named(tmp_path: Path) -> None:
    services = _services(tmp_path, limits={"max_input_chars": 10})
    update = nodes.guard_input({"question": "x" * 11, "messages": []}, _runtime(services))
    assert update["stop_reason"] == "input_too_long"
    assert "limits.max_input_chars" in update["answer"]


def test_route_and_execute_a_deterministic_step_alone(tmp_path: Path) -> None:
    services = _services(tmp_path)
    assert services.engine is not None
    state = _planned(services, "3만 5천원의 15%는 얼마야?")
    current = step_routing.route(services.engine, state, Context())
    assert current["kind"] == "handler" and current["route"]["tier"] == "deterministic"
    assert current["request"] is not None and current["handler"] is not None
    state = {**state, "current": current}
    update = nodes.execute_step(state, _runtime(services))
    (output,) = update["outputs"]
    assert output["kind"] == "handler" and "5,250" in output["text"]
    assert update["records"][0]["tier"] == "deterministic"
    assert update["step_index"] == 1 and update["work"] is None


def test_replayed_and_routed_steps_have_the_same_keys(tmp_path: Path) -> None:
    services = _services(tmp_path)
    assert services.engine is not None
    state = _planned(services, "3만 5천원의 15%는 얼마야?")
    routed = step_routing.route(services.engine, state, Context())
    executed = nodes.execute_step({**state, "current": routed}, _runtime(services))
    recorded = RecordedStep(output=executed["outputs"][0], record=executed["records"][0])
    replayed = replayed_step(0, routed["text"], recorded, "public")
    assert set(replayed) == set(routed)
    assert replayed["kind"] == "replayed" and replayed["handler"] == routed["handler"]
    assert replayed["output"] == recorded["output"]


def test_current_step_refuses_a_turn_with_nothing_routed() -> None:
    with pytest.raises(RuntimeError, match="route_step"):
        current_step({"current": None})


def test_a_graph_without_an_engine_says_how_to_get_one(tmp_path: Path) -> None:
    services = _services(tmp_path)
    assert services.engine is not None
    bare = registry.build_registered("assistant", services.engine, None)
    # Drop the bound engine: a context without one must fail with a clear message.
    unbound = bare.with_config(configurable={ENGINE_KEY: None})
    with pytest.raises(RuntimeError, match="build_graph"):
        unbound.invoke({"question": "hi"}, context=Context())


def test_budget_stop_is_raised_audited_and_answered_plainly(tmp_path: Path) -> None:
    services = _services(tmp_path, budget={"max_tokens_per_turn": 1}, **EASY)
    engine = services.engine
    assert engine is not None
    call = AIMessage(
        content="", tool_calls=[{"name": "calculator", "args": {"expression": "1+1"}, "id": "c1"}]
    )
    fake = ScriptedChatModel(replies=[call], model_name="test:local")
    services.models.register_fake("local", fake)
    state = _planned(services, "Write one friendly sentence welcoming a new colleague.")
    current = step_routing.route(engine, state, Context())
    assert current["kind"] == "generate"
    update = model_turn.model_turn(engine, {**state, "current": current}, Context(), current)
    (output,) = update["outputs"]
    assert output["text"] == "Stopped: token budget of 1 per turn reached."
    assert "budget: token budget of 1 per turn reached" in update["records"][0]["reasons"]
    audit = AuditLog(services.settings.data_dir / "audit.sqlite")
    assert audit.count(kind="budget") == 1
    fake.assert_complete()


def test_services_without_checkpointer_answer_and_stream(tmp_path: Path) -> None:
    services = _services(tmp_path)
    assistant = Assistant(services)
    assert "5,250" in assistant.ask("3만 5천원의 15%는 얼마야?").answer
    events = list(assistant.stream("3만 5천원의 15%는 얼마야?"))
    assert events[-1].result is not None and "5,250" in events[-1].result.answer
    with pytest.raises(ConfigError, match="checkpointer"):
        assistant.resume("any-thread", approve=True)


def test_registry_builds_by_name_and_refuses_unknown_or_duplicate(
    build_assistant: BuildAssistant,
) -> None:
    assistant, _ = build_assistant()
    services = assistant.services
    assert services.graph_named("assistant") is services.graph
    with pytest.raises(ConfigError, match=r"registered graphs: .*assistant"):
        services.graph_named("nope")
    with pytest.raises(ValueError, match="already registered"):
        registry.register("assistant", "again", registry.registered()[0].build)
    with pytest.raises(ValueError, match="identifier"):
        registry.register("my-graph", "dash", registry.registered()[0].build)


def test_a_second_graph_is_one_register_line_on_the_same_engine(
    build_assistant: BuildAssistant,
) -> None:
    assistant, _ = build_assistant()
    services = assistant.services
    entry = registry.register(
        "assistant_copy_for_test", "the assistant again", registry.registered()[0].build
    )
    try:
        graph = services.graph_named(entry.name)
        assert graph is services.graph_named(entry.name)
        state = graph.invoke(
            {"question": "3만 5천원의 15%는 얼마야?"},
            {"configurable": {"thread_id": "second"}},
            context=Context(),
        )
        assert "5,250" in state["answer"]
    finally:
        registry._GRAPHS.pop(entry.name)


def test_engine_is_shared_not_rebuilt(tmp_path: Path) -> None:
    services = _services(tmp_path)
    engine = services.engine
    assert isinstance(engine, Engine)
    assert engine.tool_turn is engine.tool_turn
    assert engine.settings is services.settings


def test_all_cloud_estimate_uses_the_default_cloud_model_when_cloud_is_off(
    tmp_path: Path,
) -> None:
    services = _services(tmp_path, **EASY)
    fake = ScriptedChatModel(replies=["Welcome aboard!"], model_name="test:local")
    services.models.register_fake("local", fake)
    result = Assistant(services).ask("Write one friendly sentence welcoming a new colleague.")
    run = services.traces.get_run(result.run_id)
    assert run is not None and result.steps[0].tier == "local"
    default_cloud = services.models.profile(TierSettings().cloud.model)
    step = result.steps[0]
    assert run.cloud_estimate == pytest.approx(default_cloud.cost(step.tokens_in, step.tokens_out))
    assert run.cloud_estimate > 0
