"""How the extractive answer reads a passage's sentences: their clean text, headings, weights.

A passage's sentence spans carry Markdown marks and table bars; the answer quotes
them cleaned, never quotes a section heading as a statement, and, when the store
gives no term weights, weighs a term by how few of the retrieved passages hold it.
A caller quoting one sentence of a finished answer takes its best (``top_sentence``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from tools.rag.models import ExtractiveAnswer, Passage
from tools.rag.subjects import passage_sentences

__all__ = ["fallback_idf", "is_heading", "sentence_text", "top_sentence"]

_MD_NOISE = re.compile(r"^\s*(?:[-*+•>]|\d+[.)]|#{1,6})\s+|\*\*|__|`|\|")


def _clean(sentence: str) -> str:
    return re.sub(r"\s+", " ", _MD_NOISE.sub(" ", sentence)).strip(" |")


def fallback_idf(passages: Sequence[Passage]) -> Callable[[str], float]:
    docs = [{t for _, _, toks in passage_sentences(p) for t in toks} for p in passages]
    n = max(1, len(docs))

    def idf(token: str) -> float:
        df = sum(token in d for d in docs)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    return idf


def sentence_text(p: Passage, start: int, end: int) -> str:
    return _clean(p.text[start:end])


def is_heading(p: Passage, start: int, end: int) -> bool:
    """Whether a span of the passage is a section heading, not a statement.

    A heading ("고객 카드", "## Returns") names what the section is about; quoted as
    the answer sentence it says nothing, and it carries the section's words, so it
    would otherwise score as well as the sentence that answers.
    """
    raw = p.text[start:end].strip()
    if raw.startswith("#"):
        return True
    text = _clean(raw)
    parts = {h.strip() for h in re.split(r"\s*>\s*", p.heading)} if p.heading else set()
    return bool(text) and text in parts


def top_sentence(answer: ExtractiveAnswer) -> str:
    """The highest-scoring sentence of an answer ('' when none)."""
    if not answer.sentences:
        return ""
    return max(answer.sentences, key=lambda s: s.score).text
