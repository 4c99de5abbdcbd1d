"""A one-topic yes/no question is not answered on its one word when its added sentence is absent.

"현금 내도 돼요? 상품권밖에 없어서요." names one generic topic (현금, cash) and then what the
asker holds (a gift voucher); a gym's locker rule naming cash says nothing about vouchers.
The same rule under a payment heading is the gym's rule for paying cash: it answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import agents.documents as documents
import tools.rag.trailing_context as trailing_context
from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag import DocumentStore
from tools.rag.question import analyze_question
from tools.rag.trailing_context import trailing_context_unheld

_GYM = """# 헬스장 이용 안내

## 사물함

사물함 요금은 회원 카드로만 낼 수 있고, 현금은 받지 않습니다.
사물함 열쇠를 잃어버리면 프런트에 알려 주세요.
"""
_RULE = "사물함 요금은 회원 카드로만 낼 수 있고, 현금은 받지 않습니다."
_PAYING = """# 볼링장 이용 안내

## 결제 방법

게임 요금은 카운터에서 카드로만 낼 수 있고, 현금은 받지 않습니다.

## 신발 대여

대여 신발은 게임이 끝나면 카운터에 돌려주세요.
"""
_CASH = "현금은 받지 않습니다."


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "c", {"gym_ko.md": _GYM})


@pytest.mark.parametrize(
    ("message", "unheld"),
    [
        ("현금 내도 돼요? 상품권밖에 없어서요.", True),
        ("현금 내도 돼요? 사물함 쓰려고요.", False),  # the added sentence is the rule's subject
        ("현금 내도 돼요?", False),  # nothing added: the one word is all that is asked
        ("상품권밖에 없어서요. 현금 내도 돼요?", False),  # said before: scenery, as before
    ],
)
def test_the_added_sentence_must_be_held(message: str, unheld: bool) -> None:
    asked = analyze_question(message)
    assert trailing_context_unheld(message, asked, _RULE, "사물함") is unheld


def test_a_figure_in_words_is_held_by_a_figure_in_digits() -> None:
    # "만원짜리" (a 10,000-won note) and a sentence on notes above 10,000 won: the same figure.
    message = "현금 내도 돼요? 만원짜리밖에 없어요."
    sentence = "Cash is fine, but we cannot give change for notes above 10,000 won."
    assert not trailing_context_unheld(message, analyze_question(message), sentence, "결제")
    assert trailing_context_unheld(message, analyze_question(message), _RULE, "사물함")


def test_a_question_with_two_topics_has_its_own_clue() -> None:
    message = "사물함 현금 내도 돼요? 상품권밖에 없어서요."
    assert not trailing_context_unheld(message, analyze_question(message), _RULE, "사물함")


def test_the_plan_holds_back(store: DocumentStore, monkeypatch: pytest.MonkeyPatch) -> None:
    message = "현금 내도 돼요? 상품권밖에 없어서요."
    plan = plan_document_step(store, message, collection="c", pinned=False)
    assert plan.kind != "extractive", plan
    # The rule is what holds back: switched off, the locker rule is quoted.
    monkeypatch.setattr(documents, "guess_on_one_word", lambda *a: False)
    plan = plan_document_step(store, message, collection="c", pinned=False)
    assert plan.kind == "extractive" and "현금" in plan.answer, plan


@pytest.mark.parametrize(
    ("message", "heading", "unheld"),
    [
        # The section is about paying (내: 결제), whatever the asker holds: it answers.
        ("현금 내도 돼요? 상품권밖에 없어서요.", "볼링장 이용 안내 > 결제 방법", False),
        ("Can I pay cash? I only have a gift voucher.", "Bowling guide > Payment", False),
        # The section is about a thing the question never names (the lockers).
        ("현금 내도 돼요? 상품권밖에 없어서요.", "헬스장 이용 안내 > 사물함", True),
        ("Can I pay cash? I only have a gift voucher.", "Gym guide > Lockers", True),
        # A document's title alone names every section's document, not its case.
        ("현금 내도 돼요? 상품권밖에 없어서요.", "결제 안내", True),
    ],
)
def test_a_section_about_what_is_asked_answers(message: str, heading: str, unheld: bool) -> None:
    asked = analyze_question(message)
    assert trailing_context_unheld(message, asked, _CASH, heading) is unheld


def test_the_plan_quotes_a_payment_section(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    message = "현금 내도 돼요? 상품권밖에 없어서요."
    for paying in small_store(tmp_path / "data", "c", {"bowling_ko.md": _PAYING}):
        plan = plan_document_step(paying, message, collection="c", pinned=False)
        assert plan.kind == "extractive" and "현금은 받지 않습니다" in plan.answer, plan
        # The heading is what keeps it: read as naming nothing, the quote is held back.
        monkeypatch.setattr(trailing_context, "section_names_the_question", lambda *a: False)
        plan = plan_document_step(paying, message, collection="c", pinned=False)
        assert plan.kind != "extractive", plan
