"""Rules of brief docx54: document questions across languages, and English follow-ups.

The examples are our own (a dental surgery, a climbing gym), not the workload's questions.
Each rule's test also shows the answer with the rule switched off.
"""

from __future__ import annotations

from unittest import mock

import pytest

from tools.rag import needed_thing_54x
from tools.rag.answer import extractive_answer
from tools.rag.models import Passage


def _passage(chunk_id: str, heading: str, text: str, source: str) -> Passage:
    return Passage(chunk_id=chunk_id, source=source, heading=heading, text=text)


_DENTIST = _passage(
    "d1",
    "Changing your booking",
    "To move or cancel a booking, email the front desk two days ahead. "
    "Moves on the day are possible only when a chair is free.",
    "dentist_en.md",
)
_GYM_KO = _passage(
    "g1",
    "예약 변경",
    "예약을 바꾸거나 취소하려면 하루 전까지 문자로 알려 주세요.",
    "gym_ko.md",
)


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("do we need a booking for the hygienist", "booking"),
        ("Is a booking really required?", "booking"),
        ("my son is 9, does he need a harness?", "harness"),
        ("예약 꼭 필요한가요?", "예약"),
        ("예약해야 돼요?", "예약"),
        ("what do i need to bring", None),
        ("do i need to book first", None),
        ("how long do i need a cast for", None),
        ("며칠 전에 예약해야 돼요?", None),
        ("낼 운전해야돼서요 졸려요?", None),
    ],
)
def test_the_thing_a_need_question_asks_about(question: str, thing: str | None) -> None:
    assert needed_thing_54x.asks_whether_needed(question) == thing


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("Walk-ins are welcome, but booked patients are seen first.", True),
        ("Please bring a photo ID.", True),
        ("예약 없이 오셔도 됩니다.", True),
        ("To move or cancel a booking, email the front desk two days ahead.", False),
        ("예약을 바꾸거나 취소하려면 하루 전까지 문자로 알려 주세요.", False),
    ],
)
def test_what_states_a_rule_of_need(sentence: str, states: bool) -> None:
    assert needed_thing_54x.states_need(sentence) is states


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("do i need a booking", _DENTIST),
        ("is a booking necessary?", _DENTIST),
        ("예약 필요해요?", _GYM_KO),
    ],
)
def test_a_need_question_is_not_answered_by_changing_or_cancelling_the_thing(
    question: str, passage: Passage
) -> None:
    # Without the rule the change/cancel line (or the moves line its heading carries) is
    # quoted as if it said whether a booking is needed.
    assert not extractive_answer(question, [passage]).covered
    with mock.patch.object(needed_thing_54x, "asks_whether_needed", return_value=None):
        assert extractive_answer(question, [passage]).covered


def test_a_need_question_is_still_answered_by_a_rule_of_need() -> None:
    walk_in = _passage(
        "d2",
        "Bookings",
        "You do not need a booking: walk-ins are welcome, but booked patients go first.",
        "dentist_en.md",
    )
    answer = extractive_answer("do i need a booking", [_DENTIST, walk_in])
    assert answer.covered
    assert "walk-ins are welcome" in answer.text
    assert "cancel" not in answer.text
