"""A declined question planned again over the other language's passages alone.

Why this exists: the hybrid search fuses BM25 and dense scores over every chunk, and a
question's own-language passages win that fusion on shared words ("clinic", "time",
"book") even when none answers. Translated query terms weigh half (tools.rag.crosslingual
TRANSLATION_WEIGHT), so the Korean passage that does answer an English question ranks past
the four passages the planner reads. Measured on the samples and the workload's documents
(2026-12-06): "how early should I get there before my booked time" finds clinic_guide.md
§진료 예약 ('예약 시간 10분 전까지') twelfth, "how many days of annual leave do i get?"
finds §연차 휴가 sixth (behind §병가), and both were declined; each passage alone is
answered by the ordinary extractive checks. The dense other-language path
(tools.rag.crosslingual_dense) misses both: across languages its sentence similarities
sit in a narrow band (0.79-0.84) where the wrong sentence is as close as the right one.

So when the own-language plan declines, the same planner (every coverage, answer-type
and subject check) reads the best other-language passages of a wider search, and the
quoted passage must name most of the question's held topics (:func:`names_most_topics`).
It only turns a decline into an answer the checks pass; it never changes an answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from agents.grounded_topic_elsewhere_60e import counted_unit_terms, grounded_without_a_topic
from agents.unheld_terms import unknown_terms
from agents.unsure_other_language_59y import reads_other_language_when_unsure as unsure
from tools.rag.answer_types import answer_type
from tools.rag.crosslingual import equivalents
from tools.rag.models import Passage
from tools.rag.question import QuestionAnalysis
from tools.rag.textutil import language_of, tokenize

__all__ = ["names_most_topics", "other_language_passages", "other_language_plan"]

# How deep the wider search reaches: three times the planner's four passages. The
# measured misses ranked sixth and twelfth; deeper passages share only a word or two.
SEARCH_DEPTH = 12
# As many other-language passages as the planner reads of its own search.
PASSAGES = 4
# A name or a person asked: "What is the name of the clinic's pharmacist?" was answered,
# read alone over the Korean passages, with the pharmacy guide's "약사나 의사와 상담하세요"
# (it names 약사). A name is written in one script, and no check tells a sentence naming
# the role from one naming the person: such a question keeps its decline.
_ASKS_A_NAME = re.compile(
    r"\bname\s+of\b|\bwhat'?s\s+(?:the\s+|his\s+|her\s+|their\s+)?names?\b|\bcalled\b"
    r"|이름|성함|누구|누가",
    re.IGNORECASE,
)
# Off only in the test that shows what the name screen changes.
use_name_screen = True


class _Plan(Protocol):
    reasons: list[str]
    citations: list[dict[str, Any]]

    @property
    def kind(self) -> str: ...


_P = TypeVar("_P", bound=_Plan)


class _Searcher(Protocol):
    def search(self, query: str, collection: str = ..., k: int = ...) -> list[Passage]: ...


def other_language_passages(docs: _Searcher, question: str, collection: str) -> list[Passage]:
    """The best passages of a wider search written in the other language than the question."""
    asked_in = language_of(question)
    found = docs.search(question, collection=collection, k=SEARCH_DEPTH)
    return [p for p in found if language_of(p.text) != asked_in][:PASSAGES]


def other_language_plan(
    docs: Any,
    question: str,
    asked: QuestionAnalysis,
    plan: _P,
    collection: str,
    replan: Callable[..., _P],
) -> _P:
    """``plan``, or the plan over the other language's passages when only that one answers.

    Args:
        docs: The document store.
        question: The step text.
        asked: Its analysis.
        plan: The plan from the question's own search (declined: ``not_covered``).
        collection: The collection searched.
        replan: The planner's own reading of a list of passages (``_plan_from_passages``).
    """
    if (
        plan.kind != "not_covered"
        and not unsure(docs, question, asked, plan.kind, collection)
        and not grounded_without_a_topic(docs, question, asked, plan, collection)
    ):
        return plan
    if use_name_screen and (_ASKS_A_NAME.search(question) or answer_type(question) == "person"):
        return plan
    passages = other_language_passages(docs, question, collection)
    if not passages:
        return plan
    other = replan(docs, question, asked, passages, collection=collection, pinned=False)
    if other.kind != "extractive" or not names_most_topics(
        docs, question, asked, other, collection
    ):
        return plan
    other.reasons = [
        *other.reasons,
        "extractive: the other language's passages answer it (the own-language plan declined)",
    ]
    return other


def names_most_topics(
    docs: Any, question: str, asked: QuestionAnalysis, plan: _Plan, collection: str
) -> bool:
    """Whether the quoted passage names more than half of the question's held topics.

    Why: read alone, the other language's passages lose the own-language passages that
    name the subject, and with them the checks that a passage holding it must answer
    (tools.rag.subjects). Measured on the dev set: "How much does a health check-up
    cost?" (no price is given) was answered by directions.md's parking fee, named by
    "cost" alone. A topic no document holds ("early") is phrasing, not counted.
    """
    if not plan.citations:
        return False
    cited = plan.citations[0]
    tokens = set(tokenize(f"{cited.get('locator', '')} {cited.get('text', '')}"))
    unheld = set(unknown_terms(docs, question, asked.topic_terms, collection))
    held = [t for t in dict.fromkeys(asked.topic_terms) if t not in unheld]
    # "how many days": the counted unit is the answer's kind, written as 일 (grounded_…_60e).
    units = counted_unit_terms(question)
    held = [t for t in held if t not in units] or held
    named = [t for t in held if equivalents(t) & tokens]
    return 2 * len(named) > len(held)
