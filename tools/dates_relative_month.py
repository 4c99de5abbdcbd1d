"""An ordinal weekday of a month named relative to today: "다음 달 첫 월요일", "the last
friday of next month".

:mod:`tools.dates_ordinal` reads "2027년 3월 첫째 월요일" and "the first monday of march
2027"; people say the month relative to today ("이번 달 마지막 금요일", "다음 달 첫 월요일")
or to a day they state ("오늘이 2027년 2월 10일이면 다음 달 첫 월요일은", restated by
:mod:`tools.dates_spoken` as "2027년 2월 10일 기준 다음 달 …"). The month is put in as a
year and a month, so the ordinal reader answers it. Found by the eighteenth unseen set,
where the question went to the cloud.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_MONTHS

__all__ = ["name_relative_month"]

_KO_STEP = {"이번": 0, "이": 0, "다음": 1, "담": 1, "다다음": 2, "지난": -1, "저번": -1}
_EN_STEP = {"this": 0, "next": 1, "last": -1, "previous": -1}
_KO_ORDINAL_WEEKDAY = (
    r"(?:(?:첫|둘|두|셋|세|넷|네|다섯|[1-5])\s*(?:번\s*)?째?|마지막)\s*[월화수목금토일]\s*요일"
)
# "2027년 2월 10일 기준 다음 달 첫 월요일", "이번 달 마지막 금요일".
_KO_RELATIVE = LazyPattern(
    r"(?:(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일\s*기준\s*)?"
    r"(?P<rel>다다음|다음|담|이번|저번|지난)\s*달\s*(?:의\s*)?(?=" + _KO_ORDINAL_WEEKDAY + ")"
)
# "the first monday of next month", "last friday of this month".
_EN_RELATIVE = LazyPattern(
    r"(?P<head>\b(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s+(?:of|in)\s+)"
    r"(?P<rel>this|next|last|previous)\s+month\b"
)
# "첫 월요일" (no 째): the first, as "첫째 월요일".
_KO_BARE_FIRST = LazyPattern(
    r"(?P<month>\d{1,2}\s*월\s*(?:의\s*)?)첫\s+(?=[월화수목금토일]\s*요일)"
)


def _month_after(base: date, step: int) -> tuple[int, int]:
    months = base.year * 12 + base.month - 1 + step
    return months // 12, months % 12 + 1


def name_relative_month(s: str, base: date) -> str:
    """``s`` with a month named relative to a day put in as its year and month.

    Args:
        s: The normalised, lower-cased question.
        base: Today's date (used when the question states no day of its own).
    """

    def korean(m: re.Match[str]) -> str:
        start = base
        if m["y"]:
            year, month = int(m["y"]), int(m["m"])
            if not 1 <= month <= 12 or not 1 <= int(m["d"]) <= calendar.monthrange(year, month)[1]:
                return m.group(0)
            start = date(year, month, int(m["d"]))
        year, month = _month_after(start, _KO_STEP[m["rel"]])
        return f"{year}년 {month}월 "

    def english(m: re.Match[str]) -> str:
        year, month = _month_after(base, _EN_STEP[m["rel"]])
        return f"{m['head']}{ENGLISH_MONTHS[month - 1]} {year}"

    s = _KO_RELATIVE.sub(korean, s)
    s = _KO_BARE_FIRST.sub(lambda m: f"{m['month']}첫째 ", s)
    return _EN_RELATIVE.sub(english, s)
