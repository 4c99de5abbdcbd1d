"""A quoted table row about another item that shares one of the asked item's words.

Why this exists: "how long does the blood test take at the checkup" was answered with
two rows of the check-up table, "Blood pressure and weight | 10 minutes" and "Blood test
| 15 minutes": both label a row with "blood", and the first row scored close enough to be
quoted too. It states the time of another test; a reader takes "10 minutes" for the
answer's first figure.

The rule: when an answer quotes several labelled rows (a table's first cell, or a short
"label:" line), a row whose label names only some of the asked words that another quoted
row's label names is about another item and comes off. Rows whose labels name the same
asked words stay (several plans, each its own row), and so do sentences of prose.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.rag.answer_sentences import sentence_text
from tools.rag.crosslingual import concept_groups
from tools.rag.models import AnswerSentence, ExtractiveAnswer, Passage
from tools.rag.quantity_note import quantity_note
from tools.rag.question import QuestionAnalysis
from tools.rag.row_labels import item_label
from tools.rag.subjects import passage_sentences
from tools.rag.textutil import tokenize

__all__ = ["without_partial_rows"]


def _label_of(sentence: AnswerSentence, passages: Sequence[Passage]) -> str | None:
    """The label of the row a quoted sentence is, read from its passage as written."""
    for p in passages:
        if p.chunk_id != sentence.chunk_id:
            continue
        for start, end, _ in passage_sentences(p):
            if sentence_text(p, start, end) == sentence.text:
                return item_label(p.text[start:end])
    return None


def without_partial_rows(
    asked: QuestionAnalysis, answer: ExtractiveAnswer, passages: Sequence[Passage]
) -> ExtractiveAnswer:
    """``answer`` without the rows whose labels name less of the asked item than another's.

    Args:
        asked: The question's analysis (its topic terms are the asked item's words).
        answer: The answer found.
        passages: The passages it quotes from.
    """
    if not answer.covered or len(answer.sentences) < 2:
        return answer
    groups = [
        g
        for t, g in zip(asked.terms, concept_groups(asked.terms), strict=True)
        if t in asked.topic_terms
    ]
    named: dict[int, frozenset[int]] = {}
    for order, sentence in enumerate(answer.sentences):
        label = _label_of(sentence, passages)
        if label is not None:
            words = set(tokenize(label))
            named[order] = frozenset(i for i, g in enumerate(groups) if g & words)
    # A label naming none of them says nothing about which item its row is ("통합 1개월 |
    # 헬스장 + 수영장 | 120,000원" names its items in the next cell): it stays.
    partial = {
        order
        for order, names in named.items()
        if names and any(names < other for other in named.values())
    }
    if not partial:
        return answer
    kept = [s for order, s in enumerate(answer.sentences) if order not in partial]
    ids = {c: i for i, c in enumerate(dict.fromkeys(s.citation_id for s in kept), start=1)}
    sentences = tuple(s.model_copy(update={"citation_id": ids[s.citation_id]}) for s in kept)
    citations = tuple(
        c.model_copy(update={"id": ids[c.id]}) for c in answer.citations if c.id in ids
    )
    text = " ".join(f"{s.text} [{s.citation_id}]" for s in sentences)
    note = quantity_note(answer.language, (s.text for s in sentences))
    return answer.model_copy(
        update={
            "text": f"{text} {note}" if note else text,
            "sentences": sentences,
            "citations": tuple(sorted(citations, key=lambda c: c.id)),
        }
    )
