"""A priced plan ("the plus protection plan", "a data plan") is a product, not a plan asked for.

Why this exists: "how much is the plus protection plan for storage" was taken for a
request to make a plan (:mod:`tools.rag.synthesis`, "asks for a plan") and sent to a
model, which read the goods-protection table and answered "9,000,000 won" (blind set 24;
the Plus row says 15,000 won a month). Asked its price, a "plan" named with an article and a word of
its own ("the plus protection plan", "a family data plan") is an item of a price list;
"plan my trip", "make a plan", "help me plan" still ask for one to be composed, and "my
phone plan is 660,000 won a year, how much is that each quarter" is the asker's own.
"""

from __future__ import annotations

import re

from tools.rag.prices import asks_how_much_it_is, asks_price

__all__ = ["names_priced_plan"]

# An offered product is named with an article and a word of its own before "plan" ("the
# plus protection plan", "a family data plan"); "my phone plan is 660,000 won a year" is
# the asker's own, whose figures a calculation uses, and "make a plan" asks for one.
_NAMED_PLAN = re.compile(r"\b(?:the|a|an)\s+(?:[a-z0-9-]+\s+){0,2}([a-z0-9-]+)\s+$", re.I)
_NOT_A_NAME = frozenset({"best", "good", "new", "detailed", "simple", "step-by-step"})


def names_priced_plan(question: str, start: int) -> bool:
    """Whether the "plan" at ``start`` of a price question names a product.

    Args:
        question: The user's question.
        start: Where the matched word "plan" starts.

    Returns:
        True when the question asks a price and "plan" follows an article and a word of
        its name ("the plus protection plan"), not the asker's own ("my phone plan").
    """
    if not question[start:].lower().startswith("plan"):
        return False
    if not (asks_price(question) or asks_how_much_it_is(question)):
        return False
    named = _NAMED_PLAN.search(question[:start])
    return named is not None and named.group(1).lower() not in _NOT_A_NAME
