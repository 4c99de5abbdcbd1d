"""Two wrong document answers of main, read by their form (whowrong57).

Pinned on small documents of our own (a library's staff travel rules, a dental clinic's
visitor page), with variants the workload case files do not hold:

- "who do i go through to book a hotel" is not answered by a sentence whose only
  capitalised word is a city ("... a night in Manchester"), but by "the travel desk"
  (tools.rag.who_names_57w, hooked into tools.rag.answer_types);
- "can i get my parking paid back when i come to the dentist" is set at a patient's visit:
  the staff rule "Parking is reimbursed with a receipt" does not answer it, the clinic's
  own page does or the documents decline (tools.rag.visit_setting_57w).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import tools.rag.visit_setting_57w as visit_module
import tools.rag.who_names_57w as who_module
from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.answer_types import answer_type, has_answer_type
from tools.rag.models import Passage
from tools.rag.store import DocumentStore
from tools.rag.visit_setting_57w import asks_at_a_care_visit, passages_for_a_visit
from tools.rag.who_names_57w import names_who

_CITY_CAP = "Hotel stays are paid up to 95 pounds a night in Manchester and 80 pounds elsewhere."
_STAFF_PARKING = "Parking is reimbursed with a receipt."

_TRAVEL_EN = f"""# Lakeside Library Staff Travel and Expense Policy

## Hotels

{_CITY_CAP} Book through the travel desk whenever possible.

## Own car

Using your own car is paid at 40 pence per mile. {_STAFF_PARKING}
"""

_DENTAL_EN = """# Riverside Dental Clinic

## Opening hours

- Weekdays: 08:30–18:00

Our dentists see patients by appointment. Please come ten minutes before your visit.

## Changing your appointment

To move a checkup, call 555-0188 on the day before your visit.

## Getting here and parking

The clinic is at 4 Mill Lane, next to the post office.
Patients get 30 minutes of free parking in the yard behind the building.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    documents = {"travel_en.md": _TRAVEL_EN, "dental_en.md": _DENTAL_EN}
    yield from small_store(tmp_path_factory.mktemp("data"), "w57", documents)


def _answer(store: DocumentStore, question: str) -> str:
    """The step's quoted answer, or "" when the documents' step is no quote."""
    plan = plan_document_step(store, question, collection="w57", pinned=False)
    return plan.answer if plan.kind == "extractive" else ""


def test_a_city_alone_does_not_say_who() -> None:
    asked = "who do i go through to book a hotel"
    assert answer_type(asked) == "person"
    assert not has_answer_type(_CITY_CAP, "person", question=asked)
    assert not names_who("Our branches are in Leeds, York and Hull.")
    assert not names_who("The office is closed on Monday.")
    # A desk, a team, a named person answer who; a place question still takes the city.
    assert has_answer_type("Book through the travel desk.", "person", question=asked)
    assert names_who("Send the form to the HR department.")
    assert names_who("In Leeds, ask Ms. Carter.")
    assert has_answer_type(_CITY_CAP, "place", question="where are hotels paid more")


def test_a_city_answers_who_when_the_rule_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(who_module, "use_who_names", False)
    assert has_answer_type(_CITY_CAP, "person", question="who books hotels")


@pytest.mark.parametrize(
    "question",
    [
        "who do i go through to book a hotel",
        "who books my hotel stays",
        "호텔 예약은 누구한테 해요?",
    ],
)
def test_who_books_the_hotel_is_never_the_city_cap(store: DocumentStore, question: str) -> None:
    # The desk's line (the cap's line may lead it, naming the hotel stays) or a decline.
    quoted = _answer(store, question)
    assert quoted == "" or "Book through the travel desk" in quoted


def test_the_travel_desk_answers_who(store: DocumentStore) -> None:
    assert "travel desk" in _answer(store, "who do i go through to book a hotel")


def test_the_city_cap_answers_who_when_the_rule_is_off(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(who_module, "use_who_names", False)
    assert _answer(store, "who do i go through to book a hotel") == f"{_CITY_CAP} [1]"


def test_a_care_visit_is_read() -> None:
    assert asks_at_a_care_visit("can i get my parking paid back when i come to the dentist")
    assert asks_at_a_care_visit("is parking refunded for patients")
    assert asks_at_a_care_visit("do i get parking back after my checkup")
    assert asks_at_a_care_visit("치과 갈 때 주차비 돌려받아요?")
    # A work trip, or no visit: the staff rule may be the one asked about.
    assert not asks_at_a_care_visit("is parking reimbursed when i drive to a client")
    assert not asks_at_a_care_visit("when i visit the hospital for work is parking paid")
    assert not asks_at_a_care_visit("is parking reimbursed")


@pytest.mark.parametrize(
    "question",
    [
        "can i get my parking paid back when i come to the dentist",
        "is parking reimbursed when i visit the clinic for my appointment",
        "치과 갈 때 주차비 환급돼요?",
    ],
)
def test_a_patients_parking_is_no_staff_rule(store: DocumentStore, question: str) -> None:
    assert _STAFF_PARKING not in _answer(store, question)


def _passage(heading: str, text: str) -> Passage:
    return Passage(chunk_id=heading[:8], source="x.md", text=text, heading=heading)


_STAFF_PASSAGE = _passage(
    "Lakeside Library Staff Travel and Expense Policy > Own car", _STAFF_PARKING
)
_CLINIC_PASSAGE = _passage("Riverside Dental Clinic > Getting here and parking", "Free parking.")


def test_a_care_visit_drops_the_staff_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    passages = [_STAFF_PASSAGE, _CLINIC_PASSAGE]
    asked = "can i get my parking paid back when i come to the dentist"
    assert passages_for_a_visit(asked, passages) == ([_CLINIC_PASSAGE], [_STAFF_PASSAGE])
    korean = passages_for_a_visit("병원 갈 때 주차비 환급돼요?", [_STAFF_PASSAGE])
    assert korean == ([], [_STAFF_PASSAGE])
    work = "is parking reimbursed when i drive to a client"
    assert passages_for_a_visit(work, passages) == (passages, [])
    monkeypatch.setattr(visit_module, "use_visit_setting", False)
    assert passages_for_a_visit(asked, passages) == (passages, [])


def test_a_work_trip_still_takes_the_staff_rule(store: DocumentStore) -> None:
    assert _STAFF_PARKING in _answer(store, "is parking reimbursed when i drive to a client")
