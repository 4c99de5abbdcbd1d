"""A priced plan ("the plus protection plan", "a data plan") is a product, not a plan asked for.

Why this exists: "how much is the plus protection plan for storage" was taken for a
request to make a plan (:mod:`tools.rag.synthesis`, "asks for a plan") and sent to a
model, which read the goods-protection table and answered "9,000,000 won" (blind set 24;
the Plus row says 15,000 won a month). Asked its price, a "plan" named after a word of
its own (protection, data, payment, monthly) is an item of a price list; "plan my
trip", "make a plan", "help me plan" still ask for one to be composed.
"""

from __future__ import annotations

import re

from tools.rag.prices import asks_how_much_it_is, asks_price

__all__ = ["names_priced_plan"]

# Words before "plan" that make it the verb or a plan to be composed, not a product's name.
_NOT_A_NAME = frozenset(
    {"a", "an", "the", "my", "our", "your", "me", "us", "to", "and", "or", "best", "good"}
)
_WORD_BEFORE = re.compile(r"([a-z0-9-]+)\s*$", re.IGNORECASE)


def names_priced_plan(question: str, start: int) -> bool:
    """Whether the "plan" at ``start`` of a price question names a product.

    Args:
        question: The user's question.
        start: Where the matched word "plan" starts.

    Returns:
        True when the question asks a price and the word right before "plan" is a word of
        its name (not an article, a pronoun or "to").
    """
    if not question[start:].lower().startswith("plan"):
        return False
    if not (asks_price(question) or asks_how_much_it_is(question)):
        return False
    before = _WORD_BEFORE.search(question[:start])
    return before is not None and before.group(1).lower() not in _NOT_A_NAME
