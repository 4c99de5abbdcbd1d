"""A measure priced to the cent makes money of the total: "2.4 lbs of salmon at 11.99/lb"
(turns47).

Set 47: "2.4 lbs of salmon at 11.99/lb and 3 avocados at 1.25 each, total?" was answered
"32.526", a figure no till shows. Money priced to the cent is shown to the cent
(tools.calculator_cents_implied), but not when a measure stands beside the price, whose
answer may be the measure. When the measure is what a price to the cent is per
("11.99/lb", "3.49 a kg", "0.79 per mile") and no amount of a measure is asked ("how
many", "how far", "how long"), the total is money: shown to the cent.
"""

from __future__ import annotations

import re

__all__ = ["priced_per_measure"]

_PER_MEASURE = re.compile(
    r"(?<![\d.])\d+\.\d{2}\s*(?:/|per\b|an?\b|each\b)\s*"
    r"(?:lbs?|pounds?|kg|kgs|kilos?|kilograms?|oz|ounces?|grams?|g|gallons?|gal|litres?|liters?|"
    r"l|miles?|mi|km|kms|kwh|hours?|hrs?|hr|sq\s*ft|ft|feet|yards?|yd|m)\b",
    re.IGNORECASE,
)
_MEASURE_ASKED = re.compile(
    r"\bhow\s+(?:many|far|long|heavy)\b|\bin\s+(?:kg|lbs?|km|miles)\b", re.I
)


# A use rate ("7 litres per 100 km", "30 mpg"): the measure bought is worked out, not said,
# and a follow-up ("and the round trip") rescales the total, so it is kept exact (34.125,
# whose double is 68.25; shown to the cent it would double to 68.26).
_USE_RATE = re.compile(
    r"\bper\s+100\s*(?:km|kms|miles?|mi)\b|/\s*100\s*km\b|\bmpg\b|\bmiles?\s+(?:per|a|to\s+the)\s+gallon\b",
    re.IGNORECASE,
)


def priced_per_measure(text: str) -> bool:
    """Whether ``text`` prices a measure to the cent and asks for no amount of a measure."""
    return (
        bool(_PER_MEASURE.search(text))
        and not _MEASURE_ASKED.search(text)
        and not _USE_RATE.search(text)
    )
