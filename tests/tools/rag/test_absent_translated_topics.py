"""A topic the word lists translate, held by no document in any form, is never bridged.

The everyday vocabulary knows 강아지 is "dog"; when no document says either, the
documents never mention the thing asked about, and the dense match to an English
sentence sharing the question's other topic (the clinic) must not answer it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import copy_of_samples
from tools.rag import DocumentStore, crosslingual


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    store = copy_of_samples(embedded_samples, tmp_path_factory.mktemp("absent"))
    yield store
    store.close()


@pytest.mark.parametrize(
    "question", ["강아지랑 병원 가도 돼요?", "강아지 데리고 병원 들어가도 돼요?"]
)
def test_a_pet_the_documents_never_mention_is_not_answered_from_english(
    store: DocumentStore, question: str
) -> None:
    assert crosslingual.everyday_vocabulary_on()
    assert len(crosslingual.equivalents("강아지")) > 1
    plan = plan_document_step(store, question, collection="devset", pinned=False)
    assert plan.kind != "extractive", plan.answer
