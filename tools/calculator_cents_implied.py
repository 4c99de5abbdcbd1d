"""Money priced to the cent is answered to the cent: "3 shirts at 19.99 plus 8.25% tax".

Blind set 39: "3 shirts at 19.99 each plus 8.25% sales tax, how much" was answered
"64.917525", a figure no till shows (64.92). When an English question prices something in
dollars and cents (a figure written with exactly two decimals), names money (tax, tip,
price, each, bill, fee, bucks, dollars, $ ...) and the plain-number answer has more than
two decimals, the answer is shown to the cent (half up), as "to the cent" would ask. A
question with a measure beside the price (kg, km, miles, kWh, litres ...) is left as read:
its answer may be the measure, not the money.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP

from core.lazy_regex import LazyPattern
from tools.calculator_cents_per_measure_55t import priced_per_measure
from tools.calculator_places_asked import PlacesAsked

__all__ = ["cents_implied"]

_PRICE_IN_CENTS = LazyPattern(r"(?<![\d.])\d+\.\d{2}(?![\d.])")
_MONEY = LazyPattern(
    r"[$€£]|\b(?:tax|taxes|tip|price|prices|each|bill|fee|fees|fare|bucks|dollars?|euros?|"
    r"cost|costs|paid|pay|owe|total)\b",
    re.IGNORECASE,
)
_MEASURE = LazyPattern(
    r"\b(?:kg|kgs|kilos?|grams?|g|lbs?|pounds?|oz|ounces?|km|kms|miles?|mi|mph|mpg|kwh|"
    r"litres?|liters?|l|gallons?|gal|cm|m|metres?|meters?|feet|ft|inch(?:es)?|hours?|hrs?|"
    r"minutes?|mins?|percent)\b",
    re.IGNORECASE,
)
_HANGUL = re.compile(r"[가-힣]")


def cents_implied(text: str) -> PlacesAsked | None:
    """Two places, half up, when ``text`` prices money in cents; otherwise None."""
    if _HANGUL.search(text) or (_MEASURE.search(text) and not priced_per_measure(text)):
        return None
    if not _PRICE_IN_CENTS.search(text) or not (_MONEY.search(text) or priced_per_measure(text)):
        return None
    return PlacesAsked(2, ROUND_HALF_UP)
