"""A model's answer to "do you VERB X?" that never names X answers another question.

Why: "do you rent out guitars at the studio" was answered by the local model with a list of
the studio's storage lines ("Bands that book at least once a week can rent a storage cage
for £20 a month. …", blind set 31): it names renting and the studio, so half the topic
terms were there and :func:`agents.answer_grounding.ungrounded` let it through, yet it
says nothing of guitars. A service question names its object
(:func:`tools.rag.offered_services.offered_service`); an answer that names none of the
object's words, in either language, does not say whether that service is offered.
"""

from __future__ import annotations

from tools.rag.crosslingual import equivalents
from tools.rag.offered_services import offered_service
from tools.rag.textutil import tokenize

__all__ = ["misses_service_object"]


def misses_service_object(answer: str, question: str) -> str | None:
    """The object of a "do you VERB X?" question when the answer names none of its words.

    Args:
        answer: The model's reply to a document step.
        question: The step's question.

    Returns:
        The object's words, comma-separated, or ``None`` (not a service question, or the
        answer names the object).
    """
    service = offered_service(question)
    if service is None:
        return None
    _, objects = service
    said = set(tokenize(answer))
    if any(word in said or equivalents(word) & said for word in objects):
        return None
    return ", ".join(sorted(objects))
