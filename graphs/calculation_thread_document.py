"""A follow-up in a calculation's thread is not answered by a quote missing its subject.

Blind set 36: after "강아지 사료 15kg짜리 7만2천원인데 하루에 300g씩 먹이면 며칠 먹어" (a
calculation the documents have nothing to do with), "그럼 하루 사료값은 얼마 꼴이야" was
answered from the expense policy, "Staff travelling on business may claim up to 30,000 won
per day for meals. [1]": a cross-lingual match on "하루"/"per day" and an amount, cited as
the documents' word, for a question about the dog's food. Issue 11 part 1: a follow-up
never falls to an unrelated document.

The rule, for a follow-up turn whose plan quotes the documents: when the previous question
was a calculation (two figures or more) that the documents did not answer, and the
follow-up carries a subject of it (a topic term both questions name, "사료") that no quoted
sentence names (itself or its translation), the quote is about something else, and the
turn says the documents do not answer it. A follow-up naming a new subject of its own
("그럼 주차는요?") carries none and keeps its quote; so does a thread the documents
answered (``graphs.pronoun_thread_document`` and ``graphs.sibling_subject`` keep those).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.document_messages import not_covered_message
from agents.documents import DocPlan
from agents.thread_figures import continues
from tools.rag.question import analyze_question
from tools.rag.textutil import tokenize
from tools.rag.translated_query import translate_tokens

__all__ = [
    "declined_unless_the_thread_was_answered",
    "is_calculation",
    "kept_to_the_calculation_subject",
    "quote_after_calculation",
]

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# A calculation's thread: its question states at least this many figures.
_CALCULATION_FIGURES = 2


def is_calculation(question: str) -> bool:
    """Whether ``question`` asked a calculation: it states two figures or more."""
    return len(_FIGURE.findall(question)) >= _CALCULATION_FIGURES


def quote_after_calculation(plan: DocPlan, previous_question: str) -> bool:
    """Whether ``plan`` quotes the documents in a turn following a calculation."""
    return plan.kind == "extractive" and bool(plan.citations) and is_calculation(previous_question)


def declined_unless_the_thread_was_answered(
    plan: DocPlan,
    text: str,
    previous_question: str,
    plan_of: Callable[[str], DocPlan],
    *,
    why: str,
    missing: str,
) -> DocPlan:
    """ "Not in the documents" for ``text`` in place of ``plan``'s quote.

    Unless the documents answered the calculation itself: then the quote may go on with
    the thread, and ``plan`` stands. ``plan_of`` is called only here, last, because it
    searches the documents again.

    Args:
        plan: The follow-up's own document plan (it quotes the documents).
        text: The follow-up.
        previous_question: The calculation asked before it.
        plan_of: Plans a question against the same documents.
        why: The reason the quote answers another subject (kept in the plan's reasons).
        missing: What the notice says the documents do not give.
    """
    if plan_of(previous_question).kind == "extractive":
        return plan  # the documents answered the thread: the quote may go on with it
    searched = ", ".join(sorted({str(c.get("source", "")) for c in plan.citations}))
    return DocPlan(
        kind="not_covered",
        reasons=[why, *plan.reasons],
        answer=not_covered_message(text, missing, searched),
    )


def _named(term: str, quoted: set[str]) -> bool:
    bridged = set(
        tokenize(" ".join(translate_tokens([term], "en") + translate_tokens([term], "ko")))
    )
    return term in quoted or bool(bridged & quoted)


def kept_to_the_calculation_subject(
    plan: DocPlan, text: str, previous_question: str, plan_of: Callable[[str], DocPlan]
) -> DocPlan:
    """``plan``, or "not in the documents" when a calculation's follow-up quotes another subject.

    Args:
        plan: The follow-up's own document plan.
        text: The follow-up ("그럼 하루 사료값은 얼마 꼴이야").
        previous_question: The user's previous question.
        plan_of: Plans a question against the same documents (called only when needed).
    """
    if not quote_after_calculation(plan, previous_question):
        return plan
    if not continues(text, previous_question):
        return plan
    carried = set(analyze_question(text).topic_terms) & set(
        analyze_question(previous_question).topic_terms
    )
    quoted = {t for c in plan.citations for t in tokenize(str(c.get("text", "")))}
    missing = sorted(t for t in carried if not _named(t, quoted))
    if not missing:
        return plan
    why = (
        f"follow-up of a calculation the documents did not answer: the quote names none of "
        f"its subject ({', '.join(missing)})"
    )
    return declined_unless_the_thread_was_answered(
        plan, text, previous_question, plan_of, why=why, missing=", ".join(missing)
    )
