"""An amount written in brackets after one item of a list is that item's alone.

"매점에서 장작(한 망 10,000원), 얼음, 부탄가스를 팝니다" prices the firewood: asked what a
bag of ice costs, the sentence names ice, states an amount, and still says nothing of
the price of ice (blind set 8 was answered with it). The rule, closed-class only: when
every amount of a sentence sits in brackets right after one item of a list (a comma
follows the bracket), the sentence prices only those items; a question asking an
amount that names none of them but another word of the sentence is not answered by it.
"""

from __future__ import annotations

import re

from tools.rag.answer_types import answer_type
from tools.rag.crosslingual import equivalents
from tools.rag.textutil import tokenize

__all__ = ["prices_another_item"]

# An item, its bracket holding a figure, and the comma that makes it one of a list.
_BRACKETED_ITEM = re.compile(r"([^\s(),]+)\s*\(([^()]*\d[^()]*)\)\s*,")
_AMOUNT = re.compile(
    r"\d[\d,.]*\s*(?:원|만\s*원|won\b|dollars?\b|euros?\b)|[$₩€£]\s*\d", re.IGNORECASE
)


def prices_another_item(question: str, sentence: str) -> bool:
    """Whether the sentence's amounts all belong to bracketed list items the question skips.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks an amount, every amount of the sentence is in the
        bracket of a list item, the question names none of those items, and it names
        another word of the sentence (the item it does ask about).
    """
    if answer_type(question) != "amount":
        return False
    amounts = [m.start() for m in _AMOUNT.finditer(sentence)]
    items = [m for m in _BRACKETED_ITEM.finditer(sentence) if _AMOUNT.search(m.group(2))]
    if not amounts or not items:
        return False
    brackets = [m.span(2) for m in items]
    if not all(any(start <= at < end for start, end in brackets) for at in amounts):
        return False
    asked = set(tokenize(question))
    owners = {word for m in items for word in tokenize(m.group(1))}
    if any(equivalents(word) & asked for word in owners):
        return False
    outside = sentence
    for m in reversed(items):
        outside = outside[: m.start()] + " " + outside[m.end() :]
    return any(equivalents(word) & asked for word in tokenize(outside) if word not in owners)
