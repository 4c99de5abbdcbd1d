"""A follow-up naming nothing but a measure is answered by the thread's subject or not at all.

"how many days max?" after "can i carry over unused leave" names no subject of its own:
its only content word is the unit it asks in. Searched alone, any sentence with "days"
in it matches ("Submit every claim within 30 days …" of the expense policy), and that
sentence was quoted as the answer although the thread was about leave. Such a quote
stands only when it comes from a section the previous answer quoted (it then continues
that subject); otherwise only the thread's subject carried into the search may answer
(``graphs.thread_document_query``), and when it cannot, the documents honestly do not.
"""

from __future__ import annotations

from collections.abc import Callable

from agents.document_messages import not_covered_message
from agents.documents import DocPlan
from tools.rag.question import analyze_question

__all__ = ["names_only_a_measure", "quote_of_subjectless_follow_up"]

# Stems of the words that say in what unit or how exactly a figure is asked (as
# tools.rag.question stems them: "minutes" -> "minut"); none is something a document is
# about. Korean question words of this kind (최대, 몇, 며칠) are no topic terms already.
_MEASURE_STEMS = frozenset(
    {
        "day",
        "hour",
        "minut",
        "second",
        "week",
        "month",
        "year",
        "night",
        "time",
        "total",
        "exactly",
        "max",
        "maximum",
        "min",
        "minimum",
        "most",
        "least",
        "하루",
        "일",
        "시간",
        "분",
        "주",
        "달",
        "개월",
        "년",
        "번",
        "회",
    }
)

_WHY = "follow-up naming only a measure: its own quote is not the thread's subject"


def names_only_a_measure(text: str) -> bool:
    """Whether every topic word of ``text`` is a measure ("how many days max?").

    A question with no topic word at all counts too ("and the max?").
    """
    return all(term in _MEASURE_STEMS for term in analyze_question(text).topic_terms)


def _sections(plan: DocPlan) -> set[tuple[str, str]]:
    return {(str(c.get("source", "")), str(c.get("locator", ""))) for c in plan.citations}


def _read(plan: DocPlan) -> set[tuple[str, str]]:
    return {(str(p.get("source", "")), str(p.get("locator", ""))) for p in plan.passages}


def quote_of_subjectless_follow_up(
    plan: DocPlan,
    text: str,
    previous_question: str,
    plan_of: Callable[[str], DocPlan],
    thread_plan: Callable[[], DocPlan | None],
) -> DocPlan | None:
    """What answers a measure-only follow-up whose own plan quotes, or ``None`` to keep it.

    Args:
        plan: The follow-up's own plan (extractive).
        text: The follow-up ("how many days max?").
        previous_question: The user's previous question.
        plan_of: Plans a question against the same documents.
        thread_plan: The quote of the follow-up asked with the thread's subject, if any.

    Returns:
        ``None`` when the own quote stands (the follow-up names a subject, or the quote
        stays in the sections the previous step quoted, read or searched); else the
        thread's quote, or a "not in the documents" plan.
    """
    if plan.kind != "extractive" or not names_only_a_measure(text):
        return None
    previous = plan_of(previous_question)
    # The thread's subject: what the previous answer quoted or a model was given to read
    # (a grounded answer), or, when it was declined, the sections searched for it.
    if _sections(plan) <= _sections(previous) | _read(previous):
        return None
    carried = thread_plan()
    if carried is not None:
        return carried
    missing = ", ".join(analyze_question(previous_question).topic_terms[:3]) or text.strip()
    return DocPlan(
        kind="not_covered",
        reasons=[*plan.reasons, _WHY],
        answer=not_covered_message(text, missing),
        passages=plan.passages,
    )
