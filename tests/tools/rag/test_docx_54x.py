"""Rules of brief docx54: document questions across languages, and English follow-ups.

The examples are our own (a dental surgery, a climbing gym), not the workload's questions.
Each rule's test also shows the answer with the rule switched off.
"""

from __future__ import annotations

from unittest import mock

import pytest

from tools.rag import answer as answer_module
from tools.rag import (
    answer_reading,
    needed_thing_54x,
    ordinal_periods_54x,
    speaking_organisation_54x,
    stray_passages_54x,
)
from tools.rag import excused_terms as excused_terms_module
from tools.rag.answer import extractive_answer
from tools.rag.crosslingual import counted_equivalents
from tools.rag.excused_terms import excused_terms
from tools.rag.models import Passage
from tools.rag.question import analyze_question


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


# --- An ordinal counting a period names no subject (tools.rag.ordinal_periods_54x) ---------

_LEAVE_KO = _passage(
    "l1",
    "휴가 규정 > 연차 휴가",
    "입사 1년 차 직원은 매월 1일의 연차가 생기며, "
    "1년 이상 근무한 직원은 매년 15일의 연차를 받습니다.",
    "leave_ko.md",
)


def _frequency(token: str) -> int:
    # "first" is held elsewhere in the collection ("on your first visit"), by one chunk,
    # and none of its Korean words are; the leave words are common.
    if token == "first":
        return 1
    return 0 if token in counted_equivalents("first") else 5


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("how much leave after my first year", {"first"}),
        ("what's the fee in the second month of the course", {"second"}),
        ("can i cancel in the last week before the trip", {"last"}),
        ("첫 달에는 수업료가 얼마예요?", {"첫"}),
        ("is it my first visit", set()),
    ],
)
def test_ordinal_period_terms(question: str, terms: set[str]) -> None:
    assert ordinal_periods_54x.ordinal_period_terms(question) == terms


def test_an_ordinal_before_a_year_is_not_the_subject_the_passage_must_hold() -> None:
    question = "how many days of annual leave do I get after my first year"
    answer = extractive_answer(question, [_LEAVE_KO], frequency=_frequency)
    assert answer.covered and "15일" in answer.text
    # With the rule off "first" is the rare subject no retrieved passage holds.
    with mock.patch.object(answer_reading, "ordinal_period_terms", return_value=set()):
        off = extractive_answer(question, [_LEAVE_KO], frequency=_frequency)
    assert not off.covered


# --- Another passage's sentence joins the best only naming what it names (stray_passages_54x)

_SICK_KO = _passage(
    "l2", "휴가 규정 > 병가", "병가는 1년에 최대 60일까지 쓸 수 있습니다.", "leave_ko.md"
)


def test_a_sentence_of_another_kind_of_leave_is_not_quoted_with_the_answer() -> None:
    question = "how many days of annual leave do I get each year"
    answer = extractive_answer(question, [_LEAVE_KO, _SICK_KO])
    assert "15일" in answer.text
    assert "병가" not in answer.text
    with mock.patch.object(answer_module, "strays_from_best", return_value=False):
        off = extractive_answer(question, [_LEAVE_KO, _SICK_KO])
    assert "병가" in off.text


# --- The organisation a passage speaks as (tools.rag.speaking_organisation_54x) -----------

_PHARMACY_EN = _passage(
    "p1",
    "Insurance",
    "We do not send claims to insurers ourselves. Ask the counter for a receipt.",
    "pharmacy_en.md",
)
_PHARMACY_KO_THIRD = _passage(
    "p2", "보험", "약국은 보험사에 직접 청구하지 않습니다.", "pharmacy_ko.md"
)


@pytest.mark.parametrize(
    ("question", "passages", "terms"),
    [
        ("약국이 보험사에 바로 청구해 주나요?", [_PHARMACY_EN], {"약국"}),
        ("병원에서 서류 떼어 줘요?", [_PHARMACY_EN], {"병원"}),
        ("은행이 대신 신청해 줄 수 있어요?", [_PHARMACY_EN], {"은행"}),
        # No passage speaks as the organisation: the place stays a topic.
        ("약국이 보험사에 바로 청구해 주나요?", [_PHARMACY_KO_THIRD], set()),
        # The place is not the one doing something for the asker.
        ("약국 몇 시에 열어요?", [_PHARMACY_EN], set()),
    ],
)
def test_speaking_organisation_terms(
    question: str, passages: list[Passage], terms: set[str]
) -> None:
    assert speaking_organisation_54x.speaking_organisation_terms(question, passages) == terms


def test_the_organisation_is_excused_by_the_planners_framing_hook() -> None:
    question = "약국이 보험사에 바로 청구해 주나요?"
    docs = mock.Mock()
    docs.document_mentions.return_value = True
    asked = analyze_question(question)
    assert "약국" in excused_terms(docs, question, asked, [_PHARMACY_EN])
    with mock.patch.object(
        excused_terms_module, "speaking_organisation_terms", return_value=frozenset()
    ):
        assert "약국" not in excused_terms(docs, question, asked, [_PHARMACY_EN])


def test_a_condition_of_having_the_thing_states_its_need() -> None:
    # "do i need a receipt …": "reimbursed with a receipt" is the answer, as is an order to
    # hand it in.
    assert needed_thing_54x.states_need("Fuel is paid back with a receipt.")
    assert needed_thing_54x.states_need("Send each claim with the original receipts attached.")
    assert needed_thing_54x.states_need("영수증을 첨부해 제출합니다.")
    fuel = _passage("f1", "Fuel", "Fuel is paid back with a receipt.", "travel_en.md")
    assert extractive_answer("do i need a receipt for fuel", [fuel]).covered


def test_a_same_language_sentence_of_another_passage_is_still_quoted() -> None:
    # Matched word for word, not through the loose bridge: "Friday 16:00–23:00" names no
    # "opening" but is the line that answers (held-out set 44's form).
    phone = _passage(
        "a1", "Contact", "Phone: 0113 496 0000 (Tuesday to Sunday during opening hours)", "x.md"
    )
    hours = _passage("a2", "Hours", "Friday 16:00–23:00", "x.md")
    best = (1.0, 1.0, 0, 0, "Phone: 0113 496 0000 (Tuesday to Sunday during opening hours)")
    line = (0.8, 0.5, 1, 0, "Friday 16:00–23:00")
    weighted = [("open", frozenset({"open", "opening"})), ("friday", frozenset({"friday"}))]
    assert not stray_passages_54x.strays_from_best(
        "opening times friday", line, best, [phone, hours], weighted
    )
    assert stray_passages_54x.strays_from_best(
        "영업시간 금요일", line, best, [phone, hours], weighted
    )
