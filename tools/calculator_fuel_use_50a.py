"""Fuel use per 100 km from a distance and the fuel it took: "I drove 412 km on 29.5 liters,
what's my fuel use per 100 km" is 29.5 / 412 x 100 = 7.16 L/100 km.

Read only with exactly a distance in km, an amount of fuel in litres and "per 100 km" asked
(the 100 is the unit's, not a figure).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["fuel_use_per_100km"]

_N = r"\d+(?:\.\d+)?"
_ASKED = LazyPattern(
    r"\b(?:fuel|petrol|gas)\s+(?:use|usage|consumption|economy)\b.*\bper\s+100\s*(?:km|kilomet(?:er|re)s)\b"
    r"|\b(?:l|litres?|liters?)\s*(?:/|per)\s*100\s*km\b",
    re.I,
)
_DISTANCE = LazyPattern(rf"(?P<d>{_N})\s*(?:km|kilomet(?:er|re)s)\b(?!\s*\?*$)", re.I)
_FUEL = LazyPattern(rf"(?P<f>{_N})\s*(?:l|litres?|liters?)\b(?!\s*(?:/|per)\s*100)", re.I)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def fuel_use_per_100km(question: str) -> str | None:
    """ "29.5 / 412 * 100" for the fuel a trip used per 100 km, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    s = question.replace(",", "")
    asked = _ASKED.search(s)
    if asked is None:
        return None
    before = s[: asked.start()]
    distances, fuels = list(_DISTANCE.finditer(before)), list(_FUEL.finditer(before))
    if len(distances) != 1 or len(fuels) != 1 or len(_FIGURE.findall(before)) != 2:
        return None
    return f"{fuels[0]['f']} / {distances[0]['d']} * 100"
