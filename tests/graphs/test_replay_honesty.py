"""Honest replay: a tier that cannot take the step is said up front, never impersonated."""

from __future__ import annotations

from langchain_core.messages import AIMessage

from core.errors import TierUnavailableError
from graphs.replay import replay
from tests.graphs.conftest import BuildAssistant

EASY = {"router": {"difficulty_threshold": 1.0}}
QUESTION = "Write one friendly sentence welcoming a new colleague."


def test_replay_onto_an_unavailable_tier_says_so_and_runs_nothing(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(
        local=["Welcome aboard!"], cloud_id="openai:gpt-4o-mini", **EASY
    )
    result = assistant.ask(QUESTION)
    report = replay(assistant.services, result.run_id, step_number=1, tier="cloud")
    assert report["replay"] is None and report["ran_on_tier"] is None
    assert "cloud tier is unavailable" in report["warning"]
    assert "OPENAI_API_KEY" in report["warning"]
    fakes["local"].assert_complete()  # the local model was not run again


def test_replay_of_a_personal_step_onto_the_cloud_is_refused_up_front(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(local=["Noted."], cloud=[], **EASY)
    result = assistant.ask("My phone is 010-1234-5678. Write a short note to remind me.")
    assert result.steps[0].privacy == "local_only"
    report = replay(assistant.services, result.run_id, step_number=1, tier="cloud")
    assert report["replay"] is None
    assert "personal data" in report["warning"] and "Nothing was re-run" in report["warning"]
    assert fakes["cloud"].calls == []


def test_replay_on_an_available_tier_names_the_tier_it_ran_on(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(local=["Welcome aboard!"], cloud=["A warm welcome!"], **EASY)
    result = assistant.ask(QUESTION)
    report = replay(assistant.services, result.run_id, step_number=1, tier="cloud")
    assert report["ran_on_tier"] == "cloud" and report["warning"] is None
    assert report["replay"]["answer"] == "A warm welcome!"
    fakes["cloud"].assert_complete()


def test_replay_that_lands_elsewhere_is_labelled_with_where_it_ran(
    build_assistant: BuildAssistant,
) -> None:
    # The cloud model fails during the replay: the step falls back to local, and the
    # report says so instead of presenting the local answer as the cloud's.
    def broken(_: object) -> AIMessage:
        raise TierUnavailableError("cloud endpoint down")

    assistant, fakes = build_assistant(
        local=["Welcome aboard!", "Welcome again!"], cloud=[broken], **EASY
    )
    result = assistant.ask(QUESTION)
    report = replay(assistant.services, result.run_id, step_number=1, tier="cloud")
    assert report["ran_on_tier"] == "local"
    assert "not the cloud tier's answer" in report["warning"]
    assert report["replay"]["answer"] == "Welcome again!"
    fakes["local"].assert_complete()
