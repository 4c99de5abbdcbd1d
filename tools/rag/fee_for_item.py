"""The thing a "the fee for the X" question prices: the words of X.

"whats the cancellation fee for the engagement session" asks what cancelling the
engagement session costs. Every topic word counted alike, "fee" alone let a sentence about
moving the wedding date "without a fee" answer it, though neither it nor its section ever
names the engagement session: the fee is asked of X, so a sentence pricing nothing of X
answers another question. Only X written with a definite article ("for the X", "of the
X") is read as the item: "price for 2 people" and "fee for paying by card" name a group
or an act, which the answering line often writes in other words ("2 players", "Card
payments").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.priced_phrase import head_terms

__all__ = ["fee_item_terms"]

_FEE_FOR_THE_X = re.compile(
    r"\b(?:fees?|prices?|costs?|charges?|rates?)\s+(?:for|of)\s+the\s+(?P<phrase>[^?.!,;:()]*)",
    re.IGNORECASE,
)


def fee_item_terms(question: str, terms: Sequence[str]) -> list[str]:
    """The question's ``terms`` that name the X of its "the fee for the X", in order.

    Args:
        question: The user's question.
        terms: The question's analysed terms.

    Returns:
        The terms written in X; empty when the question names no fee for a definite X.
    """
    found = _FEE_FOR_THE_X.search(question)
    if found is None:
        return []
    return head_terms(found.group("phrase"), terms, of_qualifies=True)
