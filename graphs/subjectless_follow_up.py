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

import re
from collections.abc import Callable

from agents.document_messages import not_covered_message
from agents.documents import DocPlan
from agents.documents_thread_52t import quote_within_sections
from tools.rag.question import analyze_question

__all__ = [
    "MEASURE_STEMS",
    "names_only_a_measure",
    "quote_of_subjectless_follow_up",
    "thread_before_elsewhere",
]

# Stems of the words that say in what unit or how exactly a figure is asked (as
# tools.rag.question stems them: "minutes" -> "minut"); none is something a document is
# about. Korean question words of this kind (최대, 몇, 며칠) are no topic terms already.
MEASURE_STEMS = frozenset(
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
    """Whether every content word of ``text`` is a measure ("how many days max?").

    A question with no content word at all counts too ("and the max?"); one with a verb
    of its own does not ("그럼 처음 갈 때 뭐 챙겨 가야 돼요?" asks what to bring).
    """
    return all(term in MEASURE_STEMS for term in analyze_question(text).terms)


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


# "and outside seoul?", "what about meals?", "서울은요?": a follow-up said as a fragment of
# the previous question, which keeps that question's subject.
_FRAGMENT = re.compile(
    r"^\s*(?:(?:and|so|but|what\s+about|how\s+about|그럼|그러면|그럼\s*그)\b\s*\S.{0,40}"
    r"|\S.{0,20}?(?:은요|는요|이면요|면요)\s*\??)\s*[?？]?\s*$",
    re.IGNORECASE,
)


def thread_before_elsewhere(
    plan: DocPlan,
    text: str,
    previous_question: str,
    plan_of: Callable[[str], DocPlan],
    thread_plan: Callable[[], DocPlan | None],
) -> DocPlan | None:
    """The thread's quote for a fragment follow-up whose own quote leads elsewhere.

    Or, without one, the own quote's sentences from the sections the thread quoted.

    "and outside seoul?" after the Seoul hotel limit matched the clinic's address (it is
    "in Seoul") before the hotel rule; asked with the thread's subject it quotes the
    hotel rule alone. ``None`` keeps the own quote: not a fragment, its lead sentence in
    a section the previous answer quoted, or no thread quote to put in its place.
    """
    if plan.kind != "extractive" or _FRAGMENT.match(text) is None or not plan.citations:
        return None
    previous = plan_of(previous_question)
    lead = plan.citations[0]
    if previous.kind != "extractive" or (
        str(lead.get("source", "")),
        str(lead.get("locator", "")),
    ) in _sections(previous):
        return None
    # Else its own sentences from the thread's sections, when it has any ("… 90,000 won
    # per night elsewhere" behind the address); none, and the follow-up changed subject.
    return thread_plan() or quote_within_sections(plan, _sections(previous), lead_may_leave=True)
