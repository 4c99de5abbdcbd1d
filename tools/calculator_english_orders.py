"""Everyday English orders, shares, receipts, size comparisons and fuel, said in words.

Each reader takes the whole request (numerals as digits, currency marks off) and must
place every figure of it; a sentence with one figure more keeps its model. The item is
any noun: the words carry no price, only the roles of the figures do.

- a price and a count ("a large crate is 22.50 and we're ordering 3, total?", "a ticket
  is 13.50 and there are 5 of us"): price × count;
- a sum for so many people ("the lodge was 150 for the 6 of us, what's each share"), or
  split so many ways between named people: sum ÷ count;
- several items with counts and a sales tax ("2 mugs at 12.95 and a teapot at 34, total
  with 8% tax"): the sum times (1 + rate), to the cent;
- two sizes at two prices ("a 1.2 kg bag for 5.40 or 2 kg for 8.60, better deal?"): the
  cheaper price per unit (per the unit asked, else the first size's unit); equal prices
  per unit are no answer;
- fuel for a trip at litres per 100 km or at miles per gallon: litres (or gallons), so a
  follow-up can price them (tools.followup_fuel_cost).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.calculator_each_owed_59t import each_owed_as_asked
from tools.calculator_share_of_pay import share_of_pay_expression
from tools.korean_numbers import english_counts_as_digits, normalize_numerals

__all__ = ["english_order_expression"]

_N = r"\d+(?:\.\d+)?"
_DOLLAR = LazyPattern(r"(?<=\d)\s*(?:dollars?|bucks)\b|\$\s*(?=\d)", re.IGNORECASE)
_CURRENCY_MARK = LazyPattern(r"(?<=\d)\s*(?:dollars?|bucks)\b|\$\s*(?=\d)", re.IGNORECASE)
_OTHER_CURRENCY = LazyPattern(r"원|₩|\bwon\b|\bkrw\b|€|euros?\b|\byen\b|엔|£", re.IGNORECASE)
_ANY_FIGURE = LazyPattern(_N)
_WORDS = r"(?:[a-z][a-z'-]*\s+)"
_ASK_TOTAL = (
    r"\s*[-,.;:]?\s*(?:so\s+)?(?:(?:what(?:'s|\s+is|s|\s+does\s+that\s+come\s+to)"
    r"|what\s+will\s+(?:that|it)\s+be)\s*(?:the\s+|my\s+|our\s+)?(?:total|come\s+to)?"
    r"|how\s+much(?:\s+(?:is\s+(?:that|it)|will\s+(?:that|it)\s+be))?"
    r"(?:\s+(?:altogether|in\s+total|all\s+together|total))?|(?:the\s+)?total|in\s+total)?"
    r"\s*[?.!]*$"
)
_ASK_EACH = (
    r"\s*[-,.;:]?\s*(?:so\s+|and\s+)?(?:what(?:'s|\s+is|s)\s+(?:each(?:\s+(?:person|one))?|every"
    r"\s+one|everyone)(?:'s|s)?\s+"
    r"(?:share|part|cut)|what(?:'s|\s+is|s)\s+(?:the\s+)?(?:share|cost|price)\s+(?:each|per\s+"
    r"(?:person|head))|how\s+much\s+(?:is\s+(?:that|it)\s+)?(?:each|per\s+(?:person|head)"
    r"|a\s+head|apiece)|how\s+much\s+(?:does|do|will|should)\s+(?:each(?:\s+of\s+us)?|every"
    r"\s+one(?:\s+of\s+us)?|everyone)\s+(?:pay|owe|chip\s+in|put\s+in))\s*[?.!]*$"
)
# "a large crate is 22.50 and we're ordering 3", "a ticket is 13.50 and there are 5 of us"
_PRICE_THEN_COUNT = LazyPattern(
    rf"^(?:a|an|the|one)?\s*{_WORDS}{{1,4}}?(?:is|are|costs?|runs?|goes\s+for)\s+(?P<p>{_N})"
    r"(?:\s+(?:each|apiece|a\s+piece|a\s+pop))?\s*(?:,\s*and|,|and)\s*"
    r"(?:(?:we|i)(?:'re|'m|\s+are|\s+am|\s+will|'ll)?\s+(?:be\s+)?(?:ordering|buying|getting|"
    rf"taking|order|buy|get|take|need|want)\s+(?P<n>\d+)|there\s+are\s+(?P<m>\d+)\s+of\s+us)"
    rf"{_ASK_TOTAL}",
    re.IGNORECASE,
)
# "the lodge was 150 for the 6 of us, what's each share", "fares are 780 for the 2 of us"
_SUM_FOR_PEOPLE = LazyPattern(
    rf"^(?:a|an|the|our|my)?\s*{_WORDS}{{1,4}}?(?:is|are|was|were|costs?|cost|came\s+to|comes"
    rf"\s+to)\s+(?P<p>{_N})\s+(?:for\s+(?:the\s+|all\s+)?(?P<n>\d+)\s+of\s+us|for\s+(?P<m>\d+)"
    rf"\s+(?:people|persons|adults|guests))(?:\s+(?:in\s+total|total|altogether))?{_ASK_EACH}",
    re.IGNORECASE,
)
# "split a 84.30 bill three ways between me, Ana and Bo Lind - how much each?"
_SPLIT_BETWEEN = LazyPattern(
    rf"^(?:let's\s+|we\s+)?(?:split|divide|share)\s+(?:a|an|the|our|my|this)?\s*(?P<p>{_N})\s*"
    r"(?:[a-z]+\s+){0,2}?(?P<n>\d+)\s+ways\s+(?:between|among|with)\s+(?P<who>[^\d?]+?)"
    rf"{_ASK_EACH}",
    re.IGNORECASE,
)
_SEPARATOR = r"\s*(?:,\s*(?:and|plus)?|\band\b|\bplus\b|&|\+)\s*"
_ITEM = rf"(?:(?P<c>\d+)|an?|one)\s+{_WORDS}{{1,3}}?(?:at|for|@)\s+(?P<p>{_N})(?:\s+each)?"
_ITEM_RE = LazyPattern(rf"^{_ITEM}$", re.IGNORECASE)
# "..., total with 7% tax to the cent", "with 6.5% sales tax", "what's the total with 10% tax"
_TAX_TAIL = LazyPattern(
    r"\s*[,;:-]?\s*(?:so\s+)?(?:what(?:'s|\s+is|s)\s+(?:the\s+|my\s+)?total|how\s+much|total)?"
    rf"\s*(?:is\s+that\s+)?(?:with|plus|incl(?:uding)?\.?|after)\s+(?P<r>{_N})\s*%\s*(?:sales\s+)?"
    r"tax(?:\s+(?:included|added|on\s+top))?\s*,?\s*(?:to\s+the\s+(?:cent|penny)|total)?\s*[?.!]*$",
    re.IGNORECASE,
)
_SIZE_UNITS = {
    "g": ("g", Decimal(1)),
    "gram": ("g", Decimal(1)),
    "kg": ("g", Decimal(1000)),
    "kilo": ("g", Decimal(1000)),
    "kilogram": ("g", Decimal(1000)),
    "ml": ("ml", Decimal(1)),
    "l": ("ml", Decimal(1000)),
    "liter": ("ml", Decimal(1000)),
    "litre": ("ml", Decimal(1000)),
    "lb": ("oz", Decimal(16)),
    "pound": ("oz", Decimal(16)),
    "oz": ("oz", Decimal(1)),
    "ounce": ("oz", Decimal(1)),
}
_SIZE = r"(?:kgs?|kilos?|kilograms?|g|grams?|ml|l|liters?|litres?|lbs?|pounds?|oz|ounces?)"
# "1.5 L of juice for 3.90 or 2 L for 4.80, which is cheaper per liter"
_TWO_SIZES = LazyPattern(
    rf"^(?:an?\s+)?(?P<a>{_N})\s*(?P<au>{_SIZE})\s+(?:{_WORDS}{{0,4}}?)(?:for|at|is|costs?)\s+"
    rf"(?P<ap>{_N})\s*,?\s*or\s+(?:an?\s+)?(?P<b>{_N})\s*(?P<bu>{_SIZE})\s+(?:{_WORDS}{{0,4}}?)"
    rf"(?:for|at|is|costs?)\s+(?P<bp>{_N})\s*[,;:-]?\s*(?:so\s+)?(?:which(?:\s+one)?(?:'s|\s+is)\s+"
    r"(?:cheaper|the\s+better\s+(?:deal|buy|value))|(?:the\s+)?better\s+(?:deal|buy|value)|"
    r"which\s+(?:one\s+)?(?:is\s+)?(?:a\s+)?better\s+(?:deal|buy|value))"
    rf"(?:\s+per\s+(?P<per>{_SIZE}))?\s*[?.!]*$",
    re.IGNORECASE,
)
# "road trip is 540 km and my car does 6 L per 100 km, how many liters do I need"
_LITRES_PER_100 = (
    r"(?P<{name}>{n})\s*(?:l|liters?|litres?)\s*(?:/|per)\s*100\s*(?:km|kilomet(?:er|re)s)"
)
_FUEL_KM = LazyPattern(
    rf"(?P<d>{_N})\s*(?:km|kilomet(?:er|re)s)\b.*?{_LITRES_PER_100.format(name='c', n=_N)}"
    rf"|{_LITRES_PER_100.format(name='c2', n=_N)}.*?(?P<d2>{_N})\s*(?:km|kilomet(?:er|re)s)\b",
    re.IGNORECASE,
)
_FUEL_MILES = LazyPattern(
    rf"(?P<d>{_N})\s*(?:miles?|mi)\b.*?(?P<c>{_N})\s*(?:mpg|miles\s+(?:per|a|to\s+the)\s+gallon)"
    rf"|(?P<c2>{_N})\s*(?:mpg|miles\s+(?:per|a|to\s+the)\s+gallon).*?(?P<d2>{_N})\s*(?:miles?|mi)\b",
    re.IGNORECASE,
)
_ASKS_LITRES = LazyPattern(
    r"how\s+(?:many|much)\s+(?:l\b|liters?|litres?|fuel|petrol|gas|diesel)", re.IGNORECASE
)
_ASKS_GALLONS = LazyPattern(r"how\s+(?:many|much)\s+(?:gallons?|gas|fuel)", re.IGNORECASE)


def _figures(s: str) -> int:
    return len(_ANY_FIGURE.findall(s))


def _price_then_count(s: str) -> str | None:
    found = _PRICE_THEN_COUNT.match(s)
    if found is None or _figures(s) != 2:
        return None
    return f"{found['p']} * {found['n'] or found['m']}"


def _sum_for_people(s: str) -> str | None:
    found = _SUM_FOR_PEOPLE.match(s)
    if found is None or _figures(s) != 2:
        return None
    count = found["n"] or found["m"]
    return None if int(count) < 2 else f"{found['p']} / {count}"


def _split_between(s: str) -> str | None:
    found = _SPLIT_BETWEEN.match(s)
    if found is None or _figures(s) != 2 or int(found["n"]) < 2:
        return None
    return f"{found['p']} / {found['n']}"


def _items_with_tax(s: str) -> str | None:
    tail = _TAX_TAIL.search(s)
    if tail is None:
        return None
    parts = [part for part in re.split(_SEPARATOR, s[: tail.start()], flags=re.I) if part]
    if len(parts) < 2:
        return None  # one price with tax is the calculator's own "plus 8% tax"
    terms = []
    for part in parts:
        item = _ITEM_RE.match(part.strip())
        if item is None:
            return None  # a part that is no count and price: a figure left unplaced
        terms.append(f"{item['c']} * {item['p']}" if item["c"] else item["p"])
    return f"round(({' + '.join(terms)}) * (1 + {tail['r']} / 100), 2)"


def _size(word: str) -> tuple[str, Decimal] | None:
    word = word.lower()
    return _SIZE_UNITS.get(word) or _SIZE_UNITS.get(word.removesuffix("s"))


def _two_sizes(s: str) -> str | None:
    found = _TWO_SIZES.match(s)
    if found is None:
        return None
    first, second = _size(found["au"]), _size(found["bu"])
    asked = _size(found["per"]) if found["per"] else first
    if first is None or second is None or asked is None:
        return None
    if not first[0] == second[0] == asked[0]:
        return None  # grams against millilitres: no price per one unit of both
    sizes = (Decimal(found["a"]) * first[1], Decimal(found["b"]) * second[1])
    prices = (Decimal(found["ap"]), Decimal(found["bp"]))
    if 0 in sizes:
        return None
    per_base = (prices[0] / sizes[0], prices[1] / sizes[1])
    if per_base[0] == per_base[1]:
        return None  # the same price per unit: neither is cheaper
    cheaper = 0 if per_base[0] < per_base[1] else 1
    size_figure = (found["a"], found["b"])[cheaper]
    unit_scale = (first, second)[cheaper][1]
    price = (found["ap"], found["bp"])[cheaper]
    return f"{price} / ({size_figure} * {unit_scale}) * {asked[1]}"


def _fuel(s: str) -> tuple[str, str] | None:
    if _figures(s) == 3 and (km := _FUEL_KM.search(s)) and _ASKS_LITRES.search(s):
        distance = km["d"] or km["d2"]
        return f"{distance} * {km['c'] or km['c2']} / 100", "L"
    if _figures(s) == 2 and (miles := _FUEL_MILES.search(s)) and _ASKS_GALLONS.search(s):
        distance, economy = miles["d"] or miles["d2"], miles["c"] or miles["c2"]
        if float(economy) != 0:
            return f"{distance} / {economy}", "gal"
    return None


def english_order_expression(text: str) -> tuple[str, str | None] | None:
    """The expression and unit of an everyday English order, share, receipt or trip.

    Args:
        text: The request as typed.

    Returns:
        ``("22.5 * 3", None)``, ``("780 / 2", "$")``, ``("540 * 6 / 100", "L")``, or
        None when no reader places every figure of the request.
    """
    s = normalize_numerals(unicodedata.normalize("NFKC", text)).strip()
    if _OTHER_CURRENCY.search(s):
        return None  # won, euros, yen, pounds sterling: other readers' to read
    share = share_of_pay_expression(text)  # "2,850 a month … if rent is 1,150, what percent"
    if share is not None:
        return share
    currency = "$" if _DOLLAR.search(s) else None
    s = english_counts_as_digits(re.sub(r"\s+", " ", _CURRENCY_MARK.sub("", s)).strip())
    s = each_owed_as_asked(s)  # "what does everyone owe" (turns51)
    fuel = _fuel(s)
    if fuel is not None:
        return fuel
    for read in (_price_then_count, _sum_for_people, _split_between, _items_with_tax, _two_sizes):
        expression = read(s)
        if expression is not None:
            return expression, currency
    return None
