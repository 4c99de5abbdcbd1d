"""Answerable first-turn document questions declined for a paraphrase (docopens52).

Each rule is pinned on small documents of our own (a dental practice's visitor page, a
library's staff travel rules, a sports centre's Korean guide), with a near miss that must
still decline or stay as typed:

- rescheduling a booking is changing it (tools/rag/vocabulary.tsv [documents]);
- moving an appointment is changing it (booking_changes_52d);
- "r u" after a question word is "are you" (chat_english_52d);
- buying what is paid back, and a toll's road, are scenery of a cost rule (cost_scenery_52d);
- a bare "anything" names no thing (indefinite_things_52d);
- "anything except water" names water (tools/rag/act_objects.py);
- paying "by card" is answered by a rule on credit or debit cards, paying with a phone
  is a mobile payment (payment_cards_52d);
- a sentence on 주차 names the 주차장 (place_activity_52d, hooked in carried_words.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag import crosslingual
from tools.rag.booking_changes_52d import with_booking_change_worded
from tools.rag.chat_english_52d import with_english_chat_spellings
from tools.rag.cost_scenery_52d import cost_scenery_terms
from tools.rag.indefinite_things_52d import without_bare_anything
from tools.rag.payment_cards_52d import rules_on_bare_payment_card, with_phone_payment_worded
from tools.rag.place_activity_52d import place_activity
from tools.rag.store import DocumentStore

_DENTAL_EN = """# Lakeside Dental Practice

## Opening hours

- Weekdays: 08:30–17:30
- Saturday: 09:00–12:00

## Appointments

To change or cancel an appointment, phone 555-0199 by noon on the day before.
You can change an appointment on the same day only when a chair is free.

## Paying

We accept credit cards and mobile payments. Cash is welcome too.

## Your first visit

Please bring your insurance card on your first visit.

## Before surgery

Do not eat or drink anything except water for 6 hours before the surgery.
"""

_TRAVEL_EN = """# Riverside Library Staff Travel Rules

## Meals

Staff on a trip may claim up to 20 pounds per day for meals. Alcohol is not reimbursed.

## Own car

Driving your own car is paid at 35 pence per mile. Tolls are reimbursed with a receipt.
"""

_SPORTS_KO = """# 햇살 체육관 안내

## 주차

지하 주차장을 이용할 수 있습니다. 회원은 2시간 무료로 주차할 수 있습니다.
주차 공간이 20대뿐이라 주말에는 자리가 없을 수 있습니다.

## 이용 시간

평일은 오전 6시부터 밤 10시까지 엽니다.
"""


_DOCUMENTS = {"dental_en.md": _DENTAL_EN, "travel_en.md": _TRAVEL_EN, "sports_ko.md": _SPORTS_KO}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    with crosslingual.everyday_vocabulary(True):
        yield from small_store(tmp_path_factory.mktemp("data"), "d52", _DOCUMENTS)


def _quoted(store: DocumentStore, question: str) -> str:
    """The step's quoted answer, or "" when the documents' step is no quote."""
    with crosslingual.everyday_vocabulary(True):
        plan = plan_document_step(store, question, collection="d52", pinned=False)
    return plan.answer if plan.kind == "extractive" else ""


def test_rescheduling_is_changing(store: DocumentStore) -> None:
    assert "To change or cancel" in _quoted(store, "how do i reschedule my appointment")
    # A booking of something the documents never name is still not theirs.
    assert _quoted(store, "how do i reschedule my flight") == ""


def test_moving_an_appointment_is_changing_it(store: DocumentStore) -> None:
    def nothing_held(words: list[str]) -> list[str]:
        return words

    moved = "can I move my appointment"
    assert with_booking_change_worded(moved, nothing_held) == "can I change my appointment"
    assert with_booking_change_worded("can I move my car", nothing_held) == "can I move my car"
    # A collection that writes "move" answers in the question's own word.
    assert with_booking_change_worded(moved, lambda words: []) == moved
    assert "only when a chair is free" in _quoted(
        store, "can I move my appointment on the same day"
    )


def test_r_u_is_are_you(store: DocumentStore) -> None:
    assert with_english_chat_spellings("how late r u open") == "how late are you open"
    assert with_english_chat_spellings("is plan r cheaper") == "is plan r cheaper"
    # A yes/no question keeps its chat form: no kind of answer holds its quote.
    assert with_english_chat_spellings("r u open late") == "r u open late"
    assert "09:00–12:00" in _quoted(store, "how late r u open on saturday")


def test_buying_what_is_paid_back_is_scenery(store: DocumentStore) -> None:
    assert "not reimbursed" in _quoted(
        store, "if i buy beer on a work trip does that get reimbursed"
    )
    # Not asked whether it is paid back: buying is what the question is about.
    assert cost_scenery_terms("if i buy beer at the bar is it cheaper") == frozenset()


def test_a_tolls_road_is_scenery(store: DocumentStore) -> None:
    assert "receipt" in _quoted(store, "are motorway tolls covered when I drive to a client")
    assert cost_scenery_terms("is motorway driving covered") == frozenset()


def test_anything_names_no_thing(store: DocumentStore) -> None:
    assert "insurance card" in _quoted(store, "do i need to bring anything for my first visit")
    # "anything about X" says what the thing is: the word stays.
    kept = "should i bring anything about my medicines"
    assert without_bare_anything(kept) == kept


def test_anything_except_water_names_water(store: DocumentStore) -> None:
    assert "except water" in _quoted(store, "can i drink water before the surgery")


def test_paying_by_card_is_answered_by_a_credit_card_rule(store: DocumentStore) -> None:
    assert "credit cards" in _quoted(store, "can I pay by card at the practice")
    sentence = "We accept credit cards and mobile payments."
    # A card of a kind the question names is no payment card of the rule's.
    assert not rules_on_bare_payment_card(sentence, frozenset({"card"}), "pay with my gift card")
    assert not rules_on_bare_payment_card("Bring your ID card.", frozenset({"card"}), "pay by card")


def test_paying_with_a_phone_is_a_mobile_payment(store: DocumentStore) -> None:
    assert with_phone_payment_worded("can I pay with my phone") == "can I pay by mobile payment"
    assert with_phone_payment_worded("can I book with my phone") == "can I book with my phone"
    assert "mobile payments" in _quoted(store, "can I pay with my phone at the practice")


def test_a_sentence_on_parking_names_the_car_park(store: DocumentStore) -> None:
    assert place_activity("주차장") == frozenset({"주차"})
    assert place_activity("시장") == frozenset()
    assert "20대" in _quoted(store, "주차장 몇대 댈 수 있어요")
