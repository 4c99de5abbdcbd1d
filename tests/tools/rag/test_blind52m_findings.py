"""Set 52's document wrong answers (blind52m), each declined by its rule and only by it.

Inputs are our own, with variants and near misses; every rule is switched off once:

- a state after a preposition names the kind asked about ("for unused leave", "on unpaid
  leave"): with that word in no document, the dense-confirmed pick on the rest (the meal
  rule's "per day") is no answer (tools.rag.english_modifiers; off: set 52's "how much per
  day do they pay out for unused leave" was answered with the 30,000 won a day for meals);
- what a selling question names ("정기권 팔아요?"), held in no document: the parking
  sentence of the other language is no answer (tools.rag.unheld_goods_60m; off: "병원
  주차장 한달 정기권 팔아요?", a probe of set 52's turn, quoted the free hour);
- a chat question typed without "?" closing on selling ("… 월정기권 팔아요") is a
  question: its unheld word is declined, never sent to a model as a chat line
  (agents.documents._QUESTION; off: set 52's turn got the cloud's text, no decline).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import agents.documents as documents
import tools.rag.dense_confirmed as dense_confirmed
import tools.rag.english_modifiers as english_modifiers
from agents.documents import plan_document_step
from tests.tools.rag.conftest import samples_copy_fixture
from tests.tools.rule_switch import NEVER, narrowed
from tools.rag import DocumentStore
from tools.rag.english_modifiers import unheld_kind_modifier
from tools.rag.textutil import english_tokens
from tools.rag.unheld_goods_60m import asks_unheld_goods

_WORKLOAD_DOCS = Path(__file__).resolve().parents[3] / "bench" / "workload" / "docs"


store = samples_copy_fixture(
    "blind52m", (_WORKLOAD_DOCS / "expense_policy_en.md", _WORKLOAD_DOCS / "leave_policy.md")
)


def _plan_kind(store: DocumentStore, question: str) -> str:
    return plan_document_step(store, question, collection="devset", pinned=False).kind


def _tokens(*words: str) -> list[str]:
    return [t for w in words for t in english_tokens(w)]


# --- a state after a preposition --------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "unknown", "topics"),
    [
        ("how much per day do they pay out for unused leave", ["unused"], ["unused", "leave"]),
        ("what do they pay per day on unpaid leave", ["unpaid"], ["unpaid", "leave", "pay"]),
        ("how much per km for rented cars", ["rented"], ["rented", "cars"]),
        ("can i claim the fee of expired vouchers", ["expired"], ["expired", "vouchers"]),
        ("is the cap the same for unlimited parking", ["unlimited"], ["unlimited", "parking"]),
    ],
)
def test_a_state_after_a_preposition_names_the_kind(
    question: str, unknown: list[str], topics: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert unheld_kind_modifier(question, _tokens(*unknown), _tokens(*topics))
    monkeypatch.setattr(english_modifiers, "_AFTER_PREPOSITION", NEVER)
    assert not unheld_kind_modifier(question, _tokens(*unknown), _tokens(*topics))


@pytest.mark.parametrize(
    ("question", "unknown", "topics"),
    [
        # A place the rule covers, no state: the meal rule answers it (set 51).
        ("whats the daily meal allowance for overseas trips", ["overseas"], ["overseas", "trips"]),
        # The state held by the documents: nothing unheld names a kind.
        ("how much for used leave", [], ["used", "leave"]),
    ],
)
def test_a_preposition_phrase_that_names_no_unheld_state(
    question: str, unknown: list[str], topics: list[str]
) -> None:
    assert not unheld_kind_modifier(question, _tokens(*unknown), _tokens(*topics))


def test_the_unused_leave_payout_is_declined_not_the_meal_rule(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "how much per day do they pay out for unused leave"
    assert _plan_kind(store, question) == "not_covered"
    monkeypatch.setattr(english_modifiers, "_AFTER_PREPOSITION", NEVER)
    assert _plan_kind(store, question) == "extractive"


@pytest.mark.parametrize(
    "question",
    ["whats the daily meal allowance for overseas trips", "how much per night for hotels in seoul"],
)
def test_preposition_phrases_of_answered_questions_stay_answered(
    store: DocumentStore, question: str
) -> None:
    assert _plan_kind(store, question) == "extractive"


# --- what a selling question names ------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("병원 주차장 한달 정기권 팔아요?", ["정기"]),
        ("약국에서 마스크 파나요", ["마스크"]),
        ("편의점처럼 우산도 판매해요?", ["우산"]),
        ("거기서 생수 살 수 있어요?", ["생수"]),
        ("건물 1층에서 교통카드 팔아?", ["교통"]),
    ],
)
def test_a_selling_question_names_an_unheld_thing(question: str, unknown: list[str]) -> None:
    assert asks_unheld_goods(question, unknown)


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("주차권 팔아요?", []),  # nothing unheld
        ("마스크 써야 돼요?", ["마스크"]),  # no selling verb
        ("약국에서 마스크 팔아요?", ["대여"]),  # the unheld word is not the thing sold
    ],
)
def test_selling_near_misses(question: str, unknown: list[str]) -> None:
    assert not asks_unheld_goods(question, unknown)


def test_a_monthly_pass_is_not_answered_by_the_free_hour(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "병원 주차장 한달 정기권 팔아요?"
    assert _plan_kind(store, question) == "not_covered"
    monkeypatch.setattr(dense_confirmed, "asks_unheld_goods", lambda *_: False)
    assert _plan_kind(store, question) == "extractive"


# --- a chat question without "?" --------------------------------------------------------------

_CHAT_ENDING_OFF = narrowed(
    documents,
    "_QUESTION",
    r"(?:팔아요|팔아여|파나|팔아|팔어|판매해요)\s*[.~!]*\s*$|",
)


@pytest.mark.parametrize(
    "question",
    [
        "병원 건물 주차 월정기권 팔아요",
        "약국에서 마스크 팔아요",
        "건물 1층에서 우산 팔아요",
        "약국에서 손소독제 팔아",
        "약국에서 반창고 팔아여",
    ],
)
def test_a_chat_question_without_a_question_mark_is_declined(
    store: DocumentStore, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _plan_kind(store, question) == "not_covered"
    _CHAT_ENDING_OFF(monkeypatch)
    assert _plan_kind(store, question) != "not_covered"


def test_a_chat_question_the_documents_answer_stays_answered(store: DocumentStore) -> None:
    assert _plan_kind(store, "약국 몇시에 열어요") == "extractive"
