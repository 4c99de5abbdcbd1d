"""A model's conversion that carries the question's figure over is not shown as the answer."""

from __future__ import annotations

import pytest

import agents.output_guard as output_guard
from tests.graphs.conftest import BuildAssistant

# (Honey: sugar, flour and butter are answered by code at a cup's standard weight.)
CARRIED = "3 and a half cups of honey is approximately 3.5 grams."


def test_an_unconverted_figure_is_not_the_answer(
    build_assistant: BuildAssistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    assistant, _ = build_assistant(local=[CARRIED] * 4, cloud=[CARRIED] * 4)
    told = assistant.ask("how many grams is 3 and a half cups of honey")
    assert "3.5 grams" not in told.answer
    assert "without converting it" in told.answer
    assert any("back unconverted" in r for s in told.steps for r in s.reasons)
    # Switched off, the carried-over figure is the answer.
    monkeypatch.setattr(output_guard, "unconverted_figure", lambda *args: None)
    shown = assistant.ask("how many grams is 3 and a half cups of rice")
    assert "3.5 grams" in shown.answer
