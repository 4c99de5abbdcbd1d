"""A discount is taken off a price, never off a count of months, people or things.

"6개월 끊으면 15% 깎아준대" (a follow-up whose price is in the previous turn) was read as
"6 * (1 - 15 / 100)" and answered "5.1": the discount form took the only figure, a count
of months, for the price. A question that names a discount but states no amount of money
has nothing to discount, so the calculator declines instead (and the turn goes on to a
reading that has the price, or to a tier that can ask for it).
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from tools.korean_numbers import normalize_numerals

__all__ = ["discounted_count", "refuse_a_discounted_count"]

# Words that take a share off a price: 할인, 깎다, 세일, "10% off", discount, markdown, and a
# share taken out ("10% 빼준다네": read alone as 10% of a count of 20 boxes, it gave "2").
_DISCOUNT = re.compile(
    r"할인|깎|세일|\bdiscount|\b(?:\d+(?:\.\d+)?\s*%|percent)\s*off\b|\bmarked?\s*down"
    r"|(?:%|퍼센트|프로)\s*(?:씩\s*)?(?:을|를)?\s*빼",
    re.IGNORECASE,
)
# Every figure, its numerals already digits, and a percentage (the discount itself).
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_PERCENT_AFTER = re.compile(r"\s*(?:%|퍼센트|프로|percent)", re.IGNORECASE)
# A counter after a figure: what it counts is months, people, things or times.
_COUNTER = re.compile(
    r"\s*(?:개월|달|주일?|년|일|시간|분|회|번|명|인분|개|잔|병|장|권|켤레|봉지|통|판|줄"
    r"|months?\b|weeks?\b|years?\b|days?\b|hours?\b|times\b|people\b|items?\b|pieces?\b)",
    re.IGNORECASE,
)


def discounted_count(question: str) -> str | None:
    """The counted figure a discount would be taken off, when ``question`` states no price.

    A price is any figure that is neither the percentage nor said with a counter.

    Args:
        question: The question as typed (numerals in words are read too).

    Returns:
        The first counted figure as written ("6개월"), or ``None`` when the question names
        no discount, states an amount of money, or counts nothing.
    """
    digits = normalize_numerals(question)
    if _DISCOUNT.search(digits) is None:
        return None
    counted = []
    for figure in _FIGURE.finditer(digits):
        if _PERCENT_AFTER.match(digits, figure.end()):
            continue  # the rate taken off
        counter = _COUNTER.match(digits, figure.end())
        if counter is None:
            return None  # a figure that counts nothing: a price ("240", "120000원", "$12")
        counted.append(figure.group(0) + counter.group(0).strip())
    return counted[0] if counted else None


def refuse_a_discounted_count(question: str) -> None:
    """Raise ``ToolInputError`` when ``question`` discounts a count, with no price stated."""
    counted = discounted_count(question)
    if counted is not None:
        raise ToolInputError(
            f"could not read {question!r} as a price: a discount is taken off an amount of "
            f"money, and {counted!r} counts something; say the price too"
        )
