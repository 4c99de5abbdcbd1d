"""An own-language passage that stands out more vetoes the other language only if it could answer.

"세탁실 이용료가 얼마예요?" (how much is the laundry room?) may stand out most on a Korean
passage about where the laundry room is, which prices nothing, while the English passage
states the fee. The Korean passage was read by the lexical path, which declined; it is
no reason to decline the English sentence. A Korean passage that does state a price is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

import pytest

import tools.rag.crosslingual_dense as crosslingual_dense
from tools.rag.crosslingual_dense import crosslingual_answer
from tools.rag.crosslingual_matches import CrossMatch
from tools.rag.models import Passage
from tools.rag.own_language_rival import rival_could_answer
from tools.rag.question import analyze_question
from tools.rag.sentence_match import SentenceMatch
from tools.rag.storage import ChunkRow
from tools.rag.textutil import tokenize

_TYPED = "세탁실 이용료가 얼마예요?"
_TYPELESS = "세탁실에 세제가 있나요?"
_WHERE_ONLY = "세탁실은 기숙사 지하 1층에 있습니다. 세탁기는 모두 열두 대입니다."
_PRICED = "세탁실은 기숙사 지하 1층에 있습니다. 세탁기 이용료는 1회 2,000원입니다."
_DETERGENT = "세탁실은 지하에 있습니다. 세탁실에는 세제가 비치되어 있습니다."
_ENGLISH = "The laundry room costs 1,500 won per wash."


def _spans(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Each sentence (up to its full stop) with its index tokens, as ingest stores them."""
    found = re.finditer(r"[^.]+\.?", text)
    return tuple(
        (m.start(), m.end(), tuple(tokenize(m.group()))) for m in found if m.group().strip()
    )


def _passage(text: str, chunk_id: str, heading: str = "") -> Passage:
    return Passage(
        chunk_id=chunk_id,
        source=f"{chunk_id}.md",
        text=text,
        heading=heading,
        sentences=_spans(text),
    )


@pytest.mark.parametrize(
    ("question", "rival", "able"),
    [
        (_TYPED, _WHERE_ONLY, False),  # no price stated: it cannot answer "how much"
        (_TYPED, _PRICED, True),  # a price in the question's language: the answer may be here
        (_TYPED, _ENGLISH, False),  # another language: not an own-language rival
        (_TYPELESS, _WHERE_ONLY, False),  # names the laundry room, not the detergent
        (_TYPELESS, _DETERGENT, True),  # names both topics in one sentence
    ],
)
def test_which_rival_could_answer(question: str, rival: str, able: bool) -> None:
    asked = analyze_question(question)
    assert rival_could_answer(_passage(rival, "ko"), asked, (), question) is able


class _Store:
    """What crosslingual_answer reads of a store: the rival chunk is read back by its id."""

    dense = True
    embedder: Any = None

    def __init__(self, rival: str) -> None:
        self.rival = rival

    def unknown_terms(
        self, question: str, collection: str = "c", *, terms: Sequence[str] | None = None
    ) -> list[str]:
        return []

    def chunks(self, chunk_ids: Iterable[str]) -> dict[str, ChunkRow]:
        row = ChunkRow("ko", "ko.md", "", "세탁실", None, 0, 0, self.rival, _spans(self.rival))
        return {i: row for i in chunk_ids if i == "ko"}


@pytest.mark.parametrize(("rival", "quoted"), [(_WHERE_ONLY, True), (_PRICED, False)])
def test_only_an_able_rival_vetoes(
    monkeypatch: pytest.MonkeyPatch, rival: str, quoted: bool
) -> None:
    english = _passage(_ENGLISH, "en", "Laundry")
    match = SentenceMatch(0, 0, len(_ENGLISH), _ENGLISH, 0.9)
    # The Korean rival stands out more (2.5) than the English passage (2.0).
    monkeypatch.setattr(
        crosslingual_dense, "_candidates", lambda *a: [CrossMatch(english, 2.0, 2.5, "ko")]
    )
    monkeypatch.setattr(crosslingual_dense, "match_sentences", lambda *a: [match])
    monkeypatch.setattr(crosslingual_dense, "translated_question", lambda *a: None)
    asked = analyze_question(_TYPED)
    store: Any = _Store(rival)
    answer = crosslingual_answer(store, _TYPED, "c", asked, [])
    assert (answer is not None and "1,500" in answer.text) is quoted


def test_a_match_found_by_the_translation_keeps_the_veto(monkeypatch: pytest.MonkeyPatch) -> None:
    english = _passage(_ENGLISH, "en", "Laundry")
    match = SentenceMatch(0, 0, len(_ENGLISH), _ENGLISH, 0.9)
    # The question's own match falls short of the z bar; the translation's stands out
    # (2.0) but less than the question's Korean rival (2.5), which prices nothing.
    own = CrossMatch(_passage("Laundry is in the basement.", "en0"), 1.0, 2.5, "ko")
    translated = CrossMatch(english, 2.0, 2.5, "ko")
    monkeypatch.setattr(crosslingual_dense, "_candidates", lambda *a: [own, translated])
    monkeypatch.setattr(crosslingual_dense, "match_sentences", lambda *a: [match])
    monkeypatch.setattr(crosslingual_dense, "translated_question", lambda *a: "laundry cost")
    monkeypatch.setattr(crosslingual_dense, "drops_a_held_word", lambda *a: False)
    asked = analyze_question(_TYPED)
    store: Any = _Store(_WHERE_ONLY)
    assert crosslingual_answer(store, _TYPED, "c", asked, []) is None
    # Found by the question itself, the same passage is quoted: the translation is what vetoes.
    monkeypatch.setattr(crosslingual_dense, "_candidates", lambda *a: [translated])
    quoted = crosslingual_answer(store, _TYPED, "c", asked, [])
    assert quoted is not None and "1,500" in quoted.text
