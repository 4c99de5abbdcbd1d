"""A model reply that only says the question back is no answer (our own questions).

Unit cases for :func:`agents.echo_guard.echoes_question`, and the graph: flagged degraded,
shown as "gave no answer", never as the question's answer.
"""

from __future__ import annotations

import pytest

from agents.echo_guard import echoes_question, imitated_notice
from tests.graphs.conftest import BuildAssistant

EASY = {"router": {"difficulty_threshold": 1.0}}


@pytest.mark.parametrize(
    ("reply", "question"),
    [
        ("The 45 minutes before the train leaves.", "45 minutes before the train leaves"),
        ("Is the bakery open sunday morning?", "is the bakery open sunday morning"),
        ("탁구장 일요일에 열어요?", "탁구장 일요일에 열어요"),
        # a copy that drops a hedge still says nothing new (set 24)
        (
            "We'll get back an hour later than that.",
            "we'll probably get back an hour later than that",
        ),
        (
            "The laundry room closes at ten on weekdays",
            "so the laundry room closes at ten on weekdays",
        ),
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
        ("The gym is open until ten.", "is the gym open until ten"),
        # most of the question's words left out is a short answer, not a copy
        ("Until ten on weekdays.", "until when is the laundry room open on weekdays"),
        ("we get back at 12:30", "we'll probably get back an hour later than that"),
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


@pytest.mark.parametrize(
    "reply",
    [
        "We'll get back an hour later. (not in the document: 12:12; searched: faq.md §Hours)",
        "The documents do not cover this question. (not in the documents: babysitter)",
        "돌아오는 시간은 한 시간 늦어요 (문서에 없는 내용: 12:12; 찾아본 곳: faq.md)",
    ],
)
def test_the_apps_own_note_in_a_reply_is_an_imitation(reply: str) -> None:
    assert imitated_notice(reply) is not None


@pytest.mark.parametrize(
    "reply",
    [
        "The babysitter costs 117 for six and a half hours.",
        "The shop is not in the document list; it closes at six.",
        "I searched my memory: 18 x 6.5 = 117.",
    ],
)
def test_a_reply_of_its_own_imitates_no_note(reply: str) -> None:
    assert imitated_notice(reply) is None


def test_a_copied_note_is_no_answer_and_escalates_to_the_cloud(
    build_assistant: BuildAssistant,
) -> None:
    copied = "We'll get back later. (not in the document: 12:12; searched: faq.md §Hours)"
    assistant, fakes = build_assistant(local=[copied], cloud=["About 117."], **EASY)
    result = assistant.ask("what do we owe the sitter if we get back an hour later")
    (step,) = result.steps
    assert result.answer == "About 117." and step.tier == "cloud"
    assert any("copied the app's own note (not in the document:" in r for r in step.reasons)
    fakes["local"].assert_complete()
    fakes["cloud"].assert_complete()


def test_a_copied_note_without_a_cloud_tier_is_shown_as_no_answer(
    build_assistant: BuildAssistant,
) -> None:
    copied = "돌아오는 시간은 한 시간 늦어요 (문서에 없는 내용: 12:12; 찾아본 곳: faq.md)"
    assistant, _ = build_assistant(local=[copied], cloud_id="openai:gpt-4o-mini", **EASY)
    result = assistant.ask("한 시간 늦게 오면 얼마 드려야 해요")
    (step,) = result.steps
    assert step.tier == "local" and step.degraded
    assert "12:12" not in result.answer and "흉내" in result.answer
