"""A new rate said as a raise or a move: "and if i get bumped to 24/hr".

Blind set 39: after "i make 22.50 an hour, 38 hrs a week. whats that a year" the turn "and
if i get bumped to 24/hr" went to a model, while "what about 24 an hour" is read (47,424).
A supposition that someone or something is raised, bumped or moved *to* a figure names
only that new figure; it is said again as "what about N" (with "an hour" for /hr, /h, per
hour), and the rules that place a new figure decide which one it replaces. A raise *by* a
figure ("bumped by 2") is another question and is left as said.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["raised_to_as_what_about"]

_RAISED_TO = LazyPattern(
    r"^\s*(?:and|but|so|ok)?\s*(?:what\s+)?if\s+(?:i|we|he|she|they|it|my\s+\w+|the\s+\w+)\s+"
    r"(?:gets?|got|goes|go|went|is|was|are|were|am)?\s*"
    r"(?:bumped|raised|moved|put|promoted|upped|pushed|increased|goes|go|went)\s+(?:up\s+)?to\s+"
    r"\$?(?P<n>\d+(?:\.\d+)?)\s*(?P<per>/\s*(?:hr|h|hour)\b|(?:an?|per)\s+(?:hour|hr)\b)?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)

_PERIOD_PRICE = LazyPattern(
    r"^\s*(?:and|but|so|ok)?\s*(?:what\s+)?if\s+the\s+(?:daily|weekly|monthly|yearly)\b", re.I
)


def raised_to_as_what_about(text: str) -> str:
    """``"what about 24 an hour"`` for "and if i get bumped to 24/hr"; other text as is."""
    said = _RAISED_TO.match(text)
    if said is None or _PERIOD_PRICE.match(text):
        # "what if the weekly goes up to 36": a price named by its period, which
        # tools.followup_named_price_en places by that noun (set 34).
        return text
    return f"what about {said['n']}{' an hour' if said['per'] else ''}"
