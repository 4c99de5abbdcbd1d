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
from tools.priced_quantities import plain_text

__all__ = ["fee_per_item", "new_unit_price", "price_of_fuel", "share_of_the_rest"]


# "and with a $3 booking fee per ticket?" after "tickets are $42 each. How much for 7?":
# a fee on each item adds to the price each.
_PER_ITEM_FEE = LazyPattern(
    r"^\s*(?:and\s+|what\s+about\s+|plus\s+)?(?:with\s+)?(?:a|an)?\s*\$?(?P<fee>\d[\d,]*(?:\.\d+)?)\s*"
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
    step = steps[-1]
    price = _PRICE_EACH.search(step)
    if price is None:
        # "three tickets at forty-two each": the price said in words (turns27).
        step = plain_text(step)
        price = _PRICE_EACH.search(step)
    if price is None:
        return None
    old = price["price"].replace(",", "")
    new = f"{float(old) + float(fee['fee'].replace(',', '')):g}"
    start, end = price.span("price")
    return [*steps[:-1], step[:start] + new + step[end:]], f"{old} + {fee['fee']} each"


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


# "리터당 1720원이면 기름값은 얼마", "기름값 리터당 1,650원이면?" (set 46): the same, in Korean.
_FUEL_PRICE_KO = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*)?(?:(?:휘발유|경유|기름\s*값?)\s*(?:이|은|가)?\s*)?"
    r"(?P<unit>리터|l)\s*(?:당|에)\s*(?P<price>\d[\d,]*(?:\.\d+)?)\s*(?P<won>원)?\s*"
    r"(?:이면|면|일\s*때|이라면|라면)\s*(?:(?:기름\s*값|주유비|기름)\s*(?:은|는|이|가)?\s*)?"
    r"(?:얼마\S*|총\s*얼마\S*)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


def price_of_fuel(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``and if fuel is 1,700 won a litre?``: the fuel worked out before, at that price."""
    asked = _FUEL_PRICE.match(text) or _FUEL_PRICE_KO.match(text)
    if asked is None or not steps:
        return None
    # Imported here: the calculator's tables load only when a follow-up may need them.
    from tools.calculator import to_expression

    expression, unit = to_expression(steps[-1])
    per_gallon = asked["unit"].lower().startswith("gal")
    sign = asked.groupdict().get("sign")
    if unit != ("gal" if per_gallon else "L"):
        return None  # the turn before worked out no fuel in that unit
    price = asked["price"].replace(",", "")
    # The price keeps its currency where it is written: "$" before, "원" after.
    before, after = ("$", "") if sign else ("", "원" if asked["won"] else "")
    priced = f"({expression}) * {before}{price}{after}"
    return [*steps[:-1], priced], f"({expression}) {unit} at {price} a {unit}"


# "what if its 1,650 a litre", "and at $4.10 a gallon?", "리터당 1,650원이면?": a new price
# for the unit the previous question priced (found by the ninth unseen set).
_NEW_UNIT_PRICE_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|but\s+)?(?:what\s+if|if|what\s+about|how\s+about)?\s*(?:at\s+)?"
    r"(?:(?:it'?s|its|it\s+is|it\s+was|it\s+were|(?:the\s+)?(?:price|fuel|petrol|gas|diesel)"
    r"\s+(?:is|was|were))\s+)?(?:at\s+)?(?P<sign>\$)?(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?:won|원|dollars?)?\s*(?:a|an|per|/)\s*(?P<unit>[a-z]+)\s*\??\s*$",
    re.IGNORECASE,
)
_NEW_UNIT_PRICE_KO = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?P<unit>[가-힣A-Za-z]{1,3})\s*(?:당|에)\s*"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*원?\s*(?:이면|면|이라면|라면|으로\s*하면|로\s*하면)\s*[?？]?\s*$"
)
# The ways one unit is written, so "a litre" finds "per liter" and "/L".
_SAME_UNIT_WORDS = {
    "litre": r"litres?|liters?|l|리터",
    "liter": r"litres?|liters?|l|리터",
    "l": r"litres?|liters?|l|리터",
    "리터": r"litres?|liters?|l|리터",
    "gallon": r"gallons?|gal",
    "gal": r"gallons?|gal",
    "kg": r"kg|kilos?|kilograms?|킬로",
    "킬로": r"kg|kilos?|kilograms?|킬로",
}


def _priced_figures(step: str, unit: str) -> list[re.Match[str]]:
    words = _SAME_UNIT_WORDS.get(unit.lower(), re.escape(unit))
    english = re.compile(
        rf"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?:won|원|dollars?)?\s*(?:a|an|per|/)\s*(?:{words})\b",
        re.IGNORECASE,
    )
    # ("리터당 12km" is a distance per unit, not a price: a currency must follow.)
    korean = re.compile(
        rf"(?:{words})\s*(?:당|에)\s*(?:\$\s*(?P<usd>\d[\d,]*(?:\.\d+)?)"
        rf"|(?P<won>\d[\d,]*(?:\.\d+)?)\s*(?:원|달러|won))",
        re.IGNORECASE,
    )
    return [*english.finditer(step), *korean.finditer(step)]


def new_unit_price(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``what if its 1,650 a litre``: the price per unit the last question used, replaced."""
    asked = _NEW_UNIT_PRICE_EN.match(text) or _NEW_UNIT_PRICE_KO.match(text)
    if asked is None or not steps:
        return None
    found = _priced_figures(steps[-1], asked["unit"])
    if len(found) != 1:
        return None  # no price for that unit, or several: which one changes is unclear
    old = found[0]
    group = next(
        name for name in ("num", "usd", "won") if old.re.groupindex.get(name) and old[name]
    )
    start, end = old.span(group)
    changed = steps[-1][:start] + asked["num"] + steps[-1][end:]
    return [*steps[:-1], changed], f"{old[group]} → {asked['num']} a {asked['unit']}"
