"""A model's answer to a question about a place's thing must name that thing, not just the place.

"do u take cash at the pottery studio" went to the local model with the studio's payment
passage ("We accept Visa, … We do not take cash at the front desk.") and others. It
listed four passage sentences, none about cash, and ended "Answer: yes" (another run:
"Answer: no"). Every figure and name of it is in the passages, and it names half of the
question's topic terms, pottery and studio, so :func:`agents.answer_grounding.ungrounded`
let it through; shown with citations, the verdict reads as the studio's answer, while no
sentence it gives says anything about cash.

The place a question names at its end ("at the pottery studio", "in the museum") says
where it asks, not what: the words naming it are the ones a reply about any of the
place's rules repeats. So a reply must name at least one of the question's other topic
terms (cash); a reply naming only the place answers nothing asked of it. English only
(a Korean question names its place first, with no preposition to tell it by); one-letter
chat words ("u") are no topic.
"""

from __future__ import annotations

import re

from tools.rag.crosslingual import equivalents
from tools.rag.question import QuestionAnalysis
from tools.rag.textutil import tokenize

__all__ = ["names_only_the_place"]

# The place phrase closing an English question: "… at the pottery studio?", "in this gym".
_TRAILING_PLACE = re.compile(
    r"\b(?:at|in|inside)\s+(?:the|this|that|your|ur)\s+(?:[a-z'-]+\s+){0,3}[a-z'-]+\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def names_only_the_place(answer: str, question: str, asked: QuestionAnalysis) -> str | None:
    """The question's asked terms when ``answer`` names none of them, only its place.

    Args:
        answer: The model's reply (citation marks removed).
        question: The step's question.
        asked: Its analysis.

    Returns:
        The asked terms the reply never names ("cash"), or ``None`` when the question names
        no place at its end, asks nothing besides it, or the reply names an asked term.
    """
    place = _TRAILING_PLACE.search(question)
    if place is None:
        return None
    before = set(tokenize(question[: place.start()]))
    asked_terms = [t for t in asked.topic_terms if t in before and len(t) > 1]
    if not asked_terms:
        return None
    said = set(tokenize(answer))
    if any(equivalents(t) & said for t in asked_terms):
        return None
    return ", ".join(asked_terms)
