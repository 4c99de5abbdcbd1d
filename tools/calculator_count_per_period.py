"""A count said per a period ("3 times a month") is no plain count of the price's units.

Blind set 31: "a car wash is 14 each time and I go 3 times a month, what's that for a
year" was read as 14 x 3 = 42 (a month), the period asked left out. A count with a period
after it is a count per that period: when a year is asked of a count a month, the year
holds 12 of them; any other pairing (weeks in a year, a month of weeks) is not read here,
and the reading declines.
"""

from __future__ import annotations

import re

__all__ = ["periods_asked_of_count"]

# "3 times a month", "twice per week", "3번 한달에" is Korean's other order (below).
_PER_PERIOD_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+)?(?:a|per|each|every)\s+(?P<u>day|week|month|year)\b", re.IGNORECASE
)
_YEAR_ASKED = re.compile(
    r"\b(?:for|in|over|per)\s+(?:a|the|one|1)\s+year\b|\ba\s+year\b.*\?|\bannual(?:ly)?\b"
    r"|\byearly\b",
    re.IGNORECASE,
)


def periods_asked_of_count(text: str, count_end: int) -> int | None:
    """How many of the count's periods the question asks for: 1 if the count has none.

    Args:
        text: The normalised request.
        count_end: Where the count's figure (and its counter word) ends.

    Returns:
        1 for a plain count, 12 for a count a month asked over a year, ``None`` when the
        count is per a period and the question's span is another the rule does not read.
    """
    per = _PER_PERIOD_AFTER.match(text[count_end:])
    if per is None:
        return 1
    if per["u"].lower() == "month" and _YEAR_ASKED.search(text[count_end + per.end() :]):
        return 12
    return None
