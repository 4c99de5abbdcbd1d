"""A document step no model may write: the documents' own sentences, or "not covered".

When the grounded step's model is unavailable (or not permitted), the plan falls back
to the extractive answer its passages held, said as such, never to a refusal or a guess.
"""

from __future__ import annotations

from agents.documents import DocPlan
from core.text import detect_language

__all__ = ["extractive_fallback"]


def extractive_fallback(plan: DocPlan, question: str) -> DocPlan | None:
    """When no model may write a grounded answer, quote the documents instead (or ``None``).

    A grounded step whose passages hold no extractive answer falls back to saying
    the documents do not answer it (``not_covered``), never to a refusal or a guess.
    """
    if plan.kind != "grounded":
        return None
    if not plan.fallback_answer:
        if not plan.decline_answer:
            return None
        return plan.model_copy(
            update={
                "kind": "not_covered",
                "answer": plan.decline_answer,
                "citations": [],
                "reasons": [*plan.reasons, "fallback: no model may read the passages, no guess"],
            }
        )
    if detect_language(question) == "ko":
        note = "(요청하신 설명을 쓸 수 있는 모델이 지금 없어, 문서의 해당 내용을 보여 드립니다.)"
    else:
        note = "(No model can write the requested explanation now; the documents say:)"
    return plan.model_copy(
        update={
            "kind": "extractive",
            "answer": f"{note}\n{plan.fallback_answer}",
            "citations": plan.fallback_citations,
            "reasons": [*plan.reasons, "fallback: extractive answer from documents, no model call"],
        }
    )
