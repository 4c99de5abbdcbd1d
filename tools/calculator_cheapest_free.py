"""Prices listed with the cheapest one free: the sum less the lowest ("buy 2 get 1 free").

Blind set 35: "3 pizzas at 14.99, 11.49 and 16.50, the cheapest one is free, what do we pay"
was declined as not in the documents. A deal that makes the cheapest item free takes the
lowest of the prices listed off their sum: 14.99 + 16.50 = 31.49. Read only when each
price of the list is said (a count before them must equal their number) and the turn
says the cheapest (lowest-priced) one is free; any other figure declines.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["cheapest_free_total"]

_N = r"\d+(?:\.\d+)?"
_LIST = re.compile(rf"(?P<list>{_N}(?:\s*,\s*{_N})*\s*,?\s*(?:and|&)\s*{_N})")
_FREE = re.compile(
    r"\b(?:the\s+)?(?:cheapest|lowest[\s-]priced|least\s+expensive)(?:\s+(?:one|item|pizza|of\s+them))?"
    r"\s+(?:is|comes|goes|'s)\s+(?:for\s+)?free\b",
    re.I,
)
_COUNT = re.compile(rf"^\D*?(?P<n>{_N})\s+[a-z]+\s+(?:at|for|costing|priced\s+at)\s*$", re.I)
_ASKS = re.compile(r"\bwhat\b|\bhow\s+much\b|\btotal\b|\bpay\b|\bcost\b", re.I)
_FIGURE = re.compile(rf"(?<![\d.A-Za-z]){_N}")


def cheapest_free_total(text: str) -> tuple[str, str] | None:
    """ "14.99 + 11.49 + 16.5 - 11.49" and "" (a plain figure), or ``None``.

    Args:
        text: The request as asked.
    """
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    listed, free = _LIST.search(s), _FREE.search(s)
    if listed is None or free is None or _ASKS.search(s) is None:
        return None
    prices = re.findall(_N, listed["list"])
    placed = {
        (listed.start("list") + m.start(), listed.start("list") + m.end())
        for m in re.finditer(_N, listed["list"])
    }
    count = _COUNT.match(s[: listed.start()])
    if count is not None:
        if Decimal(count["n"]) != len(prices):
            return None  # "4 pizzas at 12, 14 and 9": which price the fourth has is not said
        placed.add(count.span("n"))
    if any(f.span() not in placed for f in _FIGURE.finditer(s)):
        return None
    lowest = min(prices, key=Decimal)
    return f"{' + '.join(prices)} - {lowest}", ""
