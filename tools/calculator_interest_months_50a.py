"""Simple interest at a yearly rate over a number of months: "2,400 at 4.5% simple interest,
how much interest after 8 months" is 2,400 x 4.5% x 8/12 = 72.

The yearly forms read "after 2 years"; a span in months went to the cloud (set 26). Read
only with simple interest said, exactly the three figures (an amount, a percent, the
months), and the interest asked; the rate is taken as yearly (a rate said per month is
another question, declined here).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["simple_interest_over_months"]

_N = r"\d+(?:\.\d+)?"
_RATE = LazyPattern(
    rf"(?P<r>{_N})\s*%\s*(?:a\s+year\s+|per\s+year\s+|annual(?:ly)?\s+|yearly\s+)?simple\s+interest"
    r"(?:\s+(?:a|per)\s+year|\s+annually)?",
    re.I,
)
_MONTHS = LazyPattern(r"\b(?:after|for|over|in)\s+(?P<m>\d+)\s+months?\b", re.I)
_PER_MONTH = LazyPattern(r"\b(?:a|per|each)\s+month\b|\bmonthly\b", re.I)
_INTEREST_ASKED = LazyPattern(
    r"\bhow\s+much\s+interest\b|\bwhat(?:'s|\s+is)\s+the\s+interest\b", re.I
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def simple_interest_over_months(question: str) -> str | None:
    """ "2400 * 4.5 / 100 * 8 / 12" for simple interest over months, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    rate, months = _RATE.search(s), _MONTHS.search(s)
    if rate is None or months is None or _PER_MONTH.search(s):
        return None
    if not _INTEREST_ASKED.search(s):
        return None
    figures = [f for f in _FIGURE.finditer(s)]
    roles = {rate.span("r"), months.span("m")}
    amounts = [f for f in figures if f.span() not in roles]
    if len(figures) != 3 or len(amounts) != 1 or amounts[0].start() > rate.start():
        return None  # the amount is said before its rate, and no other figure
    return f"{amounts[0].group()} * {rate['r']} / 100 * {months['m']} / 12"
