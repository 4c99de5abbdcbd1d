"""US holidays that fall on a weekday of a month, said with their year ("thanksgiving 2027"),
as the date they fall on ("november 25, 2027"), for the date reader.

Blind set 34's "what date is thanksgiving 2027" was declined as not in the documents: the
date reader knew the fixed days (halloween, the fourth of july) but not those counted by
weekday (Thanksgiving is the fourth Thursday of November, Memorial Day the last Monday of
May, Labor Day the first Monday of September, Mother's and Father's Day the second Sunday
of May and the third Sunday of June). Only with the year said: without one, which year is
meant is not said here.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

__all__ = ["floating_holidays_as_dates"]

# name pattern, month, weekday (Monday = 0), which one (1 = first, -1 = last)
_FLOATING: tuple[tuple[str, int, int, int], ...] = (
    (r"thanks\s*giving(?:\s+day)?", 11, calendar.THURSDAY, 4),
    (r"memorial\s+day", 5, calendar.MONDAY, -1),
    (r"labou?r\s+day", 9, calendar.MONDAY, 1),
    (r"mother'?s\s+day", 5, calendar.SUNDAY, 2),
    (r"father'?s\s+day", 6, calendar.SUNDAY, 3),
)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    days = [
        day
        for day in calendar.Calendar().itermonthdates(year, month)
        if day.month == month and day.weekday() == weekday
    ]
    return days[nth - 1] if nth > 0 else days[nth]


def floating_holidays_as_dates(text: str) -> str:
    """``text`` with each weekday-counted holiday said with its year as that date.

    Args:
        text: The lower-cased question ("what date is thanksgiving 2027").
    """
    for name, month, weekday, nth in _FLOATING:
        pattern = re.compile(rf"\b{name},?\s+(?:of\s+)?(?P<y>\d{{4}})\b")
        for said in reversed(list(pattern.finditer(text))):
            day = _nth_weekday(int(said["y"]), month, weekday, nth)
            text = f"{text[: said.start()]}{_said(day)}{text[said.end() :]}"
    return text


def _said(day: date) -> str:
    return f"{calendar.month_name[day.month].lower()} {day.day}, {day.year}"
