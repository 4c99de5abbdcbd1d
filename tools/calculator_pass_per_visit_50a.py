"""The price of one use of a pass: "a 10-class pass is 180 dollars, what's that per class"
is 180 / 10 = 18.

Read only with the pass's count hyphened to its unit ("10-class", "20-ride", "5-visit"),
one price, and that same unit asked "per"/"each"/"a", and no other figure.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["pass_price_per_use"]

_N = r"\d+(?:\.\d+)?"
_PASS = LazyPattern(
    r"(?<![\d.])(?P<n>\d+)-(?P<unit>[a-z]+?)s?\s+(?:pass|card|pack|bundle|package|ticket|book)\b",
    re.I,
)
_PRICE = LazyPattern(rf"\b(?:is|costs?|for|at)\s+\$?(?P<p>{_N})\b", re.I)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def pass_price_per_use(question: str) -> str | None:
    """ "180 / 10" for the price of one use of a pass, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    said = _PASS.search(s)
    if said is None or int(said["n"]) < 2:
        return None
    unit = re.escape(said["unit"].lower())
    if not re.search(rf"\b(?:per|each|a)\s+{unit}\b|\bper\s+{unit}s?\b", s[said.end() :], re.I):
        return None
    price = _PRICE.search(s, said.end())
    if price is None or len(_FIGURE.findall(s)) != 2:
        return None
    return f"{price['p']} / {said['n']}"
