"""A cross-lingual sentence far ahead of its passage's others may sit below the absolute bar.

Across languages the dense similarities of right and wrong sentences share a narrow band,
so a right sentence can miss the 0.815 bar while leading its passage by several margins.
The matches are stubbed: these tests pin the gate, not the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

import tools.rag.crosslingual_dense as crosslingual_dense
from tools.rag.crosslingual_dense import clearly_closest
from tools.rag.crosslingual_matches import CrossMatch
from tools.rag.models import Passage
from tools.rag.question import analyze_question
from tools.rag.sentence_match import SentenceMatch

_QUESTION = "주민센터 우산 대여는 며칠 동안 돼요?"
_SENTENCES = (
    "Umbrellas can be borrowed for 3 days with a library card.",
    "The umbrella stand is next to the main entrance.",
    "Please shake your umbrella before coming inside.",
)


class _NoStore:
    """The gate under test reads nothing of the store (the sentence matches are stubbed)."""

    dense = True
    embedder: Any = None


def _answer(
    monkeypatch: pytest.MonkeyPatch,
    similarities: Sequence[float],
    question: str = _QUESTION,
    unheld: frozenset[str] = frozenset(),
) -> object:
    sentences = _SENTENCES[: len(similarities)]
    text = " ".join(sentences)
    starts = [text.index(s) for s in sentences]
    matches = [
        SentenceMatch(rank=0, start=start, end=start + len(s), text=s, similarity=sim)
        for s, start, sim in zip(sentences, starts, similarities, strict=True)
    ]
    ranked = sorted(matches, key=lambda m: -m.similarity)
    monkeypatch.setattr(crosslingual_dense, "match_sentences", lambda *a, **k: ranked)
    passage = Passage(chunk_id="c1", source="hall_en.md", text=text, heading="Umbrellas")
    match = CrossMatch(passage=passage, z_score=2.4, own_language_z=1.2)
    asked = analyze_question(question)
    return crosslingual_dense._answer_from(
        _NoStore(),  # type: ignore[arg-type]
        question,
        asked,
        set(unheld),
        match,
        None,
    )


@pytest.mark.parametrize(
    ("similarity", "margin", "clear"),
    [
        (0.82, 0.012, True),  # the absolute bar and the usual margin
        (0.79, 0.035, True),  # below the bar, but three margins ahead
        (0.79, 0.02, False),  # below the bar and only two margins ahead
        (0.77, 0.06, False),  # far ahead, but under the band's floor
        (0.83, 0.005, False),  # close, but not clearly ahead
    ],
)
def test_a_wide_lead_stands_in_for_the_absolute_bar(
    similarity: float, margin: float, clear: bool
) -> None:
    assert clearly_closest(similarity, margin, ()) is clear


def test_a_wide_lead_does_not_speak_for_an_item_no_document_names() -> None:
    # "드론" (a drone) is held nowhere: the sentence that leads may be about another item.
    assert not clearly_closest(0.79, 0.035, {"드론"})
    # An everyday word the documents do not use only phrases the question.
    assert clearly_closest(0.79, 0.035, {"대신"})
    # The absolute bar is as before, whatever is unheld.
    assert clearly_closest(0.82, 0.012, {"드론"})


def test_a_sentence_far_ahead_of_its_passage_is_quoted(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = _answer(monkeypatch, (0.795, 0.755, 0.75))
    assert answer is not None
    assert "3 days" in getattr(answer, "text", "")


def test_a_lead_on_the_umbrella_sentence_does_not_answer_for_a_drone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    question = "주민센터 드론 대여는 며칠 동안 돼요?"
    assert _answer(monkeypatch, (0.795, 0.755, 0.75), question, frozenset({"드론"})) is None


def test_a_sentence_alone_in_its_passage_leads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # Its margin is its whole similarity: no other sentence was weighed against it.
    assert not clearly_closest(0.79, 0.79, (), compared=False)
    assert _answer(monkeypatch, (0.795,)) is None


def test_a_sentence_only_slightly_ahead_below_the_bar_is_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _answer(monkeypatch, (0.795, 0.78, 0.75)) is None
