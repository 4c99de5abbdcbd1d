"""An untyped English question whose verb no document holds is not answered from its nouns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.store import DocumentStore

TOWN_EN = """# Town services

## The Willow Garden
The Willow Garden is behind the library on Elm Street.

## Library
The library lends books for three weeks. Members may borrow ten books at a time.

## Pool
The pool opens at 6 a.m. on weekdays. Swimming lessons cost 30 dollars a month.

## Plots
A plot costs 40 dollars a season. Plot holders may bring their own seeds.
"""


@pytest.fixture
def town(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "town", {"town_en.md": TOWN_EN})


@pytest.mark.parametrize(
    "question", ["How did the Willow Garden get started?", "How did the willow garden begin?"]
)
def test_a_question_whose_verb_no_document_holds_is_not_answered_from_its_nouns(
    town: DocumentStore, question: str
) -> None:
    # "start" and "begin" are in no document: where the garden is answers another question.
    plan = plan_document_step(town, question, collection="town", pinned=False)
    assert plan.kind != "extractive", plan.answer
    assert "begin" in plan.answer or "start" in plan.answer


def test_a_question_whose_verb_the_documents_hold_is_still_answered(town: DocumentStore) -> None:
    plan = plan_document_step(
        town, "Can plot holders bring their own seeds?", collection="town", pinned=False
    )
    assert plan.kind == "extractive", plan.reasons
    assert "own seeds" in plan.answer


def test_a_question_that_names_the_kind_it_asks_for_is_answered_whatever_its_verb(
    town: DocumentStore,
) -> None:
    # "offer" is in no document, but "What lessons …" asks for lessons, which the pool
    # section names: the verb only links the kind asked for to the pool.
    plan = plan_document_step(
        town, "What lessons does the pool offer?", collection="town", pinned=False
    )
    assert plan.kind == "extractive", plan.reasons
    assert "Swimming lessons" in plan.answer
