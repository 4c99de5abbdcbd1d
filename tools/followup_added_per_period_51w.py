"""Whether an amount a follow-up adds is said per period, so adding it once is no answer.

"월세 60만원 1년이면" (7,200,000원) then "관리비 월 5만원 더하면?" was answered 7,250,000원:
the 5만원 a month added once to a year's total (blind probes, session 51). When the result
spans several months or years, an amount said per period ("월 5만원", "매달", "하루", "a
month") or a charge monthly by name (관리비, 통신비, 월세) is added for each period, not
once, so the follow-up rule that adds a named amount once leaves the turn alone (the step
goes on to a tier that reads it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["added_per_period"]

# Words before the figure that make it an amount per period ("관리비 월 5만원 더하면").
_PER_PERIOD = re.compile(
    r"(?<![가-힣])(?:월|매달|매월|한\s*달에?|달마다|주|매주|하루|매일|일당|연|매년)\s*\d"
    r"|\d[\d,.]*\s*(?:원|달러)?\s*(?:씩|a\s+month|per\s+month|a\s+week|a\s+day)",
    re.IGNORECASE,
)
# Charges paid every month by their name.
_MONTHLY_CHARGE = re.compile(r"관리비|월세|통신비|구독료|보험료|수도세|전기세|가스비|인터넷\s*요금")
# A result over several months or years: "1년이면", "6개월", "12 months" (not "4주", "1달": a
# month's charge is added once to a month's total, "레슨비 월 20만원도 따로" after 4 weeks).
_OVER_A_SPAN = re.compile(
    r"(?<![\d.])(?:[2-9]|\d{2,})\s*(?:개월|달)(?!\s*\d)|\d\s*년(?!\s*\d)"
    r"|(?<![\d.])(?:[2-9]|\d{2,})\s*months?\b|\d\s*years?\b",
    re.IGNORECASE,
)


def added_per_period(text: str, steps: Sequence[str]) -> bool:
    """Whether the amount ``text`` adds is per period while the result of ``steps`` spans periods.

    Args:
        text: The follow-up turn, numerals as digits ("관리비 월 50000원 더하면?").
        steps: The earlier turn's steps, whose result the amount would be added to.
    """
    if not any(_OVER_A_SPAN.search(step) for step in steps):
        return False
    return _PER_PERIOD.search(text) is not None or _MONTHLY_CHARGE.search(text) is not None
