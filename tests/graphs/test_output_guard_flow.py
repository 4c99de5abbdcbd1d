"""The output guard in the graph: degraded steps flagged, escalated once, never for local_only."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage

from tests.agents.mcp.conftest import MakeManager, fixture_entry, make_manager
from tests.graphs.conftest import BuildAssistant

__all__ = ["make_manager"]  # the fixture, re-exported for pytest
EASY = {"router": {"difficulty_threshold": 1.0}}
LOOP = "The red box is on the left. " * 5


def test_a_loop_without_a_cloud_tier_is_flagged_degraded_and_saves_nothing(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(local=[LOOP], cloud_id="openai:gpt-4o-mini", **EASY)
    result = assistant.ask("Which box is red, the left or the right one?")
    (step,) = result.steps
    assert step.tier == "local" and step.degraded
    guard = [r for r in step.reasons if r.startswith("degraded: guard:")]
    assert guard and "repetition loop" in guard[0] and "not escalated" in guard[0]
    run = assistant.services.traces.get_run(result.run_id)
    assert run is not None and run.cloud_estimate == run.cost  # 0 saved
    fakes["local"].assert_complete()


def test_a_guard_failure_escalates_once_to_the_cloud(build_assistant: BuildAssistant) -> None:
    cut = AIMessage(content="The red box is", response_metadata={"finish_reason": "length"})
    assistant, fakes = build_assistant(local=[cut], cloud=["The left one."], **EASY)
    result = assistant.ask("Which box is red, the left or the right one?")
    assert result.answer == "The left one."
    (step,) = result.steps
    assert step.tier == "cloud" and not step.degraded
    assert any(
        r.startswith("guard: cut off at the token limit on test:local; escalated once")
        for r in step.reasons
    )
    fakes["local"].assert_complete()
    fakes["cloud"].assert_complete()


def test_a_failing_cloud_reply_after_escalation_is_not_escalated_again(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(local=[""], cloud=[""], **EASY)
    result = assistant.ask("Which box is red, the left or the right one?")
    (step,) = result.steps
    assert step.tier == "cloud" and step.degraded
    assert "no usable answer" in result.answer
    fakes["cloud"].assert_complete()


def test_a_local_only_step_is_never_escalated(build_assistant: BuildAssistant) -> None:
    assistant, fakes = build_assistant(local=[LOOP], cloud=[], **EASY)
    result = assistant.ask("My phone is 010-1234-5678. Which box is red, left or right?")
    (step,) = result.steps
    assert step.tier == "local" and step.degraded and step.privacy == "local_only"
    assert any("not escalated: the step is local_only" in r for r in step.reasons)
    assert fakes["cloud"].calls == []


@pytest.mark.parametrize(
    "ask",
    [
        # The request names the tool but asks about it: the model may explain, not run it.
        "What would good.add return for 2 and 3?",
        # The request names no tool; the reply claims a catalogued one ran.
        "Add two and three for me with the adding tool.",
    ],
)
def test_a_model_reply_is_never_shown_as_a_tool_result(
    build_assistant: BuildAssistant, make_manager: MakeManager, ask: str
) -> None:
    manager = make_manager({"good": fixture_entry("good_server.py")})
    assistant, _ = build_assistant(
        local=["The tool good.add has been executed successfully: 5."],
        cloud_id="openai:gpt-4o-mini",
        **EASY,
    )
    assistant.services.toolbox.external_source = manager
    result = assistant.ask(ask)
    (step,) = result.steps
    assert step.degraded and step.tool_calls == 0
    assert "did not run" in result.answer and "successfully" not in result.answer
    assert any("invented tool result" in r for r in step.reasons)


def test_a_tool_asked_for_with_numbers_in_words_runs(
    build_assistant: BuildAssistant, make_manager: MakeManager
) -> None:
    manager = make_manager({"good": fixture_entry("good_server.py")})
    assistant, fakes = build_assistant(cloud_id="openai:gpt-4o-mini", **EASY)
    assistant.services.toolbox.external_source = manager
    result = assistant.ask("Please use good.add to add two and three for me.")
    (step,) = result.steps
    assert step.tier == "deterministic" and not step.degraded
    assert "5" in result.answer
    assert all(f.calls == [] for f in fakes.values())
