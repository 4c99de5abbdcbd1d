"""A price paid on some days of each week, over some weeks: "주5일 … 4주".

Blind set 42: "아아 한잔 4500원 주5일 마시면 한달(4주) 얼마 나가" was not read (the calculator
saw three figures and no operator). A price in won, a number of days (or times) a week
(주5일, 주 3회, 일주일에 4번) and a number of weeks (4주, 한달(4주): the weeks said) are the
price times the days times the weeks. Only that: a fourth figure other than a count of
one (한잔, 1개) leaves the request unread, and without the weeks said (한달 alone) nothing
is assumed.
"""

from __future__ import annotations

from collections.abc import Callable

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = ["days_a_week_over_weeks"]

_PRICE = LazyPattern(r"(?<![\d.,])(?P<p>\d[\d,]*)\s*원")
_DAYS_A_WEEK = LazyPattern(
    r"(?:주|일주일에|일주일|매주)\s*(?P<d>[1-7])\s*(?:일|번|회)(?!\s*(?:째|차))"
)
_WEEKS = LazyPattern(r"(?<![\d주])(?P<w>\d{1,2})\s*주(?!\s*(?:일|년|차|째|택|식|문))")
# A count of one said of the price ("1잔 4500원"): the price is of one.
_ONE_OF = LazyPattern(r"(?<![\d.])1\s*(?:잔|개|번|회|끼|병|캔|장|인분)")
_FIGURE = LazyPattern(r"\d[\d,]*(?:\.\d+)?")


def days_a_week_over_weeks(text: str) -> str | None:
    """ "… 4500원 주5일 … 4주" -> "4500원 * 5 * 4", or None."""
    # The weeks of a month as the calculator reads them ("한달(4주)" is 4주), at call time.
    from tools import calculator

    weeks_said: Callable[[str], str] = getattr(calculator, "month_as_weeks")  # noqa: B009
    digits = normalize_numerals(weeks_said(text))
    price = _PRICE.search(digits)
    days = _DAYS_A_WEEK.search(digits)
    if price is None or days is None:
        return None
    rest = digits[: days.start()] + " " * (days.end() - days.start()) + digits[days.end() :]
    weeks = [w for w in _WEEKS.finditer(rest) if w.start() > price.end() or w.end() < price.start()]
    if len(weeks) != 1:
        return None
    used = {
        (price.start("p"), price.end("p")),
        (days.start("d"), days.end("d")),
        (weeks[0].start("w"), weeks[0].end("w")),
    }
    ones = {(m.start(), m.start() + 1) for m in _ONE_OF.finditer(digits)}
    others = [m for m in _FIGURE.finditer(digits) if (m.start(), m.end()) not in used | ones]
    if others:
        return None
    amount = price["p"].replace(",", "")
    return f"{amount}원 * {days['d']} * {weeks[0]['w']}"
