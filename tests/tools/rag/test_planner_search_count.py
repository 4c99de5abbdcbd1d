"""The document planner searches a question once for its passages; no later path again.

The dense-confirmed path (tools.rag.dense_confirmed) picks its answer from the same four
passages the lexical path weighed, so it reads the planner's instead of searching the
same question a second time (a hybrid search, BM25 and dense, per plan).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import SAMPLES_COLLECTION, copy_of_samples
from tools.rag import DocumentStore, dense_confirmed
from tools.rag.models import Passage
from tools.rag.question import analyze_question

# Over the samples this reaches the dense-confirmed path: the lexical path declines
# ("head" is in no document) and no passage in the other language answers it.
_QUESTION = "Who is the head doctor of the clinic?"


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    store = copy_of_samples(embedded_samples, tmp_path_factory.mktemp("search_count"))
    yield store
    store.close()


def test_a_plan_searches_its_question_once_for_passages(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    searched: list[str] = []
    in_confirmed: list[str] = []
    confirming = False
    search = store.search

    def counting_search(query: str, collection: str = "default", k: int = 5) -> list[Passage]:
        searched.append(query)
        if confirming:
            in_confirmed.append(query)
        return search(query, collection, k)

    confirmed = dense_confirmed.dense_confirmed_answer
    reached: list[str] = []

    def watched_confirmed(*args: Any, **kwargs: Any) -> Any:
        nonlocal confirming
        reached.append(str(args[1]))
        confirming = True
        try:
            return confirmed(*args, **kwargs)
        finally:
            confirming = False

    monkeypatch.setattr(store, "search", counting_search)
    monkeypatch.setattr(dense_confirmed, "dense_confirmed_answer", watched_confirmed)
    plan = plan_document_step(store, _QUESTION, collection=SAMPLES_COLLECTION, pinned=False)

    assert reached == [_QUESTION], "the question no longer reaches the dense-confirmed path"
    assert in_confirmed == []
    # Once to learn the question's translations (tools.rag.dense_bridge, before they
    # are in force), once for the plan's passages: never a third time.
    assert searched == [_QUESTION, _QUESTION]
    assert plan.kind == "not_covered"


def test_without_passages_the_confirmed_path_still_searches(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Callers with no passages of their own (tests, tools) keep the searching default.
    searched: list[int] = []
    search = store.search

    def counting_search(query: str, collection: str = "default", k: int = 5) -> list[Passage]:
        searched.append(k)
        return search(query, collection, k)

    monkeypatch.setattr(store, "search", counting_search)
    # Not _QUESTION: "head" before "doctor" now names a kind no document holds
    # (tools.rag.inverted_kind_56h), which this path declines before it searches.
    question = "Who is the director of the clinic?"
    dense_confirmed.dense_confirmed_answer(
        store, question, SAMPLES_COLLECTION, analyze_question(question)
    )
    assert searched == [4]
