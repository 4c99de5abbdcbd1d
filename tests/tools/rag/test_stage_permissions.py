"""A permission question about a child is answered only by a rule that says whom it is for.

Our own documents (a tool shed's house rules, a swimming pool's guide), through the real
store (lexical only). With the screen off, each question below was answered with a rule
for everyone: "can kids borrow tools" with "Each member may borrow up to four tools".
"""

from __future__ import annotations

from unittest import mock

import pytest

from agents.documents import plan_document_step
from tests.doc_stores import written_store_fixture
from tools.rag.stage_permissions import misses_asked_stage
from tools.rag.store import DocumentStore

_SHED_EN = """# Elm Road Tool Shed: House Rules

## Membership
Membership costs $25 a year. Members must be 18 or older.

## Borrowing
We do not lend chainsaws, welders or ladders longer than 10 feet.
Each member may borrow up to four tools at a time.
"""

_POOL_KO = """# 햇살수영장 이용 안내

## 이용 규칙
수영모를 반드시 착용해야 합니다.
자유수영은 오전 6시부터 이용할 수 있습니다.

## 회원
만 13세 미만은 보호자와 함께 입장해야 합니다.
"""


store = written_store_fixture({"shed_en.md": _SHED_EN, "pool_ko.md": _POOL_KO}, "places")


_GENERAL_RULES = [
    ("can kids borrow tools", "Each member may borrow up to four tools"),
    ("can my kids borrow a ladder", "We do not lend chainsaws"),
    ("아이도 자유수영 이용할 수 있어요?", "자유수영은 오전 6시부터"),
]


@pytest.mark.parametrize(("question", "general"), _GENERAL_RULES)
def test_a_rule_for_everyone_does_not_answer_for_a_child(
    store: DocumentStore, question: str, general: str
) -> None:
    plan = plan_document_step(store, question, collection="places", pinned=False)
    assert general not in plan.answer
    with mock.patch("tools.rag.qualifiers.misses_asked_stage", lambda _q, _s: False):
        off = plan_document_step(store, question, collection="places", pinned=False)
    assert off.kind == "extractive" and general in off.answer


def test_the_rule_naming_an_age_still_answers(store: DocumentStore) -> None:
    plan = plan_document_step(
        store, "애들도 수영장 이용할 수 있나요?", collection="places", pinned=False
    )
    assert plan.kind == "extractive" and "만 13세 미만" in plan.answer
    assert "수영모" not in plan.answer


@pytest.mark.parametrize(
    ("question", "sentence", "misses"),
    [
        ("can kids use the sauna", "The sauna is open until 9 pm.", True),
        ("can kids use the sauna", "Children under 14 may not use the sauna.", False),
        ("can kids use the sauna", "Guests aged 16 and over may use the sauna.", False),
        ("can teenagers join", "Anyone can join for $10.", False),
        ("can my kid come to the class", "Classes are open to all ages.", False),
        ("아이도 사우나 이용할 수 있어요?", "사우나는 밤 9시까지 운영합니다.", True),
        ("아이도 사우나 이용할 수 있어요?", "만 14세 미만은 사우나를 이용할 수 없습니다.", False),
        ("어르신도 들어갈 수 있어요?", "누구나 들어갈 수 있습니다.", False),
        # Not a permission question, or no group asked: left to the other checks.
        ("how much is the kids class", "The class costs $20.", False),
        ("can members borrow tools", "Each member may borrow four tools.", False),
        # 아이디 and 아이스크림 are no children.
        ("아이디 바꿀 수 있어요?", "비밀번호는 언제든 바꿀 수 있습니다.", False),
    ],
)
def test_whom_a_sentence_states_its_rule_for(question: str, sentence: str, misses: bool) -> None:
    assert misses_asked_stage(question, sentence) is misses
