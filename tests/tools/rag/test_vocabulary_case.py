"""The everyday vocabulary's same-case check (tools/rag/vocabulary_case.py).

A sentence the question reaches only through a vocabulary link (공짜 -> 무료, 돈 -> 비용,
빌리다 -> 대출) answers only when its section's own heading names another of the
question's words. The documents are written here (a sports centre, a small library), run through
the real store, Kiwi and the planner (lexical only, so no model is loaded).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import DocPlan, plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag import crosslingual
from tools.rag.crosslingual import equivalents
from tools.rag.store import DocumentStore
from tools.rag.vocabulary_case import on_the_questions_case

_CENTRE_KO = """# 한결 체육센터 안내

## 요가
요가 수업은 회원에게 무료이며, 매주 화요일과 목요일 저녁 7시에 열립니다.

## 수영 강습
수영 강습료는 한 달에 60,000원이며, 등록은 매달 25일부터 받습니다.

## 사물함
사물함 이용 비용은 없으며, 열쇠는 안내데스크에서 받습니다.
"""

_LIBRARY_KO = """# 푸른숲 작은도서관 이용 안내

## 회원증
회원증은 신분증을 가지고 1층 안내데스크에서 만들 수 있습니다.
모바일 회원증은 앱에서 무료로 발급됩니다.

## 대출과 반납
일반 회원은 1인 5권까지 21일 동안 대출할 수 있습니다. 반납은 1층 무인반납기에서 24시간 가능합니다.
반납이 늦으면 늦은 날수만큼 대출이 정지됩니다.

## 상호대차
다른 도서관의 책을 신청하면 3~5일 안에 받을 수 있으며, 비용은 없습니다.

## 세미나실
세미나실 이용료는 시간당 5,000원이며, 현장에서 카드로 낼 수 있습니다.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    with crosslingual.everyday_vocabulary(True):
        folder = tmp_path_factory.mktemp("docs")
        data = tmp_path_factory.mktemp("data")
        documents = {"centre_ko.md": _CENTRE_KO, "library_ko.md": _LIBRARY_KO}
        yield from small_store(data, "case", documents, folder=folder)


def _plan(store: DocumentStore, question: str) -> DocPlan:
    return plan_document_step(store, question, collection="case", pinned=False)


def _terms(*words: str) -> list[tuple[str, frozenset[str]]]:
    return [(w, equivalents(w)) for w in words]


def test_a_sentence_reached_through_the_vocabulary_needs_a_heading_naming_the_question() -> None:
    with crosslingual.everyday_vocabulary(True):
        terms = _terms("수영", "공짜")
        # 무료 is 공짜 only through the vocabulary; the section is 요가's.
        assert not on_the_questions_case(terms, {"요가", "수업", "무료"}, "센터 > 요가")
        assert on_the_questions_case(terms, {"수영", "무료"}, "센터 > 수영 강습")
        # A heading naming only the linked word itself says nothing of the question's case.
        assert not on_the_questions_case(terms, {"무료"}, "센터 > 무료 강좌")
        # Held as itself, the word needs no such heading.
        assert on_the_questions_case(terms, {"공짜"}, "센터 > 요가")
        # The document's title is no section: with no section, every other word is needed.
        assert not on_the_questions_case(terms, {"무료"}, "수영장 안내")
        assert on_the_questions_case(terms, {"수영", "무료"}, "")
    # With the vocabulary off nothing is linked through it, so nothing is held back.
    with crosslingual.everyday_vocabulary(False):
        assert on_the_questions_case(_terms("수영", "공짜"), {"무료"}, "센터 > 요가")


def test_a_word_the_documents_hold_only_under_another_name_must_be_in_the_answer() -> None:
    def frequency(token: str) -> int:
        return {"수영": 2, "강습": 2, "무료": 1}.get(token, 0)

    with crosslingual.everyday_vocabulary(True):
        terms = _terms("수영", "공짜")
        # 공짜 is in the documents only as 무료: a fee sentence without it answers
        # "수영" alone, not "is it free?".
        assert not on_the_questions_case(terms, {"수영", "강습"}, "센터 > 수영 강습", frequency)
        assert on_the_questions_case(terms, {"수영", "무료"}, "센터 > 수영 강습", frequency)
        # A word the documents hold as itself is not asked for by this part of the rule.
        assert on_the_questions_case(_terms("수영"), {"강습"}, "센터 > 수영 강습", frequency)


def test_another_services_free_sentence_does_not_answer(store: DocumentStore) -> None:
    plan = _plan(store, "수영 강습 공짜예요?")
    assert "요가 수업은 회원에게 무료" not in plan.answer


def test_another_cases_no_charge_sentence_does_not_answer_a_late_return(
    store: DocumentStore,
) -> None:
    plan = _plan(store, "책 늦게 돌려주면 돈 내야 돼요?")
    # The cost of the rule: "세미나실 돈은 어떻게 내요?" is no longer answered by the room's
    # "이용료는 시간당 5,000원" (돈 is linked to 비용 and 요금, not to 이용료).
    assert "비용은 없습니다" not in plan.answer
    assert plan.kind != "extractive" or "반납이 늦으면" in plan.answer


def test_a_sentence_of_another_section_that_ranks_first_declines_the_question(
    store: DocumentStore,
) -> None:
    # 상호대차's "3~5일 안에" holds 책 and 안 as they are and ranks first; the lending
    # section is reached only through 빌리다 -> 대출. With the vocabulary off this question
    # is answered "3~5일" (wrong); with it on, the first sentence fails the check and the
    # question is declined rather than answered by the next sentence down.
    plan = _plan(store, "빌린 책은 며칠 안에 돌려줘야 돼요?")
    assert "3~5일" not in plan.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("모바일 회원증 공짜예요?", "무료로 발급"),
        ("사물함 쓰는 데 돈 들어요?", "비용은 없으며"),
    ],
)
def test_the_questions_own_case_is_still_answered_through_the_vocabulary(
    store: DocumentStore, question: str, expected: str
) -> None:
    plan = _plan(store, question)
    assert plan.kind == "extractive", plan.reasons
    assert expected in plan.answer.split("[1]")[0]
