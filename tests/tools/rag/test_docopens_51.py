"""Answerable document questions that were declined for a paraphrase (docopens51).

Each rule is pinned on small documents of our own (a harbour trust's travel rules, a
shop's payment page, a scan centre's preparation page, a dental clinic's and an office's
Korean guides), with a near miss that must still decline:

- "deadline" asks for a time limit, like "limit" asks for a figure (tools/rag/question_words.py);
- food is what a meal rule covers; handing in is submitting (tools/rag/vocabulary.tsv);
- a "big" claim or note is what a rule sizes with "over 400 dollars" (size_thresholds_51d);
- driving to a client is a work trip, the setting of a trip's cost rule (travel_setting_51d);
- 진료 봐줘요 asks whether care is received (care_received_51d);
- a relative who 돌아가시다 is the 상 a leave rule names (bereavement_51d);
- to fast is to not eat, where the documents never say fast (fasting_words_51d);
- "how long do I have to not eat" asks a length, not a deadline (tools/rag/deadlines.py);
- "가야돼요" is no act noun, "가면" no anchor of a "몇 분 전" (offset_acts.py, qualifiers.py);
- a leading "and" only joins the turn to the last (leading_and_51d).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import DocPlan, plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag import crosslingual
from tools.rag.bereavement_51d import with_bereavement_named
from tools.rag.care_received_51d import with_care_received
from tools.rag.deadlines import misses_deadline
from tools.rag.fasting_words_51d import with_fasting_worded
from tools.rag.leading_and_51d import without_leading_and
from tools.rag.offset_acts import misses_offset_act
from tools.rag.qualifiers import anchor_conflict
from tools.rag.size_thresholds_51d import sized_note_links
from tools.rag.store import DocumentStore
from tools.rag.travel_setting_51d import travel_setting_terms

_TRAVEL_EN = """# Harbour Trust Staff Travel Rules

## Meals

Staff on a trip may claim up to 25 dollars per day for meals. Wine and beer are never refunded.

## Claims

Submit each claim to the finance team within 14 days of the trip ending.
Claims over 400 dollars must be signed by a director.

## Private vehicles

Using a private vehicle is paid at 40 cents per kilometre.
Bridge tolls are reimbursed with a receipt.
"""

_SHOP_EN = """# Corner Bookshop Visitor Page

## Paying

We take debit cards. Cash is welcome, but we cannot give change for bills larger than 100
dollars.

## Parking

Visitors park free for two hours in the north car park.

## Languages

Our shop assistants can help in English and Spanish.
"""

_SCAN_EN = """# Eastside Scan Centre

## Before the scan

Do not eat anything for 6 hours before the scan. You may drink water.

## Results

Results are posted to your doctor within a week.
"""

_DENTAL_KO = """# 푸른 치과 안내

## 예약

예약하신 분은 예약 시간 15분 전까지 도착해 주세요.
예약 없이 오셔도 진료를 받을 수 있지만, 예약 환자가 먼저 진료를 받습니다.

## 휴가 신청

휴가는 쓰기 이틀 전까지 원장에게 신청합니다. 갑자기 아프면 당일 아침 8시 전까지 문자로 알려 주세요.

## 경조사 휴가

본인 결혼은 4일의 휴가를 받습니다. 배우자상은 5일, 조부모상은 2일입니다.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    with crosslingual.everyday_vocabulary(True):
        data = tmp_path_factory.mktemp("data")
        documents = {
            "travel_en.md": _TRAVEL_EN,
            "shop_en.md": _SHOP_EN,
            "scan_en.md": _SCAN_EN,
            "dental_ko.md": _DENTAL_KO,
        }
        yield from small_store(data, "d51", documents)


def _plan(store: DocumentStore, question: str) -> DocPlan:
    with crosslingual.everyday_vocabulary(True):
        return plan_document_step(store, question, collection="d51", pinned=False)


def _answers(store: DocumentStore, question: str, expected: str) -> None:
    plan = _plan(store, question)
    assert plan.kind == "extractive", plan.reasons
    assert expected in plan.answer


def _no_quote(store: DocumentStore, question: str) -> None:
    assert _plan(store, question).kind != "extractive"


def test_a_deadline_asks_for_the_time_limit(store: DocumentStore) -> None:
    _answers(store, "what's the deadline for a claim", "within 14 days")
    # A deadline of something the documents never name is still not theirs.
    _no_quote(store, "what's the deadline for a passport renewal")


def test_handing_in_is_submitting(store: DocumentStore) -> None:
    _answers(store, "what's the deadline for handing in a claim", "within 14 days")


def test_food_is_what_a_meal_rule_covers(store: DocumentStore) -> None:
    _answers(store, "how much can i spend on food per day on a trip", "25 dollars")


def test_a_big_claim_is_one_a_threshold_sizes(store: DocumentStore) -> None:
    _answers(store, "who has to sign a big claim", "over 400 dollars")
    # No threshold on the sized thing in the best passage: "big" stays unheld.
    _no_quote(store, "how much is a big meal per day")


def test_a_big_note_paid_with_is_a_bill(store: DocumentStore) -> None:
    _answers(store, "what if I pay cash with a big note?", "bills larger than 100")
    assert sized_note_links("can I pay with a large note")["note"] >= {"bill"}
    # A note not paid with is no banknote.
    assert sized_note_links("can I leave a big note for the doctor") == {}


def test_driving_to_a_client_is_the_setting_of_a_trip_rule(store: DocumentStore) -> None:
    _answers(store, "are bridge tolls covered when I drive to a client", "receipt")
    _answers(store, "do i need a receipt for tolls if we drive to the conference", "receipt")
    assert travel_setting_terms("when I go to the cinema") == frozenset()
    # A venue's own page is where the asked thing is: the destination stays unheld.
    _no_quote(store, "is parking free when I drive to a client")


def test_care_looked_at_is_care_received(store: DocumentStore) -> None:
    received = with_care_received("예약 없이 가도 진료 봐줘요?")
    assert received == "예약 없이 가도 진료 받을 수 있어요?"
    assert with_care_received("진료 보고 주차해도 돼요?") == "진료 보고 주차해도 돼요?"
    _answers(store, "예약 안 하고 가도 진료 봐줘요?", "예약 없이 오셔도")


def test_a_relative_passing_away_is_their_mourning_leave(store: DocumentStore) -> None:
    named = with_bereavement_named("할아버지 돌아가시면 휴가 며칠이에요?")
    assert named.startswith("할아버지 상이면")
    assert with_bereavement_named("할머니 댁에 돌아가면") == "할머니 댁에 돌아가면"
    _answers(store, "할머니 돌아가시면 며칠 쉬어요?", "조부모상은 2일")


def test_fasting_is_not_eating_where_no_document_says_fast(store: DocumentStore) -> None:
    _answers(store, "do I have to fast before the scan", "6 hours")
    # A collection that writes "fast" keeps the question's own word.
    assert with_fasting_worded("do I have to fast", lambda words: []) == "do I have to fast"
    assert with_fasting_worded("how fast are results", lambda words: list(words)) == (
        "how fast are results"
    )


def test_how_long_not_to_eat_asks_a_length_not_a_deadline(store: DocumentStore) -> None:
    sentence = "Do not eat anything for 6 hours before the scan."
    assert not misses_deadline("how long do I have to not eat before the scan", sentence)
    # A period to act in is still a deadline a bare length does not state.
    assert misses_deadline("how long do I have to pay the invoice", "It takes 6 hours.")
    _answers(store, "how long do I have to not eat before the scan", "6 hours")


def test_a_chat_spelt_verb_is_no_offset_act_nor_anchor(store: DocumentStore) -> None:
    sentence = "예약하신 분은 예약 시간 15분 전까지 도착해 주세요."
    assert not misses_offset_act("예약하면 몇분 전까지 가야돼요?", sentence)
    assert misses_offset_act("몇 시간 전까지 취소해야 돼요?", sentence)
    assert not anchor_conflict("예약하고 가면 몇 분 전에 가야돼요", sentence)
    assert anchor_conflict("마감 몇 분 전에 접수해야 돼요?", sentence)
    _answers(store, "예약하면 몇분 전까지 가야돼요?", "15분 전까지")
    _answers(store, "예약하고 가면 몇 분 전에 가야돼요", "15분 전까지")


def test_a_leading_and_only_joins_the_turn(store: DocumentStore) -> None:
    _answers(store, "and what languages do the shop assistants speak", "English and Spanish")
    # "and for X?" keeps its "and": the follow-up readings swap the thing asked.
    assert without_leading_and("and for food?") == "and for food?"
