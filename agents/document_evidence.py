"""What the retrieved passages say of a typed question: its kind of answer, its topics.

A question asking for a duration, an amount or a place is answered only by a sentence
holding that kind of answer; passages naming most of its topics are about it even
when none does. The kind's name is what "not in the documents" says was looked for.
"""

from __future__ import annotations

import re
from typing import Any

from tools.rag.answer_types import has_answer_type
from tools.rag.crosslingual import equivalents
from tools.rag.qualifiers import figure_conflict, missing_limit
from tools.rag.question import QuestionAnalysis

__all__ = ["topic_share", "type_nowhere", "wanted"]

_DEGREE = re.compile(r"얼마\s*나")  # how much of anything: its type (an amount) is a guess
# What a typed question asks for, in each answer language.
_TYPE_NAMES: dict[str, tuple[str, str]] = {
    "duration": ("duration", "걸리는 기간"),
    "datetime": ("date or time", "날짜나 시간"),
    "amount": ("amount", "금액이나 양"),
    "count": ("number", "개수"),
    "place": ("place", "장소"),
    "person": ("person", "사람"),
}


def type_nowhere(asked: QuestionAnalysis, question: str, passages: list[Any]) -> bool:
    """A typed lookup whose kind of answer no sentence of the passages holds.

    A sentence holding the kind asked for still does not count when it contradicts
    what the question fixes (a limit asked and none stated, another figure of a unit
    the question gives): "What's the maximum daily dose of ibuprofen?" over "성인은
    보통 한 번에 200~400mg을 복용하며" had a model call the usual dose the maximum.
    """
    # "얼마나 받아요?" asks how much of anything (days of leave, too): not only an amount.
    if asked.answer_type is None or _DEGREE.search(question):
        return False
    return not any(
        has_answer_type(
            p.text[start:end],
            asked.answer_type,
            asked.counter,
            recurring=asked.recurring,
            question=question,
        )
        and not missing_limit(question, p.text[start:end])
        and not figure_conflict(question, p.text[start:end])
        for p in passages
        # A passage stored without its sentence spans is read whole.
        for start, end, _tokens in p.sentences or ((0, len(p.text), ()),)
    )


def topic_share(asked: QuestionAnalysis, passages: list[Any]) -> float:
    """Share of the question's topic terms the passages mention (in either language)."""
    if not asked.topic_terms:
        return 0.0
    seen: set[str] = set()
    for p in passages:
        seen.update(t for _, _, toks in p.sentences for t in toks)
    hits = sum(1 for t in asked.topic_terms if equivalents(t) & seen)
    return hits / len(asked.topic_terms)


def wanted(asked: QuestionAnalysis, language: str = "en") -> str:
    if asked.answer_type is None:
        return "answer" if language == "en" else "답"
    english, korean = _TYPE_NAMES[asked.answer_type]
    return english if language == "en" else korean
