"""An act no configured tool can do is told by code on the assistant's turn.

Routed in graphs.step_routing, read by agents.unserved_actions.
"""

from __future__ import annotations

import pytest

import agents.unserved_actions as unserved
import graphs.output_checks as output_checks
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
    # Switched off, the request reaches a model, which claims the act; the reply check
    # (agents.claimed_acts) still keeps the claim from being shown...
    monkeypatch.setattr(unserved, "ACTION_KINDS", ())
    caught = assistant.ask("remind me at 5pm to call mum")
    assert [s.tier for s in caught.steps] == ["local"]
    assert caught.answer.startswith("Nothing was done")
    # ...and with both switched off, the claim is the answer.
    monkeypatch.setattr(output_checks, "claimed_act", lambda *args: None)
    claimed = assistant.ask("remind me at 5pm to call mum")
    assert claimed.answer == claim


def test_a_model_claiming_an_act_no_tool_did_is_not_shown(
    build_assistant: BuildAssistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "let … know" is no act agents.unserved_actions reads: the request reaches the model.
    claim = "Done! I've let Jisoo know the meeting moved to 3."
    assistant, fakes = build_assistant(local=[claim] * 3, cloud=[claim] * 3)
    told = assistant.ask("let Jisoo know the meeting moved to 3")
    assert told.answer.startswith("Nothing was done") and claim not in told.answer
    assert any("claimed an act no tool performed" in r for s in told.steps for r in s.reasons)
    # Never escalated: no tier can act without a tool.
    assert len(fakes["local"].calls) == 1 and not fakes["cloud"].calls
    # A failed step is never cached: asked again, the model is asked again.
    assistant.ask("let Jisoo know the meeting moved to 3")
    assert len(fakes["local"].calls) == 2
    # With the check switched off, the claim is shown as the answer.
    monkeypatch.setattr(output_checks, "claimed_act", lambda *args: None)
    shown = assistant.ask("let Jisoo know the meeting moved to 3")
    assert shown.answer == claim
