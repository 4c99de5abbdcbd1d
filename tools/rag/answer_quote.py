"""How the extractive answer quotes its chosen sentences: in document order, with citations.

The sentences are quoted as the document orders them (that reads naturally), the best
sentence's passage cited first, each followed by its citation number, and a note when
the quoted figures are quantities a reader may misread (:mod:`tools.rag.quantity_note`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from tools.rag.models import AnswerSentence, ExtractiveAnswer, Passage
from tools.rag.quantity_note import quantity_note

__all__ = ["Scored", "quoted_answer"]

#: A scored sentence: score, passage coverage, passage rank, order in the passage, text.
Scored = tuple[float, float, int, int, str]


def quoted_answer(
    chosen: list[Scored],
    best: Scored,
    passages: Sequence[Passage],
    confidence: float,
    lang: Literal["ko", "en"],
) -> ExtractiveAnswer:
    """The covered answer quoting ``chosen`` (``best`` among them), cited from ``passages``."""
    ordered = sorted(chosen, key=lambda s: (s[2] != best[2], s[2], s[3]))
    cited_ranks = list(dict.fromkeys(s[2] for s in ordered))
    ids = {rank: i for i, rank in enumerate(cited_ranks, start=1)}
    sentences = tuple(
        AnswerSentence(
            text=s[4], citation_id=ids[s[2]], chunk_id=passages[s[2]].chunk_id, score=round(s[0], 4)
        )
        for s in ordered
    )
    quoted = " ".join(f"{s.text} [{s.citation_id}]" for s in sentences)
    note = quantity_note(lang, (s.text for s in sentences))
    return ExtractiveAnswer(
        text=f"{quoted} {note}" if note else quoted,
        sentences=sentences,
        citations=tuple(passages[r].citation(ids[r]) for r in cited_ranks),
        confidence=confidence,
        covered=True,
        language=lang,
    )
