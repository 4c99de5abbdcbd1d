"""One period asked by name with a price per month: "the first year", "첫달", "for a year".

Blind set 32: "the gym is 39 a month plus a 49 sign-up fee, what does the first year cost
me" and "수학학원 월 32만원에 교재비 한권 18000원인데 교재 3권이면 첫달 총 얼마" went to the
cloud: the price per month has no count of months beside it, so the reader could not say
how many months the fee and the books come with. "The first year", "for a year", "1년",
"일년" is one year of the monthly price (12 months); "첫달", "the first month" is one month.
Read only when no count of months or years is said and one price per month is the only one
per period, so nothing said is overridden.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_figures import Count, Priced

__all__ = ["count_the_period_asked", "year_named"]

_YEAR = re.compile(
    r"\b(?:the\s+first|a|one|for\s+a|per|over\s+a|in\s+a)\s+year\b|(?<![\d가-힣])(?:1년|일년|첫\s*해)"
    r"(?:\s*(?:동안|에|치|간))?",
    re.IGNORECASE,
)
_MONTH = re.compile(r"\bthe\s+first\s+month\b|(?<![가-힣])첫\s*달(?:\s*(?:에|은|는|치))?", re.I)
_PERIODS = frozenset({"day", "week", "month", "year"})


def count_the_period_asked(found: Priced, original: str) -> Priced:
    """``found`` with a count of one year (or month) when the question names that period.

    Args:
        found: The figures read from the question.
        original: The question as asked.
    """
    if any(c.unit in _PERIODS or c.of in _PERIODS for c in found.counts):
        return found
    periodic = [r for r in found.rates if r.unit in _PERIODS]
    if len(periodic) != 1 or periodic[0].unit != "month" or periodic[0].per != 1:
        return found
    year, month = _YEAR.search(original), _MONTH.search(original)
    if (year is None) == (month is None):
        return found  # neither said, or both ("첫달 … 1년"): not one period asked
    unit = "year" if year is not None else "month"
    found.counts.append(Count(Decimal(1), unit))
    return found


def year_named(text: str) -> re.Match[str] | None:
    """Where ``text`` names one year as a period ("the first year", "1년"), if it does."""
    return _YEAR.search(text)
