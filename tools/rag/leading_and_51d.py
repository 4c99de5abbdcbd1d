"""A question opened by "and" asks what the question without it asks.

Why: "and what languages does the front desk speak" (the second turn of a thread) was
declined with "not in the documents: speak", while "what languages does the front desk
speak" is answered with "Our reception staff can help in Korean and English". The "and"
only joins the turn to the one before it; left in, the question no longer opens with its
wh-word, and the readings that know "what languages … speak" asks for the languages
(so "speak" is no topic) do not apply. So before the search, a leading "and" / "also"
/ "plus" before a question word or an auxiliary is dropped.

Only before a wh-word or an auxiliary that opens a question ("and what …", "and do you
…", "also, can I …"): a bare "and for food?" keeps its "and", which the follow-up
readings (tools.followup_qualifier_swap) read as a swap of the previous question's thing.
"""

from __future__ import annotations

import re

__all__ = ["without_leading_and"]

_LEADING_AND = re.compile(
    r"^\s*(?:and|also|plus)\s*,?\s+(?=(?:what|whats|what's|which|who|when|where|why|how|do|does"
    r"|did|is|are|can|could|will|would|should|may|must)\b)",
    re.IGNORECASE,
)


def without_leading_and(question: str) -> str:
    """``question`` without a leading "and" before its question word (see the module)."""
    return _LEADING_AND.sub("", question, count=1)
