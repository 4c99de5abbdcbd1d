"""A fraction of a unit ("3/4 of a cup", "1/2 cup") is that many of the unit, when exact.

"how many tablespoons is 3/4 of a cup" was not read (the reader takes one figure, and
"3/4" is two). A fraction whose decimal ends (a denominator of 2s and 5s: 3/4 = 0.75,
3/8 = 0.375) is written as that decimal; one that does not end (2/3) is left as typed,
so no rounded figure passes for the exact one and the question goes on unread.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["fractions_as_decimals"]

_FRACTION = re.compile(
    r"(?<![\d./])(?P<n>\d{1,3})\s*/\s*(?P<d>\d{1,3})\s+(?:of\s+)?(?:an?\s+)?(?=[A-Za-z])",
    re.IGNORECASE,
)


def _terminates(denominator: int) -> bool:
    for factor in (2, 5):
        while denominator % factor == 0:
            denominator //= factor
    return denominator == 1


def fractions_as_decimals(text: str) -> str:
    """``text`` with "3/4 of a cup" written "0.75 cup" (only fractions whose decimal ends).

    Args:
        text: A unit question as typed.

    Returns:
        The question with each exact fraction before a unit as a decimal.
    """

    def decimal(m: re.Match[str]) -> str:
        n, d = int(m["n"]), int(m["d"])
        if d == 0 or not _terminates(d):
            return m.group(0)
        return f"{format(Decimal(n) / Decimal(d), 'f')} "

    return _FRACTION.sub(decimal, text)
