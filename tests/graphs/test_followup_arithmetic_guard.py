"""A model reply whose shown sum is wrong is never shown as the answer (issue 11 part 1).

Through the whole assistant: a follow-up code cannot resolve goes to the model, and a
reply stating "5 × $120 = $625" is degraded with a message saying what did not add up.
"""

from __future__ import annotations

from tests.graphs.conftest import BuildAssistant

EASY = {"router": {"difficulty_threshold": 1.0}}
WRONG = "For the bigger suite it is 5 × $120 = $625 in total."


def test_wrong_working_is_degraded_and_its_figure_not_shown(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(
        local=["A plain room is $120 a night.", WRONG], cloud_id="", **EASY
    )
    first = assistant.ask("Describe a plain hotel room and its price in one line.")
    second = assistant.ask("and the bigger suite for 5 nights?", thread_id=first.thread_id)
    (step,) = second.steps
    assert step.tier == "local" and step.degraded
    assert any(r.startswith("degraded: guard: wrong arithmetic") for r in step.reasons)
    assert "$625" not in second.answer.replace("= $625 (it is 600)", "")
    assert "did not check out" in second.answer and "it is 600" in second.answer
    fakes["local"].assert_complete()


def test_right_working_is_shown(build_assistant: BuildAssistant) -> None:
    right = "For the bigger suite it is 5 × $120 = $600 in total."
    assistant, fakes = build_assistant(
        local=["A plain room is $120 a night.", right], cloud_id="", **EASY
    )
    first = assistant.ask("Describe a plain hotel room and its price in one line.")
    second = assistant.ask("and the bigger suite for 5 nights?", thread_id=first.thread_id)
    assert second.answer == right and not second.steps[0].degraded
    fakes["local"].assert_complete()
