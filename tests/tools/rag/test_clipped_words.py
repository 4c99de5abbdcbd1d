"""A clipped Korean word no document holds is read as the documents' one compound it clips."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tools.rag.clipped_words import clips, spelt_out
from tools.rag.dense import FloatArray
from tools.rag.store import DocumentStore


@dataclass
class _Row:
    text: str


class _Docs:
    """The store calls spelt_out makes: the collection's chunks and which words none holds."""

    dense = True

    def __init__(self, *texts: str) -> None:
        # Ids differ with the text, as a store's chunk ids do.
        self._rows = {f"{i}:{t}": _Row(t) for i, t in enumerate(texts)}

    def dense_vectors(self, collection: str) -> tuple[list[str], object]:
        return list(self._rows), np.zeros((len(self._rows), 2))

    def chunks(self, ids: list[str]) -> dict[str, _Row]:
        return {i: self._rows[i] for i in ids}

    def unknown_terms(self, question: str, *, collection: str, terms: list[str]) -> list[str]:
        return [t for t in terms if not any(t in r.text for r in self._rows.values())]


def test_a_clipped_word_is_spelt_out_as_the_compound() -> None:
    docs = _Docs("생활기록부는 졸업 후 5년까지 발급합니다.", "전학 서류는 행정실에 냅니다.")
    assert spelt_out(docs, "생기부 몇 년까지 떼요?", "c") == "생활기록부 몇 년까지 떼요?"


def test_the_last_noun_ending_may_close_the_clipped_word() -> None:
    assert clips("체험비", ("체험", "학습비")) is False  # 학 is no ending of the clipped word
    assert clips("현학비", ("현장", "학습비"))
    assert clips("현학", ("현장", "학습"))
    assert not clips("현학비", ("현장", "학습"))
    assert not clips("현비", ("현", "비용"))  # one-syllable nouns are endings, not words


def test_two_fitting_compounds_leave_the_word_as_asked() -> None:
    docs = _Docs("현장학습비는 따로 받습니다.", "현관학습비 없음.")
    assert spelt_out(docs, "현학비 얼마예요?", "c") == "현학비 얼마예요?"


def test_a_held_or_two_syllable_word_is_left_alone() -> None:
    docs = _Docs("아동침대는 빌려 드립니다.", "현장학습비는 따로 받습니다. 현학비")
    assert spelt_out(docs, "아침 몇 시에 와요?", "c") == "아침 몇 시에 와요?"
    assert spelt_out(docs, "현학비 얼마예요?", "c") == "현학비 얼마예요?"


class _VersionedDocs(_Docs):
    """A store naming its embedded chunks' version, counting how often it loads the vectors."""

    def __init__(self, *texts: str) -> None:
        super().__init__(*texts)
        self.version = uuid.uuid4().hex
        self.vector_loads = 0

    def dense_version(self, collection: str) -> str:
        return self.version

    def dense_vectors(self, collection: str) -> tuple[list[str], object]:
        self.vector_loads += 1
        return super().dense_vectors(collection)


def test_the_compounds_are_read_once_per_version_of_the_collection() -> None:
    # Two questions of an unchanged collection: its vectors are not loaded again to
    # find that out (the old cache key was a digest of the embedded chunk ids).
    docs = _VersionedDocs("특별활동비는 월 3만 원입니다.", "현장학습은 봄과 가을에 갑니다.")
    assert spelt_out(docs, "특활비 얼마예요?", "c") == "특별활동비 얼마예요?"
    assert spelt_out(docs, "울 애 특활비 언제 내요?", "c") == "울 애 특별활동비 언제 내요?"
    assert docs.vector_loads == 1
    # A new version (a document added) is read again, and its compounds count.
    docs._rows["2:new"] = _Row("생활기록부는 졸업 후 5년까지 발급합니다.")
    docs.version = uuid.uuid4().hex
    assert spelt_out(docs, "생기부 몇 년까지 떼요?", "c") == "생활기록부 몇 년까지 떼요?"
    assert docs.vector_loads == 2


class _TinyEmbedder:
    """A 2-wide model: the store's dense version is about its chunks, not the vectors."""

    model_id = "test:clipped-tiny"
    dimension = 2

    def embed_passages(self, texts: Sequence[str]) -> FloatArray:
        return np.ones((len(texts), 2), dtype=np.float32)

    def embed_query(self, text: str) -> FloatArray:
        return np.ones(2, dtype=np.float32)


def test_the_stores_dense_version_changes_with_its_chunks_and_vectors(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path / "a", embedder=_TinyEmbedder())
    other = DocumentStore(tmp_path / "a", embedder=_TinyEmbedder())
    try:
        store.ingest_texts([("fees.md", "특별활동비는 월 3만 원입니다.")], "c")
        ingested = store.dense_version("c")
        assert store.dense_version("c") == ingested
        store.embed_pending()
        embedded = store.dense_version("c")
        assert embedded != ingested
        store.ingest_texts([("trips.md", "현장학습은 봄에 갑니다.")], "c")
        assert store.dense_version("c") not in {ingested, embedded}
        # Another store's counters are its own, even over the same folder.
        assert other.dense_version("c") != store.dense_version("c")
    finally:
        store.close()
        other.close()
