"""One thing priced two ways, outright or monthly, the extra on the plan asked: "phone costs
1,099 outright or 45.80 a month for 24 months, how much more do i pay on the monthly plan"
is 45.80 x 24 - 1,099 = 0.20 (set 43).

Read only with one price said as paid at once (outright, upfront, in full, cash), one
monthly payment for a said number of months, no other figure, and the extra of the
monthly way asked ("how much more … monthly/plan", "how much extra", "what's the
difference"). Where the months cost less than the price, "how much more on the plan" has
no reading and is left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.lazy_regex import LazyPattern

__all__ = ["monthly_over_outright"]

_N = r"\d+(?:\.\d+)?"
_AT_ONCE = LazyPattern(
    rf"\$?(?P<a>{_N})\s*(?:dollars\s+)?(?:outright|up\s*-?\s*front|in\s+full|(?:in\s+)?cash"
    r"|all\s+at\s+once|in\s+one\s+go|full\s+price)\b",
    re.IGNORECASE,
)
_MONTHLY = LazyPattern(
    rf"\$?(?P<m>{_N})\s*(?:dollars\s+)?(?:a|per|/|each)\s*(?:month|mo)\s+(?:for|over)\s+"
    rf"(?P<n>\d{{1,3}})\s+months\b",
    re.IGNORECASE,
)
_MORE_ASKED = LazyPattern(
    r"how\s+much\s+(?:more|extra)\b[^?]*?\b(?:monthly|plan|financ\w*|instal+ments?|payments?"
    r"|per\s+month|a\s+month|that\s+way)"
    r"|how\s+much\s+extra\b|what(?:'s|\s+is|s)\s+the\s+difference|how\s+much\s+more\s+is\s+that",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def monthly_over_outright(digits: str) -> str | None:
    """ "45.8 * 24 - 1099" for the extra paid monthly, or ``None``.

    Args:
        digits: The question with numerals as digits.
    """
    once, monthly = list(_AT_ONCE.finditer(digits)), list(_MONTHLY.finditer(digits))
    if len(once) != 1 or len(monthly) != 1 or not _MORE_ASKED.search(digits):
        return None
    if len(_FIGURE.findall(digits)) != 3:
        return None  # a figure more than the price, the monthly payment and the months
    price, each, months = once[0]["a"], monthly[0]["m"], monthly[0]["n"]
    if Decimal(each) * int(months) < Decimal(price):
        return None  # the plan costs less: "how much more" on it reads nothing
    return f"{each} * {months} - {price}"
