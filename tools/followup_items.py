"""Follow-ups about the items of a purchase or the parts of a whole (unseen set 4).

- :func:`fee_per_item`: "and with a $3 booking fee per ticket?" raises the price each.
- :func:`share_of_the_rest`: "and what percentage is present?" after the share absent
  asks the share of the rest of the whole.
- :func:`price_of_fuel`: "and if fuel is 1,700 won a litre, what does that come to?"
  after the fuel a trip takes prices that fuel.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["fee_per_item", "price_of_fuel", "share_of_the_rest"]


# "and with a $3 booking fee per ticket?" after "tickets are $42 each. How much for 7?":
# a fee on each item adds to the price each.
_PER_ITEM_FEE = LazyPattern(
    r"^\s*(?:and\s+|what\s+about\s+)?(?:with\s+)?(?:a|an)?\s*\$?(?P<fee>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?:won|dollars?)?\s+(?:[a-z]+\s+)?(?:fee|charge|surcharge)\s+(?:per|a|each|on\s+each)\s+"
    r"[a-z]+\s*\??\s*$",
    re.IGNORECASE,
)
_PRICE_EACH = LazyPattern(
    r"(?P<price>\d[\d,]*(?:\.\d+)?)\s*(?:won\s+)?(?:each|apiece|a\s+piece)\b", re.IGNORECASE
)


def fee_per_item(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``and with a $3 booking fee per ticket?``: the price each raised by the fee."""
    fee = _PER_ITEM_FEE.match(text)
    if fee is None or not steps:
        return None
    price = _PRICE_EACH.search(steps[-1])
    if price is None:
        return None
    old = price["price"].replace(",", "")
    new = f"{float(old) + float(fee['fee'].replace(',', '')):g}"
    start, end = price.span("price")
    return [*steps[:-1], steps[-1][:start] + new + steps[-1][end:]], f"{old} + {fee['fee']} each"


# "and what percentage is present?" after "48 students and 18 are absent. What percentage
# is absent?": the share of the rest of the whole.
_OTHER_SHARE = LazyPattern(
    r"^\s*(?:and\s+)?(?:what|how\s+much)\s+(?:percent(?:age)?|share|%)\s+(?:is|are|was|were)\s+"
    r"(?P<word>[a-z]+)\s*\??\s*$",
    re.IGNORECASE,
)
_PART_OF_WHOLE = LazyPattern(
    r"(?P<a>\d[\d,]*)\s+[a-z ]{0,30}?\band\s+(?P<b>\d[\d,]*)\s+(?:of\s+them\s+)?"
    r"(?:are|were|is|was)\s+(?P<word>[a-z]+)",
    re.IGNORECASE,
)


def share_of_the_rest(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``and what percentage is present?``: the part that is not the one asked before."""
    other = _OTHER_SHARE.match(text)
    if other is None or not steps:
        return None
    part = _PART_OF_WHOLE.search(steps[-1])
    if part is None or part["word"].lower() == other["word"].lower():
        return None
    whole, taken = int(part["a"].replace(",", "")), int(part["b"].replace(",", ""))
    if taken > whole:
        return None
    start, end = part.span("b")
    changed = steps[-1][:start] + str(whole - taken) + steps[-1][end:]
    return [*steps[:-1], changed], f"the rest: {whole} - {taken}"


# "and if fuel is 1,700 won a litre, what does that come to?" after "12 km per litre ...
# how many litres for a 300 km trip?": the fuel the trip takes, at that price.
_FUEL_PRICE = LazyPattern(
    r"^\s*(?:and\s+|what\s+about\s+)?(?:if|when|with|at)\s+(?:(?:the\s+)?(?:fuel|petrol|gas|"
    r"gasoline|diesel)\s+)?(?:is|costs?|at)?\s*(?P<sign>\$)?(?P<price>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<won>won|원)?\s*(?:a|per|each|/)\s*(?P<unit>litre|liter|l|gallon|gal)\b"
    r"[^\d]*\??\s*$",
    re.IGNORECASE,
)


def price_of_fuel(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``and if fuel is 1,700 won a litre?``: the fuel worked out before, at that price."""
    asked = _FUEL_PRICE.match(text)
    if asked is None or not steps:
        return None
    # Imported here: the calculator's tables load only when a follow-up may need them.
    from tools.calculator import to_expression

    expression, unit = to_expression(steps[-1])
    per_gallon = asked["unit"].lower().startswith("gal")
    if unit != ("gal" if per_gallon else "L"):
        return None  # the turn before worked out no fuel in that unit
    price = asked["price"].replace(",", "")
    # The price keeps its currency where it is written: "$" before, "원" after.
    before, after = ("$", "") if asked["sign"] else ("", "원" if asked["won"] else "")
    priced = f"({expression}) * {before}{price}{after}"
    return [*steps[:-1], priced], f"({expression}) {unit} at {price} a {unit}"
