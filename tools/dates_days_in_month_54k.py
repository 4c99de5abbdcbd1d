"""How many days one month of a year has: "2030년 2월은 며칠까지 있어" is 28 (set 45).

No date reader read a month's length, and the question went to a model. Read only when
the whole question is one month with its year and its days asked ("며칠까지", "몇일까지
있어", "how many days in february 2030"). In Korean the year must be said: "4월은 며칠까지
있어?" after a festival's dates asks until when it runs in April, not the month's length.
In English a month other than February may go without its year ("how many days in june").
"""

from __future__ import annotations

import calendar
import re

__all__ = ["HOW_MANY_DAYS_IN_EN", "days_in_month"]

# "how many days are there in", "how many days does": the English ask of a length in days,
# shared with a year's length (tools.dates_days_in_year_55t).
HOW_MANY_DAYS_IN_EN = (
    r"^\s*how\s+many\s+days\s+(?:are\s+there\s+|is\s+there\s+|are\s+|is\s+)?(?:in|does)\s+"
)

_MONTHS_EN = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    name.lower(): i for i, name in enumerate(calendar.month_abbr) if name
}
_KO = re.compile(
    r"^\s*(?P<y>\d{4})\s*년\s*(?:의\s*)?(?P<m>\d{1,2})\s*월\s*(?:은|는|이|달은|에는|엔)?\s*"
    # The days asked: "며칠까지", "며칠 있어", "총 며칠", "마지막 날" ("2월 며칠이야" alone asks a
    # date in that month, never its length).
    r"(?:(?:며칠|몇\s*일|몇일)\s*까지\s*(?:있어|있어요|있나|있지|있음|있니|이야|이에요|인가요|야|임)?"
    r"|(?:며칠|몇\s*일|몇일)\s*(?:있어|있어요|있나|있지|있음|있니)"
    r"|총\s*(?:며칠|몇\s*일|몇일)(?:이야|이에요|야|임)?"
    r"|마지막\s*(?:날|일)(?:이|은)?\s*(?:며칠|몇\s*일|몇일)?(?:이야|이에요|야|임)?)\s*[?？.!]*\s*$"
)
_EN = re.compile(
    HOW_MANY_DAYS_IN_EN + r"(?P<m>[a-z]+)\s*,?\s*(?P<y>\d{4})?\s*(?:have|has)?\s*[?.!]*\s*$"
)


def days_in_month(text: str) -> tuple[str, str, int] | None:
    """``(answer, detail, days)`` for the month asked, or ``None``.

    Args:
        text: The question, normalised (NFKC, lower case).
    """
    ko, en = _KO.match(text), _EN.match(text)
    if ko is not None:
        month, year = int(ko["m"]), ko["y"]
    elif en is not None and en["m"] in _MONTHS_EN:
        month, year = _MONTHS_EN[en["m"]], en["y"]
    else:
        return None
    if not 1 <= month <= 12 or (month == 2 and year is None):
        return None  # no such month, or February of a year unsaid
    days = calendar.monthrange(int(year) if year else 2001, month)[1]
    label = f"{year}-{month:02d}" if year else f"month {month}"
    if ko is not None:
        said = f"{year}년 {month}월" if year else f"{month}월"
        leap = " (윤년)" if month == 2 and days == 29 else ""
        return f"{said}은 {days}일까지 있어요{leap}", f"{label}: {days} days", days
    named = calendar.month_name[month]
    return f"{named}{' ' + year if year else ''} has {days} days", f"{label}: {days} days", days
