"""일할 계산: a monthly rent for the days lived of a month of N days: "월세 62만 원인데 이번 달
30일 중에 12일만 살고 나가면 일할로 얼마 내" is 620,000 x 12 / 30 = 248,000원.

Read only with the month's days said ("30일 중에", "30일 가운데", "한 달 31일에"), the days
lived after it, one amount in won, and nothing else counted: the month's length is never
guessed.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["rent_for_days_lived"]

_N = r"\d+(?:\.\d+)?"
_DAYS = LazyPattern(
    r"(?<![\d.])(?P<month>\d{2})\s*일\s*(?:중에?|가운데|중\s*에서)\s*(?:\S+\s+)?(?P<days>\d{1,2})\s*일"
)
_MONTHLY = LazyPattern(r"월세|관리비|한\s*달|월\s*\d|월에")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def rent_for_days_lived(question: str) -> str | None:
    """ "620000 * 12 / 30" for a month's rent for the days lived, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    days = _DAYS.search(s)
    if days is None or "원" not in s or not _MONTHLY.search(s):
        return None
    month, lived = int(days["month"]), int(days["days"])
    if not 28 <= month <= 31 or not 0 < lived < month:
        return None
    taken = {days.span("month"), days.span("days")}
    amounts = [f for f in _FIGURE.finditer(s) if f.span() not in taken]
    if len(amounts) != 1 or amounts[0].start() > days.start():
        return None
    return f"{amounts[0].group()} * {lived} / {month}"
