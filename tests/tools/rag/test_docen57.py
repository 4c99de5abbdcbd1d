"""English document questions whose wording names the document's thing in other words (docen57).

Each rule is pinned on small documents of our own (a physiotherapy practice's visitor page,
a museum's staff travel rules), with variants the workload case files do not hold and a near
miss that must still decline or stay as typed:

- a chat-clipped booking moved "to another day" is a changed booking (booking_changes_52d);
- "from a client visit" is the work setting of a trip's cost rule (travel_setting_51d);
- "get my parking money back" asks whether parking is reimbursed, "when does the claim
  money show up" when it is paid (question_wording_52t);
- "driving my own car" uses the car as "drive" does (vocabulary.tsv [instruments]);
- "what time do you close": "time" is the clock time a span states, so the user's own
  hours table answers before the sample clinic's curated hours (hours_kind_words_55q).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import graphs.faq_own_documents_54f as own_first_module
from agents.documents import DocPlan, plan_document_step
from graphs.faq_own_documents_54f import faq_yields_to_own_document
from tests.tools.rag.conftest import small_store
from tools.faq import FaqBook
from tools.rag import crosslingual
from tools.rag.booking_changes_52d import with_booking_change_worded
from tools.rag.instrument_verbs import instrument_links
from tools.rag.question_wording_52t import with_wording_plain
from tools.rag.store import DocumentStore
from tools.rag.textutil import english_tokens
from tools.rag.travel_setting_51d import travel_setting_terms

_PHYSIO_EN = """# Northgate Physiotherapy

## Opening hours

- Weekdays: 08:00–19:00
- Saturday: 09:00–12:00

## Changing a booking

To change or cancel an appointment, phone 555-0142 at least 24 hours ahead.

## Getting here

Free parking for patients is in the yard behind the building.
"""

_MUSEUM_TRAVEL_EN = """# Harbour Museum Staff Travel Rules

## Daily costs

Staff on a trip may claim up to 25 pounds per day for meals. Alcohol is not reimbursed.

## Own car

Using your own car is paid at 40 pence per mile. Parking is reimbursed with a receipt.

## Claims

Claims are paid with the next monthly salary.
"""

# Where the collection holds driving (운전, the everyday vocabulary's drive) at all.
_LEAFLET_KO = """# 복약 안내

## 주의

이 약을 먹은 뒤에는 운전을 하지 마세요. 졸릴 수 있습니다.
"""

_DOCUMENTS = {
    "physio_en.md": _PHYSIO_EN,
    "museum_travel_en.md": _MUSEUM_TRAVEL_EN,
    "leaflet_ko.md": _LEAFLET_KO,
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    with crosslingual.everyday_vocabulary(True):
        yield from small_store(tmp_path_factory.mktemp("data"), "d57", _DOCUMENTS)


def _quoted(store: DocumentStore, question: str) -> str:
    """The step's quoted answer, or "" when the documents' step is no quote."""
    with crosslingual.everyday_vocabulary(True):
        plan = plan_document_step(store, question, collection="d57", pinned=False)
    return plan.answer if plan.kind == "extractive" else ""


def _nothing_held(words: list[str]) -> list[str]:
    return words


def test_a_clipped_booking_moved_to_another_day_is_changed() -> None:
    worded = with_booking_change_worded
    assert worded("pls move my appt to another day", _nothing_held) == "pls change my appointment"
    assert worded("can i push back my appts to a later date", _nothing_held) == (
        "can i change my appointments"
    )
    assert worded("how do i reschedule my booking for a different time", _nothing_held) == (
        "how do i change my booking"
    )
    # A named day stays: whether that day is free is asked, and no rule says.
    assert worded("move my appt to friday", _nothing_held) == "change my appointment to friday"
    # No booking moved: left as typed.
    assert worded("can i move my car to another day", _nothing_held) == (
        "can i move my car to another day"
    )


def test_a_clipped_booking_is_answered_by_the_change_rule(store: DocumentStore) -> None:
    assert "555-0142" in _quoted(store, "how do i move my appt to another day")
    assert "555-0142" in _quoted(store, "how can i shift my appt to a different date")


def test_a_client_visit_is_a_work_trips_setting(store: DocumentStore) -> None:
    claimed = travel_setting_terms("can i claim tolls from a client visit")
    assert claimed == frozenset({"client", "visit"})
    assert travel_setting_terms("parking on a customer's trip") == frozenset({"customer", "trip"})
    # A visit of one's own errand is no work setting.
    assert travel_setting_terms("parking during a museum visit") == frozenset()
    assert "receipt" in _quoted(store, "is parking reimbursed after a client meeting")


def test_money_back_for_a_cost_asks_it_reimbursed(store: DocumentStore) -> None:
    parking = with_wording_plain("can i get my parking money back")
    assert parking == "can i get my parking reimbursed"
    assert with_wording_plain("getting the hotel money back?") == "getting the hotel reimbursed?"
    # No cost named: the money itself is asked about, left as typed.
    assert with_wording_plain("do i get my money back if i cancel") == (
        "do i get my money back if i cancel"
    )
    assert "receipt" in _quoted(store, "can i get parking money back from a customer visit")
    # A cost the rules never name still declines (no sibling's sentence).
    assert _quoted(store, "can i get my taxi money back from a client visit") == ""


def test_a_claims_money_showing_up_is_its_being_paid(store: DocumentStore) -> None:
    assert with_wording_plain("when will the claim money come through") == (
        "when will the claim get paid"
    )
    # No paid-back cost named: left as typed.
    assert with_wording_plain("when does my travel money arrive") == (
        "when does my travel money arrive"
    )
    assert "next monthly salary" in _quoted(store, "when does the claim money show up")
    assert "next monthly salary" in _quoted(store, "when do the claims money usually land")


def test_every_form_of_a_using_verb_names_its_instrument(store: DocumentStore) -> None:
    for asked in ("driving my own car", "he drove his car", "riding a bike", "cycling a bike"):
        assert instrument_links(english_tokens(asked)), asked
    assert "40 pence" in _quoted(store, "how much am i paid per mile for driving my own car")
    assert "40 pence" in _quoted(store, "how much per mile do we get when driving our car")
    # A car of another kind than the rule's own is still not its car.
    assert _quoted(store, "how much am i paid per mile for driving a rental car") == ""


_FAQ = FaqBook.load("data/faq.yaml")
_STUDIO = "uploads/pottery_studio_en.md"


class _Listed:
    def __init__(self, source: str) -> None:
        self.source = source


class _OwnDocs:
    def list_documents(self, collection: str) -> list[_Listed]:
        return [_Listed(_STUDIO)]


def _own_answer(monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    plan = DocPlan(kind="extractive", answer=answer, citations=[{"id": 1, "source": _STUDIO}])

    def planned(*_: Any, **__: Any) -> DocPlan:
        return plan

    monkeypatch.setattr(own_first_module, "plan_document_step", planned)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("what time do you close on saturday", "Saturday 09:30-16:00 [1]"),
        ("what time do you open on saturdays", "Saturday 09:30-16:00 [1]"),
        ("what time do you close", "Weekdays 10:00-20:00 [1]"),
    ],
)
def test_what_time_is_held_by_the_own_documents_clock_span(
    monkeypatch: pytest.MonkeyPatch, question: str, answer: str
) -> None:
    _own_answer(monkeypatch, answer)
    assert _FAQ.lookup(question) is not None  # the sample clinic's hours entry matches
    assert faq_yields_to_own_document(_FAQ, _OwnDocs(), question, "w", first=True)


def test_another_days_row_keeps_the_curated_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    # The own document quoted for Saturday only: Sunday is not held, nothing yields.
    _own_answer(monkeypatch, "Saturday 09:30-16:00 [1]")
    question = "what time do you close on sunday"
    assert not faq_yields_to_own_document(_FAQ, _OwnDocs(), question, "w", first=True)
