"""A priced turn that closes on a split asks each one's share, with no question word.

"airbnb is 95 a night plus a 60 cleaning fee, 3 nights, split between 3 of us" asks what
each pays as surely as "…, how much each" does; read without a question word it went to a
form that kept only "95 … split between 3" (31.67, set 40). Chat also drops the
apostrophe of "what's": "split 3 ways whats each" asks as "what's each" does.
"""

from __future__ import annotations

import re

__all__ = ["asks_by_closing_split"]

_CLOSING_SPLIT = re.compile(
    r"\bsplit\s+(?:(?:evenly\s+)?(?:between|among)\s+(?:the\s+)?\d+(?:\s+(?:of\s+us|people|friends))?"
    r"|\d+\s+ways)\s*[?？.!]*\s*$",
    re.IGNORECASE,
)
_WHATS = re.compile(r"\bwhats\b", re.IGNORECASE)


def asks_by_closing_split(text: str) -> bool:
    """Whether ``text`` ends on a split of its sum, or asks with an unmarked "whats"."""
    return _CLOSING_SPLIT.search(text) is not None or _WHATS.search(text) is not None
