"""A clock span asked over several days: "and over 5 days?" after a working day's hours.

Found by the eleventh unseen set: "i worked 9:30am to 6:45pm with a 1 hour lunch, how
many hours is that" then "and over 5 days?". The span between two clock times is one
day's (or night's) worth; asked over N days it is N times as long. The follow-up becomes
one more step that multiplies the span's minutes: shown in hours when the product is a
whole quarter hour (41.25 h), in minutes with hours and minutes otherwise (never a cut
decimal of hours passed off as exact).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.dates_clock_span import span_between_clocks
from tools.dates_clock_span_en import span_between_clocks_en
from tools.korean_numbers import english_counts_as_digits, normalize_numerals

__all__ = ["span_over_days"]

_OVER_DAYS = LazyPattern(
    r"^\s*(?:and|so|then|what\s+about)?\s*,?\s*(?:over|for|across|in)\s+(?:a\s+)?(?P<en>\d+)"
    r"(?:\s+|-)(?:work(?:ing)?\s+)?days?(?:\s+(?:in\s+)?total)?\s*[?.]?\s*$"
    r"|^\s*(?:그럼|그러면)?\s*(?:주\s*)?(?P<ko>\d+)\s*일\s*(?:동안|간)?\s*"
    r"(?:이면|하면|일하면|근무하면|동안이면|이면요)\s*(?:총\s*)?(?:몇\s*시간)?\s*[?？]?\s*$",
    re.IGNORECASE,
)
_SPAN_MINUTES = re.compile(r"=\s*(\d+)\s*min$")


def _span_minutes(step: str) -> int | None:
    """The minutes of a clock-span question, or None when ``step`` is not one."""
    s = unicodedata.normalize("NFKC", step).lower()
    span = span_between_clocks(s) or span_between_clocks_en(s)
    found = _SPAN_MINUTES.search(span[1]) if span else None
    return int(found[1]) if found else None


def span_over_days(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The latest clock span of ``steps`` times the days the follow-up names, or None."""
    asked = _OVER_DAYS.match(english_counts_as_digits(normalize_numerals(text)))
    if asked is None:
        return None
    days = int(asked["en"] or asked["ko"])
    for index in range(len(steps) - 1, -1, -1):
        minutes = _span_minutes(steps[index])
        if minutes is None:
            continue
        total = minutes * days
        korean = asked["ko"] is not None
        if total % 15 == 0:
            step = f"{total}분은 몇 시간" if korean else f"{total} minutes in hours"
        else:
            step = f"{minutes} min * {days}"
        return [*steps[: index + 1], step], f"{minutes} min × {days} days"
    return None
