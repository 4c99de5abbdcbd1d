"""A priced turn that closes on a split asks each one's share, with no question word.

"airbnb is 95 a night plus a 60 cleaning fee, 3 nights, split between 3 of us" asks what
each pays as surely as "…, how much each" does; read without a question word it went to a
form that kept only "95 … split between 3" (31.67, set 40). Chat also drops the
apostrophe of "what's": "split 3 ways whats each" asks as "what's each" does. A closing
split is taken as the question only after two figures or more, a sum to compose: one
amount split ("the taxi came to 38,400 won, split 4 ways") is the split forms' reading,
whose follow-ups ("two more people got off") the everyday rules read.
"""

from __future__ import annotations

import re

__all__ = ["asks_by_closing_split"]

_CLOSING_SPLIT = re.compile(
    r"\bsplit\s+(?:(?:evenly\s+)?(?:between|among)\s+(?:the\s+)?\d+(?:\s+(?:of\s+us|people|friends))?"
    r"|\d+\s+ways)\s*[?？.!]*\s*$"
    # "…, theres 6 of us. each?": the heads said, then "each?" as its own sentence (opens56e).
    r"|\b\d+\s+(?:of\s+us|people|friends|ppl)\s*[.,;!]\s*(?:so\s+)?each\s*[?？]+\s*$",
    re.IGNORECASE,
)
_WHATS = re.compile(r"\bwhats\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?")


def asks_by_closing_split(text: str) -> bool:
    """Whether ``text`` ends on a split of its sum, or asks with an unmarked "whats"."""
    split = _CLOSING_SPLIT.search(text)
    if split is not None and len(_FIGURE.findall(text, 0, split.start())) >= 2:
        return True
    return _WHATS.search(text) is not None
