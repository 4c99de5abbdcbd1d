"""The documents' plan for a follow-up naming only another day, place or group.

``tools.followup_qualifier_swap`` makes the question ("지방은요?" → the previous question
with 지방 in place of 서울, or 공휴일 added to "약국 몇 시에 열어요?", see
``tools.followup_qualifier_add``). Searched alone, the bare word matches any sentence that
shares it (the KTX fare of 지방 trips, the meals of 주말 shifts), or none. Only a cited
sentence that names the new qualifier is taken from the swapped question: a sentence
naming only the replaced one answers the previous question again (the weekday hours
for "and on weekends?"), and one naming neither says nothing of the new one. Otherwise
the turn keeps its own plan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from agents.documents import DocPlan, plan_document_step
from graphs.calculation_fragment_53x import kept_from_a_fragment
from graphs.calculation_thread_document import kept_to_the_calculation_subject
from graphs.document_thread_54w import screened_follow_up_quote
from graphs.pronoun_thread_document import kept_to_the_thread_document
from graphs.sibling_subject import kept_to_the_thread_subject
from tools.followup_after_span import price_after_the_span
from tools.followup_condition_swap import with_condition_swapped
from tools.followup_qualifier_add import with_qualifier_added
from tools.followup_qualifier_swap import qualifier_pattern, with_qualifier_swapped

__all__ = ["with_qualifier_of_follow_up"]


def _names(text: str, qualifier: str) -> bool:
    return re.search(qualifier_pattern(qualifier), text, re.IGNORECASE) is not None


def with_qualifier_of_follow_up(
    docs: Any, plan: DocPlan, text: str, earlier: Sequence[str], *, collection: str
) -> DocPlan:
    """``plan``, or the extractive plan of the previous question asked with the new qualifier."""
    if not earlier:
        return plan
    # "술 마시고 먹어도 돼요?" after ibuprofen's dose: never the acetaminophen section's quote.
    plan = kept_to_the_thread_subject(
        plan,
        text,
        earlier[-1],
        lambda asked: plan_document_step(docs, asked, collection=collection, pinned=False),
    )
    # "물은 마셔도 돼요?" after the check-up's fasting: never ibuprofen's "물과 함께" (54w).
    plan = screened_follow_up_quote(plan, text, earlier, docs, collection=collection)
    # "can they tell me over the phone?" after the check-up results: never the directions.
    plan = kept_to_the_thread_document(
        plan,
        text,
        earlier[-1],
        lambda asked: plan_document_step(docs, asked, collection=collection, pinned=False),
    )
    # "그럼 하루 사료값은 얼마 꼴이야" after the dog food's days: never the meal allowance.
    plan = kept_to_the_calculation_subject(
        plan,
        text,
        earlier[-1],
        lambda asked: plan_document_step(docs, asked, collection=collection, pinned=False),
    )
    # "적은 쪽은?" after a 3:2 split: never the pharmacy's "적어 오시거나" (wrongs53).
    # (Final: "주말에도 마시면?" after "평일마다 4천원" swaps 평일 for 주말 and quotes the clinic.)
    kept = kept_from_a_fragment(
        plan,
        text,
        earlier[-1],
        lambda asked: plan_document_step(docs, asked, collection=collection, pinned=False),
    )
    if kept is not plan:
        return kept
    # "공휴일엔요?" after "약국 몇 시에 열어요?" (no day to swap): the day is added.
    swapped = with_qualifier_swapped(text, earlier[-1]) or with_qualifier_added(text, earlier[-1])
    if swapped is None:
        plan = _condition_swapped(docs, plan, text, earlier[-1], collection=collection)
        return _price_after_span(docs, plan, text, earlier[-1], collection=collection)
    retried = plan_document_step(docs, swapped.question, collection=collection, pinned=False)
    if retried.kind != "extractive":
        return plan
    # The quote must be about the new qualifier: one naming only the old answers the
    # previous question again (the weekday hours for "and on weekends?"), and one naming
    # neither is a sentence of the topic that says nothing of it (the booking rule for
    # "그럼 일요일은요?").
    if not _names(retried.answer, swapped.new):
        return plan
    instead = f"for {swapped.old!r}" if swapped.old else "added"
    why = f"follow-up naming {swapped.new!r} {instead}: asked as {swapped.question!r}"
    return retried.model_copy(update={"reasons": [why, *retried.reasons]})


def _condition_swapped(
    docs: Any, plan: DocPlan, text: str, previous: str, *, collection: str
) -> DocPlan:
    """ "딸 결혼식이면요?" after "제가 결혼하면 휴가 며칠 받아요?": asked under the new condition.

    Only a quote of the documents is taken (tools.followup_condition_swap); otherwise the
    turn keeps its own plan.
    """
    if plan.kind == "extractive":
        return plan
    asked = with_condition_swapped(text, previous)
    why = "follow-up: the previous question under the new condition"
    return _quoted_instead(docs, plan, asked, why, collection=collection)


def _price_after_span(
    docs: Any, plan: DocPlan, text: str, previous: str, *, collection: str
) -> DocPlan:
    """ "그 다음엔 얼마예요?" after "주차 몇 시간 무료예요?": the price of parking, quoted.

    The previous answer may be the FAQ's, which carries no citation and no subject for
    the documents (:mod:`tools.followup_after_span`). Only a quote of the documents is
    taken; otherwise the turn keeps its own plan.
    """
    if plan.kind == "extractive":
        return plan
    asked = price_after_the_span(text, previous)
    why = "follow-up: the price after the span the previous question asked"
    return _quoted_instead(docs, plan, asked, why, collection=collection)


def _quoted_instead(
    docs: Any, plan: DocPlan, asked: str | None, why: str, *, collection: str
) -> DocPlan:
    """The plan of ``asked`` (a follow-up restated in full) when it quotes the documents.

    Anything but a quote keeps the turn's own ``plan``: a restatement is a reading of the
    turn, and only a document's sentence confirms it.
    """
    if asked is None:
        return plan
    retried = plan_document_step(docs, asked, collection=collection, pinned=False)
    if retried.kind != "extractive":
        return plan
    reason = f"{why}, as {asked!r}"
    return retried.model_copy(update={"reasons": [reason, *retried.reasons]})
