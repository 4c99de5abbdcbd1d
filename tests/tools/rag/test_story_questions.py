"""A question told as a story: the sentences before the asked one are its scene."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.scene_words import scene_terms, story_terms
from tools.rag.store import DocumentStore
from tools.rag.textutil import english_tokens

LIBRARY_EN = """# Riverside Library

## Borrowing
Members may borrow up to 8 books at a time. Books are lent for 21 days.

## Returning books
Return every book within 21 days of borrowing it, at any branch desk.

## Opening hours
The library opens at 09:00 and closes at 20:00 on weekdays.
"""


@pytest.fixture
def library(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "town", {"library_en.md": LIBRARY_EN})


def _stems(*words: str) -> set[str]:
    return {t for w in words for t in english_tokens(w)}


def test_the_sentences_before_the_asked_one_are_the_story() -> None:
    question = "the clerk yelled that my books came back late!! how many days can i borrow a book"
    assert _stems("clerk", "yelled") <= story_terms(question)
    # A word of the asked sentence is never the story's, even when the story says it too.
    assert not _stems("books", "borrow") & story_terms(question)


@pytest.mark.parametrize(
    "question",
    [
        "how many days can i borrow a book",  # one sentence: no story
        "the clerk yelled at me. tell me the rules",  # the last sentence asks nothing
        "사서가 화를 냈어요. 며칠 빌릴 수 있어요?",  # Korean: measured separately
    ],
)
def test_no_story_without_an_asked_last_sentence(question: str) -> None:
    assert story_terms(question) == frozenset()


def test_supposed_to_is_a_modal() -> None:
    assert _stems("supposed") <= scene_terms("how long am i supposed to wait")


def test_a_story_question_is_answered_from_the_asked_sentence(library: DocumentStore) -> None:
    plan = plan_document_step(
        library,
        "the clerk yelled that my books came back late!! how many days can i borrow a book",
        collection="town",
        pinned=False,
    )
    assert plan.kind == "extractive", plan.reasons
    assert "21 days" in (plan.answer or "")


def test_an_unheld_word_in_the_asked_sentence_still_declines(library: DocumentStore) -> None:
    # The story is scenery; the asked sentence's own topic (a fine) the library never holds.
    plan = plan_document_step(
        library,
        "the clerk yelled that my books came back late!! how much is the fine",
        collection="town",
        pinned=False,
    )
    assert plan.kind != "extractive", plan.answer


FAMILY_KO = """# 별빛 상조 안내

## 경조사 지원
직원 본인이 결혼하면 축하금 50만원을 지급합니다.

## 가족 경조사
자녀가 결혼하면 축하금 20만원을 지급합니다.
"""


@pytest.fixture
def family(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "town", {"family_ko.md": FAMILY_KO})


def test_a_son_is_the_child_a_rule_names(family: DocumentStore) -> None:
    plan = plan_document_step(
        family, "딸 결혼하면 축하금 얼마 나와요?", collection="town", pinned=False
    )
    assert plan.kind == "extractive", plan.reasons
    assert "20만원" in (plan.answer or "")
    assert "50만원" not in (plan.answer or "")
