"""Whole vouchers bought with loyalty points (set 36).

"ive got 4,350 points and every 500 points gets you a £5 voucher, how much can i redeem" is 8
whole vouchers (4,350 // 500) worth £5 each: 40, never 4,350 / 500 x 5 = 43.50 (a part of a
voucher is not redeemed). No form read it, so the turn went to a model.

Read only with one balance of points, one "every N points" for a voucher of a value, what
can be redeemed asked, and no other figure.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.lazy_regex import LazyPattern

__all__ = ["PointsForVouchers", "points_for_vouchers", "vouchers_redeemed"]

_N = r"\d+(?:\.\d+)?"
_EVERY = LazyPattern(
    rf"\bevery\s+(?P<per>\d+)\s+points?\s+(?:gets?\s+(?:you\s+)?|earns?\s+(?:you\s+)?|is\s+(?:worth\s+)?"
    rf"|=\s*|for\s+|buys?\s+(?:you\s+)?)(?:a\s+|one\s+)?[£$€]?\s*(?P<value>{_N})\s*"
    r"(?:dollars?\s+|pounds?\s+|euros?\s+)?(?:voucher|coupon|credit|reward|off)\b",
    re.IGNORECASE,
)
_BALANCE = LazyPattern(r"(?<![\d.])(?P<have>\d+)\s+points?\b", re.IGNORECASE)
_ASKED_VALUE = LazyPattern(
    r"\bhow\s+much\s+(?:can|could|do|will)\s+(?:i|we)\s+(?:redeem|get|claim|cash\s+in|use)\b"
    r"|\bhow\s+much\s+(?:is\s+that|are\s+they)\s+worth\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


class PointsForVouchers(NamedTuple):
    """The points held, the points a voucher takes and the voucher's value."""

    have: str
    per: str
    value: str


def points_for_vouchers(digits: str) -> PointsForVouchers | None:
    """The balance, points per voucher and voucher value stated, or ``None``.

    Args:
        digits: The question with numerals as digits.
    """
    every = list(_EVERY.finditer(digits))
    if len(every) != 1:
        return None
    balances = [m for m in _BALANCE.finditer(digits) if m.start() != every[0].start("per")]
    if len(balances) != 1 or len(_FIGURE.findall(digits)) != 3:
        return None
    said = PointsForVouchers(balances[0]["have"], every[0]["per"], every[0]["value"])
    return said if int(said.per) > 0 else None


def vouchers_redeemed(digits: str) -> str | None:
    """ "floor(4350 / 500) * 5" for the value of the whole vouchers, or ``None``."""
    said = points_for_vouchers(digits)
    if said is None:
        return None
    if not _ASKED_VALUE.search(digits):
        return None
    return f"floor({said.have} / {said.per}) * {said.value}"
