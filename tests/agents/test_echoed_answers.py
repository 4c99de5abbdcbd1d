"""A model's answer that restates the question, or moves a time limit to another question.

Own examples (a bakery, a bike repair shop), not any held-out set's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from agents import answer_grounding, echoed_answers
from agents.answer_grounding import ungrounded
from agents.echoed_answers import echoed_question
from tools.rag.question import QuestionAnalysis, analyze_question

_BAKERY = (
    "Bakery café hours\n"
    "| Days | Hours |\n| --- | --- |\n| Monday to Saturday | 7 a.m. to 7 p.m. |\n"
    "Bread ordered by phone is kept at the counter until closing."
)
_PHARMACY = "Pharmacy hours\n- Weekdays: 09:00-18:00\n- Sundays and public holidays: closed"


def test_a_yes_that_borrows_a_word_from_another_passage_is_ungrounded() -> None:
    question = "is the bakery cafe open on public holidays?"
    answer = "The bakery cafe is open on public holidays."
    why = ungrounded(answer, question, [_BAKERY, _PHARMACY])
    assert why is not None and "restates the question" in why
    assert "bakery" in why and "holiday" in why


def test_a_stressed_restatement_is_still_a_restatement() -> None:
    question = "is the bakery cafe open on public holidays?"
    for answer in (
        "The bakery cafe is indeed open on public holidays.",
        "Yes, the bakery cafe is actually always open on public holidays.",
    ):
        assert echoed_question(answer, question, [_BAKERY, _PHARMACY]) is not None, answer


def test_the_same_in_korean() -> None:
    question = "빵집 카페 공휴일에도 문 열어요?"
    answer = "네, 빵집 카페는 공휴일에도 문 열어요."
    bakery = "빵집 카페 영업시간\n월~토 오전 7시~오후 7시"
    pharmacy = "약국 운영 시간\n일요일과 공휴일: 휴무"
    assert echoed_question(answer, question, [bakery, pharmacy]) is not None


def test_a_restated_answer_one_passage_supports_is_kept() -> None:
    question = "can i bring my dog to the bakery cafe?"
    answer = "No, you cannot bring your dog to the bakery cafe."
    passage = "Bakery café rules\nPlease do not bring pets; only guide dogs are allowed inside."
    assert ungrounded(answer, question, [passage, _PHARMACY]) is None


def test_an_answer_adding_a_fact_is_not_an_echo() -> None:
    question = "is the bakery cafe open on saturdays?"
    answer = "Yes, on Saturdays it is open from 7 a.m. to 7 p.m."
    assert echoed_question(answer, question, [_BAKERY, _PHARMACY]) is None


def test_a_question_asking_a_kind_of_thing_is_left_to_the_other_checks() -> None:
    question = "when does the bakery cafe open on public holidays?"
    assert echoed_question("It opens on public holidays.", question, [_BAKERY, _PHARMACY]) is None


_REPAIRS = (
    "# Spoke & Chain repair price list 2025\n"
    "Repairs are done in the order bikes are dropped off. When your bike is ready, you have "
    "5 days to collect it. If it is not collected within 5 days, a storage fee applies."
)


def test_a_time_to_act_is_not_how_long_a_wait_lasts() -> None:
    # The 5 of "2025" is no "5 days": every sentence stating 5 days gives a time to act.
    answer = "The repair queue usually lasts 5 days."
    why = ungrounded(answer, "how long is the repair queue usually?", [_REPAIRS])
    assert why is not None and "something else" in why


def test_asked_for_the_time_to_act_the_limit_answers() -> None:
    answer = "You have 5 days to collect it."
    assert ungrounded(answer, "how long do i have to collect my bike?", [_REPAIRS]) is None


def test_the_question_is_analysed_once_per_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every check of one answer reads the same analysis of the question: the misread-figure,
    # echo and off-question checks each used to run their own.
    runs: list[str] = []

    def counted(question: str, known: Callable[[str], bool] | None = None) -> QuestionAnalysis:
        runs.append(question)
        return analyze_question(question, known)

    for module in (answer_grounding, echoed_answers):
        monkeypatch.setattr(module, "analyze_question", counted)
    question = "what time does the bakery cafe open on saturdays?"
    assert ungrounded("The bakery cafe opens at 7 a.m. on Saturdays.", question, [_BAKERY]) is None
    assert runs == [question]


_CLIMBING_GYM = (
    "| Membership | Yearly fee | Guest passes per year |\n"
    "| --- | --- | --- |\n| Basic | $200 | 2 |\n| Plus | $320 | 6 |\n"
    "Membership lasts twelve months. The card is personal and cannot be lent.\n"
    "Plus members may use the bouldering wall one hour early, from 7:00 to 8:00, on Sundays only."
)


@pytest.mark.parametrize(
    "answer",
    [
        "The document says that members may bring guests to the sunday early hour.",
        "Yes, members may bring guests to the Sunday early hour.",
    ],
)
def test_terms_one_chunk_names_only_far_apart_are_not_together(answer: str) -> None:
    # The chunk names guests (its table) and the Sunday early hour (lines later), but
    # never guests at the early hour; "the document says" is framing, not new content.
    question = "Can members bring guests to the sunday early hour?"
    assert echoed_question(answer, question, [_CLIMBING_GYM]) is not None


def test_a_rule_in_the_sentence_after_its_subject_is_together() -> None:
    orchard = (
        "Orchard visits\nThe orchard is open to members from April to October. "
        "Dogs are not allowed, except guide dogs. Picnics are welcome on the lawn."
    )
    question = "Can I bring my dog to the orchard?"
    for answer in (
        "No, you cannot bring your dog to the orchard.",
        "According to the document, you cannot bring your dog to the orchard.",
    ):
        assert echoed_question(answer, question, [orchard]) is None, answer
