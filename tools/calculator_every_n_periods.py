"""A cost paid every N periods, asked over a longer span: "가습기 필터 6개월마다 2만4천원이면
1년 유지비 얼마" is 24,000 x 12 / 6 = 48,000원; "every 3 months at 18 each, how much a
year" is 18 x 4 = 72.

Blind set 34's humidifier turn was unread, and beside it "replace the filter every 3
months at 18 each, how much a year" was answered '54' (3 x 18, the interval taken for a
count: a wrong answer found beside the set). This reads the interval, the amount and the
span asked; the span must hold a whole number of intervals (a year is 12 months or 52
weeks; days are left alone, a year having no whole number of most day intervals), and
every figure of the request must have its role. ``tools.calculator`` tries it among its
early readers.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_won_or_not import in_won_or_not

__all__ = ["every_n_periods_in_won", "every_n_periods_unnamed"]

_N = r"\d+(?:\.\d+)?"
# How many of each interval unit a span holds.
_IN_SPAN = {
    ("month", "year"): 12,
    ("month", "month"): 1,
    ("week", "year"): 52,
    ("week", "week"): 1,
}
_KO_UNIT = {"개월": "month", "달": "month", "주": "week", "년": "year"}
_EN_UNIT = {"month": "month", "week": "week", "year": "year"}
_KO = LazyPattern(
    rf"(?<![\d.])(?P<n>\d+)\s*(?P<u>개월|달|주)\s*(?:에\s*한\s*번씩?|마다|에\s*한번씩?)\s+"
    rf"(?:[가-힣]{{1,8}}\s+){{0,2}}?(?P<a>{_N})\s*원?\s*(?:씩)?\s*"
    r"(?:이면|인데|이고|들면|나가면|면|드는데)?\s*,?\s*(?:[가-힣]{1,8}\s+){0,1}?"
    rf"(?:(?P<s>\d+)\s*(?P<su>년|개월|달)|(?P<one>일\s*년|한\s*해))\s*(?:에|동안|간|치|이면)?\s*"
    r"(?:[가-힣]{1,6}\s*)?(?:얼마|몇\s*원)"
)
_EN = LazyPattern(
    rf"\bevery\s+(?P<n>\d+)\s+(?P<u>month|week)s?\b[^\d]{{0,30}}?\$?(?P<a>{_N})\b"
    r"(?:\s*(?:each|a\s+time|per\s+time|apiece))?[^\d]{0,40}?"
    rf"(?:\b(?:a|per|each)\s+(?P<one>year)\b|\b(?:over|for|in)\s+(?P<s>\d+)\s+(?P<su>year|month)s?\b)",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}(?![\d.])")


def _every_n_periods(text: str) -> str | None:
    plain = text.replace(",", "")
    said = _KO.search(plain)
    units = _KO_UNIT
    if said is None:
        said, units = _EN.search(plain), _EN_UNIT
    if said is None:
        return None
    interval = units[said["u"].lower()]
    span_unit = "year" if said["one"] else units[said["su"].lower()]
    span = 1 if said["one"] else int(said["s"])
    per_span = _IN_SPAN.get((interval, span_unit))
    n = int(said["n"])
    if per_span is None or n < 2 or (per_span * span) % n:
        return None
    used = [said["n"], said["a"], *([] if said["one"] else [said["s"]])]
    if sorted(_FIGURE.findall(plain)) != sorted(used):
        return None  # a figure left over: the request says more than this reading
    return f"{said['a']} * {per_span * span // n}"


# The reading in won and in no named unit, for the calculator's early readers.
every_n_periods_in_won, every_n_periods_unnamed = in_won_or_not(_every_n_periods)
