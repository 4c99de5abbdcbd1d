"""Words a phrase gives a meaning the word alone does not have (recall26).

A front desk is the reception, "동생이 대신" names a 대리인, "싸인 받아요" a 서명, and "got" is
a form of the light verb "get". Each was a decline on unseen questions ("documents never
mention: front"); these documents are our own (a hostel, a library, a parcel locker, a
bike-share). Each test pair shows the answer with the rule and the decline without it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.doc_stores import dense_store
from tests.doc_stores import planned_over as _plan
from tools.rag import dense_bridge, question, textutil
from tools.rag.front_desk import front_desk_links
from tools.rag.proxy_acts import proxy_links
from tools.rag.question_words import EN_FUNCTION_WORDS
from tools.rag.signing import signature_links
from tools.rag.store import DocumentStore

_HOSTEL = """# Riverside Hostel house rules

## Reception

Reception is open from 7 a.m. to 11 p.m. every day. Late arrivals use the key box.

## Kitchen

The shared kitchen closes at 10 p.m.
"""

_LIBRARY_KO = """# 시립도서관 이용 안내

## 예약 도서 수령

예약한 책은 도착 알림 문자를 받은 날부터 5일 동안 보관합니다.
대리인은 예약한 사람의 회원증과 본인 신분증을 가져와야 합니다.

## 열람실

열람실은 오전 9시부터 오후 10시까지 엽니다.
"""

_LOCKER_KO = """# 무인 택배함 안내

## 보관과 수령

무인 택배함은 받는 사람의 서명을 받지 않습니다. 인증번호로 문을 엽니다.

## 요금

택배함 이용은 무료입니다.
"""

_BIKES = """# City bike share

## Penalties

If you get a warning for parking outside a dock, you have 3 days to move the bike back.

## Passes

A day pass costs 5 dollars.
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DocumentStore]:
    with dense_store(tmp_path / "rag") as docs:
        yield docs


def test_only_the_phrases_give_the_links() -> None:
    assert front_desk_links("when does the front desk open")["front"] >= {"reception"}
    assert not front_desk_links("can I sit at the front of the bus")
    assert not front_desk_links("is there a standing desk")
    assert proxy_links("동생이 대신 가도 돼요?")["대신"] >= {"대리인"}
    assert proxy_links("저 대신 엄마가 가도 되나요")
    assert not proxy_links("카드 대신 현금으로 내도 돼요?")
    assert not proxy_links("종이 대신 파일로 내도 돼요?")  # 종이 is no subject: instead of paper
    assert signature_links("싸인 받아요?")["싸인"] == {"서명"}
    assert signature_links("위임장은 엄마가 사인하면 되죠?")["사인"] == {"서명"}
    assert not signature_links("사망 사인이 뭐예요?")


def test_the_front_desk_is_answered_by_reception(store: DocumentStore) -> None:
    kind, answer = _plan(store, "hostel_en.md", _HOSTEL, "what time does the front desk open?")
    assert kind == "extractive"
    assert "7 a.m." in answer


def test_without_the_link_the_front_desk_is_declined(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dense_bridge, "front_desk_links", lambda _text: {})
    kind, _ = _plan(store, "hostel_en.md", _HOSTEL, "what time does the front desk open?")
    assert kind != "extractive"


def test_a_sibling_collecting_for_you_is_the_proxy_rule(store: DocumentStore) -> None:
    question = "예약한 책 동생이 대신 찾으러 가도 돼요?"
    kind, answer = _plan(store, "library_ko.md", _LIBRARY_KO, question)
    assert kind == "extractive"
    assert "대리인은" in answer


def test_without_the_link_the_proxy_question_is_declined(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dense_bridge, "proxy_links", lambda _text: {})
    question = "예약한 책 동생이 대신 찾으러 가도 돼요?"
    kind, _ = _plan(store, "library_ko.md", _LIBRARY_KO, question)
    assert kind != "extractive"


_SIGN_QUESTION = "택배함에서 찾을 때 사인해야 돼요?"


def test_getting_a_signature_is_the_signature_rule(store: DocumentStore) -> None:
    kind, answer = _plan(store, "locker_ko.md", _LOCKER_KO, _SIGN_QUESTION)
    assert kind == "extractive"
    assert "서명을 받지 않습니다" in answer


def test_without_the_link_the_signature_question_is_declined(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dense_bridge, "signature_links", lambda _text: {})
    kind, _ = _plan(store, "locker_ko.md", _LOCKER_KO, _SIGN_QUESTION)
    assert kind != "extractive"


_GOT_QUESTION = "got a warning for parking outside a dock, how long do i have to move the bike?"


def _lookup(store: DocumentStore, question: str) -> tuple[list[str], str]:
    store.ingest_texts([("bikes_en.md", _BIKES)], collection="default")
    store.embed_pending()
    plan = plan_document_step(store, question, collection="default", pinned=False)
    return plan.reasons, plan.answer or ""


def test_got_is_the_light_verb_get(store: DocumentStore) -> None:
    reasons, answer = _lookup(store, _GOT_QUESTION)
    # The lexical lookup itself answers (not only the dense sentence match, which a
    # one-document collection lets through on the question's other words).
    assert any("a direct lookup" in r for r in reasons)
    assert "3 days" in answer


def test_without_its_forms_got_is_a_word_no_document_holds(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    forms = {"got", "gotten", "getting", "gett", "took", "taken", "taking", "tak"}
    monkeypatch.setattr(question, "_EN_FUNCTION_WORDS", EN_FUNCTION_WORDS - forms)
    reasons, _ = _lookup(store, _GOT_QUESTION)
    assert not any("a direct lookup" in r for r in reasons)


_GYM_KO = """# 구민체육센터 이용 안내

## 수강 신청

요가와 수영 등 다음 달 강좌는 이번 달 25일까지 신청해야 합니다.
자리가 남으면 다음 달 1일부터 추가 접수합니다.

## 사물함

사물함은 한 달에 3,000원입니다.
"""

_NEXT_MONTH_QUESTION = "담달부터 요가 강좌 들으려면 언제까지 신청해야돼요?"


def _month_lookup(store: DocumentStore) -> tuple[list[str], str]:
    store.ingest_texts([("gym_ko.md", _GYM_KO)], collection="default")
    store.embed_pending()
    plan = plan_document_step(store, _NEXT_MONTH_QUESTION, collection="default", pinned=False)
    return plan.reasons, plan.answer or ""


def test_a_particle_glued_to_a_chat_month_comes_apart(store: DocumentStore) -> None:
    reasons, answer = _month_lookup(store)
    assert any("a direct lookup" in r for r in reasons)
    assert "25일까지" in answer


def test_without_the_chat_nouns_the_glued_month_is_never_mentioned(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(textutil, "teach_chat_nouns", lambda _kiwi: None)
    monkeypatch.setattr(textutil._KiwiHolder, "_kiwi", None)  # a Kiwi not taught them
    reasons, _ = _month_lookup(store)
    assert not any("a direct lookup" in r for r in reasons)
