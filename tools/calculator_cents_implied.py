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
from decimal import ROUND_HALF_UP, Decimal

from core.lazy_regex import LazyPattern
from tools.calculator_cents_per_measure_55t import priced_per_measure
from tools.calculator_places_asked import PlacesAsked
from tools.handler_result import HandlerResult
from tools.spoken_bill_en import spoken_bill_as_decimal

__all__ = ["cents_implied", "percent_on_cents"]

_PRICE_IN_CENTS = LazyPattern(r"(?<![\d.])\d+\.\d{2}(?![\d.])")
_EURO_CENTS = LazyPattern(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d{2}(?![\d.,])")
_EURO_SAID = LazyPattern(r"€|\beur\b|\beuros?\b", re.IGNORECASE)
_MONEY = LazyPattern(
    r"[$€£]|\b(?:tax|taxes|tip|price|prices|each|bill|fee|fees|fare|bucks|dollars?|euros?|"
    r"cost|costs|paid|pay|owe|total|spend|spent|spending"
    # A bill shared: "groceries came to 73.60 split between 3 roommates" (24.53, never
    # "24.5333333333", calc63): what a figure came to, split or shared, is money.
    r"|came\s+to|comes\s+to|chip(?:ped)?\s+in|groceries"
    r"|rent|dinner|lunch|breakfast|meal|tab|check)\b"
    # "we want to leave 18%": a tip said as what is left on the table (set 54, opens63).
    r"|\bleave\s+(?:an?\s+)?\d+(?:\.\d+)?\s*%"
    # A figure in cents split some ways is a bill shared: "95.30 split 7 ways" (13.61,
    # never "13.6142857143 (≈ 13.61)", nor 24.9275 for "84.50 split 4 ways" with a tip, calc65).
    r"|\bsplit\s+(?:it\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+ways\b",
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
    # (A bill said in words, "came to fifty four sixty", is priced in cents too, opens62.)
    in_cents = _PRICE_IN_CENTS.search(text) or _PRICE_IN_CENTS.search(spoken_bill_as_decimal(text))
    # "1.299,99 €": euro cents after a comma, thousands by dots (set 54, opens63).
    in_cents = in_cents or (_EURO_SAID.search(text) and _EURO_CENTS.search(text))
    if not in_cents or not (_MONEY.search(text) or priced_per_measure(text)):
        return None
    return PlacesAsked(2, ROUND_HALF_UP)


# A percent put on (or taken off) a result priced in cents in a follow-up (opens56e, set
# 47): "and with 6% tax on that" after "bought 3 shirts at 24.99 and returned 1 of them"
# is 49.98 x 1.06 = 52.9788, shown as 52.98 as the first turn's cents imply. The step the
# follow-up adds is the chain's own Korean wording, so the first turn's text decides.
# A conversion into a currency counted in cents ("how many pounds do i get for 450 usd").
_CENT_CURRENCY = LazyPattern(r"\b(?:usd|gbp|eur|cad|aud)\b|[$£€]", re.IGNORECASE)
_PERCENT_ON = LazyPattern(r"\*\s*\(1\s*[+-]\s*\d+(?:\.\d+)?\s*/\s*100\)\s*$")


def percent_on_cents(first_step: str, result: HandlerResult) -> HandlerResult:
    """``result`` shown to the cent when a percent went on a result priced in cents."""
    if result.unit not in (None, "", "$") or not isinstance(result.value, float):
        return result
    if not _PERCENT_ON.search(result.detail):
        return result
    if cents_implied(first_step) is None and not _CENT_CURRENCY.search(first_step):
        return result
    exact = Decimal(str(result.value))
    cents = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if cents == exact:
        return result
    return result.model_copy(
        update={
            "answer": f"{result.unit or ''}{cents:,.2f}",
            "value": float(cents),
            "detail": f"{result.detail} (to 2 decimal places)",
        }
    )
