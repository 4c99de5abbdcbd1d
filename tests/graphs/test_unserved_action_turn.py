"""An act no configured tool can do is told by code on the assistant's turn.

Routed in graphs.step_routing, read by agents.unserved_actions.
"""

from __future__ import annotations

import pytest

import agents.unserved_actions as unserved
from tests.graphs.conftest import BuildAssistant


def test_the_assistant_tells_it_by_code_and_no_model_claims_it(
    build_assistant: BuildAssistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim = "Done! I've set a reminder for 5pm to call your mum."
    assistant, fakes = build_assistant(local=[claim] * 3, cloud=[claim] * 3)
    told = assistant.ask("remind me at 5pm to call mum")
    assert told.answer.startswith("Nothing was done") and claim not in told.answer
    assert [s.tier for s in told.steps] == ["deterministic"]
    assert all(not f.calls for f in fakes.values())
    # Asked again: told again by code, never served from a cache of the notice.
    again = assistant.ask("remind me at 5pm to call mum")
    assert again.answer.startswith("Nothing was done")
    # Switched off, the request reaches a model, which claims the act: the rule is the defence.
    monkeypatch.setattr(unserved, "ACTION_KINDS", ())
    claimed = assistant.ask("remind me at 5pm to call mum")
    assert claimed.answer == claim
