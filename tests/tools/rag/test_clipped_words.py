"""A clipped Korean word no document holds is read as the documents' one compound it clips."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tools.rag.clipped_words import clips, spelt_out


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
