"""A model reply that only says the question back is no answer (our own questions).

Unit cases for :func:`agents.echo_guard.echoes_question`, and the graph: flagged degraded,
shown as "gave no answer", never as the question's answer.
"""

from __future__ import annotations

import pytest

from agents.echo_guard import echoes_question
from tests.graphs.conftest import BuildAssistant

EASY = {"router": {"difficulty_threshold": 1.0}}


@pytest.mark.parametrize(
    ("reply", "question"),
    [
        ("The 45 minutes before the train leaves.", "45 minutes before the train leaves"),
        ("Is the bakery open sunday morning?", "is the bakery open sunday morning"),
        ("탁구장 일요일에 열어요?", "탁구장 일요일에 열어요"),
    ],
)
def test_the_question_said_back_is_an_echo(reply: str, question: str) -> None:
    assert echoes_question(reply, question)


@pytest.mark.parametrize(
    ("reply", "question"),
    [
        ("17 is prime.", "is 17 prime"),  # restated as an answer, in its own order
        ("The bakery is open sunday morning.", "is the bakery open sunday morning"),
        ("Hi!", "hi"),  # too short to judge
    ],
)
def test_an_answer_in_the_questions_words_is_not_an_echo(reply: str, question: str) -> None:
    assert not echoes_question(reply, question)


def test_an_echo_without_a_cloud_tier_is_shown_as_no_answer(
    build_assistant: BuildAssistant,
) -> None:
    question = "is the bakery open sunday morning"
    assistant, fakes = build_assistant(
        local=["Is the bakery open sunday morning."], cloud_id="openai:gpt-4o-mini", **EASY
    )
    result = assistant.ask(question)
    (step,) = result.steps
    assert step.tier == "local" and step.degraded
    assert "gave no answer" in result.answer
    fakes["local"].assert_complete()
