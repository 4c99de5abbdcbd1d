"""Money put away each period towards a goal is a share, not a saving against another cost.

Blind set 39: "need 2400 for a trip in 8 months, how much do i save each month" went to a
model: :mod:`tools.calculator_saving_asked` declines a saving asked with one amount (the
other cost is unsaid: "the plan is 29.99 a month, how much would i save in a year"), and
"save" here read as such a saving. A goal said with its time ("need 2400 … in 8 months")
and the amount to save (put away, set aside) asked each period is the goal over the
periods, which the calculator reads (300); :func:`saving_toward_a_goal` tells the two apart.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["saving_toward_a_goal"]

_SAVE_EACH_PERIOD = LazyPattern(
    r"\bhow\s+much\s+(?:do|should|would|will|must)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?"
    r"(?:save|put\s+(?:away|aside)|set\s+aside|put\s+in)\s+"
    r"(?:each|a|per|every)\s+(?:month|week|day|year)\b",
    re.IGNORECASE,
)
_GOAL = LazyPattern(
    r"\b(?:need|want|have)\s+(?:to\s+(?:save|have|get)\s+)?\$?\d[\d,]*(?:\.\d+)?\b"
    r"[^?]*?\b(?:in|within|over)\s+\d+\s+(?:months?|weeks?|days?|years?)\b",
    re.IGNORECASE,
)


def saving_toward_a_goal(text: str) -> bool:
    """Whether ``text`` asks what to put away each period to reach an amount in a time."""
    return _SAVE_EACH_PERIOD.search(text) is not None and _GOAL.search(text) is not None
