"""A bare follow-up is not answered by a curated entry about another document's subject.

"공휴일엔요?" after "약국 몇 시에 열어요?" (answered by the pharmacy's curated hours) asks
whether the pharmacy opens on holidays. Matched alone, its one word found the clinic's
holiday entry ("일요일과 공휴일은 휴진입니다"), and that answer, cited to the clinic guide,
came back as if it were the pharmacy's. A follow-up that names only a qualifier (a day,
a place, a group; see :func:`tools.followup_qualifier_swap.bare_qualifier`) has no subject
of its own: the thread's is the previous answer's. When the curated entry it matches
summarises another document than the entry the previous question matched, the curated
answer is left out and the turn goes on to the documents, which ask the previous
question with the qualifier (:mod:`graphs.qualifier_plan`).
"""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.messages import AnyMessage

from tools.faq import FaqBook
from tools.followup_condition_only import condition_only
from tools.followup_qualifier_swap import bare_qualifier
from tools.followup_topic_only import topic_only

__all__ = ["faq_leaves_the_thread", "previous_question", "topic_leaves_the_thread"]


def previous_question(messages: Sequence[AnyMessage]) -> str | None:
    """The user's question before this turn's (the last human message), if any."""
    asked = [m.content for m in messages if m.type == "human" and isinstance(m.content, str)]
    return asked[-2] if len(asked) >= 2 else None


def faq_leaves_the_thread(faq: FaqBook | None, text: str, previous: str | None) -> bool:
    """Whether a bare follow-up's curated answer is about another document than the thread.

    Args:
        faq: The curated answers.
        text: The follow-up ("공휴일엔요?").
        previous: The user's previous question.

    Returns:
        True when the follow-up names only a qualifier, the previous question matched a
        curated entry summarising one document, and the follow-up matches one summarising
        another.
    """
    if faq is None or previous is None or bare_qualifier(text) is None:
        return False
    hit, earlier = faq.lookup(text), faq.lookup(previous)
    if hit is None or earlier is None:
        return False
    source, thread = hit.entry.source, earlier.entry.source
    return source is not None and thread is not None and source != thread


def topic_leaves_the_thread(faq: FaqBook | None, text: str, previous: str | None) -> bool:
    """Whether a topic- or condition-only follow-up's curated answer would leave an
    uncurated thread.

    "what about parking" after "is alcohol covered on work trips" asks about parking on work
    trips. The previous question matched no curated entry (the documents or a model took
    it), so a curated entry matching the topic word alone answers another subject (the
    clinic's car park): it is left out and the turn goes on with its thread (set 38).

    Args:
        faq: The curated answers.
        text: The follow-up ("what about parking", "주차는요?").
        previous: The user's previous question.
    """
    if faq is None or previous is None:
        return False
    if topic_only(text) is None and condition_only(text) is None:
        # ("and if i drive my own car?" adds only a condition to the thread: set 39.)
        return False
    return faq.lookup(text) is not None and faq.lookup(previous) is None
