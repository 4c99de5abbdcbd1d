"""What a document step says when the documents do not answer: the honest replies.

Kept apart from the planner (``agents.documents``) so the wording lives in one place that
the graph's output checks can read without the retrieval logic.
"""

from __future__ import annotations

from core.text import detect_language

# No confident answer in the documents: a model answers, and must say so first.
GENERAL_KNOWLEDGE_REASON = (
    "documents: none answers this question; a model answers from general knowledge, "
    "and the answer says so"
)


def general_knowledge_note(question: str, reasons: list[str]) -> str:
    """The line that opens a model's answer to a question the documents do not answer.

    Empty unless the step's document plan gave ``GENERAL_KNOWLEDGE_REASON``: then the
    reader learns that the documents were searched and hold no answer, and that what
    follows is the model's general knowledge, not the documents'.
    """
    from tools.rag import NOT_COVERED

    if GENERAL_KNOWLEDGE_REASON not in reasons:
        return ""
    if detect_language(question) == "ko":
        return f"{NOT_COVERED['ko']} 아래는 문서가 아닌 모델의 일반 지식에 따른 답입니다.\n\n"
    return f"{NOT_COVERED['en']} What follows is the model's general knowledge, not theirs.\n\n"


def not_covered_message(question: str, missing: str, searched: str = "") -> str:
    """Say plainly that the documents do not answer, naming what they lack and what was read."""
    from tools.rag import NOT_COVERED

    if detect_language(question) == "ko":
        where = f"; 찾아본 곳: {searched}" if searched else ""
        return f"{NOT_COVERED['ko']} (문서에 없는 내용: {missing}{where})"
    where = f"; searched: {searched}" if searched else ""
    return f"{NOT_COVERED['en']} (not in the documents: {missing}{where})"
