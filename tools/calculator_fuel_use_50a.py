"""Fuel use per 100 km from a distance and the fuel it took: "I drove 412 km on 29.5 liters,
what's my fuel use per 100 km" is 29.5 / 412 x 100 = 7.16 L/100 km.

Read only with exactly a distance in km, an amount of fuel in litres and "per 100 km" asked
(the 100 is the unit's, not a figure).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["fuel_use_in_miles", "fuel_use_per_100km", "fuel_use_unit_asked_anew"]

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


# In miles and gallons (opens55e, set 46): "drove 312 miles and used 11.5 gallons, whats my
# mpg" is 312 / 11.5; asked in litres per 100 km, the gallons in litres over the miles in
# km, x 100 (US gallons: the asker who says mpg and gallons is American).
_LITRES_A_GALLON = "3.785411784"
_KM_A_MILE = "1.609344"
_MPG_ASKED = LazyPattern(
    r"\b(?:(?:my|the|our|what'?s?\s+(?:my|the|our))\s+)?(?:mpg|miles\s+per\s+gallon|gas\s+mileage|mileage)\b"
    r"\s*(?:then|is\s+that|was\s+that|did\s+i\s+get)?\s*[?.!]*\s*$",
    re.I,
)
_L100_ASKED = LazyPattern(
    r"\b(?:l|litres?|liters?)\s*(?:/|per)\s*100\s*(?:km|kilomet(?:er|re)s)\b\s*[?.!]*\s*$", re.I
)
_MILES = LazyPattern(rf"(?P<d>{_N})\s*(?:miles?|mi)\b", re.I)
_GALLONS = LazyPattern(rf"(?P<f>{_N})\s*(?:gallons?|gal)\b", re.I)


def fuel_use_in_miles(question: str) -> str | None:
    """ "312 / 11.5" (mpg) or the litres per 100 km of a trip in miles and gallons."""
    s = question.replace(",", "")
    mpg, l100 = _MPG_ASKED.search(s), _L100_ASKED.search(s)
    asked = mpg or l100
    if asked is None:
        return None
    before = s[: asked.start()]
    miles, gallons = list(_MILES.finditer(before)), list(_GALLONS.finditer(before))
    if len(miles) != 1 or len(gallons) != 1 or len(_FIGURE.findall(before)) != 2:
        return None
    d, f = miles[0]["d"], gallons[0]["f"]
    if mpg is not None:
        return f"{d} / {f}"
    return f"{f} * {_LITRES_A_GALLON} / ({d} * {_KM_A_MILE}) * 100"


# "whats that in l/100km", "and in mpg?": the same trip asked in the other measure.
_OTHER_MEASURE = LazyPattern(
    r"^\s*(?:(?:ok|and|so|now)\s+)?(?:(?:what'?s|what\s+is|how\s+much\s+is)\s+(?:that|it|this)\s+)?"
    r"(?:in\s+)?(?P<m>mpg|miles\s+per\s+gallon|(?:l|litres?|liters?)\s*(?:/|per)\s*100\s*(?:km|kilomet(?:er|re)s))"
    r"\s*(?:then)?\s*[?.!]*\s*$",
    re.I,
)


def fuel_use_unit_asked_anew(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous trip re-asked in the measure the turn names, or ``None``."""
    said = _OTHER_MEASURE.match(text)
    if said is None or len(steps) != 1 or fuel_use_in_miles(steps[0]) is None:
        return None
    s = steps[0].replace(",", "")
    asked = _MPG_ASKED.search(s) or _L100_ASKED.search(s)
    assert asked is not None
    measure = "mpg" if said["m"].lower().startswith(("mpg", "miles")) else "l/100km"
    new = f"{s[: asked.start()].rstrip()} whats the {measure}"
    return [new], f"asked in {measure}"
