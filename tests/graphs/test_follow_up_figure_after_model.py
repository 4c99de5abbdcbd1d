"""A degraded or local bare figure for a follow-up of a model-answered calculation is checked.

The route seen once in a whole-suite run: the first turn has no rule (a model answers
it), the follow-up goes to the cloud, the cloud call times out, and the local model's
retry gives a bare figure. The previous turn was no code calculation, so the figure
guard did not judge it; a figure no working of the thread gives must not be shown.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.graphs.conftest import BuildAssistant

# No deterministic rule reads either turn: models answer both.
FIRST = "a bag of lentils weighs 0.75 kg and costs 3.20, what do 6 bags weigh and cost"
FOLLOW_UP = "and with 9 bags instead"


def _times_out(_messages: list[Any]) -> str:
    raise TimeoutError("the cloud stand-in took too long")


def _second(build_assistant: BuildAssistant, local_reply: str) -> tuple[str, bool, str]:
    assistant, fakes = build_assistant(
        cloud=["Six bags weigh 4.5 kg and cost 19.20.", _times_out],
        local=[local_reply],
        router={"difficulty_threshold": 0.0},  # every model step prefers the cloud
    )
    first = assistant.ask(FIRST)
    assert first.steps[0].tier == "cloud", first.steps
    second = assistant.ask(FOLLOW_UP, thread_id=first.thread_id)
    fakes["cloud"].assert_complete()
    fakes["local"].assert_complete()
    (step,) = second.steps
    assert step.tier == "local", step
    return second.answer, step.degraded, " ".join(step.reasons)


@pytest.mark.parametrize("reply", ["9", "41.75", "19.20"])
def test_a_local_bare_figure_no_working_gives_is_not_shown(
    build_assistant: BuildAssistant, reply: str
) -> None:
    # "9": the turn's own figure; 41.75: no one or two operations of the thread's figures;
    # "19.20": the previous answer's figure, unchanged.
    answer, degraded, reasons = _second(build_assistant, reply)
    assert degraded and "follow-up figure" in reasons, reasons
    assert "could not recompute" in answer and reply not in answer


def test_a_local_figure_is_not_shown_even_when_some_working_gives_it(
    build_assistant: BuildAssistant,
) -> None:
    # 28.80 is 3.20 × 9, but no code worked the first turn out, so nothing confirms the
    # local model's figure (agents/local_follow_up_check.py): one or two operations over
    # the thread's figures reach most small figures a guess could give.
    answer, degraded, reasons = _second(build_assistant, "28.80")
    assert degraded and "follow-up figure" in reasons, reasons
    assert "could not recompute" in answer and "28.80" not in answer
