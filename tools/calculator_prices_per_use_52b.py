"""Several prices paid each time, a count of times a week, asked by the week or a month of
weeks said (set 37).

"laundromat is 4.25 per wash and 2.50 per dry, i do 3 loads a week, what's that a month if a
month is 4 weeks" is (4.25 + 2.50) x 3 x 4 = 81: each load is washed and dried. The price
reader declines two rates beside one count, so the turn went to a model.

Read only with two or three prices each "per"/"a"/"each" a thing (different things, none a
span of time or a measure), joined by "and"; one count of times a week ("3 loads a week",
"twice a week" said in digits); and a week asked, or a month whose weeks are said ("if a
month is 4 weeks", "a month (4 weeks)"). No other figure.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.lazy_regex import LazyPattern

__all__ = ["PerUseWeek", "per_use_expression", "prices_per_use", "prices_per_use_week"]

_N = r"\d+(?:\.\d+)?"
_PRICE = LazyPattern(
    rf"(?<![\d.])\$?(?P<p>{_N})\s+(?:per|a|an|each|/)\s*(?P<thing>[a-z]+)\b", re.IGNORECASE
)
# Spans of time and measures: "2.50 a day", "3 per kg" are rates of another kind.
_NOT_A_THING = frozenset(
    {
        *("week", "weeks", "month", "months", "day", "days", "hour", "hours", "hr", "year"),
        *("years", "night", "nights", "minute", "minutes", "min", "mile", "miles", "km", "kg"),
        *("kilo", "lb", "lbs", "pound", "pounds", "litre", "liter", "gallon", "ounce", "oz"),
        *("person", "head"),
    }
)
_PER_WEEK = LazyPattern(
    rf"(?<![\d.$])(?P<c>{_N})\s+(?:[a-z]+\s+)?(?:a|per|each|every)\s+week\b", re.IGNORECASE
)
_WEEK_ASKED = LazyPattern(r"\b(?:a|per|each)\s+week\b|\bweekly\b", re.IGNORECASE)
_MONTH_ASKED = LazyPattern(r"\b(?:a|per|each)\s+month\b|\bmonthly\b", re.IGNORECASE)
_MONTH_WEEKS = LazyPattern(
    r"\b(?:if\s+)?a\s+month\s+(?:is|=|has)\s+(?P<w>\d)\s+weeks\b|\bmonth\s*\(\s*(?P<v>\d)\s*weeks?\s*\)",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


class PerUseWeek(NamedTuple):
    """The prices paid each time, with the thing each is for, and the times a week."""

    prices: tuple[tuple[str, str], ...]
    times: str
    weeks: str | None


def prices_per_use(digits: str) -> PerUseWeek | None:
    """The prices, the times a week and the weeks of a month asked, or ``None``.

    Args:
        digits: The question with numerals as digits.
    """
    prices = [m for m in _PRICE.finditer(digits) if m["thing"].lower() not in _NOT_A_THING]
    things = {m["thing"].lower().rstrip("s") for m in prices}
    if not 2 <= len(prices) <= 3 or len(things) != len(prices):
        return None
    between = digits[prices[0].end() : prices[-1].start()]
    if not re.search(r"\band\b", between, re.IGNORECASE):
        return None
    weekly = [m for m in _PER_WEEK.finditer(digits) if m.start() >= prices[-1].end()]
    month = _MONTH_WEEKS.search(digits)
    if len(weekly) != 1:
        return None
    after = digits[weekly[0].end() :]
    weeks = (month["w"] or month["v"]) if month else None
    if weeks is None and not _WEEK_ASKED.search(after):
        return None
    if weeks is not None and not _MONTH_ASKED.search(after):
        return None
    if len(_FIGURE.findall(digits)) != len(prices) + 1 + (weeks is not None):
        return None  # a figure more than the prices, the times a week and the weeks
    return PerUseWeek(
        prices=tuple((m["p"], m["thing"].lower()) for m in prices),
        times=weekly[0]["c"],
        weeks=weeks,
    )


def prices_per_use_week(digits: str) -> str | None:
    """ "(4.25 + 2.5) * 3 * 4" for the prices each time, times a week, weeks; or ``None``."""
    read = prices_per_use(digits)
    if read is None:
        return None
    return per_use_expression(read)


def per_use_expression(read: PerUseWeek) -> str:
    """The sum of the prices, times the times a week (and the weeks of a month said)."""
    summed = " + ".join(price for price, _ in read.prices)
    weeks = f" * {read.weeks}" if read.weeks else ""
    return f"({summed}) * {read.times}{weeks}"
