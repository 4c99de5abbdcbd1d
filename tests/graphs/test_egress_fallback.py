"""A cloud request the egress guard stops moves to the local tier instead of ending the step.

The guard sits on the wire, below routing: it can catch what routing let through (a
passage's phone line, say). Nothing left the machine, and the refusal itself asks for
the local tier, so giving the refusal text as the answer would only lose the turn.
"""

from __future__ import annotations

from typing import Any

from core.errors import PrivacyBlockedError
from tests.graphs.conftest import BuildAssistant

REFUSAL = (
    "kept on this machine because an outbound cloud request to api.example carried what "
    "looks like personal data (phone), so it was not sent. The step must run on the local tier."
)


def _blocked_at_the_wire(_messages: Any) -> str:
    raise PrivacyBlockedError(REFUSAL)


def test_a_cloud_step_the_guard_stops_is_answered_on_the_local_tier(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(
        local=["Local answer: there are infinitely many primes, by Euclid's argument."],
        cloud=[_blocked_at_the_wire],
        router={"difficulty_threshold": 0.0},
    )
    result = assistant.ask("Prove that there are infinitely many primes.")
    (step,) = result.steps
    assert step.tier == "local"
    assert result.answer.startswith("Local answer")
    assert "kept on this machine" not in result.answer
    assert any("egress guard" in reason for reason in step.reasons)
    fakes["local"].assert_complete()
    fakes["cloud"].assert_complete()


def test_a_local_step_the_guard_stops_fails_closed(build_assistant: BuildAssistant) -> None:
    assistant, fakes = build_assistant(
        local=[_blocked_at_the_wire],
        router={"difficulty_threshold": 1.0},
    )
    result = assistant.ask("What is a prime number? Explain briefly.")
    (step,) = result.steps
    assert step.tier == "local"
    assert "kept on this machine" in result.answer
    fakes["cloud"].assert_complete()
