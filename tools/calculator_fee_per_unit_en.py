"""A price per night (ticket, day) plus a fee per the same unit, for a count of them.

"the hotel is 210 a night plus a 35 resort fee per night, we're staying 4 nights, total?"
and "2 concert tickets at 68 each plus a 7.50 service fee per ticket, how much" were not
read (blind set 33; both went to the cloud tier). A question with exactly three figures, a
price per unit, a fee "per"/"a" that same unit (or "each" for the counted things) and a count
of the unit, costs (price + fee) × count: 980, 151. A fee said once ("a 50 cleaning fee")
is not per unit and is not read here, except beside the price of each counted thing: "festival
tickets are 85 each plus a 6.50 booking fee per ticket and a 3.95 order fee, how much for 3"
(blind set 34) is (85 + 6.50) x 3 + 3.95 = 278.45, the fee said once added once.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["fee_per_unit_expression"]

_N = r"\$?(?:\d[\d,]*(?:\.\d+)?)"
_UNIT = r"(?:night|day|ticket|person|head|guest|hour|week|month|room|seat|pass)"
# "210 a night plus a 35 resort fee per night"
_PER_UNIT = LazyPattern(
    rf"(?P<a>{_N})\s+(?:a|an|per|each|/)\s*(?P<u>{_UNIT})\b[^\d]{{0,20}}?"
    rf"\b(?:plus|and|with|\+)\s+(?:an?\s+)?(?P<b>{_N})\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:fee|charge|surcharge|tax)\s+(?:per|a|an|each|every)\s+(?P=u)\b",
    re.IGNORECASE,
)
# "2 concert tickets at 68 each plus a 7.50 service fee per ticket"
_COUNTED = LazyPattern(
    rf"\b(?P<n>\d+)\s+(?:[a-z-]+\s+){{0,2}}?(?P<u>{_UNIT})s\s+(?:at|for|are|is)\s+(?P<a>{_N})\s*(?:each|apiece|a\s+piece)?"
    rf"[^\d]{{0,12}}?\b(?:plus|and|with|\+)\s+(?:an?\s+)?(?P<b>{_N})\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:fee|charge|surcharge|tax)\s+(?:per|a|an|each|every|for\s+each)\s+(?P=u)\b",
    re.IGNORECASE,
)
# "tickets are 85 each plus a 6.50 booking fee per ticket" (the count said elsewhere)
_EACH_THEN_FEE = LazyPattern(
    rf"\b(?P<u>{_UNIT})s\s+(?:are|cost|at)\s+(?P<a>{_N})\s*(?:each|apiece|a\s+piece)\b[^\d]{{0,12}}?"
    rf"\b(?:plus|and|with|\+)\s+(?:an?\s+)?(?P<b>{_N})\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:fee|charge|surcharge)\s+(?:per|a|an|each|every|for\s+each)\s+(?P=u)\b",
    re.IGNORECASE,
)
# "and a 3.95 order fee": a fee said once (no "per" after it), added once.
_ONCE_FEE = LazyPattern(
    rf"\b(?:and|plus|with)\s+(?:an?\s+)?(?P<c>{_N})\s+(?:[a-z-]+\s+){{0,2}}?(?:fee|charge)\b"
    r"(?!\s+(?:per|a|an|each|every|for\s+each)\b)",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?")


def _plain(figure: str) -> str:
    return figure.replace("$", "").replace(",", "")


def fee_per_unit_expression(question: str) -> str | None:
    """``(price + fee) * count`` for such a question, else None.

    Args:
        question: The question with its numerals as digits.
    """
    figures = _FIGURE.findall(question)
    if len(figures) == 4:
        return _each_with_fees(question)
    if len(figures) != 3:
        return None
    counted = _COUNTED.search(question)
    if counted is not None:
        return f"({_plain(counted['a'])} + {_plain(counted['b'])}) * {counted['n']}"
    priced = _PER_UNIT.search(question)
    if priced is None:
        return None
    rest = question[: priced.start()] + question[priced.end() :]
    count = re.search(rf"(?<![\d.])(?P<n>\d+)\s+{priced['u']}s?\b", rest, re.IGNORECASE)
    if count is None:
        return None
    return f"({_plain(priced['a'])} + {_plain(priced['b'])}) * {count['n']}"


def _each_with_fees(question: str) -> str | None:
    """``(price + fee) * count + once`` for "85 each plus 6.50 per ticket and a 3.95 order fee"."""
    priced = _EACH_THEN_FEE.search(question)
    if priced is None:
        return None
    rest = question[priced.end() :]
    once = _ONCE_FEE.search(rest)
    if once is None:
        return None
    rest = rest[: once.start()] + rest[once.end() :]
    count = re.search(
        rf"\bfor\s+(?P<n>\d+)\b|(?<![\d.])(?P<m>\d+)\s+{priced['u']}s?\b", rest, re.IGNORECASE
    )
    if count is None:
        return None
    n = count["n"] or count["m"]
    return f"({_plain(priced['a'])} + {_plain(priced['b'])}) * {n} + {_plain(once['c'])}"
