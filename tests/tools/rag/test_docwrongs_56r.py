"""Wrong document answers docwrongs56 closed, on documents of our own (not the workload's).

- tools.rag.negated_other_item_56r: a refusal stated of another item of the asked item's
  section ("Limousines are never reimbursed" under Taxis) is no answer.
- tools.rag.compound_kinds_56r: 병가 (sick leave) is no answer to "annual leave" when the
  document writes 연차, the asked kind's own word.
- tools.rag.made_up_lines_56r: "<X> is a fictional … used as sample data" answers only a
  question about the document or its being real.
- tools.rag.unnamed_booking_56r: a Korean booking question naming no place is put to the
  user's own Korean document, not the bundled sample clinic.

Each rule-off half shows the wrong sentence the rule keeps out.
tests/bench/test_workload_probes55_docwrongs.py runs the conversations that found them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from unittest import mock

import pytest

from tools.rag.addressed_place_52x import own_place_answer
from tools.rag.answer import extractive_answer
from tools.rag.made_up_lines_56r import declares_made_up
from tools.rag.models import ExtractiveAnswer, Passage
from tools.rag.payout_questions import misses_payout
from tools.rag.question import analyze_question
from tools.rag.unnamed_booking_56r import asks_booking_naming_no_place


def _passage(heading: str, text: str, source: str = "policy.md") -> Passage:
    return Passage(chunk_id=f"{source}:{heading}", source=source, heading=heading, text=text)


def _text(answer: ExtractiveAnswer) -> str:
    return answer.text if answer.covered else ""


# --- negated_other_item_56r ---------------------------------------------------------------

_TAXIS = _passage(
    "Travel costs > Taxis",
    "Staff on late shifts may claim up to 20,000 won a month for taxis. "
    "Limousines are never reimbursed.",
)
_MEALS_KO = _passage(
    "출장비 규정 > 식대",
    "출장 중 식대는 하루 2만 원까지 청구할 수 있습니다. 주류는 환급되지 않습니다.",
)


@pytest.mark.parametrize(
    ("question", "passage", "refusal"),
    [
        ("can i get reimbursed for taxis?", _TAXIS, "Limousines"),
        ("are taxis reimbursed?", _TAXIS, "Limousines"),
        ("식대 환급돼요?", _MEALS_KO, "주류"),
    ],
)
def test_a_refusal_of_another_item_is_no_answer(
    question: str, passage: Passage, refusal: str
) -> None:
    on = _text(extractive_answer(question, [passage]))
    with mock.patch("tools.rag.subject_screens.negates_another_item", return_value=False):
        off = _text(extractive_answer(question, [passage]))
    assert refusal not in on
    assert refusal in off  # rule off: the other item's refusal read as the answer


@pytest.mark.parametrize("question", ["can i get reimbursed for taxis?", "are taxis reimbursed?"])
def test_a_claim_up_to_answers_a_reimbursement_question(question: str) -> None:
    # "may claim" is a payment to the asker (tools.rag.payout_questions), not a charge.
    assert "may claim up to 20,000 won" in _text(extractive_answer(question, [_TAXIS]))
    assert not misses_payout(question, "Staff may claim up to 20,000 won for meals.")
    assert misses_payout(question, "If you lose your claim ticket, the fee is 10,000 won.")


def test_the_refusal_still_answers_its_own_item() -> None:
    assert "Limousines are never reimbursed" in _text(
        extractive_answer("are limousines reimbursed?", [_TAXIS])
    )


# --- compound_kinds_56r --------------------------------------------------------------------

_LEAVE_DOC = (
    "# 휴가 규정\n\n## 연차\n\n연차는 인사팀 포털에서 신청합니다.\n\n"
    "## 병가\n\n병가는 1년에 최대 30일까지 쓸 수 있습니다.\n"
)
_SICK = _passage("휴가 규정 > 병가", "병가는 1년에 최대 30일까지 쓸 수 있습니다.", "leave_ko.md")


def _leave_answer(question: str) -> str:
    return _text(extractive_answer(question, [_SICK], document_text=lambda _p: _LEAVE_DOC))


@pytest.mark.parametrize(
    "question",
    [
        "how many days of annual leave can i take?",
        "how many annual leave days do i have?",
        "how long is annual leave?",
    ],
)
def test_another_kind_of_leave_is_no_answer_for_annual_leave(question: str) -> None:
    on = _leave_answer(question)
    with mock.patch("tools.rag.answer.names_other_compound_kind", return_value=False):
        off = _leave_answer(question)
    assert "병가" not in on
    assert "병가는 1년에 최대 30일" in off  # rule off: sick leave given for annual leave


def test_the_kind_the_sentence_names_is_still_answered() -> None:
    assert "30일" in _leave_answer("how many days of sick leave can i take?")


# --- made_up_lines_56r ---------------------------------------------------------------------

_DENTIST = _passage(
    "Visitor information",
    "Maple Dental is a fictional practice used as sample data. "
    "The practice is on the 2nd floor of 5 Oak Street.",
    "dentist.md",
)
_DENTIST_KO = _passage(
    "방문 안내",
    "메이플 치과는 예시 데이터로 만든 가상의 치과입니다. 치과는 오크로 5번지 2층에 있습니다.",
    "dentist_ko.md",
)


@pytest.mark.parametrize(
    "question",
    ["where is the practice?", "where is the dental practice?", "where's the practice located?"],
)
def test_a_line_declaring_its_subject_made_up_is_no_location(question: str) -> None:
    on = _text(extractive_answer(question, [_DENTIST], max_sentences=1))
    with mock.patch("tools.rag.answer.declares_made_up", return_value=False):
        off = _text(extractive_answer(question, [_DENTIST], max_sentences=1))
    assert "2nd floor" in on
    assert "fictional" in off  # rule off: the disclaimer given as the location


def test_a_question_about_being_real_may_read_the_disclaimer() -> None:
    assert not declares_made_up("is this a real practice?", _DENTIST.text)
    assert declares_made_up("where is it?", _DENTIST.text)
    # Korean: "…은 예시 데이터로 만든 가상의 치과입니다" (the line holds no place either).
    assert declares_made_up("치과 어디 있어요?", _DENTIST_KO.text.split(". ")[0])
    assert not declares_made_up("실제 치과예요?", _DENTIST_KO.text)


# --- unnamed_booking_56r -------------------------------------------------------------------

_SAMPLE = _passage(
    "진료 안내 > 예약 변경",
    "예약 취소는 진료 전날 오후 6시까지 전화로 알려 주세요.",
    "data/samples/clinic_guide.md",
)
_GYM = _passage(
    "요가원 안내 > 예약",
    "예약 취소는 수업 2시간 전까지 앱에서 해 주세요.",
    "own/yoga_ko.md",
)
_GYM_EN = _passage(
    "Yoga studio > Booking",
    "Cancel a booking in the app up to 2 hours before the class.",
    "own/yoga_en.md",
)


class _Docs:
    """The store's two calls own_place_answer makes, over fixed passages."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.passages = list(passages)

    def search(self, question: str, *, collection: str, k: int) -> list[Passage]:
        return self.passages[:k]

    def extractive_answer(self, question: str, passages: Sequence[Passage], **kw: Any) -> Any:
        return extractive_answer(question, passages)


def _own(question: str, own: Passage) -> ExtractiveAnswer | None:
    sample = extractive_answer(question, [_SAMPLE])
    assert sample.covered, sample
    decision = own_place_answer(
        _Docs([_SAMPLE, own]), question, analyze_question(question), sample, [_SAMPLE], "c"
    )
    return None if decision is None else decision.answer


@pytest.mark.parametrize(
    "question",
    ["예약 취소 언제까지 해야 돼요?", "예약취소 언제까지 해요", "예약 취소는 언제까지예요?"],
)
def test_a_booking_asked_of_no_place_is_the_users_own(question: str) -> None:
    mine = _own(question, _GYM)
    assert mine is not None and "2시간 전까지" in mine.text
    with mock.patch(
        "tools.rag.addressed_place_52x.asks_booking_naming_no_place", return_value=False
    ):
        assert _own(question, _GYM) is None  # rule off: the sample clinic's deadline stays


def test_a_korean_booking_question_is_not_put_to_an_english_document() -> None:
    assert _own("예약 취소 언제까지 해야 돼요?", _GYM_EN) is None


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("예약 안하고 가도 돼요?", True),
        ("예약취소 언제까지 해야되요", True),
        ("요가원 예약 어떻게 해요?", False),  # names its place
        ("how do i cancel a booking?", False),  # English: addressed_place_52x's own rules
    ],
)
def test_the_form(question: str, asks: bool) -> None:
    assert asks_booking_naming_no_place(question) is asks


def test_without_is_no_refusal() -> None:
    # "위약금 없이 취소하거나 … 바꿀 수 있습니다" permits; held-out 39's typhoon question lost
    # its answer when "없이" was read as a refusal of another item.
    from tools.rag.negated_other_item_56r import _KO_NEGATION

    assert _KO_NEGATION.search("특보가 내리면 위약금 없이 취소할 수 있습니다.") is None
    assert _KO_NEGATION.search("날짜와 관계없이 바꿀 수 있습니다.") is None
    assert _KO_NEGATION.search("주류는 환급되지 않습니다.") is not None
    assert _KO_NEGATION.search("술은 가져올 수 없습니다.") is not None
