"""'same for X?' after a question about one place asks that question again of X (docwrongs56).

"same for the clinic?" after "where is the pharmacy?" was searched as written: its only
content word is "clinic", so the documents' best line about the clinic answered
("Hanbit Family Clinic is a fictional neighbourhood clinic …"), whatever it said.
:mod:`graphs.same_for_another_55r` declines a quote naming none of the previous question's
asked terms, but "where is the pharmacy?" asks no term beyond the place: what it asks is
its kind of answer (a location). The follow-up is the previous question with its place
swapped for X: "where is the clinic?". When the previous question asks a kind of answer
(where, when, how much) and names exactly one kind of place, and X is one too, that
question is planned instead; when it finds no sentence that
answers, the reply says the documents do not answer it, never a quote of another kind.
"""

from __future__ import annotations

import re
from typing import Any

from agents.document_messages import not_covered_message
from agents.documents import DocPlan, plan_document_step
from graphs.same_for_another_55r import same_for_another
from tools.rag.place_kinds_54f import names_a_place_kind
from tools.rag.question import analyze_question

__all__ = ["asked_again_of_other", "same_for_asked_again_56r"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def asked_again_of_other(previous: str, text: str) -> str | None:
    """The previous question with its one place swapped for X ("where is the clinic?").

    Args:
        previous: The user's previous question ("where is the pharmacy?").
        text: The follow-up ("same for the clinic?").

    Returns:
        The question asked again of X; ``None`` unless the follow-up is "same for X?",
        X names a kind of place and the previous question asks a kind of answer of exactly
        one other.
    """
    other = same_for_another(text)
    if other is None or not names_a_place_kind(other):
        return None
    # Only a question asking a kind of answer (where, when, how much): "what are the clinic
    # hours?" asks its term, which graphs.same_for_another_55r holds the quote to.
    if analyze_question(previous).answer_type is None:
        return None
    places = {w.lower() for w in _WORD.findall(previous) if names_a_place_kind(w)}
    if len(places) != 1:
        return None
    place = places.pop()
    if place in other.lower().split():
        return None  # the same place again: nothing swapped
    swapped = re.sub(rf"\b{re.escape(place)}\b", other, previous, flags=re.IGNORECASE)
    return swapped if swapped != previous else None


def same_for_asked_again_56r(
    docs: Any, plan: DocPlan, text: str, previous: str | None, collection: str
) -> DocPlan:
    """``plan``, or the plan of the previous question asked again of X.

    Args:
        docs: The document store.
        plan: The follow-up's document plan.
        text: The follow-up ("same for the clinic?").
        previous: The user's previous question (``None`` on a first turn).
        collection: The workspace collection.
    """
    if previous is None or docs is None:
        return plan
    again = asked_again_of_other(previous, text)
    if again is None:
        return plan
    asked = plan_document_step(docs, again, collection=collection, pinned=False)
    why = f"follow-up: 'same for X?' asks the previous question again: {again!r} (same_for_56r)"
    if asked.kind == "extractive":
        return asked.model_copy(update={"reasons": [*asked.reasons, why]})
    answer = not_covered_message(text, again, "")
    return DocPlan(kind="not_covered", reasons=[*asked.reasons, why], answer=answer)
