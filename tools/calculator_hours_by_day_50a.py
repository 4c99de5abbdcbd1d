"""An hourly rate for hours worked on named days: "I do deliveries for 18.40 an hour and did
6 hours saturday and 7.5 hours sunday, what did I make" is 18.40 x (6 + 7.5) = 248.40.

Read only with one rate an hour, two or more "N hours DAY" (each hour count beside its day),
pay asked (make, earn, get, owe), and no other figure. Each day's hours stay a term of their
own so a follow-up can pay one of them at another rate (see
:mod:`tools.followup_day_rate_50a`).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["hours_by_day", "hours_by_day_pay"]

_N = r"\d+(?:\.\d+)?"
# A day named after its hours ("saturday", "on sunday", "monday").
_DAY = r"(?:on\s+)?(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?\b"
_RATE = LazyPattern(
    rf"\$?(?P<r>{_N})\s+(?:an|a|per)\s+hour\b|\$?(?P<r2>{_N})\s*/\s*h(?:ou)?r\b", re.I
)
_HOURS = LazyPattern(rf"(?<![\d.])(?P<h>{_N})\s+hours?\s+{_DAY}", re.I)
_ASKED = LazyPattern(
    r"\bwhat\s+did\s+(?:i|we|she|he|they)\s+(?:make|earn|get)\b|\bhow\s+much\s+did\s+"
    r"(?:i|we|she|he|they)\s+(?:make|earn|get)\b|\bwhat\s+do\s+(?:i|we)\s+(?:owe|pay)\b",
    re.I,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def hours_by_day(question: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The rate an hour and each ``(hours, day)`` said, or ``None`` when not this form.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    rate, days = _RATE.search(s), list(_HOURS.finditer(s))
    if rate is None or len(days) < 2 or not _ASKED.search(s):
        return None
    named = [d["day"].lower() for d in days]
    if len(set(named)) != len(named):
        return None  # a day named twice: which hours are which is unsaid
    if len(_FIGURE.findall(s)) != len(days) + 1:
        return None
    return rate["r"] or rate["r2"], [(d["h"], d["day"].lower()) for d in days]


def hours_by_day_pay(question: str) -> str | None:
    """ "18.40 * 6 + 18.40 * 7.5" for pay over hours on named days, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    read = hours_by_day(question)
    if read is None:
        return None
    per_hour, days = read
    return " + ".join(f"{per_hour} * {hours}" for hours, _day in days)
