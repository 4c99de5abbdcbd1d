"""A conversion that names a flat fee (an amount, not a percent): taken off first, or no answer.

Blind set 36: "changing 400 pounds into euros at 1.16, they take a flat 3.50 fee off first,
how many euros do i get" was answered '€464.00' (the fee dropped) for 459.94, and its
follow-up "what about 650 pounds" '€754.00'. ``tools.currency_fee`` reads a fee in percent
only. A flat fee said to come off *first* is in the money handed over, so it comes off the
amount before the rate; a flat fee whose order or currency is not said (taken from the
euros received, or added on top?) gives no one figure, and the conversion declines: a
figure without the fee the user named is a wrong answer, not a partial one.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

__all__ = ["flat_fee_on_conversion"]

# "a flat 3.50 fee", "a 2 pound fee", "a fee of 3.50", "수수료 3000원", "3천원 수수료"; not a
# percent ("a 3% fee" is tools.currency_fee's).
_FLAT_FEE = re.compile(
    r"(?P<a>(?<![\d.])\d+(?:\.\d+)?)(?!\s*(?:%|퍼센트|프로|percent))\s*"
    r"(?:pounds?|quid|dollars?|euros?|원|달러|파운드|유로)?\s*"
    r"(?:flat\s+|fixed\s+|service\s+|exchange\s+|commission\s+)?(?:fee|charge|commission|수수료)"
    r"|\b(?:fee|charge|commission)\s+of\s+(?:[£$€]\s*)?(?P<b>\d+(?:\.\d+)?)(?!\s*(?:%|percent))"
    r"|수수료\s*(?:가|는|은|도)?\s*(?P<c>\d+(?:\.\d+)?)\s*(?:원|달러|파운드|유로)",
    re.IGNORECASE,
)
# The fee comes off the amount handed over before converting.
_FIRST = re.compile(
    r"\bfirst\b|\bbefore\b|먼저|미리|떼고\s*(?:나서)?\s*바꾸|빼고\s*(?:나서)?\s*환전", re.I
)


def flat_fee_on_conversion(text: str) -> Decimal | Literal[False] | None:
    """The flat fee a conversion request names, when it comes off the amount first.

    Args:
        text: The request, numerals already digits.

    Returns:
        ``None`` when no flat fee is named; the fee when it is taken off the amount before
        the rate; ``False`` when a flat fee is named without that order (the caller
        declines).
    """
    fees = [m for m in _FLAT_FEE.finditer(re.sub(r"[£$€]\s*(?=\d)", "", text))]
    if not fees:
        return None
    if len(fees) > 1 or _FIRST.search(text) is None:
        return False
    return Decimal(next(v for v in fees[0].groups() if v is not None))
