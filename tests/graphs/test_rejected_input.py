"""A refused question never enters state: not the history, the checkpoint or the cache."""

from __future__ import annotations

from pathlib import Path

from langchain_core.runnables import RunnableConfig
from langgraph.runtime import Runtime

from graphs import nodes
from graphs.state import Context
from tests.graphs.conftest import BuildAssistant
from tests.recording_server import CANNED, recording_server

MARKER = "zanzibar-quokka"
# 126 KB of public text: only its length is wrong with it.
BIG_QUESTION = (f"Please summarise this {MARKER} report. " * 3_500)[:126_000]
HARD = "Prove that there are infinitely many primes."


def _checkpoint_bytes(data_dir: Path) -> int:
    return sum(p.stat().st_size for p in data_dir.glob("checkpoints.sqlite*"))


def test_a_refused_big_question_never_reaches_the_cloud_on_the_next_turn(
    build_assistant: BuildAssistant,
) -> None:
    with recording_server() as recorder:
        assistant, _ = build_assistant(
            cloud_id="openai:gpt-4o-mini",
            openai_api_key="dummy",
            openai_base_url=f"{recorder.base_url}/v1",
            router={"difficulty_threshold": 0.0},
        )
        refused = assistant.ask(BIG_QUESTION)
        answered = assistant.ask(HARD, thread_id=refused.thread_id)
    assert refused.refused == "input_too_long" and refused.steps == []
    assert "limits.max_input_chars" in refused.answer
    # The channel is live: the next question did reach the cloud...
    assert answered.answer == CANNED and len(recorder.bodies) == 1
    # ...with no byte of the refused one, nor its refusal, in its history.
    assert MARKER not in recorder.text() and "limits.max_input_chars" not in recorder.text()
    assert len(recorder.bodies[0]) < 10_000
    values = assistant.services.graph.get_state(
        {"configurable": {"thread_id": refused.thread_id}}
    ).values
    assert [m.type for m in values["messages"]] == ["human", "ai"]
    assert str(values["messages"][0].content) == HARD


def test_a_1_mb_question_does_not_grow_the_checkpoint_or_the_history(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    assistant, _ = build_assistant()
    first = assistant.ask("12*7은?")
    assert "84" in first.answer
    before = _checkpoint_bytes(tmp_path / "data")
    for _ in range(3):
        refused = assistant.ask("x" * 1_000_000, thread_id=first.thread_id)
        assert refused.refused == "input_too_long"
    grown = _checkpoint_bytes(tmp_path / "data") - before
    # Three 1 MB pastes: the file may move by a page or two of bookkeeping, never by MBs.
    assert grown < 100_000
    after = assistant.ask("12*8은?", thread_id=first.thread_id)
    assert "96" in after.answer
    history = assistant.services.graph.get_state(
        {"configurable": {"thread_id": first.thread_id}}
    ).values["messages"]
    assert [m.type for m in history] == ["human", "ai", "human", "ai"]
    assert assistant.services.traces is not None
    assert all(len(r.question) < 100 for r in assistant.services.traces.list_runs(limit=10))


def test_invalid_utf8_is_refused_clearly_and_the_stream_says_so(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant()
    question = b"what is \xff\xfe here".decode("utf-8", "surrogateescape")
    result = assistant.ask(question)
    assert result.refused == "invalid_utf8" and "byte 0xFF" in result.answer
    (done,) = list(assistant.stream(question))
    assert done.kind == "done" and done.result is not None
    assert done.result.refused == "invalid_utf8"
    assert assistant.services.cache is not None and len(assistant.services.cache) == 0
    assert all(f.calls == [] for f in fakes.values())


def test_guard_input_alone_keeps_no_copy_of_a_refused_question(
    build_assistant: BuildAssistant,
) -> None:
    # Callers that invoke the graph directly (Studio, langgraph dev) get the same rule.
    assistant, _ = build_assistant(limits={"max_input_chars": 10})
    engine = assistant.services.engine
    assert engine is not None
    runtime = Runtime(context=Context(engine=engine))
    update = nodes.guard_input({"question": "y" * 50, "messages": []}, runtime)
    assert update["stop_reason"] == "input_too_long" and update["question"] == ""
    assert "messages" not in update
    closed = nodes.record({**update, "path": update["path"]}, runtime)
    assert "messages" not in closed


def test_the_graph_invoked_directly_adds_nothing_to_the_history(
    build_assistant: BuildAssistant,
) -> None:
    assistant, _ = build_assistant(limits={"max_input_chars": 10})
    graph = assistant.services.graph
    config: RunnableConfig = {"configurable": {"thread_id": "direct"}}
    state = graph.invoke({"question": "z" * 50}, config)
    assert state["stop_reason"] == "input_too_long" and "limits" in state["answer"]
    assert state.get("messages", []) == [] and state["question"] == ""
