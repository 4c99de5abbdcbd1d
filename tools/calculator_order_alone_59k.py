"""An order of a coupon and a percent said with no price is no percent of the coupon.

"put the $10 coupon before the 30%" after a price, 40% off and a $10 coupon, asked alone
when no follow-up rule read it, was answered $3.00 (30% of the coupon; calc59). A turn
that names a coupon or voucher and the order it comes in ("before", "first", "flip",
"먼저", "순서") with no other amount has no price to apply either to; it is refused, and
the turn goes on to a model with the conversation or is declined.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["refuse_an_order_without_a_price"]

_COUPON = LazyPattern(
    r"쿠폰|상품권|바우처|적립금|\b(?:coupon|voucher|gift\s*card|promo|code)\b", re.I
)
_ORDER = LazyPattern(
    r"\b(?:before|after|first|flip|flipped|swap|swapped|reverse|reversed|order)\b"
    r"|먼저|순서|거꾸로|반대로|다음에|나중에",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\d\s*(?:%|퍼|프로|percent\b)", re.IGNORECASE)
_AMOUNT = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?(?!\s*(?:%|퍼|프로|percent\b|\d))", re.I)


def refuse_an_order_without_a_price(question: str) -> None:
    """Raise ``ToolInputError`` for a coupon's order beside a percent with one amount only.

    Args:
        question: The question with its numerals as digits.
    """
    if _COUPON.search(question) is None or _ORDER.search(question) is None:
        return
    if _PERCENT.search(question) is None or len(_AMOUNT.findall(question)) > 1:
        return
    raise ToolInputError(
        f"{question!r} orders a coupon and a percent with no price to apply them to"
    )
