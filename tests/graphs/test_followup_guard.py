"""A model step that repeats its previous answer to a changed follow-up: flagged, cascaded.

Through the whole assistant: the guard reads the thread's previous answer from the
conversation, so the embedded model's copy of its poem for three friends, given for
"What about 4 people?", is not shown as an answer.
"""

from __future__ import annotations

from core.difficulty import StepFacts, difficulty
from tests.graphs.conftest import BuildAssistant

EASY = {"router": {"difficulty_threshold": 1.0}}
POEM = "Three friends walk along the shore,\nTheir laughter echoes evermore."


def test_a_copied_answer_escalates_once_to_the_cloud(build_assistant: BuildAssistant) -> None:
    four = "Four friends walk along the shore, hand in hand."
    assistant, fakes = build_assistant(local=[POEM, POEM], cloud=[four], **EASY)
    first = assistant.ask("Write a two-line poem for three friends.")
    assert first.answer == POEM and not first.steps[0].degraded
    second = assistant.ask("What about 4 people?", thread_id=first.thread_id)
    assert second.answer == four
    (step,) = second.steps
    assert step.tier == "cloud" and not step.degraded
    assert any("repeated its previous answer" in r and "escalated once" in r for r in step.reasons)
    # The cloud got the previous question and answer too.
    prompt = " ".join(str(m.content) for m in fakes["cloud"].calls[0])
    assert "three friends" in prompt and "laughter echoes" in prompt
    fakes["local"].assert_complete()
    fakes["cloud"].assert_complete()


def test_without_a_cloud_tier_the_copy_is_degraded_and_not_shown_again(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(local=[POEM, POEM], cloud_id="", **EASY)
    first = assistant.ask("Write a two-line poem for three friends.")
    second = assistant.ask("What about 4 people?", thread_id=first.thread_id)
    (step,) = second.steps
    assert step.tier == "local" and step.degraded
    assert any(r.startswith("degraded: guard: repeated its previous answer") for r in step.reasons)
    assert "laughter" not in second.answer and "repeated its previous answer" in second.answer
    run = assistant.services.traces.get_run(second.run_id)
    assert run is not None and run.cloud_estimate == run.cost  # 0 saved
    fakes["local"].assert_complete()


def test_a_reply_that_takes_up_the_change_is_shown(build_assistant: BuildAssistant) -> None:
    four = "Four friends walk along the shore,\nTheir laughter echoes evermore."
    assistant, fakes = build_assistant(local=[POEM, four], cloud=[], **EASY)
    first = assistant.ask("Write a two-line poem for three friends.")
    second = assistant.ask("What about 4 people?", thread_id=first.thread_id)
    assert second.answer == four and not second.steps[0].degraded
    assert fakes["cloud"].calls == []


def test_an_operation_after_a_faq_answer_goes_to_the_model_with_that_answer(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(local=["2시간이면 1시간 초과분 요금이 붙습니다."], **EASY)
    first = assistant.ask("주차할 수 있나요?")
    assert first.steps[0].tier == "deterministic" and "1시간" in first.answer
    second = assistant.ask("두 배면?", thread_id=first.thread_id).to_json()
    assert second["citations"] == []
    (step,) = second["steps"]
    assert step["tier"] == "local"
    assert any(r.startswith("follow-up: refers to the previous turn") for r in step["reasons"])
    prompt = " ".join(str(m.content) for m in fakes["local"].calls[0])
    assert "주차할 수 있나요?" in prompt and first.answer.strip()[:20] in prompt
    fakes["local"].assert_complete()


def test_a_short_follow_up_no_code_resolves_is_scored_with_the_question_it_changes(
    build_assistant: BuildAssistant,
) -> None:
    # "and at 3:30?" alone reads as easy (a few characters); it is the clock puzzle again,
    # which the model reads with it, so it goes where the puzzle went.
    puzzle = "A clock shows 3:15. What is the angle between the hour and minute hands? Explain."
    assistant, fakes = build_assistant(
        cloud=["7.5 degrees.", "75 degrees."], router={"difficulty_threshold": 0.5}
    )
    first = assistant.ask(puzzle)
    assert first.steps[0].tier == "cloud"
    second = assistant.ask("and at 3:30?", thread_id=first.thread_id)
    (step,) = second.steps
    assert step.tier == "cloud" and second.answer == "75 degrees."
    assert fakes["local"].calls == []
    fakes["cloud"].assert_complete()


def test_a_follow_up_is_not_scored_harder_than_itself_and_its_question_alone(
    build_assistant: BuildAssistant,
) -> None:
    # Joined to its question, a follow-up read as one longer prompt of two questions and
    # crossed a threshold that neither crosses alone; each is scored on its own now.
    name = "What is a good name for a small bakery that sells bread and coffee?"
    follow = "What about one that also sells cakes?"
    facts = StepFacts(needs_tools=True)  # a model step that may call tools
    alone = max(difficulty(name, facts=facts), difficulty(follow, facts=facts))
    joined = difficulty(f"{name}\n{follow}", facts=facts)
    assert alone < joined
    assistant, fakes = build_assistant(
        local=["Crumb & Cup.", "Lunchbox Loaf."],
        router={"difficulty_threshold": (alone + joined) / 2},
    )
    first = assistant.ask(name)
    assert first.steps[0].tier == "local"
    second = assistant.ask(follow, thread_id=first.thread_id)
    (step,) = second.steps
    assert step.tier == "local" and second.answer == "Lunchbox Loaf."
    assert any(r.startswith("follow-up: refers to the previous turn") for r in step.reasons)
    assert fakes["cloud"].calls == []
    fakes["local"].assert_complete()
