"""A yearly amount paid over fewer months than twelve, split between sharers (set 36).

"council tax is band C, 1,842 a year paid over 10 months, split 3 ways between us
flatmates, whats each per month" is 1,842 / 10 / 3 = 61.40 each a month: the year's bill
falls in the ten months it is paid over, not twelve. The period forms read "a year … per
month" as twelve months (1,842 / 12), a wrong answer, so the turn was declined.

Read only with one yearly amount, the months it is paid over ("paid over 10 months", "in 10
instalments", "10개월 분납", "10개월에 나눠"), a monthly amount asked, an optional split
("split 3 ways", "between 3 of us", "3명이 나눠"), and no other figure.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["yearly_paid_over_months"]

_N = r"\d+(?:\.\d+)?"
_YEARLY = LazyPattern(
    rf"(?P<a>(?<![\d.]){_N})\s*(?:원\s*)?(?:a|per|/)\s*(?:year|yr)\b"
    rf"|(?:1년에|일년에|연|연간|1년|일년)\s*(?P<k>(?<![\d.]){_N})\s*원"
    rf"|(?P<y>(?<![\d.]){_N})\s*원?\s*(?:yearly|annually)\b",
    re.IGNORECASE,
)
_OVER_MONTHS = LazyPattern(
    r"\b(?:paid|spread|split|pay|payable)\s+(?:over|across|in(?:to)?)\s+(?P<m>\d+)\s+"
    r"(?:months|(?:monthly\s+)?(?:instal+ments|payments))\b"
    r"|(?P<k>\d+)\s*(?:개월|달)\s*(?:로|에|에\s*걸쳐|동안)?\s*(?:분납|나눠|나누어|할부)",
    re.IGNORECASE,
)
_SPLIT = LazyPattern(
    r"\bsplit\s+(?P<w>\d+)\s+ways\b|\b(?:between|among(?:st)?)\s+(?P<b>\d+)\s+(?:of\s+us|people"
    r"|flatmates|roommates|housemates|of\s+them)\b|(?<![\d.])(?P<k>\d+)\s*명(?:이서|이)?\s*(?:나눠|나누|똑같이|같이)",
    re.IGNORECASE,
)
_MONTHLY_ASKED = LazyPattern(
    r"\b(?:per|a|each)\s+month\b|\bmonthly\b|한\s*달에|월\s*얼마|매달|달마다", re.IGNORECASE
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_ONE_YEAR = LazyPattern(r"(?<![\d.])1\s*년")


def yearly_paid_over_months(digits: str) -> str | None:
    """ "1842 / 10 / 3" for a yearly amount paid over 10 months split 3 ways, or ``None``.

    Args:
        digits: The question with numerals as digits.
    """
    yearly = list(_YEARLY.finditer(digits))
    over = list(_OVER_MONTHS.finditer(digits))
    if len(yearly) != 1 or len(over) != 1 or not _MONTHLY_ASKED.search(digits[over[0].end() :]):
        return None
    amount = yearly[0]["a"] or yearly[0]["k"] or yearly[0]["y"]
    months = over[0]["m"] or over[0]["k"]
    if not 1 < int(months) < 12:
        return None  # twelve or more months is the period forms' reading
    splits = list(_SPLIT.finditer(digits))
    if len(splits) > 1:
        return None
    sharers = (splits[0]["w"] or splits[0]["b"] or splits[0]["k"]) if splits else None
    # (The 1 of "1년에" names the period, no figure of the sum.)
    if len(_FIGURE.findall(_ONE_YEAR.sub(" ", digits))) != 2 + (sharers is not None):
        return None  # a figure more than the amount, the months and the sharers
    if sharers is not None and int(sharers) < 2:
        return None
    return f"{amount} / {months}" + (f" / {sharers}" if sharers else "")
