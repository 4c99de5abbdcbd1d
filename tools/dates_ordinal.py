"""An ordinal weekday of a month: "2027년 5월 셋째 금요일", "the 2nd monday of october 2027".

People name holidays and meetings this way ("매월 둘째 화요일", "the last friday of
november"). The date follows from the calendar alone, so code answers it; without a
year the question is left to the other readers (which year is meant is not said).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from core.text import ENGLISH_MONTH_NUMBERS
from tools.dates_asked_alone import asks_only_the_date

__all__ = ["nth_weekday_of_month"]

_KO_ORDINALS = {"첫": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4, "다섯": 5}
_KO = re.compile(
    r"(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?:의\s*)?"
    r"(?:(?P<word>첫|둘|두|셋|세|넷|네|다섯)\s*(?:번\s*)?째|(?P<digit>[1-5])\s*(?:번\s*)?째|(?P<last>마지막))"
    r"\s*(?P<wd>[월화수목금토일])\s*요일"
)
_EN_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
}  # fmt: skip
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_MONTHS = ENGLISH_MONTH_NUMBERS
_EN = re.compile(
    r"\b(?P<n>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\s+"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s+(?:of|in)\s+"
    r"(?P<mon>[a-z]{3,9})\.?\s*,?\s*(?P<y>\d{4})\b"
)


def _nth(year: int, month: int, weekday: int, n: int | None) -> date | None:
    """The ``n``-th ``weekday`` of the month (the last one when ``n`` is None)."""
    if not 1 <= month <= 12:
        return None
    days = calendar.monthrange(year, month)[1]
    matching = [
        date(year, month, 1) + timedelta(d)
        for d in range(days)
        if (date(year, month, 1) + timedelta(d)).weekday() == weekday
    ]
    if n is None:
        return matching[-1]
    return matching[n - 1] if n <= len(matching) else None


def nth_weekday_of_month(s: str) -> date | None:
    """The date an ordinal weekday of a month names, or None.

    None too when the question asks more than the date ("…마지막 수요일에 쉬나요": whether a
    place is closed then is not the calendar's to say).

    Args:
        s: The question, already normalised (NFKC, lower case).
    """
    ko = _KO.search(s)
    if ko is not None and not asks_only_the_date(s[: ko.start()], s[ko.end() :]):
        return None
    if ko is not None:
        n = None if ko["last"] else _KO_ORDINALS.get(ko["word"] or "", int(ko["digit"] or 0))
        return _nth(int(ko["y"]), int(ko["m"]), "월화수목금토일".index(ko["wd"]), n)
    en = _EN.search(s)
    if en is not None and not asks_only_the_date(s[: en.start()], s[en.end() :]):
        return None
    if en is not None and en["mon"] in _EN_MONTHS:
        n = None if en["n"] == "last" else _EN_ORDINALS[en["n"]]
        return _nth(int(en["y"]), _EN_MONTHS[en["mon"]], _EN_WEEKDAYS.index(en["wd"]), n)
    return None
