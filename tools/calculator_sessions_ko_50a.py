"""A price a session counted by sessions a month or a week, said in Korean.

- "피아노 레슨 월 4회에 한 번 45,000원이면 한 달 레슨비 얼마야": 45,000 x 4 = 180,000원.
- "골프연습장 타석 1시간 15,000원 주3회 4주 다니면 얼마": one hour is one session, 15,000 x 3
  x 4 = 180,000원.

Read only with one price said for one session (한 번, 1회, 회당, or 1시간 when the sessions
are counted and no other length is said), one count of sessions a month or a week, (with a
week's count) one count of weeks, and no other figure.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["sessions_a_month_in_won", "sessions_a_week_in_won"]

_N = r"\d+(?:\.\d+)?"
_PRICE = LazyPattern(rf"(?:한\s*번(?:에)?|1\s*회(?:에)?|회당|1\s*시간(?:에)?)\s*(?P<p>{_N})\s*원")
_A_MONTH = LazyPattern(r"(?:월|한\s*달에?|매달)\s*(?P<n>\d+)\s*(?:회|번)")
_A_WEEK = LazyPattern(r"(?:주|일주일에?|매주)\s*(?P<n>\d+)\s*(?:회|번)")
_WEEKS = LazyPattern(r"(?<![\d.])(?P<w>\d+)\s*주(?:\s*(?:동안|간))?(?!\s*\d)(?!일)")
_MONTH_AS_WEEKS = LazyPattern(r"한\s*달|기준")
_MONTH_ASKED = LazyPattern(r"한\s*달|월\s*(?:비용|레슨비|회비)|매달")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def _figures(text: str) -> list[str]:
    return _FIGURE.findall(text.replace(",", ""))


def sessions_a_month_in_won(question: str) -> str | None:
    """ "45000 * 4" for a month of sessions at a price each, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    price, month = _PRICE.search(s), _A_MONTH.search(s)
    if price is None or month is None or not _MONTH_ASKED.search(s, month.end()):
        return None
    if "시간" in price.group():
        return None
    # Every figure is the price, the count a month, or the 1 of "1회" naming the session.
    if sorted(_figures(s)) != sorted([price["p"], month["n"], *_figures(price.group())[:-1]]):
        return None
    return f"{price['p']} * {month['n']}"


def sessions_a_week_in_won(question: str) -> str | None:
    """ "15000 * 3 * 4" for weeks of sessions at a price each, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    price, week = _PRICE.search(s), _A_WEEK.search(s)
    if price is None or week is None or _MONTH_AS_WEEKS.search(s):
        return None  # "한달 4주 기준": a month said in weeks, tools.calculator_month_as_weeks
    weeks = [m for m in _WEEKS.finditer(s) if m.start() >= week.end()]
    said = [price["p"], week["n"], weeks[0]["w"] if len(weeks) == 1 else ""]
    if len(weeks) != 1 or sorted(_figures(s)) != sorted(said + _figures(price.group())[:-1]):
        return None  # every figure: the price (and its 1), the sessions a week, the weeks
    if s.count("시간") != (1 if "시간" in price.group() else 0):
        return None  # another length said: an hour is not then one session
    return f"{price['p']} * {week['n']} * {weeks[0]['w']}"
