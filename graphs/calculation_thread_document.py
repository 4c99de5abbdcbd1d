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

__all__ = ["kept_to_the_calculation_subject"]

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# A calculation's thread: its question states at least this many figures.
_CALCULATION_FIGURES = 2


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
    if plan.kind != "extractive" or not plan.citations:
        return plan
    if len(_FIGURE.findall(previous_question)) < _CALCULATION_FIGURES:
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
    if plan_of(previous_question).kind == "extractive":
        return plan  # the documents answered the thread: the quote may go on with it
    why = (
        f"follow-up of a calculation the documents did not answer: the quote names none of "
        f"its subject ({', '.join(missing)})"
    )
    searched = ", ".join(sorted({str(c.get("source", "")) for c in plan.citations}))
    return DocPlan(
        kind="not_covered",
        reasons=[why, *plan.reasons],
        answer=not_covered_message(text, ", ".join(missing), searched),
    )
