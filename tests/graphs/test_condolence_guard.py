"""Misplaced condolences are not shown as an answer (agents.misplaced_condolences)."""

from __future__ import annotations

import pytest

import agents.output_guard as output_guard
from tests.graphs.conftest import BuildAssistant

CONDOLENCE = "I'm sorry for your loss, but as a text-based AI I can't help with that."


def test_a_reply_of_condolences_nobody_asked_for_is_not_the_answer(
    build_assistant: BuildAssistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    assistant, _ = build_assistant(local=[CONDOLENCE] * 4, cloud=[CONDOLENCE] * 4)
    told = assistant.ask("write a two line poem about our new puppy")
    assert CONDOLENCE not in told.answer
    assert "offered condolences" in told.answer or "condolences for a loss" in told.answer
    assert any("offered condolences" in r for s in told.steps for r in s.reasons)
    # Switched off, the condolences are the answer.
    monkeypatch.setattr(output_guard, "misplaced_condolence", lambda *args: None)
    shown = assistant.ask("write a two line poem about our new kitten")
    assert shown.answer == CONDOLENCE
