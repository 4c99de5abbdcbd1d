"""A model step's prompt size counts the earlier turn the model is shown, not only its text."""

from __future__ import annotations

import random

from tests.graphs.conftest import BuildAssistant

_WORDS = [
    *("river", "mill", "bread", "lantern", "meadow", "harbor", "violin", "orchard", "pebble"),
    *("thunder", "willow", "candle", "ribbon", "compass", "saddle", "kettle", "marble"),
    *("feather", "lighthouse", "garden"),
]
_PICK = random.Random(3)
# A first answer of about 650 tokens with no sentence repeated (a loop would fail the
# output check): shown to the model again, a short follow-up no longer fits 512 tokens.
LONG_ANSWER = " ".join(" ".join(_PICK.sample(_WORDS, 8)).capitalize() + "." for _ in range(45))


def test_a_short_follow_up_with_a_long_earlier_answer_does_not_fit_a_small_model(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(
        local=[LONG_ANSWER],
        cloud=["A longer poem for four."],
        router={"difficulty_threshold": 1.0},
        models={"test:local": {"context_window": 512}},
    )
    first = assistant.ask("Write a long poem for three friends.")
    assert first.steps[0].tier == "local", first.steps[0].reasons
    second = assistant.ask("그럼 4명이면?", thread_id=first.thread_id)
    (step,) = second.steps
    assert any(r.startswith("follow-up: refers to the previous turn") for r in step.reasons)
    # The local model would be shown the long answer again: it goes where it fits.
    assert step.tier == "cloud"
    assert second.answer == "A longer poem for four."
    assert any(a.tier == "local" and a.kind == "context" for a in step.alternatives)
    fakes["local"].assert_complete()
