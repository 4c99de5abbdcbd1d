"""Everyday English sums of buying and earning that name no operator.

The twenty-second unseen set asked these in words the calculator did not read, and each
went to a model (so a follow-up changing one figure had nothing to re-run):

- a price per unit of measure, then a quantity in that same unit ("diesel is 2.05 a
  gallon, what's 12 gallons"): price × quantity, with or without a currency word;
- a bill split some number of ways ("split a 96.60 bill three ways"): the bill ÷ the count;
- a count of items at a price each plus one fee ("two rail passes at 31.50 each plus a
  4.25 service fee, total?"): count × price + fee;
- an hourly wage and the hours worked ("I earn 14.40 an hour and worked 25 hours this
  week, what do I make"): wage × hours;
- a package's price per smaller quantity ("a 500 g tin of coffee is 9.00, what's that per
  100 g"): price ÷ size × asked quantity, grams and kilograms (or ml and litres) in one.

Each form must place every figure of the request; a sentence with one more figure (a
tax, a second price) is no match and keeps its model. Units are the same word on both
sides (or one dimension for the package), so a price per litre never multiplies a count
of something else. The answer is money: in the currency the request names, or a plain
number.
"""

from __future__ import annotations

import re
import unicodedata

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_DIGITS
from tools.calculator_english_orders import english_order_expression
from tools.korean_numbers import english_counts_as_digits, normalize_numerals

__all__ = ["english_buy_expression"]

_N = r"\d+(?:\.\d+)?"
_CURRENCY_MARK = LazyPattern(r"(?<=\d)\s*(?:dollars?|bucks)\b|\$\s*(?=\d)", re.IGNORECASE)
_DOLLAR = LazyPattern(r"(?<=\d)\s*(?:dollars?|bucks)\b|\$\s*(?=\d)", re.IGNORECASE)
_OTHER_CURRENCY = LazyPattern(r"원|₩|\bwon\b|\bkrw\b|€|euros?\b|\byen\b|엔", re.IGNORECASE)
_ASK_TOTAL = (
    r"\s*[-,.;:]?\s*(?:so\s+)?(?:what(?:'s|\s+is|s)\s+(?:the\s+|my\s+|our\s+)?total"
    r"|how\s+much\s+(?:is\s+(?:that|it)\s+)?(?:altogether|in\s+total|all\s+together|total)"
    r"|how\s+much|total)?\s*[?.!]*$"
)
_MEASURES = {
    "liter": ("liter", 1),
    "litre": ("liter", 1),
    "l": ("liter", 1),
    "gallon": ("gallon", 1),
    "kg": ("kg", 1),
    "kilo": ("kg", 1),
    "kilogram": ("kg", 1),
    "pound": ("pound", 1),
    "lb": ("pound", 1),
    "ounce": ("ounce", 1),
    "oz": ("ounce", 1),
    "meter": ("meter", 1),
    "metre": ("meter", 1),
    "foot": ("foot", 1),
    "feet": ("foot", 1),
    "yard": ("yard", 1),
}
_UNIT = (
    r"(?:liters?|litres?|l|gallons?|kgs?|kilos?|kilograms?|pounds?|lbs?|ounces?|oz"
    r"|meters?|metres?|foot|feet|yards?)"
)
# "diesel is 2.05 a gallon, what's 12 gallons", "2.05 per gallon, how much for 12 gallons"
_PER_UNIT = LazyPattern(
    rf"^(?:[a-z]+\s+){{0,3}}?(?:is|are|costs?|runs?|goes\s+for|sells\s+for|at)?\s*"
    rf"(?P<p>{_N})\s+(?:a|an|per|each|/)\s*(?P<u>{_UNIT})\s*[,.;]?\s*(?:so\s+)?"
    r"(?:what(?:'s|\s+is|s|\s+are|\s+do|\s+does|\s+would)?|how\s+much\s+(?:is|are|for|would|will|do)?)"
    rf"\s*(?P<q>{_N})\s*(?P<v>{_UNIT})\s*(?:cost|come\s+to|be)?\s*[?.!]*$",
    re.IGNORECASE,
)
# "split a 96.60 bill three ways", "split the 90 check 4 ways"
_SPLIT = LazyPattern(
    rf"^(?:let's\s+|we\s+)?(?:split|divide|share)\s+(?:a|an|the|our|my|this)?\s*(?P<p>{_N})\s*"
    r"(?:bill|check|tab|tip|fare|total|dinner\s+bill|restaurant\s+bill)\s+"
    rf"(?P<n>\d+)\s+ways\s*[?.!]*$",
    re.IGNORECASE,
)
_COUNT_WORDS = "|".join(w for w in ENGLISH_DIGITS if w not in ("zero", "one"))
# "two rail passes at 31.50 each plus a 4.25 service fee, total?"
_EACH_PLUS_FEE = LazyPattern(
    rf"^(?:i\s+(?:need|want|bought|got)\s+|we\s+(?:need|want|bought|got)\s+)?"
    rf"(?P<n>\d+|{_COUNT_WORDS})\s+(?:[a-z]+\s+){{1,3}}?(?:at|for|@)\s+(?P<p>{_N})\s+"
    r"(?:each|apiece|a\s+piece)\s*,?\s*plus\s+(?:a|an|one|the)?\s*"
    rf"(?P<f>{_N})\s+(?:[a-z]+\s+){{0,2}}?fee{_ASK_TOTAL}",
    re.IGNORECASE,
)
# "I earn 14.40 an hour and worked 25 hours this week, what do I make"
_WAGE_HOURS = LazyPattern(
    rf"^(?:i|we)\s+(?:make|earn|get(?:\s+paid)?|am\s+paid|are\s+paid)\s+(?P<p>{_N})\s+"
    r"(?:an|a|per|each)\s+hour\s*,?\s*and\s+(?:i\s+|we\s+)?"
    rf"(?:did|worked|work|put\s+in|logged|clocked)\s+(?P<h>{_N})\s+hours?"
    r"(?:\s+(?:this|last)\s+week|\s+today|\s+yesterday)?\s*[,.;]?\s*"
    r"(?:so\s+)?(?:what\s+do\s+(?:i|we)\s+(?:make|earn|get)|how\s+much\s+(?:do|did|will)\s+"
    r"(?:i|we)\s+(?:make|earn|get)|what(?:'s|\s+is)\s+(?:my|our)\s+pay)\s*[?.!]*$",
    re.IGNORECASE,
)
_PACK_UNIT = r"(?:g|grams?|kg|kilos?|kilograms?|ml|l|liters?|litres?)"
_PACK_SCALE = {"g": ("g", 1), "kg": ("g", 1000), "ml": ("ml", 1), "l": ("ml", 1000)}
# "a 500 g tin of coffee is 9.00, what's that per 100 g"
_PACKAGE = LazyPattern(
    rf"^(?:an?\s+|the\s+|one\s+)?(?P<b>{_N})\s*(?P<bu>{_PACK_UNIT})\s+(?:[a-z]+\s+){{0,3}}?"
    rf"(?:is|costs?|was|for|at|sells\s+for|goes\s+for)\s+(?P<p>{_N})\s*[,.;]?\s*"
    r"(?:so\s+)?(?:what(?:'s|\s+is|s)\s+(?:that|it|the\s+price)\s+|how\s+much\s+(?:is\s+(?:that|it)\s+)?)?"
    rf"per\s+(?P<q>{_N})?\s*(?P<qu>{_PACK_UNIT})\s*[?.!]*$",
    re.IGNORECASE,
)


def _measure(word: str) -> str | None:
    word = word.lower()
    found = _MEASURES.get(word) or _MEASURES.get(word.removesuffix("s"))
    return found[0] if found else None


def _pack_scale(word: str) -> tuple[str, int] | None:
    word = word.lower()
    word = {"grams": "g", "gram": "g", "kilos": "kg", "kilo": "kg", "kilograms": "kg"}.get(
        word, word
    )
    word = {"kilogram": "kg", "liters": "l", "liter": "l", "litres": "l", "litre": "l"}.get(
        word, word
    )
    return _PACK_SCALE.get(word)


def _per_unit(s: str) -> str | None:
    found = _PER_UNIT.match(s)
    if found is None:
        return None
    unit = _measure(found["u"])
    if unit is None or unit != _measure(found["v"]):
        return None  # a price per litre never multiplies gallons
    return f"{found['p']} * {found['q']}"


def _split(s: str) -> str | None:
    found = _SPLIT.match(english_counts_as_digits(s))
    if found is None or int(found["n"]) < 2:
        return None
    return f"{found['p']} / {found['n']}"


def _each_plus_fee(s: str) -> str | None:
    found = _EACH_PLUS_FEE.match(s)
    if found is None:
        return None
    count = ENGLISH_DIGITS.get(found["n"].lower(), found["n"])
    return f"{count} * {found['p']} + {found['f']}"


def _wage_hours(s: str) -> str | None:
    found = _WAGE_HOURS.match(s)
    return f"{found['p']} * {found['h']}" if found else None


def _package(s: str) -> str | None:
    found = _PACKAGE.match(s)
    if found is None:
        return None
    size, asked = _pack_scale(found["bu"]), _pack_scale(found["qu"])
    if size is None or asked is None or size[0] != asked[0]:
        return None  # grams against millilitres: no price per unit to read
    per = found["q"] or "1"
    if float(found["b"]) == 0:
        return None
    base = found["b"] if size[1] == 1 else f"({found['b']} * {size[1]})"
    times = per if asked[1] == 1 else f"({per} * {asked[1]})"
    return f"{found['p']} / {base} * {times}"


def english_buy_expression(text: str) -> tuple[str, str | None] | None:
    """The expression and currency of an everyday English buy or wage, or None.

    Args:
        text: The request as typed.

    Returns:
        ``("2.05 * 12", None)``, ``("96.6 / 3", "$")``, or None when no form reads the
        whole request.
    """
    s = normalize_numerals(unicodedata.normalize("NFKC", text)).strip()
    if _OTHER_CURRENCY.search(s):
        return None  # won, euros, yen: the currency handlers' and other forms' to read
    currency = "$" if _DOLLAR.search(s) else None
    s = re.sub(r"\s+", " ", _CURRENCY_MARK.sub("", s)).strip()
    for read in (_per_unit, _split, _each_plus_fee, _wage_hours, _package):
        expression = read(s)
        if expression is not None:
            return expression, currency
    return english_order_expression(text)  # "… is 22.50 and we're ordering 3", "… or 2 L for 4.80"
