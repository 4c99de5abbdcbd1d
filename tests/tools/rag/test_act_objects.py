"""A permission question is answered only by a rule on its act or on the object it names.

Examples of our own (a gym's studio, front desk and lockers), not the held-out or probe
sets'. Each rule-off half shows the wrong sentence the screen keeps out.
"""

from __future__ import annotations

from unittest import mock

from tools.rag.act_objects import english_object
from tools.rag.answer import extractive_answer
from tools.rag.models import Passage


def _answers(question: str, passage: Passage) -> tuple[str, str]:
    """The answer with the screen on, and with it off."""
    on = extractive_answer(question, [passage], max_sentences=1)
    # The subject screens (a way to pay asked, none named) also keep some of these out.
    with (
        mock.patch("tools.rag.answer_reading.asked_act", return_value=None),
        mock.patch("tools.rag.answer.about_another_subject", return_value=False),
    ):
        off = extractive_answer(question, [passage], max_sentences=1)
    return (on.text if on.covered else ""), (off.text if off.covered else "")


def _passage(heading: str, text: str) -> Passage:
    return Passage(chunk_id=heading[:8], source="gym.md", heading=heading, text=text)


def test_the_object_is_read_after_the_verb() -> None:
    assert english_object("can i pay by card at the desk?", frozenset({"pay"})) == {"card"}
    assert english_object("can i lend my gold pass to a friend?", frozenset({"lend"})) == {"pass"}


def test_a_sentence_stating_no_rule_is_no_answer() -> None:
    studio = _passage(
        "Studio classes",
        "The studio opens 15 minutes before each class. Towels are handed out at the door.",
    )
    on, off = _answers("can i cancel my class 15 minutes before it starts?", studio)
    assert on == ""
    assert "opens 15 minutes" in off  # rule off: the opening time


def test_the_act_with_another_object_is_no_answer() -> None:
    desk = _passage(
        "Front desk",
        "Members do not pay the locker fee at the front desk. The desk opens at 7 am.",
    )
    on, off = _answers("can i pay by cash at the front desk?", desk)
    assert on == ""
    assert "do not pay the locker fee" in off  # rule off: paying a fee, not paying by cash


def test_a_narrowed_object_is_no_answer_but_the_object_is() -> None:
    desk = _passage(
        "Front desk",
        "A valid ID card is required for entry to the gym.",
    )
    on, off = _answers("can i pay by card at the gym?", desk)
    assert on == ""
    assert "ID card" in off  # rule off: the ID card
    dogs = _passage("Animals", "Guide dogs are welcome. Other dogs are not allowed in the gym.")
    on, _ = _answers("can i bring my dog to the gym?", dogs)
    assert "Other dogs are not allowed" in on


def test_a_plural_act_noun_names_cases_not_the_act() -> None:
    lockers = _passage("Lockers", "Locker changes are possible only at the front desk.")
    on, off = _answers("can i change my class time?", lockers)
    assert on == ""
    assert "Locker changes" in off  # rule off: changing lockers, not a class time


def test_a_plural_act_noun_of_the_asked_kind_answers() -> None:
    desk = _passage("Paying", "We accept cards and contactless payments at the front desk.")
    on, _ = _answers("can i pay with my watch, like a contactless card?", desk)
    assert "contactless payments" in on
    assert english_object("can i pay with my watch, like a card?", frozenset({"pay"})) == {"watch"}


def test_a_participle_does_not_narrow_the_object() -> None:
    studio = _passage("Studio", "Amplified music must stop at midnight on Saturday.")
    on, _ = _answers("can we play music late on saturday?", studio)
    assert "Amplified music must stop" in on


def test_a_modifier_before_the_object_leaves_it_asked() -> None:
    # A modifier before the object ("my free guest passes") still leaves the pass asked.
    assert english_object("can i use my free guest passes for yoga?", frozenset({"use"})) == {
        "pass"
    }


def test_a_rule_verb_before_the_object_does_not_narrow_it() -> None:
    desk = _passage(
        "Paying",
        "We do not accept cash at the front desk. A course can be paid in two instalments.",
    )
    on, _ = _answers("can i pay in cash at the front desk?", desk)
    assert "do not accept cash" in on  # rule off: "accept" narrowed cash, the instalments won


def test_chat_fillers_end_the_object_phrase() -> None:
    # Rule off ("lol" read as the object's head noun): the towel rule would not count.
    assert english_object("can i bring my yoga mat lol", frozenset({"bring"})) == {"mat"}
    assert english_object("can i bring my own towel pls?", frozenset({"bring"})) == {"towel"}


def test_the_object_counts_in_its_vocabulary_words() -> None:
    # "pics" in chat are photos: a rule on photography answers it.
    studio = _passage(
        "Studio rules",
        "Photography is allowed in the studio without flash. Towels are handed out at the door.",
    )
    on, _ = _answers("can i take pics in the studio?", studio)
    assert "Photography is allowed" in on
    with mock.patch("tools.rag.act_objects.equivalents", return_value=frozenset()):
        off = extractive_answer("can i take pics in the studio?", [studio], max_sentences=1)
    assert not off.covered or "Photography" not in off.text  # rule off: no rule on "pic"
