"""A recall question through the assistant: the user's message quoted locally, by code."""

from __future__ import annotations

from tests.graphs.conftest import BuildAssistant

EASY = {"router": {"difficulty_threshold": 1.0}}


def test_what_i_said_earlier_is_quoted_by_code_and_stays_local(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(
        local=["Nice to meet Oskar!", "Board games and books suit a ten year old."], **EASY
    )
    first = assistant.ask("my nephew is Oskar Lindahl, he turns ten in May")
    second = assistant.ask("any gift ideas for a ten year old?", thread_id=first.thread_id)
    third = assistant.ask(
        "what did I say my nephew's name was?", thread_id=first.thread_id
    ).to_json()
    assert "Oskar Lindahl" in third["answer"]
    assert third["citations"] == []
    (step,) = third["steps"]
    # Code answered: no model saw the question, and the name never went to the cloud.
    assert step["tier"] == "deterministic" and step["privacy"] == "local_only"
    assert fakes["cloud"].calls == []
    assert second.thread_id == first.thread_id
    fakes["local"].assert_complete()


def test_a_quote_the_scanner_finds_clean_still_makes_the_turn_local(
    build_assistant: BuildAssistant,
) -> None:
    # "Kai, seven" scans clean, yet it is the user's own: the quoting answer is local.
    assistant, fakes = build_assistant(local=["Hello Kai!"], **EASY)
    first = assistant.ask("my son is Kai, he is seven")
    recall = assistant.ask("what did I say my son's name was?", thread_id=first.thread_id).to_json()
    assert "Kai" in recall["answer"]
    assert recall["privacy"] == "local_only"
    assert fakes["cloud"].calls == []
