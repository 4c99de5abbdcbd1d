"""Takings from things sold at one price: "the vending machine sells cans at 1.75 and it sold
96 this week, what did it take in" is 1.75 x 96 = 168.

Read only with a price said with "sells/sold … at/for P" (P a single figure), a count said
with "sold N", what it took in (or made, earned, brought in) asked, and no other figure.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["takings_at_price"]

_N = r"\d+(?:\.\d+)?"
_PRICE = LazyPattern(
    rf"\bsells?\s+(?:[a-z]+\s+){{1,3}}?(?:at|for)\s+\$?(?P<p>{_N})(?:\s+(?:each|a\s+piece|apiece))?\b",
    re.I,
)
_SOLD = LazyPattern(r"\bsold\s+(?P<n>\d+)\b(?!\s*(?:%|\.\d))", re.I)
_ASKED = LazyPattern(
    r"\bwhat\s+did\s+(?:it|they|we|i|she|he)\s+(?:take\s+in|make|earn|bring\s+in|gross)\b"
    r"|\bhow\s+much\s+did\s+(?:it|they|we|i|she|he)\s+(?:take\s+in|make|earn|bring\s+in)\b",
    re.I,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def takings_at_price(question: str) -> str | None:
    """ "1.75 * 96" for the takings of things sold at one price, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    price, sold = _PRICE.search(s), _SOLD.search(s)
    if price is None or sold is None or not _ASKED.search(s):
        return None
    if len(_FIGURE.findall(s)) != 2 or sold.start() < price.end():
        return None
    return f"{price['p']} * {sold['n']}"
