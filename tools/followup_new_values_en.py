"""English follow-ups that give the previous request a new value in a sentence of its own.

Each reads a turn the earlier rules left alone and answers it only when the previous
request has exactly the one slot the new value fits:

- a price per litre or gallon for the fuel the previous turn worked out ("what's that at
  1.60 per liter", "gas is 3.40 a gallon, so what does it cost"): that fuel at that price;
- shares covered for someone else ("I'm covering my kid too, so what do I owe", "I'll pay
  for my two kids as well"): the previous per-person share times the shares paid, when
  the previous request was a sum divided by a count; "the kids" with no count is no
  figure and keeps its model;
- the price before a tax included in a total ("so what was the pre-tax price"): the
  previous receipt asked anew, the total over (1 + rate);
- the same conversion of someone else's figure ("and my brother's 205"): the previous
  conversion's one figure replaced;
- the weekday of another date of the same year ("and thanksgiving that year, nov 25"):
  the weekday question for that month and day, in the previous question's year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.korean_numbers import english_counts_as_digits

__all__ = [
    "NEW_VALUE_CHANGES",
    "conversion_of_another_figure",
    "fuel_priced_in_a_sentence",
    "price_before_included_tax",
    "shares_covered",
    "someone_joins",
    "weekday_of_another_date",
]

_N = r"\d+(?:\.\d+)?"
_FIGURE = LazyPattern(r"\d[\d,]*(?:\.\d+)?")
_FUEL_UNIT = r"(?:litre|liter|l|gallon|gal)"
# "what's that at 1.60 per liter", "gas is 3.40 a gallon, so what does it cost"
_FUEL_PRICE = LazyPattern(
    rf"(?P<sign>\$)?(?P<price>\d[\d,]*(?:\.\d+)?)\s*(?P<won>won|원)?\s*(?:a|per|each|/)\s*"
    rf"(?P<unit>{_FUEL_UNIT})\b",
    re.IGNORECASE,
)
# Words a fuel-price turn may hold besides its price: what it asks and what the fuel is.
_FUEL_TURN_WORDS = LazyPattern(
    r"^(?:and|so|then|what|what's|whats|is|it|that|this|does|do|would|will|be|cost|costs|come"
    r"|to|at|if|the|fuel|petrol|gas|gasoline|diesel|how|much|total|price|now|with|in|all)$",
    re.IGNORECASE,
)


def fuel_priced_in_a_sentence(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "gas is 3.40 a gallon, so what does it cost": the fuel worked out, at that price."""
    if not steps or len(_FIGURE.findall(text)) != 1:
        return None
    price = _FUEL_PRICE.search(text)
    if price is None:
        return None
    rest = text[: price.start()] + " " + text[price.end() :]
    words = [w.removesuffix("'s") for w in re.findall(r"[A-Za-z']+", rest)]
    if not all(_FUEL_TURN_WORDS.match(word) for word in words):
        return None  # another subject ("for the rental car") or another question
    # Imported here: the calculator's tables load only when a follow-up may need them.
    from tools.followup_items import price_of_fuel

    sign = "$" if price["sign"] else ""
    won = " won" if price["won"] else ""
    return price_of_fuel(f"at {sign}{price['price']}{won} a {price['unit']}", steps)


_PERSON = (
    r"(?:kid|child|son|daughter|wife|husband|partner|girlfriend|boyfriend|fiance|fiancee|mom|"
    r"mum|mother|dad|father|brother|sister|friend|roommate|flatmate|nephew|niece|grandma|"
    r"grandpa|grandmother|grandfather|aunt|uncle|cousin|colleague|buddy)"
)
# "I'm covering my kid too", "I'll pay for my two kids as well", "paying for my wife also"
_COVERING = LazyPattern(
    r"^\s*(?:ok(?:ay)?\s*,?\s*|so\s+|and\s+|actually\s*,?\s*)?(?:i'?m|i\s+am|i'?ll|i\s+will|i)"
    r"\s+(?:also\s+|just\s+)?(?:be\s+)?(?:covering|cover|paying\s+for|pay\s+for|picking\s+up|"
    rf"getting|treating)\s+(?:(?:me|myself)\s+and\s+)?(?:my|our)\s+(?:(?P<n>\d+)\s+(?P<plural>{_PERSON}s|children)|"
    rf"(?P<one>{_PERSON}))\s*(?:too|as\s+well|also)?\s*[,.;]?\s*(?:so\s+)?"
    r"(?:what\s+do\s+i\s+(?:owe|pay)|what(?:'s|\s+is|s)\s+my\s+(?:part|share|total|cut)|"
    r"how\s+much\s+(?:do|will|should)\s+i\s+(?:owe|pay|put\s+in)(?:\s+then)?|how\s+much\s+is"
    r"\s+that|what(?:'s|\s+is|s)\s+that(?:\s+come\s+to)?)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_SUM_OVER_COUNT = LazyPattern(rf"^\s*(?P<a>{_N})\s*/\s*(?P<n>\d+)\s*$")


def shares_covered(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "I'm covering my kid too": the previous share times two (mine and my kid's)."""
    covered = _COVERING.match(english_counts_as_digits(text))
    if covered is None or not steps:
        return None
    others = int(covered["n"]) if covered["n"] else 1
    from tools.calculator import to_expression

    try:
        expression, unit = to_expression(steps[-1])
    except Exception:  # noqa: BLE001 - any request the calculator cannot read is no share
        return None
    share = _SUM_OVER_COUNT.match(expression)
    if share is None or not 1 + others <= int(share["n"]):
        return None  # no sum split by a count, or more shares than people
    sign = "$" if unit == "$" else ""
    step = f"{sign}{share['a']} / {share['n']} * {1 + others}"
    return [step], f"{1 + others} of the {share['n']} shares"


# "and if my sister joins?", "what if 2 friends come along": heads added to a split sum.
_JOINS = LazyPattern(
    r"^\s*(?:and\s+|so\s+|but\s+)?(?:what\s+)?if\s+(?:(?:my|our)\s+(?P<one>"
    + _PERSON
    + r")|(?P<n>\d+)\s+(?:more\s+)?(?:friends|people|guests|others|colleagues|cousins))\s+"
    r"(?:joins?|comes?(?:\s+(?:along|too|with\s+us))?|tags?\s+along)\s*(?:too)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def someone_joins(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "and if my sister joins?" after 900 for 3 of us, each: 900 split 4 ways."""
    joins = _JOINS.match(english_counts_as_digits(text))
    if joins is None or not steps:
        return None
    added = 1 if joins["one"] else int(joins["n"])
    from tools.calculator import to_expression

    try:
        expression, unit = to_expression(steps[-1])
    except Exception:  # noqa: BLE001 - any request the calculator cannot read is no share
        return None
    share = _SUM_OVER_COUNT.match(expression)
    if share is None or added < 1:
        return None
    sign = "$" if unit == "$" else ""
    heads = int(share["n"]) + added
    return [f"{sign}{share['a']} / {heads}"], f"{share['n']} → {heads} people"


_BEFORE_TAX = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok(?:ay)?\s*,?\s*)?(?:what(?:'s|\s+is|\s+was|s)\s+(?:that|it|the\s+"
    r"(?:price|amount|cost|total|bill)|the\s+pre-?tax\s+(?:price|amount|cost|total))|how\s+much"
    r"\s+(?:was|is)\s+(?:it|that)|the\s+(?:price|amount|cost)|(?:and\s+)?pre-?tax)?\s*"
    r"(?:(?:before|without|excluding|minus|ex\.?)\s+(?:the\s+)?tax|pre-?tax(?:\s+(?:price|amount|"
    r"cost|total))?)?\s*(?:then)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_NAMES_PRE_TAX = LazyPattern(r"before\s+(?:the\s+)?tax|without\s+(?:the\s+)?tax|pre-?tax", re.I)
_TAX_INCLUDED = LazyPattern(
    rf"(?P<total>{_N})\b.*?(?:with|incl(?:uding)?\.?)\s+(?P<r>{_N})\s*%\s*(?:sales\s+)?tax"
    r"(?:\s+included)?|(?P<total2>" + _N + r")\b.*?(?P<r2>" + _N + r")\s*%\s*(?:sales\s+)?tax\s+"
    r"included",
    re.IGNORECASE,
)


def price_before_included_tax(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "so what was the pre-tax price" after a total with tax included: total ÷ (1 + rate)."""
    if not steps or _FIGURE.search(text) or not _NAMES_PRE_TAX.search(text):
        return None
    if not _BEFORE_TAX.match(text):
        return None
    from tools.calculator import to_expression

    try:
        expression, _unit = to_expression(steps[-1])
    except Exception:  # noqa: BLE001 - a request the calculator cannot read has no tax
        return None
    included = _TAX_INCLUDED.search(steps[-1].replace(",", ""))
    if included is None or not re.search(r"/\s*\((?:1|100)\s*\+", expression):
        return None  # the previous request took no tax out of a total
    total, rate = included["total"] or included["total2"], included["r"] or included["r2"]
    step = f"{total} including {rate}% tax, what is the price before tax"
    return [*steps[:-1], step], f"{total} before its {rate}% tax"


# "and my brother's 205", "and my sister is 128", "what about my dad's, 190?"
_SOMEONE_ELSES = LazyPattern(
    r"^\s*(?:and|what\s+about|how\s+about)\s+(?:my|our|his|her|their|your)\s+[a-z]+"
    rf"(?:'s|\s+is|\s+weighs|\s+was|'s\s+is)\s*,?\s*(?P<n>{_N})\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def conversion_of_another_figure(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "and my brother's 205" after "I weigh 172 pounds, what's that in kg": 205 pounds."""
    other = _SOMEONE_ELSES.match(text)
    if other is None or not steps:
        return None
    figures = list(_FIGURE.finditer(steps[-1]))
    if len(figures) != 1:
        return None
    from tools.handlers import match_deterministic

    before = match_deterministic(steps[-1])
    if before is None or before.handler != "units":
        return None  # only a conversion has one figure for someone else's to replace
    start, end = figures[0].span()
    changed = steps[-1][:start] + other["n"] + steps[-1][end:]
    return [*steps[:-1], changed], f"{figures[0].group(0)} → {other['n']}"


_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_DAY = LazyPattern(
    rf"\b(?P<m>{_MONTHS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})", re.I
)
_DATE_WITH_YEAR = LazyPattern(
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*(?P<y>\d{{4}})\b", re.IGNORECASE
)
_ASKS_WEEKDAY = LazyPattern(r"\bweekday\b|\bday\s+of\s+the\s+week\b|\bwhat\s+day\s+is\b", re.I)
_SAME_YEAR_TURN = LazyPattern(
    r"^\s*(?:and|what\s+about|how\s+about)\b[^\d]*?(?:(?:that|the\s+same)\s+year)?\s*,?\s*"
    rf"(?:on\s+)?(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def weekday_of_another_date(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "and thanksgiving that year, nov 25" after the weekday of july 4 2027: nov 25 2027."""
    if not steps or not _SAME_YEAR_TURN.match(text) or len(_FIGURE.findall(text)) != 1:
        return None
    day = _MONTH_DAY.search(text)
    year = _DATE_WITH_YEAR.search(steps[-1])
    if day is None or year is None or not _ASKS_WEEKDAY.search(steps[-1]):
        return None
    step = f"what weekday is {day['m']} {day['d']} {year['y']}"
    return [step], f"{day['m']} {day['d']} in {year['y']}"


#: The rules of this module, in the order tools.followups tries them (after its own).
NEW_VALUE_CHANGES = (
    fuel_priced_in_a_sentence,
    shares_covered,
    someone_joins,
    conversion_of_another_figure,
    weekday_of_another_date,
)
