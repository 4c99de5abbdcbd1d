"""Money priced to the cent shown to the cent when the answer stops short of it.

:mod:`tools.calculator_cents_implied` rounds an answer that runs past the cent; one that
stops short was shown bare: "45.80 a month for 24 months" against "1,099 outright" came out
"0.2", and the price per ounce of "a 32 oz bag for 32.00" came out "1" (sets 42 and 43),
figures no till shows and the workload cannot tell from noise. Two forms get the cents
added (only places are added; nothing is rounded):

- a question that prices money in cents (a figure with exactly two decimals, a money
  word, no measure) whose answer is under one with one decimal place ("0.2" -> "0.20"):
  a bare "0.2" reads as a fraction, not an amount ("52.5" reads as money and stays);
- a price in cents asked per measure ("whats that per ounce", "how much a pound") whose
  answer is whole ("1" -> "1.00"); one with decimals keeps its reading ("1.2491666667
  (≈ 1.25)").
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from core.lazy_regex import LazyPattern
from tools.calculator_cents_implied import cents_implied
from tools.calculator_places_asked import PlacesAsked

__all__ = ["cents_shown"]

_PRICE_IN_CENTS = LazyPattern(r"(?<![\d.])\d+\.\d{2}(?![\d.])")
_PER_MEASURE_ASKED = LazyPattern(
    r"(?:what(?:'s|s|\s+is)\s+(?:that|it|this)|how\s+much(?:\s+(?:is\s+)?(?:that|it|this))?)\s+"
    r"(?:per|a|an|each|for\s+(?:one|1|a|an))\s+(?:ounce|oz|pound|lb|gram|g|kilo|kg|kilogram"
    r"|litre|liter|l|ml|gallon|gal|quart|pint|foot|ft|metre|meter|m|yard|sq\s*ft|square\s+foot)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_HANGUL = re.compile(r"[가-힣]")


def cents_shown(text: str, value: object) -> PlacesAsked | None:
    """Two places, half up, for the two forms above; otherwise ``None``.

    Args:
        text: The question the answer is for.
        value: The plain-number answer (a float), before it is shown.
    """
    if not isinstance(value, float) or _HANGUL.search(text):
        return None
    if not _PRICE_IN_CENTS.search(text):
        return None
    exact = Decimal(str(value))
    if _PER_MEASURE_ASKED.search(text):
        return PlacesAsked(2, ROUND_HALF_UP) if exact == exact.to_integral_value() else None
    one_place = exact == exact.quantize(Decimal("0.1")) and exact != exact.to_integral_value()
    return cents_implied(text) if one_place and abs(exact) < 1 else None
