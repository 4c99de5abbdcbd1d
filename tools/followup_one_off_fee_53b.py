"""A one-off fee added to the previous total: "and with the 49 dollar signup fee" after
"gym is 39.99 a month how much is that for a whole year" (set 44).

The turn is only that: with (or plus, including) one amount that a fee paid once is named
by (signup, joining, registration, activation, setup, enrolment, initiation …); the answer
is the last result plus it. A fee said with a period ("a 10 dollar monthly fee", "per
month") is no one-off and is left to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["one_off_fee_added"]

_ONCE = (
    r"sign\s*-?\s*up|joining|join|registration|enrol(?:l)?ment|activation|set\s*-?\s*up|"
    r"initiation|admission|entry|one\s*-?\s*(?:time|off)|start\s*-?\s*up|admin(?:istration)?"
)
_AMOUNT = r"\$?\s*(?P<{}>\d+(?:\.\d+)?)\s*(?:dollars?|bucks|usd)?"
_ADDED = LazyPattern(
    r"^\s*(?:ok\s+|oh\s+|so\s+)?(?:and|plus|what\s+about|how\s+about)?\s*"
    r"(?:with|plus|including|incl\.?|if\s+(?:i|you|we)\s+add|adding|add)\s+"
    rf"(?:the|a|an|that|their)?\s*(?:{_AMOUNT.format('x')}\s+(?:{_ONCE})\s+fee"
    rf"|(?:{_ONCE})\s+fee\s+(?:of\s+)?{_AMOUNT.format('y')})"
    r"(?:\s+too|\s+as\s+well|\s+included)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def one_off_fee_added(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The steps with the fee added to the last result, or ``None``.

    Args:
        text: The follow-up ("and with the 49 dollar signup fee").
        steps: The conversation's steps so far.
    """
    said = _ADDED.match(text)
    if said is None or not steps:
        return None
    fee = said["x"] or said["y"]
    return [*steps, f"거기에 {fee} 더하면"], f"+ {fee}"
