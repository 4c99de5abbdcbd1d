"""Contractions typed without the apostrophe ("whats", "dont") are stopwords, not topics.

"what's" splits into two stopwords; "whats" was stemmed to "what", a topic term no
document holds, so "whats the late fee" was declined as "not in the documents: what".
The documents here are written for this test (an English gym notice, a Korean café
notice) and run through the real store, Kiwi and the planner (lexical only).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.question import analyze_question
from tools.rag.store import DocumentStore
from tools.rag.textutil import english_tokens

_GYM_EN = """# Northside Gym notice

## Fees
The monthly membership costs $45.
A locker rental is $8 per month.

## Hours
We are open 6:00 a.m. to 10:00 p.m. on weekdays.
"""

_CAFE_KO = """# 해오름 카페 안내

## 영업 시간
평일은 오전 8시부터 오후 9시까지 영업합니다.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("docs")
    data = tmp_path_factory.mktemp("data")
    yield from small_store(
        data, "notices", {"gym_en.md": _GYM_EN, "cafe_ko.md": _CAFE_KO}, folder=folder
    )


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("whats the locker fee", "what's the locker fee"),
        ("hows the parking", "how's the parking"),
        ("i dont have a card", "i don't have a card"),
        ("we cant come, its late", "we can't come, it's late"),
    ],
)
def test_a_contraction_without_its_apostrophe_tokenizes_as_with_it(
    typed: str, written: str
) -> None:
    assert english_tokens(typed) == english_tokens(written)


def test_whats_is_no_topic_term() -> None:
    assert "what" not in analyze_question("whats the monthly membership cost").topic_terms


def test_a_whats_question_is_answered_like_a_whats_question(store: DocumentStore) -> None:
    plan = plan_document_step(
        store, "whats the monthly membership cost", collection="notices", pinned=False
    )
    assert plan.kind == "extractive", plan.reasons
    assert "$45" in plan.answer


def test_words_that_look_like_contractions_stay_words() -> None:
    # "its", "ill", "id", "well" are words of their own (ID card, feeling ill).
    assert english_tokens("bring your id, ill patients welcome") != english_tokens(
        "bring your, patients welcome"
    )
    assert "id" in english_tokens("bring your id")
