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
from graphs.condition_follow_up_55w import stated_condition
from graphs.same_subject_follow_up_55w import kept_to_the_thread_55w
from tools.faq import FaqBook

__all__ = ["screened_follow_up_55w"]


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
    return stated_condition(plan, text)
