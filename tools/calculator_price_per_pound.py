"""A weight in pounds at a price a pound: "three and a half pounds of chicken at 4.29 a pound".

Blind set 38: "i need three and a half pounds of chicken and it's 4.29 a pound" went to a
model, and while reading it, "how much for 3.5 pounds of chicken at 4.29 a pound" was found
answered '15원' (3.5 British pounds at 4.29 won each) and "3.5 lbs of chicken at 4.29 per lb"
'15.015 lb'. A weight said in pounds of something, with one price per pound (or lb), is
bought by weight: the cost is weight × price, money (in dollars when "$" is written). The
count may be said in words with a half ("three and a half"). One weight and one price, no
other figure.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_DIGITS

__all__ = ["price_per_pound_expression", "with_weight"]

_NUM = r"\d+(?:\.\d+)?"
# "three and a half": a number word with a half ("a" is one, "a pound and a half").
_WORDS = {**{w: int(d) for w, d in ENGLISH_DIGITS.items()}, "a": 1}
_WORD_AND_A_HALF = LazyPattern(rf"\b(?P<w>{'|'.join(_WORDS)})\s+and\s+a\s+half\b", re.I)
_DIGIT_AND_A_HALF = LazyPattern(r"\b(?P<n>\d+)\s+and\s+a\s+half\b", re.I)
_WEIGHT = LazyPattern(rf"(?<![\d.$])(?P<w>{_NUM})\s*(?:lbs?|pounds?)\s+(?:of|for)\b", re.I)
_PRICE = LazyPattern(
    rf"\$?(?P<p>{_NUM})\s*(?:a|per|/|for\s+a|for\s+each|each)\s*(?:lb|pound)\b", re.I
)
_FIGURE = LazyPattern(rf"(?<![\d.]){_NUM}")


def _halves_as_digits(text: str) -> str:
    text = _WORD_AND_A_HALF.sub(lambda m: f"{_WORDS[m['w'].lower()]}.5", text)
    return _DIGIT_AND_A_HALF.sub(lambda m: f"{m['n']}.5", text)


def price_per_pound_expression(text: str) -> str | None:
    """``"3.5 * 4.29"`` for a weight in pounds at a price a pound, or ``None``.

    Args:
        text: The request (English; numerals as digits).
    """
    text = _halves_as_digits(text)
    weights, prices = list(_WEIGHT.finditer(text)), list(_PRICE.finditer(text))
    if len(weights) != 1 or len(prices) != 1 or len(_FIGURE.findall(text)) != 2:
        return None
    return f"{weights[0]['w']} * {prices[0]['p']}"


def with_weight(text: str, pounds: str) -> str | None:
    """``text`` (read by :func:`price_per_pound_expression`) with its weight set to ``pounds``."""
    if price_per_pound_expression(text) is None:
        return None
    plain = _halves_as_digits(text)
    weight = _WEIGHT.search(plain)
    if weight is None:
        return None
    return f"{plain[: weight.start('w')]}{pounds}{plain[weight.end('w') :]}"
