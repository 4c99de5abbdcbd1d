"""The documents' plan for a follow-up with no subject of its own (``tools.followup_subjectless``).

Only a turn the documents did not answer as it stands is retried with the previous
question's subject. From the retry only an extractive answer (a cited sentence) is
taken, or, for a turn that matched nothing alone (a model would have guessed), the
documents' "not in the documents: 주말". A turn answered before is never changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agents.documents import DocPlan, plan_document_step
from tools.followup_subjectless import with_previous_subject

__all__ = ["with_subject_of_previous_question"]


def with_subject_of_previous_question(
    docs: Any, plan: DocPlan, text: str, earlier: Sequence[str], *, collection: str
) -> DocPlan:
    """``plan``, or the extractive plan of the turn made whole with the previous subject."""
    if plan.kind not in ("not_covered", "generate") or not earlier:
        return plan
    whole = with_previous_subject(text, earlier[-1])
    if whole is None:
        return plan
    retried = plan_document_step(docs, whole, collection=collection, pinned=False)
    # A cited sentence answers it; or, where nothing matched the bare turn (a model would
    # have guessed), the documents say what of it they never mention: an honest decline.
    declined = plan.kind == "generate" and retried.kind == "not_covered"
    if retried.kind != "extractive" and not declined:
        return plan
    why = f"follow-up with no subject of its own: asked as {whole!r}"
    return retried.model_copy(update={"reasons": [why, *retried.reasons]})
