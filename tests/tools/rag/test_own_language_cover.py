"""The other-language path steps aside for a sentence in the question's own language.

"영수증 안 가져가도 환불 되나요?" (no receipt: a refund?) is answered by a Korean sentence that
names both topics, which the lexical path cannot read past the negation; an English sentence
that merely shares the topics must not be quoted in its place.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import pytest

import tools.rag.crosslingual_dense as crosslingual_dense
from tools.rag.crosslingual_dense import crosslingual_answer
from tools.rag.crosslingual_matches import CrossMatch
from tools.rag.models import Passage
from tools.rag.own_language_cover import own_language_sentence_covers
from tools.rag.question import analyze_question
from tools.rag.sentence_match import SentenceMatch
from tools.rag.textutil import tokenize

_QUESTION = "영수증 안 가져가도 환불 되나요?"
_KOREAN = "영수증 없이 오셔도 환불을 받을 수 있습니다. 환불은 결제한 카드로 돌려드립니다."
_ENGLISH = "To get a refund, bring the receipt to the front desk within 14 days."


def _passage(text: str, chunk_id: str, heading: str) -> Passage:
    spans: list[tuple[int, int, tuple[str, ...]]] = []
    start = 0
    for part in text.split(". "):
        begin = text.index(part, start)
        end = begin + len(part)
        spans.append((begin, end, tuple(tokenize(part))))
        start = end
    return Passage(
        chunk_id=chunk_id,
        source=f"{chunk_id}.md",
        text=text,
        heading=heading,
        sentences=tuple(spans),
    )


class _Store:
    """What crosslingual_answer reads of a store (the planner's lexical search finds the Korean
    passage)."""

    dense = True
    embedder: Any = None

    def search(self, query: str, collection: str = "c", k: int = 3) -> list[Passage]:
        return [_passage(_KOREAN, "ko", "환불")]

    def unknown_terms(
        self, question: str, collection: str = "c", *, terms: Sequence[str] | None = None
    ) -> list[str]:
        return []


def test_a_korean_sentence_naming_both_topics_covers_the_question() -> None:
    asked = analyze_question(_QUESTION)
    assert own_language_sentence_covers([_passage(_KOREAN, "ko", "환불")], asked, (), _QUESTION)


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        (_ENGLISH, ()),  # another language: that is what the other-language path weighs
        ("환불은 결제한 카드로 돌려드립니다.", ()),  # names only one of the two topics
        (_KOREAN, ("영수증",)),  # one known topic left: too generic to say where the answer is
    ],
)
def test_what_does_not_cover_the_question(text: str, unknown: Collection[str]) -> None:
    asked = analyze_question(_QUESTION)
    assert not own_language_sentence_covers([_passage(text, "p", "")], asked, unknown, _QUESTION)


def test_a_typed_question_needs_a_sentence_of_its_kind() -> None:
    question = "영수증 없이 환불은 며칠 안에 되나요?"
    asked = analyze_question(question)
    assert asked.answer_type is not None
    assert not own_language_sentence_covers([_passage(_KOREAN, "ko", "")], asked, (), question)


def test_the_other_language_steps_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    english = _passage(_ENGLISH, "en", "Refunds")
    match = SentenceMatch(0, 0, len(_ENGLISH), _ENGLISH, 0.9)
    monkeypatch.setattr(
        crosslingual_dense, "_candidates", lambda *a: [CrossMatch(english, 3.0, 0.5)]
    )
    monkeypatch.setattr(crosslingual_dense, "match_sentences", lambda *a: [match])
    monkeypatch.setattr(crosslingual_dense, "translated_question", lambda *a: None)
    asked = analyze_question(_QUESTION)
    store: Any = _Store()
    searched = store.search(_QUESTION, "c")  # the planner's passages
    assert crosslingual_answer(store, _QUESTION, "c", asked, searched) is None
    # The same store with the rule off quotes the English line: the rule is what declines.
    monkeypatch.setattr(crosslingual_dense, "own_language_sentence_covers", lambda *a: False)
    quoted = crosslingual_answer(store, _QUESTION, "c", asked, searched)
    assert quoted is not None and "refund" in quoted.text
