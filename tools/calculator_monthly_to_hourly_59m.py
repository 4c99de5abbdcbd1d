"""A monthly pay over the hours worked a week and the weeks of a month, asked per hour.

"주40시간 한달 4주 일하고 월급 240만이면 시급으로 얼마임" is 2,400,000 / (40 x 4) = 15,000원
(set 51; it went to the cloud). Read by slots, in any order: the pay a month (월급 N),
the hours a week (주 N시간, 일주일에 N시간), the weeks a month (한달 N주), and the hourly
rate asked (시급, 시간당 얼마). Every figure must fill one of these; any other figure, or a
slot left unsaid (the weeks are never assumed: 4주 and 209시간 are both in use), declines.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["monthly_pay_per_hour_ko"]

_N = r"\d+(?:\.\d+)?"
_PAY = LazyPattern(rf"(?<![가-힣])월급\s*(?:이|은|는|가)?\s*(?P<p>{_N})\s*(?:원|만원)?")
_HOURS = LazyPattern(
    rf"(?:(?<![가-힣])주|일주일에?|1\s*주일?에)\s*(?:에\s*)?(?P<h>{_N})\s*시간(?!\s*당)"
)
# (The month may be gone by the time this reads: "한달 4주" comes here as "4주면". Weeks
# of a monthly pay are the month's.)
_WEEKS = LazyPattern(
    rf"(?:(?:한|1)\s*달\s*(?:에|에는|동안|은)?\s*)?(?<![\d.])(?P<w>{_N})\s*주(?!\s*\d|일|당)"
)
_ASKED = LazyPattern(r"(?:시급|시간당|1\s*시간에|한\s*시간에)\s*(?:으로|은|는|이)?\s*(?:얼마|몇)?")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
# The hours of the month said as the basis: "209시간 기준으로", "월 209시간", "한달 209시간"
# (set 53: "월급 2,508,000원이면 209시간 기준으로 시급 얼마임" is 2508000 / 209).
_MONTH_HOURS = LazyPattern(
    rf"(?:(?<![가-힣])월|(?:한|1)\s*달(?:에|에는|동안)?)\s*(?P<m>{_N})\s*시간(?!\s*당)"
    rf"|(?P<b>{_N})\s*시간\s*(?:기준|으로\s*계산|으로\s*치면)"
)
#: Off only in the test that shows what it changes.
USE_MONTH_HOURS = True


def _over_month_hours(digits: str) -> str | None:
    """``"2508000 / 209"``: a monthly pay over the hours of the month said as its basis."""
    pay, hours, asked = _PAY.search(digits), _MONTH_HOURS.search(digits), _ASKED.search(digits)
    if not USE_MONTH_HOURS or pay is None or hours is None or asked is None:
        return None
    if re.match(r"\s*(?:으로|은|는|이)?\s*(?:말고|대신|아니고|빼고)", digits[asked.end() :]):
        return None  # "시급 말고 일급": another rate asked
    if asked.start() < pay.end() and asked.start() < hours.end():
        return None  # 시급 said before the figures is a wage given, never the one asked
    slot = "m" if hours["m"] is not None else "b"
    month_one = {m.span() for m in re.finditer(r"(?<![\d.])1(?=\s*달)", digits)}
    figures = {m.span() for m in _FIGURE.finditer(digits)} - month_one
    if figures != {pay.span("p"), hours.span(slot)} or float(hours[slot]) == 0:
        return None
    return f"{pay['p']} / {hours[slot]}"


def monthly_pay_per_hour_ko(digits: str) -> str | None:
    """``"2400000 / (40 * 4)"`` for a monthly pay asked per hour, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    pay, hours, weeks = _PAY.search(digits), _HOURS.search(digits), _WEEKS.search(digits)
    asked = _ASKED.search(digits)
    if pay is None or hours is None or weeks is None or asked is None:
        return _over_month_hours(digits)
    if asked.start() < pay.end() and asked.start() < hours.end():
        return None  # 시급 said before the figures is a wage given, never the one asked
    slots = {pay.span("p"), hours.span("h"), weeks.span("w")}
    # The "1" of "1달" is the month itself, not a figure of its own.
    month_one = {m.span() for m in re.finditer(r"(?<![\d.])1(?=\s*달)", digits)}
    if {m.span() for m in _FIGURE.finditer(digits)} - month_one != slots or len(slots) != 3:
        return None
    if float(hours["h"]) == 0 or float(weeks["w"]) == 0:
        return None
    return f"{pay['p']} / ({hours['h']} * {weeks['w']})"
