"""Time spent each day, summed over a span and asked in hours (English).

Blind set 38: "if i do 45 mins on the treadmill every day how many hours is that a week"
went to a model: the per-period reader needs "45 mins every day" with nothing between, and
here the activity sits between the time and "every day". This reader takes a time said in
minutes or hours, up to five plain words naming what is done, a daily marker (every day, a
day, per day, daily, each day) and the span asked: a week (7 days), a fortnight (14), or a
number of days ("over a 30 day month", "in 10 days"). A month or a year with no day count
has no fixed length here and is left alone. The sum is in minutes (the calculator's asked
unit then shows it in hours when hours are asked).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.lazy_regex import LazyPattern

__all__ = ["DailyTime", "daily_time_expression", "daily_time_over_span"]

_NUM = r"\d+(?:\.\d+)?"
_DAILY = LazyPattern(
    rf"(?<![\d.])(?P<a>{_NUM})\s*(?P<u>mins?|minutes?|hrs?|hours?)\b"
    r"(?P<words>(?:\s+[a-z']+){0,5}?)\s*,?\s+(?:every\s+day|a\s+day|per\s+day|each\s+day|daily)\b",
    re.IGNORECASE,
)
# The span the daily time is summed over, said after the daily marker.
_SPAN = LazyPattern(
    r"\b(?:a|per|each|in\s+a|for\s+a|over\s+a|over\s+the|in\s+one|for\s+one)\s+(?P<week>week|fortnight)\b"
    r"|\b(?:over|in|for|across)\s+(?:a\s+)?(?P<n>\d+)[\s-]*days?(?:\s+month)?\b",
    re.IGNORECASE,
)
_DAYS_IN = {"week": 7, "fortnight": 14}
# Words between the time and "every day" that change how much of it there is a day.
_CHANGES_THE_TIME = frozenset({"twice", "thrice", "times", "x", "plus", "extra", "more", "less"})


@dataclass(frozen=True)
class DailyTime:
    """A daily time and the span it is asked over, with where the span is said."""

    minutes_expression: str
    days: int
    span_start: int
    span_end: int


def daily_time_over_span(text: str) -> DailyTime | None:
    """The daily time and span of ``text`` (numerals as digits), or ``None``."""
    daily = _DAILY.search(text)
    if daily is None or re.search(r"\d", text[: daily.start()]):
        return None
    if any(w.lower() in _CHANGES_THE_TIME for w in daily["words"].split()):
        return None
    rest_at = daily.end()
    spans = list(_SPAN.finditer(text, rest_at))
    if len(spans) != 1 or re.search(r"\d", _SPAN.sub(" ", text[rest_at:])):
        return None  # one span, and no other figure after the daily time
    span = spans[0]
    days = _DAYS_IN[span["week"].lower()] if span["week"] else int(span["n"])
    if days < 1:
        return None
    unit = daily["u"].lower()
    per_day = daily["a"] if unit.startswith("m") else f"{daily['a']} * 60"
    return DailyTime(f"{per_day} * {days}", days, span.start(), span.end())


def daily_time_expression(text: str) -> str | None:
    """``"45 * 7"`` (minutes) for 45 minutes a day asked over a week, or ``None``."""
    found = daily_time_over_span(text)
    return None if found is None else found.minutes_expression
