"""The fuel cost of a trip with the consumption in litres per 100 km: "trip is 380 km, car
does 6.5 l/100km and fuel is 1.80 a litre, fuel cost?" is 380 x 6.5 / 100 x 1.80 = 44.46.

:mod:`tools.calculator_fuel_cost` reads an economy in km per litre or miles per gallon;
Europe and Australia state consumption the other way round, litres per 100 km, and blind
set 34's turn in that form went to the cloud. Exactly a distance, a consumption and a
price per litre (and no other figure), with a fuel cost asked; a one-way trip with a round
trip asked is not guessed.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_fuel_asked_56t import asks_cost_plainly
from tools.trip_ways import WAY_SAID

__all__ = ["fuel_per_100km_expression"]

_N = r"\d+(?:\.\d+)?"
_CONSUMPTION = LazyPattern(
    rf"(?P<c>{_N})\s*(?:l|L|litres?|liters?|리터)\s*(?:/|per|each|every)\s*100\s*(?:km|kilomet(?:er|re)s?)\b"
    rf"|100\s*(?:km|킬로)\s*(?:당|에)\s*(?P<c2>{_N})\s*(?:L|l|리터)",
    re.IGNORECASE,
)
_PRICE = LazyPattern(
    rf"(?:(?:fuel|petrol|diesel|gas)\s+(?:is|costs?|at|runs?)?\s*\$?(?P<p>{_N})\s*(?:a|per|/)\s*"
    rf"(?:litre|liter|l)\b)|(?:리터당|1\s*리터에|L당)\s*(?P<p2>{_N})\s*원",
    re.IGNORECASE,
)
_DISTANCE = LazyPattern(rf"(?P<d>{_N})\s*(?:km|kilomet(?:er|re)s?|킬로)\b(?!\s*(?:/|per|당))", re.I)
_ASKS = LazyPattern(
    r"\b(?:fuel|petrol|gas|diesel)\s+(?:cost|bill|money|budget)\b|\bcost\s+in\s+(?:fuel|petrol)\b"
    r"|\bhow\s+much\s+(?:for|in|on)\s+(?:fuel|petrol|gas)\b|기름\s*값|주유비|유류비|연료비",
    re.IGNORECASE,
)
_ONE_WAY = LazyPattern(WAY_SAID, re.I)
_FIGURE = re.compile(rf"(?<![\d.]){_N}(?![\d.])")


def fuel_per_100km_expression(text: str) -> tuple[str, str | None] | None:
    """``("380 * 6.5 / 100 * 1.80", None)`` for a trip's fuel cost, or ``None``.

    Args:
        text: The question with its numerals as digits.
    """
    s = text.replace(",", "")
    if not (_ASKS.search(s) or asks_cost_plainly(s)) or _ONE_WAY.search(s):  # "cost?"
        return None
    consumptions = list(_CONSUMPTION.finditer(s))
    prices = list(_PRICE.finditer(s))
    if len(consumptions) != 1 or len(prices) != 1:
        return None
    taken = [consumptions[0].span(), prices[0].span()]
    distances = [m for m in _DISTANCE.finditer(s) if not any(a <= m.start() < b for a, b in taken)]
    if len(distances) != 1:
        return None
    c = consumptions[0]["c"] or consumptions[0]["c2"]
    p = prices[0]["p"] or prices[0]["p2"]
    d = distances[0]["d"]
    # Every figure has its role ("100" of "l/100km" is the unit's).
    others = [f for f in _FIGURE.findall(s) if f != "100"]
    if sorted(others) != sorted([c, p, d]):
        return None
    unit = "원" if prices[0]["p2"] else "$" if "$" in s else None
    return f"{d} * {c} / 100 * {p}", unit
