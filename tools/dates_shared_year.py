"""A span's start said without a year takes the year its end names.

"how many weeks from oct 1 to dec 24 2027", "10월 1일부터 2027년 12월 24일까지 며칠": the
year written once, after the end, is the year of both dates (a year before the end's when
the start's month and day fall after it: "from nov 3 to feb 1 2028"). Found by the
fifteenth unseen set, where oct 1 of the current year gave '64 weeks 1 day'. A start
named relative to today ("오늘", "tomorrow") or with a year of its own keeps its reading.
"""

from __future__ import annotations

import re
from datetime import date

from core.lazy_regex import LazyPattern

__all__ = ["end_after_start", "start_in_end_year"]

_YEAR = LazyPattern(r"(?<!\d)\d{4}(?!\d)")
# A month and a day with nothing relative to today: "oct 1", "1 october", "10월 1일".
_MONTH_DAY = LazyPattern(
    r"^\s*(?:\d{1,2}\s*월\s*\d{1,2}\s*일|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,9}\.?)\s*$",
    re.IGNORECASE,
)


def start_in_end_year(start_text: str, end_text: str, start: date, end: date) -> date:
    """``start`` moved into the year ``end_text`` names when ``start_text`` names none.

    Args:
        start_text: The span's start as written ("oct 1").
        end_text: The span's end as written ("dec 24 2027").
        start: The start as read (in the current year when it named none).
        end: The end as read.
    """
    if _YEAR.search(start_text) or not _YEAR.search(end_text):
        return start
    if not _MONTH_DAY.match(start_text):
        return start
    try:
        moved = start.replace(year=end.year)
        return moved if moved <= end else start.replace(year=end.year - 1)
    except ValueError:  # 29 February in a year without it: keep the reading
        return start


def end_after_start(end_text: str, start: date, end: date) -> date:
    """``end`` in the next year when ``end_text`` names a month and day before ``start``.

    "how many weeks until jan 15" asked in December, "11월 20일부터 1월 15일까지": a month and
    a day with no year are the next such day, not one already past (the seventeenth unseen
    set's checks had "-321 days"). An end with a year of its own keeps its reading.
    """
    if end >= start or _YEAR.search(end_text) or not _MONTH_DAY.match(end_text):
        return end
    try:
        moved = end.replace(year=start.year)
        moved = moved if moved >= start else end.replace(year=start.year + 1)
    except ValueError:  # 29 February: the next one is years away, keep the reading
        return end
    return moved
