"""A follow-up that points back with a pronoun is not answered from another document.

After "how long do check-up results take" was answered from the check-up page, "can they
tell me over the phone?" still asks about the results: "they" names no subject of its
own. Searched alone, its one content word (phone) matched the directions' line "call
02-555-0100 before you arrive if you need help", in another document, and that was quoted
with its citation as the answer: the wrong subject, presented as the documents' word.

The rule, for a follow-up turn whose plan quotes the documents: when it points back with
a pronoun (they, them, it, those, these; 그거, 그건, 그게, 걔네) and every quote comes from a
document the previous question's own answer did not quote, the quote is about something
else than what the user still means, and the turn says the documents do not answer it.
A follow-up naming a subject of its own ("where do I park?") keeps its quote; so does one
quoting the thread's document (:mod:`graphs.sibling_subject` screens its sections), and one
whose quote names the previous question's subject: "can you just phone me with them?" after
the blood test results is answered by another page's "Results are not given over the
phone" (the same subject, written up in two documents).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.document_messages import not_covered_message
from agents.documents import DocPlan
from tools.rag.question import analyze_question
from tools.rag.textutil import tokenize
from tools.rag.translated_query import translate_tokens

__all__ = ["kept_to_the_thread_document", "points_back"]

# "it" only where it stands for a thing ("is it possible", "is it ok to" ask about an act).
_POINTS_BACK = re.compile(
    r"\b(?:they|them|those|these)\b|\bit\b(?!\s+(?:possible|ok|okay|allowed|fine|true|necessary"
    r"|worth|safe|too\s+late))|(?<![가-힣])(?:그거|그건|그게|그걸|그것|걔네|걔|그놈)",
    re.IGNORECASE,
)


def points_back(text: str) -> bool:
    """Whether the follow-up's subject or object is a pronoun for the previous subject."""
    return _POINTS_BACK.search(text) is not None


def _quoted_sources(plan: DocPlan) -> set[str]:
    if plan.kind != "extractive":
        return set()
    return {str(c.get("source", "")) for c in plan.citations}


def _names_the_subject(plan: DocPlan, previous_question: str) -> bool:
    """Whether a quote names a topic of the previous question (in either language)."""
    topics = list(analyze_question(previous_question).topic_terms)
    bridged = translate_tokens(topics, "ko") + translate_tokens(topics, "en")
    subject = set(topics) | set(tokenize(" ".join(bridged)))
    quoted = {t for c in plan.citations for t in tokenize(str(c.get("text", "")))}
    return bool(subject & quoted)


def kept_to_the_thread_document(
    plan: DocPlan, text: str, previous_question: str, plan_of: Callable[[str], DocPlan]
) -> DocPlan:
    """``plan``, or "not in the documents" when a pronoun follow-up quotes another document.

    Args:
        plan: The follow-up's own document plan.
        text: The follow-up ("can they tell me over the phone?").
        previous_question: The user's previous question.
        plan_of: Plans a question against the same documents (called only when needed).
    """
    quoted = _quoted_sources(plan)
    if not quoted or not points_back(text):
        return plan
    earlier = _quoted_sources(plan_of(previous_question))
    if not earlier or quoted & earlier or _names_the_subject(plan, previous_question):
        return plan
    named = ", ".join(sorted(earlier))
    why = (
        f"follow-up pointing back at the previous answer (from {named}): the quote is from "
        f"{', '.join(sorted(quoted))}, another document"
    )
    return DocPlan(
        kind="not_covered",
        reasons=[why, *plan.reasons],
        answer=not_covered_message(text, text.strip().rstrip("?？"), named),
    )
