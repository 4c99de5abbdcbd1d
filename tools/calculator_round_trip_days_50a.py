"""A one-way fare ridden both ways on so many days: "지하철 1,550원 출퇴근 왕복으로 한달에 22일
타면 교통비 얼마" is 1,550 x 2 x 22 = 68,200원.

Read only with one fare in won, 왕복 said, one count of days (N일), and no other figure
(the 한 of 한달 is no figure); a fare said as 왕복 itself ("왕복 3,100원") is not doubled.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["round_trip_fare_days"]

_N = r"\d+(?:\.\d+)?"
_FARE = LazyPattern(
    rf"(?:지하철|버스|전철|기차|교통비|요금)\s*(?:편도\s*)?(?:요금\s*)?(?:이|은|는)?\s*(?P<f>{_N})\s*원"
)
_BOTH_WAYS = LazyPattern(r"왕복")
_FARE_IS_ROUND = LazyPattern(rf"왕복\s*(?:요금\s*)?(?:이|은|는)?\s*{_N}\s*원")
_DAYS = LazyPattern(r"(?<![\d.])(?P<d>\d+)\s*일\s*(?:동안|간)?\s*(?:타|다니|출퇴근|통근)")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def round_trip_fare_days(question: str) -> str | None:
    """ "1550 * 2 * 22" for a fare both ways on N days, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    fare, days = _FARE.search(s), _DAYS.search(s)
    if fare is None or days is None or not _BOTH_WAYS.search(s) or _FARE_IS_ROUND.search(s):
        return None
    figures = [f for f in _FIGURE.finditer(s) if not re.match(r"1\s*달", s[f.start() :])]
    if len(figures) != 2:
        return None
    return f"{fare['f']} * 2 * {days['d']}"
