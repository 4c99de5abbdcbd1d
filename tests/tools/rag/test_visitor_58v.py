"""A facility question is never answered by a staff expense rule (visitor58).

"you got parking?" asks whether the place has parking; the staff rule "Parking and tolls
are reimbursed with a receipt." pays back an employee, a sibling subject's sentence. The
screen of :mod:`tools.rag.visit_setting_57w` (a question set at a patient's visit) now
also reads a question asking whether the place has or offers a thing, in both languages;
a question naming the expense side (reimbursed, claim, 청구) keeps the staff rule.
Pinned on small documents of our own with wordings the workload case files do not hold.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import tools.rag.visit_setting_57w as visit_module
from agents.documents import plan_document_step
from bench.docqa import sample_store
from tests.tools.rag.conftest import small_store
from tools.rag.models import Passage
from tools.rag.store import DocumentStore
from tools.rag.visit_setting_57w import asks_for_a_facility, passages_for_a_visit

_STAFF_PARKING = "Parking and tolls are reimbursed with a receipt."
_CLINIC_PARKING = "Patients get 30 minutes of free parking in the yard behind the building."

_TRAVEL_EN = f"""# Maple Care Staff Travel and Expense Policy

## Meals

Meals on a trip are paid up to 20 pounds a day.

## Own car

Using your own car is paid at 40 pence per mile. {_STAFF_PARKING}

## Claims

Claim your costs through the finance portal within 30 days.
"""

_CLINIC_EN = f"""# Oakfield Family Clinic

## Opening hours

We are open on weekdays from 08:30 to 18:00.

## Getting here

The clinic is at 4 Mill Lane, next to the post office.
{_CLINIC_PARKING}
"""

# Five and more wordings of "has the place got X", none the case file's.
_FACILITY_QUESTIONS = [
    "u got parking??",
    "have you guys got parking",
    "is there any parking",
    "do ya have parking for cars",
    "any parking at the clinic?",
    "주차 돼요?",
    "주차장 있나요",
    "차 대는 곳 있어요?",
]
_EXPENSE_QUESTIONS = ["is parking reimbursed", "can i claim tolls", "주차비 청구돼요?"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    documents = {"travel_en.md": _TRAVEL_EN, "clinic_en.md": _CLINIC_EN}
    yield from small_store(tmp_path_factory.mktemp("data"), "v58", documents)


def _answer(store: DocumentStore, question: str) -> str:
    """The step's quoted answer, or "" when the documents' step is no quote."""
    plan = plan_document_step(store, question, collection="v58", pinned=False)
    return plan.answer if plan.kind == "extractive" else ""


def test_a_facility_question_is_read() -> None:
    for question in [*_FACILITY_QUESTIONS, "yall got wifi", "와이파이 있어요?", "주차 가능해요?"]:
        assert asks_for_a_facility(question), question


@pytest.mark.parametrize(
    "question",
    [
        *_EXPENSE_QUESTIONS,
        # Near misses: the same words, the expense side or a staff rule asked about.
        "is there a parking allowance",
        "does the policy cover parking",
        "is there a cap on hotels",
        "주차비 돼요?",
        "식대 얼마까지 돼요?",
        "where do i park",
    ],
)
def test_an_expense_question_is_no_facility_question(question: str) -> None:
    assert not asks_for_a_facility(question)


@pytest.mark.parametrize("question", _FACILITY_QUESTIONS)
def test_a_facility_question_never_gets_the_staff_rule(store: DocumentStore, question: str) -> None:
    assert "reimbursed" not in _answer(store, question)


@pytest.mark.parametrize("question", _EXPENSE_QUESTIONS)
def test_an_expense_question_still_reads_the_staff_rule(
    store: DocumentStore, question: str
) -> None:
    # The staff rule stays for the step (quoted, or a grounded step's passages); never the
    # clinic's parking line, and never this screen's decline.
    plan = plan_document_step(store, question, collection="v58", pinned=False)
    assert visit_module.STAFF_RULES_AT_A_VISIT not in plan.reasons
    assert _CLINIC_PARKING not in plan.answer
    if plan.kind == "extractive":
        assert _STAFF_PARKING in plan.answer
    else:
        assert plan.kind == "grounded"
        assert any(_STAFF_PARKING in str(p["text"]) for p in plan.passages)


def test_is_parking_reimbursed_quotes_the_staff_rule(store: DocumentStore) -> None:
    assert _STAFF_PARKING in _answer(store, "is parking reimbursed")


def _passage(heading: str, text: str) -> Passage:
    return Passage(chunk_id=heading[:8], source="x.md", text=text, heading=heading)


_STAFF = _passage("Maple Care Staff Travel and Expense Policy > Own car", _STAFF_PARKING)
_CLINIC = _passage("Oakfield Family Clinic > Getting here", _CLINIC_PARKING)


def test_the_facility_reading_drops_the_staff_rules() -> None:
    assert passages_for_a_visit("u got parking??", [_STAFF, _CLINIC]) == ([_CLINIC], [_STAFF])
    assert passages_for_a_visit("주차 돼요?", [_STAFF]) == ([], [_STAFF])
    kept = passages_for_a_visit("can i claim tolls", [_STAFF, _CLINIC])
    assert kept == ([_STAFF, _CLINIC], [])


def test_switched_off_the_staff_rule_answers(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(visit_module, "use_facility_question", False)
    assert passages_for_a_visit("u got parking??", [_STAFF, _CLINIC]) == ([_STAFF, _CLINIC], [])
    assert not asks_for_a_facility("주차 돼요?")


# The workload's way in: the bundled samples (a clinic whose page says how parking works)
# plus the user's own staff expense policy. "you"/"u" asks the user's own documents first
# (tools.rag.addressed_place_52x); its wider search must not bring the staff rule back.
_EXPENSE_DOC = Path(__file__).parents[3] / "bench" / "workload" / "docs" / "expense_policy_en.md"


@pytest.fixture(scope="module")
def sample_plus_policy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    store = sample_store(tmp_path_factory.mktemp("samples"), dense=False, extra=[_EXPENSE_DOC])
    try:
        yield store
    finally:
        store.close()


def _sample_reply(store: DocumentStore, question: str) -> str:
    """The step's reply: a quote, or a decline / "which place" naming documents."""
    return plan_document_step(store, question, collection="devset", pinned=False).answer


@pytest.mark.parametrize(
    "question", ["u got parking?", "do you guys have parking", "have u got parking"]
)
def test_you_asked_of_parking_is_not_the_staff_rule(
    sample_plus_policy: DocumentStore, question: str
) -> None:
    reply = _sample_reply(sample_plus_policy, question)
    assert "reimbursed" not in reply
    assert "expense_policy" not in reply  # nor a "which place" naming the staff policy


def test_you_asked_of_parking_gets_the_staff_rule_when_off(
    sample_plus_policy: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(visit_module, "use_facility_question", False)
    assert "reimbursed" in _sample_reply(sample_plus_policy, "you got parking?")
    assert "expense_policy" in _sample_reply(sample_plus_policy, "do you guys have parking")


@pytest.mark.parametrize(
    "question",
    [
        "KTX 특실 타도 돼요?",  # leave to do something (held-out set 2: the staff rule answers)
        "택시는 언제 탈 수 있나요?",
        "법인카드로 결제해도 되나요?",
        "호텔 업그레이드 할 수 있어요?",
    ],
)
def test_leave_to_do_something_is_no_facility_question(question: str) -> None:
    assert not visit_module.asks_for_a_facility(question)
