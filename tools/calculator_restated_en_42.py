"""English everyday sums the calculator's forms miss, said again in a form they read.

Found by the forty-second unseen set; each rule is one way people put a sum, tried only
after the request as typed was not read (see :mod:`tools.calculator_restated_forms`):

- a percent said in words, "add twenty percent tip", is ``20%`` (counts in words were
  already read, "split it four ways", but not a percent);
- a rate for a span plus one flat amount, "42 a day for 5 days plus 35 for insurance",
  is the rate times the span plus the amount (the span must be in the rate's own unit);
- a price for a pack of some measure asked per that measure, "12 oz bag of coffee is
  14.99, whats that per ounce", is the price over the measure;
- a count asked without its noun after a count that has one, "250g of flour for 4
  people, how much do i need for 10", is that many of the same (10 people);
- one line "N things at P" is P each (set 41 left "3 pizzas at 14.99 plus 4.50 delivery
  split 3 ways" open: whether P is each or all is not said). Every bill of several lines in
  the case files ("2 mugs at 12.95 and a teapot at 34.00", "3 hoodies at 45 and 2 caps at
  22": 58 without "each") is checked with P each, as shop talk means it, so one line is
  read the same way; and "plus 4.50 delivery" is an amount for the delivery (like
  "plus 200 cleaning"), not 4.50 deliveries.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = [
    "charge_named_after_amount",
    "count_at_price_each",
    "count_noun_carried",
    "percent_in_words",
    "price_per_pack_measure",
    "rate_for_span_plus_flat",
]

_AMOUNT = r"\d[\d,]*(?:\.\d+)?"
_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ONE_WORD = "|".join(sorted(_ONES, key=len, reverse=True))
_TEN_WORD = "|".join(_TENS)
# "twenty percent", "twenty-five per cent", "eight percent", "a hundred percent" is left
# alone (rarely a figure asked).
_PERCENT_WORDS = LazyPattern(
    rf"\b(?:(?P<tens>{_TEN_WORD})(?:[\s-]+(?P<unit>{_ONE_WORD}))?|(?P<ones>{_ONE_WORD}))"
    r"\s+(?:percent|per\s+cent)\b",
    re.IGNORECASE,
)
_SPAN_UNITS = r"day|night|hour|week|month"
# "42 a day for 5 days plus 35 for insurance": nothing but words around it (no other figure).
_RATE_SPAN_FLAT = LazyPattern(
    rf"^(?P<head>[^\d%]*?)\$?(?P<rate>{_AMOUNT})\s*(?:dollars?|bucks|euros?|pounds?)?\s+"
    rf"(?:a|an|per|each)\s+(?P<unit>{_SPAN_UNITS})\s+for\s+(?P<n>\d+)\s+(?P<units>{_SPAN_UNITS})s?"
    rf"\s*,?\s+(?:plus|and|\+)\s+(?:another\s+|an?\s+extra\s+)?\$?(?P<flat>{_AMOUNT})"
    r"(?P<tail>[^\d%]*)$",
    re.IGNORECASE,
)
# The flat amount is for one thing, not another rate ("plus 10 a day").
_RATE_AFTER = LazyPattern(rf"^\s*(?:dollars?|bucks)?\s*(?:a|an|per|each)\s+(?:{_SPAN_UNITS})\b")
_MEASURES = {
    "oz": "oz", "ounce": "oz", "ounces": "oz", "lb": "lb", "lbs": "lb", "pound": "lb",
    "pounds": "lb", "g": "g", "gram": "g", "grams": "g", "kg": "kg", "ml": "ml", "l": "l",
    "liter": "l", "litre": "l", "liters": "l", "litres": "l",
}  # fmt: skip
_MEASURE_WORD = "|".join(sorted(_MEASURES, key=len, reverse=True))
# "12 oz bag of coffee is 14.99, whats that per ounce"
_PACK_PRICE = LazyPattern(
    rf"^[^\d]*?\b(?P<size>{_AMOUNT})\s*(?P<m>{_MEASURE_WORD})\s+"
    r"(?:bag|pack|packet|box|bottle|jar|can|tub|carton|bar|block|tin)\s+of\s+[a-z ]+?\s+"
    rf"(?:is|costs?|for|was|at)\s+\$?(?P<price>{_AMOUNT})\s*(?:dollars?|bucks)?\s*,?\s*"
    rf"(?:whats|what's|what\s+is|how\s+much(?:\s+is)?)?\s*(?:that|it)?\s*(?:per|a|an|each)\s+"
    rf"(?P<asked>{_MEASURE_WORD})\s*[?.!]*$",
    re.IGNORECASE,
)
_COUNT_NOUNS = r"people|persons|servings|guests|kids|adults|portions"
# "... for 4 people, how much do i need for 10": the asked count's noun is the first's.
_BARE_COUNT_ASKED = LazyPattern(
    rf"\bfor\s+\d+\s+(?P<noun>{_COUNT_NOUNS})\b(?P<mid>.*\bfor\s+)(?P<m>\d+)\s*(?P<end>[?.!]*)$",
    re.IGNORECASE,
)

_ASKER_NEEDS = LazyPattern(
    r"\bhow\s+(?P<q>much|many)\s+(?:do|would|will|should)\s+(?:i|we|you)\s+"
    r"(?:need|use|make|buy|get)\s+for\s+$",
    re.IGNORECASE,
)


def _percent(match: re.Match[str]) -> str:
    if match["ones"]:
        return f"{_ONES[match['ones'].lower()]}%"
    value = _TENS[match["tens"].lower()] + (_ONES[match["unit"].lower()] if match["unit"] else 0)
    return f"{value}%"


def percent_in_words(text: str) -> str | None:
    """``text`` with each percent said in words in digits ("twenty percent" -> "20%")."""
    restated = _PERCENT_WORDS.sub(_percent, text)
    return restated if restated != text else None


def rate_for_span_plus_flat(text: str) -> str | None:
    """ "42 a day for 5 days plus 35 for insurance" -> "42 * 5 + 35", or None."""
    match = _RATE_SPAN_FLAT.match(text)
    if match is None or match["unit"].lower() != match["units"].lower():
        return None
    if _RATE_AFTER.match(match["tail"]):
        return None
    rate, flat = match["rate"].replace(",", ""), match["flat"].replace(",", "")
    return f"{rate} * {match['n']} + {flat}"


def price_per_pack_measure(text: str) -> str | None:
    """ "12 oz bag of coffee is 14.99, whats that per ounce" -> "14.99 / 12", or None.

    Only when the measure asked is the pack's own (a pound asked of ounces is a
    conversion this rule does not do).
    """
    match = _PACK_PRICE.match(text)
    if match is None or _MEASURES[match["m"].lower()] != _MEASURES[match["asked"].lower()]:
        return None
    size = match["size"].replace(",", "")
    if float(size) == 0:
        return None
    return f"{match['price'].replace(',', '')} / {size}"


def count_noun_carried(text: str) -> str | None:
    """ "for 4 people, how much do i need for 10" -> "..., how much for 10 people", or None.

    The asker's "do i need" is dropped with it: "how much for N people" is how the
    scaled-recipe reader takes the question (it reads the word after "how much" as the
    ingredient asked).
    """
    match = _BARE_COUNT_ASKED.search(text)
    if match is None:
        return None
    head = _ASKER_NEEDS.sub(lambda m: f"how {m['q']} for ", text[: match.start("m")])
    return f"{head}{match['m']} {match['noun']}{match['end']}"


# "3 pizzas at 14.99": a count, one to three words, "at" a price with no "each"/"a"/"per".
_COUNT_AT_PRICE = LazyPattern(
    rf"(?<![\d.,])(?P<line>\d+\s+(?:[a-z]+\s+){{0,2}}[a-z]+\s+(?:at|@)\s+\$?{_AMOUNT})(?![\d.,])"
    r"(?!\s*(?:%|each\b|apiece\b|a\b|an\b|per\b|/|for\b|dollars?\s+(?:each|a|per)\b))",
    re.IGNORECASE,
)
# "plus 4.50 delivery": an amount paid for a named charge.
_CHARGE_AFTER_AMOUNT = LazyPattern(
    rf"\b(?P<plus>plus|and|\+)\s+\$?(?P<v>{_AMOUNT})\s+"
    r"(?P<w>delivery|shipping|postage|tip|insurance|gratuity|admin)\b",
    re.IGNORECASE,
)


def count_at_price_each(text: str) -> str | None:
    """ "3 pizzas at 14.99 plus …" -> "3 pizzas at 14.99 each plus …", or None.

    Only a request with one such line (a bill of several is read as it is).
    """
    lines = list(_COUNT_AT_PRICE.finditer(text))
    if len(lines) != 1:
        return None
    line = lines[0]
    return f"{text[: line.end()]} each{text[line.end() :]}"


def charge_named_after_amount(text: str) -> str | None:
    """ "plus 4.50 delivery" -> "plus 4.50 for delivery", or None."""
    restated = _CHARGE_AFTER_AMOUNT.sub(lambda m: f"{m['plus']} {m['v']} for {m['w']}", text)
    return restated if restated != text else None
