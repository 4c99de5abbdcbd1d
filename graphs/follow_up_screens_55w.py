"""wrongs55's screens of a follow-up's own quote, in the order they run (one hook).

- :func:`graphs.same_subject_follow_up_55w.kept_to_the_thread_55w`: a follow-up on the
  thread's subject ("same on weekends?", "톨비는?") quoted only from other documents is
  declined;
- :func:`graphs.condition_follow_up_55w.stated_condition`: a follow-up adding a condition
  ("팀장 휴가중이면?") is answered only by a sentence stating it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agents.documents import DocPlan
from graphs.condition_follow_up_55w import condition_head, stated_condition, states_condition
from graphs.figure_sibling_57c import figure_siblings_off
from graphs.same_subject_follow_up_55w import kept_to_the_thread_55w
from tools.faq import FaqBook

__all__ = ["condition_stated_55w", "faq_misses_condition_55w", "screened_follow_up_55w"]


def screened_follow_up_55w(
    faq: FaqBook | None,
    docs: Any | None,
    plan: DocPlan,
    text: str,
    earlier: Sequence[str],
    collection: str,
) -> DocPlan:
    """A follow-up's own document plan after wrongs55's screens (unchanged on a first turn).

    Args:
        faq: The curated answers.
        docs: The document store.
        plan: The follow-up's document plan.
        text: The follow-up.
        earlier: The user's earlier questions, oldest first (empty: no thread).
        collection: The workspace's collection.
    """
    if not earlier:
        return plan
    plan = kept_to_the_thread_55w(faq, docs, plan, text, earlier[-1], collection)
    plan = figure_siblings_off(docs, plan, text, earlier, collection)  # doc57b
    return stated_condition(plan, text, earlier)


def condition_stated_55w(plan: DocPlan | None, text: str, earlier: Sequence[str]) -> DocPlan | None:
    """A carried-subject follow-up's plan after the condition screen ("결과 나쁘면?").

    The follow-up asked with the previous question's subject ("혈액 검사 결과 나쁘면?")
    quoted when the results come out; the condition (bad results) was in no sentence.
    """
    if plan is None or not earlier:
        return plan
    return stated_condition(plan, text, earlier)


def faq_misses_condition_55w(faq: FaqBook | None, text: str, previous: str | None) -> bool:
    """Whether a follow-up adding a condition matched a curated answer that does not state it.

    "주차권 잃어버리면?" after the free parking hours matched the curated parking entry
    ("… 1시간 무료이며 …"): the lost ticket is in no sentence of it. The turn then goes on
    to the documents, which quote a sentence stating the condition or decline.
    """
    if faq is None or previous is None:
        return False
    head = condition_head(text)
    if head is None:
        return False
    hit = faq.lookup(text)
    if hit is None:
        return False
    return not states_condition(hit.answer or hit.entry.answer, head, [previous])
