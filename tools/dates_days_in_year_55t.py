"""How many days one year has: "how many days are in 2028" is 366 (set 47, turns47).

No date reader read a year's length, and the question went to a model. Read only when the
whole question is one year with its days asked ("how many days are in 2028", "how many
days does 2029 have", "2028년은 며칠이야", "2028년은 총 며칠"), the same shape as a
month's length (tools.dates_days_in_month_54k).
"""

from __future__ import annotations

import calendar
import re

from tools.dates_days_in_month_54k import HOW_MANY_DAYS_IN_EN

__all__ = ["days_in_year"]

_KO = re.compile(
    r"^\s*(?P<y>\d{4})\s*년\s*(?:은|는|이|에는|엔)?\s*(?:일\s*년\s*)?(?:총\s*|모두\s*|전부\s*)?"
    r"(?:며칠|몇\s*일|몇일)\s*(?:이야|이에요|인가요|야|임|있어|있어요|있나|있음|까지\s*있어)?"
    r"\s*[?？.!]*\s*$"
)
_EN = re.compile(
    HOW_MANY_DAYS_IN_EN + r"(?:the\s+year\s+)?(?P<y>\d{4})\s*(?:have|has)?\s*[?.!]*\s*$"
)


def days_in_year(text: str) -> tuple[str, str, int] | None:
    """``(answer, detail, days)`` for the year asked, or ``None``.

    Args:
        text: The question, normalised (NFKC, lower case).
    """
    said = _KO.match(text) or _EN.match(text)
    if said is None:
        return None
    year = int(said["y"])
    days = 366 if calendar.isleap(year) else 365
    if said.re is _KO:
        leap = " (윤년)" if days == 366 else ""
        return f"{year}년은 {days}일이에요{leap}", f"{year}: {days} days", days
    leap = " (a leap year)" if days == 366 else ""
    return f"{year} has {days} days{leap}", f"{year}: {days} days", days
