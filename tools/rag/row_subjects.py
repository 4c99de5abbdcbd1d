"""A table row states facts of the item its first cell names, not of its other cells' words.

Why this exists: "do you sell moving boxes at the storage office" was answered with the
row "Locker | 1 x 1 m (1 m high) | 39,000 won | 10 moving boxes |" (blind set 24): the
row matched "moving boxes" in its "fits roughly" column, but its price and size are the
locker's, and "10 moving boxes" says what fits in a locker, not that boxes are sold.
In a question asking whether (no answer type nor question word: may I, do you, is
there), a row whose
label (first cell) names nothing the question asks about is about another item, and its
other cells describe that item; it does not answer. A typed question ("which unit fits
a one-room flat?") may still be answered by such a row: its answer is the label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.question import QuestionAnalysis
from tools.rag.row_labels import row_label
from tools.rag.textutil import tokenize

__all__ = ["row_about_unasked_item"]


# A question word: the question asks which, what or how, whose answer a row's label may be.
_ASKS_WHICH = re.compile(
    r"언제|어디|뭐|무엇|무슨|몇|어떻게|어떤|어느|누가|누구|얼마|"
    r"\b(?:what|when|where|how|which|who|whom)\b",
    re.IGNORECASE,
)


def row_about_unasked_item(
    question: str, raw: str, asked: QuestionAnalysis, groups: Sequence[frozenset[str]]
) -> bool:
    """Whether ``raw`` is a table row whose label names none of a yes/no question's topics.

    Args:
        question: The user's question (one with a question word is never screened).
        raw: The candidate sentence as written in the document.
        asked: The question's analysis: only one with no answer type is screened.
        groups: Each of its terms' equivalents in either language.

    Returns:
        True when ``raw`` is a table row with a label and another cell, and no topic
        term of the question is a word of the label.
    """
    label = row_label(raw)
    if label is None or asked.answer_type is not None or _ASKS_WHICH.search(question):
        return False
    topic_groups = [g for t, g in zip(asked.terms, groups, strict=True) if t in asked.topic_terms]
    if not topic_groups:
        return False
    words = set(tokenize(label))
    return not any(group & words for group in topic_groups)
