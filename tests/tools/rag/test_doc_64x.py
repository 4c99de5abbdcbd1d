"""Held-out 53's lost right answer to "charger stopped after 2 minutes, am i billed for that".

Two rules, each with its own wordings, near misses and switch-off:

- The light stemmer undoubles the consonant a verb doubles before "-ed"/"-ing":
  "stopped" was indexed as "stopp" and never met the guide's "stops" ("documents never
  mention: stopp").
- A sentence's English upper bound written before its figure ("stops within the first 5
  minutes") states every figure up to it: the local model's right answer was refused as
  "the passages state 5 of something else", the question's own 2 minutes being no 5.
"""

from __future__ import annotations

import pytest

import tools.rag.figures as figures
import tools.rag.textutil as textutil
from agents.answer_grounding import ungrounded
from tests.tools.rule_switch import off
from tools.rag.figures import figure_conflict
from tools.rag.textutil import tokenize

UNDOUBLE_OFF = off(textutil, "_UNDOUBLE", False)
THRESHOLDS_OFF = off(figures, "_THRESHOLDS", False)

# (an inflected form with its doubled consonant, the base form a document writes)
DOUBLED = [
    ("the parcel was shipped on monday", "ship parcels with us"),
    ("i planned a visit", "plan your visit"),
    ("patients admitted overnight", "admit patients at night"),
    ("the booking was transferred", "transfer a booking"),
    ("the meeting was dropped", "drop off your keys"),
    ("the card was scanned twice", "scan your card"),
    ("a referred patient", "refer patients"),
]


@pytest.mark.parametrize(("inflected", "base"), DOUBLED)
def test_a_doubled_consonant_meets_its_base_form(
    inflected: str, base: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    verb = tokenize(base)[0]  # the base sentence's verb, as the index holds it

    assert verb in tokenize(inflected)
    UNDOUBLE_OFF(monkeypatch)
    assert verb not in tokenize(inflected)


# Near misses: the word's own double letter stays ("bill", not "bil"; "add", not "ad").
@pytest.mark.parametrize(
    ("word", "stem"),
    [("billed", "bill"), ("passed", "pass"), ("added", "add"), ("buzzing", "buzz"),
     ("dressed", "dress"), ("stuffed", "stuff"), ("ebbed", "ebb"),
     # A verb of three letters keeps its double: its -ing form is mostly a noun of its own
     # ("Getting here", "settings"; test_docen57's parking money back).
     ("getting", "gett"), ("settings", "sett")],
)  # fmt: skip
def test_a_double_letter_of_the_word_itself_stays(word: str, stem: str) -> None:
    assert tokenize(word) == [stem]


# (question with its own figure, a sentence stating the rule's threshold)
WITHIN_THRESHOLD = [
    ("my parcel arrived damaged after 3 days, can i return it",
     "Damaged items can be returned within 14 days of delivery."),
    ("the class was cancelled 20 minutes before, do i get a refund",
     "If we cancel a class less than 60 minutes before it starts, you get a full refund."),
    ("my kid is 8 years old, does she need a ticket",
     "Children under 12 years travel free with an adult."),
    ("can i keep the room for 2 hours",
     "Rooms can be booked for up to 3 hours per day."),
    ("the bus was 4 minutes late, can i claim",
     "Delays of no more than 5 minutes are not refunded."),
    ("i returned the laptop after 30 minutes, is there a charge",
     "Laptops returned in the first 45 minutes are not charged."),
]  # fmt: skip


@pytest.mark.parametrize(("question", "sentence"), WITHIN_THRESHOLD)
def test_a_question_figure_under_the_rule_s_threshold_is_stated(
    question: str, sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not figure_conflict(question, sentence)
    THRESHOLDS_OFF(monkeypatch)
    assert figure_conflict(question, sentence)


# Near misses: a figure beyond the threshold, and a question's own "under" (no range).
BEYOND_THRESHOLD = [
    ("my parcel arrived damaged, can i return it after 20 days",
     "Damaged items can be returned within 14 days of delivery."),
    ("can i keep the room for 5 hours", "Rooms can be booked for up to 3 hours per day."),
    ("the bus was 10 minutes late, can i claim",
     "Delays of no more than 5 minutes are not refunded."),
    ("is parking free for under 3 hours", "Parking is free for 4 hours."),
]  # fmt: skip


@pytest.mark.parametrize(("question", "sentence"), BEYOND_THRESHOLD)
def test_a_figure_beyond_the_threshold_still_conflicts(question: str, sentence: str) -> None:
    assert figure_conflict(question, sentence)


def test_the_held_out_53_answer_is_grounded(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "charger stopped after 2 minutes, am i billed for that"
    passages = [
        "- If a session fails to start or stops within the first 5 minutes, you are not "
        "charged for it.\n- If a charger delivers less than half its rated power for the "
        "whole session, we credit 20% of the session cost to your account."
    ]
    answer = "No. If a session stops within the first 5 minutes, you are not charged for it."
    assert ungrounded(answer, question, passages) is None
    assert ungrounded("No, within the first 8 minutes it is free.", question, passages)
    THRESHOLDS_OFF(monkeypatch)
    assert ungrounded(answer, question, passages) is not None
    assert "stop" in tokenize(question)
