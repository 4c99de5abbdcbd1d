"""A clipped unit after a number, as chat writes it, spelled as documents write it.

Why this exists: "how much is 90 mins" (held-out 44, over an axe-throwing venue's price
table, "Standard, 90 minutes | £29.00") named no content term a document holds: "mins"
is no word of any document, so the step was planned as general knowledge and a small
local model invented "A 90-minute meal ...". "how much is 90 minutes" was answered from
the table. Chat clips units ("90 mins", "2 hrs", "1hr", "30 secs"); only a clip right
after a number is spelled out, so "min" as in "min age" is left alone.
"""

from __future__ import annotations

import re

__all__ = ["with_units_spelled"]

# A number, an optional space, then a clipped unit ending the word.
_CLIPPED = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s?(?P<unit>mins?|hrs?|secs?)\b",
    re.IGNORECASE,
)
_SPELLED = {"min": "minute", "hr": "hour", "sec": "second"}


def with_units_spelled(question: str) -> str:
    """``question`` with "90 mins" written "90 minutes" and "1hr" "1 hour"."""

    def spelled(match: re.Match[str]) -> str:
        unit = match["unit"].lower()
        word = _SPELLED[unit.rstrip("s")]
        plural = match["n"] not in ("1", "1.0")
        return f"{match['n']} {word}{'s' if plural else ''}"

    return _CLIPPED.sub(spelled, question)
