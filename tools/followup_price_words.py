"""Follow-ups naming a figure by a word: "반값이면?" after a discount, "연봉으로는?" after a wage.

- "운동화 129,000원인데 30% 세일하면" then "30% 말고 반값이면?" (or "반값이면?", "half price
  then?"): 반값 is a 50% discount off the same price, 64,500원; halving the discounted price
  (45,150원) answers another question. After a step with no discount, 반값 stays a halving
  (the edits' reading).
- "월급 3,200,000원에서 5% 오르면" then "연봉으로는?" ("annually?"): the monthly figure for a
  year, 12 months of it.

Both found by the seventeenth unseen set, whose first run sent them to a model or declined.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = [
    "MONTHLY",
    "SPAN_COUNTED",
    "USE_SMALLER_RATE_GUARD",
    "half_price_for_discount",
    "yearly_of_monthly",
]

_HALF = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?:\d+\s*%\s*(?:말고|대신)\s*)?(?:반값|반\s*가격|반액)"
    r"\s*(?:이면|이라면|으로\s*하면|세일이면|할인이면|이면요)?\s*[?？]?\s*$"
    r"|^\s*(?:and\s+|what\s+about\s+|what\s+if\s+it'?s\s+)?(?:at\s+)?half\s*(?:price|off)"
    r"(?:\s+instead)?\s*\??\s*$",
    re.IGNORECASE,
)
_DISCOUNT = LazyPattern(
    r"(?P<pct>\d+(?:\.\d+)?)\s*%\s*(?:세일|할인|off\b|discount|DC)", re.IGNORECASE
)
_ANNUAL = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*연봉\s*(?:으로|로)?\s*(?:는|은|치면|하면|따지면|환산하면)?"
    r"\s*(?:얼마\S*)?\s*[?？]?\s*$"
    r"|^\s*(?:and\s+|so\s+)?(?:annually|per\s+year|a\s+year|yearly|as\s+an?\s+annual\s+salary)"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
# "paid over 24 monthly payments", "in 12 instalments", "10회 할부": a span counted in
# payments is counted all the same (set 54: "and over 36 months" was read as 36 of them).
_SPAN_COUNTED = LazyPattern(
    r"\d\s*(?:년|개월|달|months?\b|years?\b)"
    r"|\d\s*(?:monthly\s+)?(?:payments?|instal+ments?)\b|\d\s*회\s*(?:할부|분할|납)",
    re.IGNORECASE,
)
# The last step asks a rate per hour, day or week ("시급으로 얼마꼴", "per hour"): its answer
# is no monthly figure, and 12 of it is no year's pay (set 55: "월급 이백칠십만원 209시간 기준이면
# 시급으로 얼마꼴" then "연봉으로 치면 얼마야" was 12 hourly wages, 155,024원).
_SMALLER_RATE_ASKED = LazyPattern(
    r"시급|시간당|일당|하루(?:에|당)?\s*(?:얼마|벌)|주급|주당\s*얼마|일주일에\s*얼마"
    r"|\bper\s+(?:hour|day|week)\b|\ban?\s+(?:hour|day|week)\b|\bhourly\b|\bdaily\b|\bweekly\b",
    re.IGNORECASE,
)
#: Switch for tests (tests/tools/test_wrongs_55.py).
USE_SMALLER_RATE_GUARD = True
_MONTHLY = LazyPattern(
    r"월급|월\s*\d|한\s*달|매달|매월|월세|\ba\s+month\b|\bper\s+month\b|\bmonthly\b", re.IGNORECASE
)


#: A step that prices a month ("한 달", "월세", "a month"), and one that counts a span.
MONTHLY = _MONTHLY
SPAN_COUNTED = _SPAN_COUNTED


def half_price_for_discount(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``30% 말고 반값이면?``: the last step's one discount made 50%."""
    if _HALF.match(text) is None or not steps:
        return None
    found = list(_DISCOUNT.finditer(steps[-1]))
    if len(found) != 1:
        return None  # no discount (a halving, read elsewhere) or two (which one is unclear)
    old = found[0]
    changed = steps[-1][: old.start("pct")] + "50" + steps[-1][old.end("pct") :]
    return [*steps[:-1], changed], f"{old['pct']}% → 50% (반값)"


def yearly_of_monthly(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``연봉으로는?``: the previous monthly figure, times 12."""
    if _ANNUAL.match(text) is None or not any(_MONTHLY.search(s) for s in steps):
        return None
    if any(_SPAN_COUNTED.search(s) for s in steps):
        return None  # "매달 10만 원씩 3년 동안": a total over a span, no monthly figure
    if USE_SMALLER_RATE_GUARD and _SMALLER_RATE_ASKED.search(steps[-1]):
        return None  # "… 시급으로 얼마꼴": an hourly figure, never a month's
    return [*steps, "그걸 12배 하면"], "a monthly figure for a year (× 12)"
