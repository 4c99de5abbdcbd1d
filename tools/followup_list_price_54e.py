"""The price of one item in a list written name first: "netflix 15.49 spotify 11.99 disney
13.99 a month" prices spotify at 11.99, not the 15.49 before its name (set 45).

A figure beside a name may belong to the name before it or after it; the item rules read
both sides and declined a list where both sides hold a figure. A list that opens with a
name and goes on name, figure, name, figure … (two pairs or more) is written name first
all through, so the item's price is the figure right after its name.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["price_after_name_in_list"]

_N = r"\$?\d+(?:\.\d+)?"
_NAME = r"[a-z][a-z'+-]*(?:\s+[a-z][a-z'+-]*)?"
# The list from the start of the question: name figure (, or "and") name figure ….
_LIST = LazyPattern(
    rf"^\s*(?P<list>{_NAME}\s*:?\s*{_N}(?:\s*,?\s*(?:and\s+|plus\s+)?{_NAME}\s*:?\s*{_N})+)"
    r"(?![\d.])",
    re.IGNORECASE,
)
_PAIR = LazyPattern(rf"(?P<name>{_NAME})\s*:?\s*\$?(?P<p>\d+(?:\.\d+)?)", re.IGNORECASE)


def price_after_name_in_list(item: str, digits: str) -> str | None:
    """The figure after ``item`` in a name-first list opening ``digits``, or ``None``.

    Args:
        item: The item named by the follow-up ("spotify").
        digits: The previous question, numerals as digits.
    """
    listed = _LIST.match(digits)
    if listed is None:
        return None
    pairs = [
        (re.sub(r"^(?:and|plus)\s+", "", m["name"].lower()), m["p"])
        for m in _PAIR.finditer(listed["list"])
    ]
    prices = [p for name, p in pairs if name == item.lower() or name == f"{item.lower()}s"]
    return prices[0] if len(prices) == 1 else None
