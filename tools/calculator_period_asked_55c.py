"""An amount said for one period with its rate applied, asked for another period: declined.

Set 46's helper found "28 an hour full time with 20% tax, what per year" answered 33.6: the
rate reader (:mod:`tools.calculator_rates`) took the one amount with its one rate (28 with
20% on top) and never saw that an hourly wage was asked by the year. "연봉 4200만원에서 5%
오르면 월급은" and "월세 50만원인데 5% 오르면 1년에 얼마" are the same slip: the amount moved by
its rate is still per its own period, and what the asked period needs (hours a week, weeks
or months in a year) is for another rule to read (:mod:`tools.calculator_hourly_to_yearly_en`
reads a full-time hourly wage by the year, with a tax taken off).

The rule: the amount names its period ("28 an hour", "2000 a month", "시급 12000원",
"월세 50만원", "연봉 4200만원") and the request names another ("per year", "monthly",
"1년에", "한달에", "월급은"): the rate reader stands aside.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["other_period_asked"]

_UNIT = {
    "hour": "hour",
    "hr": "hour",
    "시급": "hour",
    "시간당": "hour",
    "시간": "hour",
    "day": "day",
    "daily": "day",
    "일당": "day",
    "하루": "day",
    "일": "day",
    "week": "week",
    "weekly": "week",
    "주급": "week",
    "주": "week",
    "주일": "week",
    "매주": "week",
    "month": "month",
    "monthly": "month",
    "월급": "month",
    "월세": "month",
    "월": "month",
    "달": "month",
    "매달": "month",
    "매월": "month",
    "year": "year",
    "yr": "year",
    "annual": "year",
    "annually": "year",
    "yearly": "year",
    "연봉": "year",
    "연": "year",
    "년": "year",
    "연간": "year",
    "매년": "year",
}
_FIGURE = r"\d+(?:\.\d+)?(?!\s*(?:%|퍼센트|프로|percent\b)|\d|\.\d)"
# The period said with the amount: "28 an hour", "2000/month", "시급 12000", "월세 500000".
_AMOUNT_PERIOD = LazyPattern(
    rf"{_FIGURE}\s*(?:원|dollars?|bucks)?\s*(?:an?|per|/|each|every)\s*"
    r"(?P<en>hour|hr|day|week|month|year|yr)s?\b"
    rf"|(?<![가-힣])(?P<ko>시급|시간당|일당|주급|월급|월세|연봉|월|연)\s*(?:이|은|는|가)?\s*(?={_FIGURE})",
    re.IGNORECASE,
)
# A period the request names elsewhere: "per year", "annually", "1년에", "한달에", "월급은".
_PERIOD_NAMED = LazyPattern(
    r"\b(?:an?|per|each|every|in\s+a)\s+(?P<en>hour|day|week|month|year)\b"
    r"|\b(?P<adv>annual(?:ly)?|yearly|monthly|weekly|daily)\b"
    r"|(?:1|한|일)\s*(?P<span>년|달|주일|주|시간)\s*(?:에|동안|간|치)"
    r"|(?<![가-힣])(?P<ko>연간|매년|매달|매월|매주|연봉|월급|주급|일당|시급|하루)",
    re.IGNORECASE,
)


def _unit(match: re.Match[str]) -> str:
    said = next(g for g in match.groups() if g)
    return _UNIT[said.lower()]


def other_period_asked(text: str) -> bool:
    """Whether ``text``'s amount is said per one period and another period is named.

    Args:
        text: The normalised request (numerals as digits).
    """
    own = list(_AMOUNT_PERIOD.finditer(text))
    if not own:
        return False
    units = {_unit(m) for m in own}
    rest = text
    for m in reversed(own):
        rest = rest[: m.start()] + " " + rest[m.end() :]
    return any(_unit(m) not in units for m in _PERIOD_NAMED.finditer(rest))
