"""A what-question's "when I …" clause asks no time, and what to tell someone is its topic.

Our own examples (a dentist's notes), not the workload's. Each rule-off half shows the
time sentence quoted for what to say.
"""

from __future__ import annotations

from unittest import mock

from tools.rag.answer import extractive_answer
from tools.rag.answer_sentences import top_sentence
from tools.rag.models import Passage
from tools.rag.question import analyze_question
from tools.rag.told_content import told_verbs
from tools.rag.trailing_context import guess_on_one_word
from tools.rag.when_clauses import without_scene_when

_DENTIST = Passage(
    chunk_id="d1",
    source="dentist.md",
    heading="Cancelling",
    text=(
        "To cancel, phone the front desk by noon on the day before. "
        "Tell the receptionist your full name and the time you were booked for."
    ),
)


def test_a_when_clause_of_a_what_question_sets_the_scene() -> None:
    assert analyze_question("what should I bring when I visit the dentist?").answer_type is None
    assert without_scene_when("how do I pay when the nurse calls me?") == (
        "how do I pay  the nurse calls me?"
    )
    with mock.patch("tools.rag.answer_types.without_scene_when", side_effect=lambda q: q):
        # The rule off: the clause's "when" asks for a time.
        assert analyze_question("what should I bring when I visit the dentist?").answer_type


def test_when_still_asks_for_a_time_where_it_opens_a_question() -> None:
    assert analyze_question("when does the dentist open?").answer_type == "datetime"
    assert without_scene_when("what is the fee and when do I pay it?") == (
        "what is the fee and when do I pay it?"
    )


def test_what_to_tell_another_keeps_the_verb_as_a_term() -> None:
    assert told_verbs("what do I tell the receptionist when I phone?") == {"tell"}
    assert told_verbs("what can you tell me about parking?") == set()
    assert told_verbs("can they tell me over the phone?") == set()
    assert "tell" in analyze_question("what do I tell the receptionist?").terms
    with mock.patch("tools.rag.question.told_verbs", return_value=set()):
        # The rule off: "tell" is a phrasing word like in "tell me the hours".
        assert "tell" not in analyze_question("what do I tell the receptionist?").terms


def test_what_to_tell_is_answered_by_the_telling_sentence() -> None:
    asked = "what do I have to tell the receptionist when I phone?"
    answer = extractive_answer(asked, [_DENTIST])
    # The telling sentence answers (quoted after the phone line it leans on: back_references).
    assert top_sentence(answer).startswith("Tell the receptionist your full name")
    with (
        mock.patch("tools.rag.question.told_verbs", return_value=set()),
        mock.patch("tools.rag.answer_types.without_scene_when", side_effect=lambda q: q),
    ):
        # Both rules off: a time was asked, and the deadline to phone is quoted.
        assert extractive_answer(asked, [_DENTIST]).text.startswith("To cancel, phone")


def test_the_telling_sentence_is_no_guess_carried_from_its_neighbour() -> None:
    asked = "what do I have to tell them when I phone?"
    answer = extractive_answer(asked, [_DENTIST])
    assert top_sentence(answer).startswith("Tell the receptionist your full name")
    analysis = analyze_question(asked)
    assert not guess_on_one_word(asked, analysis, answer, [_DENTIST])
    with mock.patch("tools.rag.trailing_context.names_the_telling", return_value=False):
        # The rule off: "phone" is named only by the sentence before, so it is held back.
        assert guess_on_one_word(asked, analysis, answer, [_DENTIST])
