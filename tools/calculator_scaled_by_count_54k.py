"""An amount said for a count of one thing, asked for another count of it: "배추 3포기에
고춧가루 600g 들어가면 5포기는 몇그람" is 600 x 5 / 3 g (set 45).

The recipe readers scale by servings (인분) only; a count of heads, fish or packs ("포기",
"마리", "봉지") was read by none, and the question went to a model. Read only when the
whole question is this one proportion: a count with its counter, the amount put in for
it with its unit, the same counter with a new count, and that unit (or "얼마나") asked.
No other figure may stand in it; an asked unit other than the one said declines.

The same proportion with the count said as an amount of another ingredient (set 46):
"밀가루 300g에 우유 240ml인데 밀가루 450g 쓰면 우유 몇ml" is 240 x 450 / 300 ml. Read only
when the first ingredient is named again with its own unit and the second is the one asked.

The dish named between the servings (set 48, once its own module): "팬케이크 4인분 반죽에
밀가루 240그램이면 6인분은 몇그램 넣어" is 240 / 4 x 6 g. Two serving counts (N인분) already
say this is an amount for servings, so any words may stand between them; read only when
the question says exactly two N인분, one amount with a unit between them, no other figure,
and an amount asked at the end whose unit (if said) is the amount's.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = [
    "amount_scaled_by_count",
    "amount_scaled_by_count_en",
    "asked_count_span",
    "asked_count_span_en",
    "scaled_item",
    "servings_scaled_ko",
]

_N = r"\d+(?:\.\d+)?"
# 인분 (opens56k, set 47): "김치찌개 2인분에 돼지고기 200g 들어가는데 5인분 끓이려면 몇그램".
_COUNTER = r"인분|포기|마리|봉지|통|판|근|모|단|알|팩|그릇|병|개"
# The amount's unit as said, and the unit the answer is shown in.
_UNITS = {
    "g": "g",
    "그램": "g",
    "그람": "g",
    "kg": "kg",
    "키로": "kg",
    "킬로": "kg",
    "ml": "ml",
    "미리": "ml",
    "리터": "L",
    "l": "L",
    "큰술": "큰술",
    "작은술": "작은술",
    "스푼": "스푼",
    "컵": "컵",
}
_UNIT = r"kg|g|그램|그람|키로|킬로|ml|미리|리터|l|큰술|작은술|스푼|컵"
#: A verb of making what is counted ("만드는데", "구우려면", "끓이려면").
_MAKING = r"(?:만드|만들|끓이|요리하|준비하|구우|굽|하)"
_FORM = LazyPattern(
    # ("쿠키 12개 만드는데 버터 90그램 들어가는데 30개 구우려면 버터 얼마나", set 51: the
    # count said with a verb of making, the ingredient named again before 얼마나.)
    rf"^(?:[가-힣A-Za-z]+\s+){{0,2}}(?P<n>{_N})\s*(?P<c>{_COUNTER})\s*"
    rf"(?:에|당|에는|엔|담글\s*때|(?:을|를)?\s*{_MAKING}(?:는데|려면))\s+"
    rf"(?:[가-힣A-Za-z]+\s*)?(?P<x>{_N})\s*(?P<u>{_UNIT})\s*(?:이|가|을|를|정도)?\s*"
    r"(?:들어가면|들어가는데|들어간다면|넣으면|넣는데|넣었으면|필요하면|필요한데|쓰면|쓰는데|이면|면|인데)"
    rf"\s*,?\s*(?P<m>{_N})\s*(?P=c)\s*(?:는|은|에는|엔|이면|면|하려면|담그려면|하면|할\s*때는?)?\s*"
    # "5인분 끓이려면 몇그램": the dish made at the new count (opens56k).
    r"(?:(?:끓이|만들|요리하|준비하)려면\s*|(?:끓일|만들)\s*때는?\s*)?"
    r"(?:(?:구우|굽)려면\s*|구울\s*때는?\s*)?"  # ("30개 구우려면", set 51)
    # (The ingredient named again bare only before 얼마나: "30개 구우려면 버터 얼마나".)
    rf"(?:[가-힣]+(?:은|는)\s*|[가-힣]{{1,6}}(?<!면)(?<!때)\s+(?=얼마나))?(?:몇\s*(?P<asked>{_UNIT})|얼마나)[가-힣\s]*[?？.!]*\s*$",
    re.IGNORECASE,
)


# "밀가루 300g에 우유 240ml인데 밀가루 450g 쓰면 우유 몇ml": the count is an amount of a
# named ingredient (its unit the "counter"), named again with the new amount.
_BY_INGREDIENT = LazyPattern(
    rf"^(?:[가-힣A-Za-z]+\s+){{0,2}}?(?P<a>[가-힣]{{1,6}})\s*(?P<n>{_N})\s*(?P<c>{_UNIT})\s*"
    rf"(?:에|당|에는|엔)\s+(?P<b>[가-힣]{{1,6}})\s*(?P<x>{_N})\s*(?P<u>{_UNIT})\s*(?:이|가|을|를|정도)?\s*"
    r"(?:들어가면|들어가는데|들어간다면|넣으면|넣는데|필요하면|필요한데|쓰면|쓰는데|이면|면|인데|이니까)"
    rf"\s*,?\s*(?P=a)\s*(?:을|를)?\s*(?P<m>{_N})\s*(?P=c)\s*"
    r"(?:쓰면|넣으면|이면|면|하면|할\s*때는?|으로\s*하면|로\s*하면|쓸\s*때는?)\s*"
    rf"(?P=b)\s*(?:는|은|을|를)?\s*(?:몇\s*(?P<asked>{_UNIT})|얼마나)[가-힣\s]*[?？.!]*\s*$",
    re.IGNORECASE,
)


_SERVING_AMOUNT = LazyPattern(
    rf"(?<![\d.])(?P<q>{_N})\s*(?P<u>{_UNIT})(?![A-Za-z가-힣]*인분)(?![A-Za-z])", re.I
)
_SERVINGS = LazyPattern(rf"(?<![\d.])(?P<n>{_N})\s*인분")
_SERVINGS_ASKED = LazyPattern(
    rf"(?:몇\s*(?P<u>{_UNIT})?|얼마나?)\s*(?:이야|야|예요|필요해|넣어|넣어야\s*돼|넣어야돼|들어가|있어야|"
    rf"사야\s*돼|사야돼|필요함|임)?\s*[?？\s]*$",
    re.IGNORECASE,
)
_FIGURE = LazyPattern(rf"(?<![\d.]){_N}")


def servings_scaled_ko(text: str) -> tuple[str, str] | None:
    """``("240 / 4 * 6", "g")`` for the one amount at the servings wanted, or ``None``."""
    s = normalize_numerals(text).strip()
    servings = list(_SERVINGS.finditer(s))
    amounts = list(_SERVING_AMOUNT.finditer(s))
    asked = _SERVINGS_ASKED.search(s)
    if len(servings) != 2 or len(amounts) != 1 or asked is None:
        return None
    base, target = servings
    amount = amounts[0]
    unit = _UNITS[amount["u"].lower()]
    if asked["u"] is not None and _UNITS[asked["u"].lower()] != unit:
        return None  # "몇 ml" of an amount in grams: another question
    if not base.end() <= amount.start() < target.start():
        return None
    spans = sorted([base.span("n"), target.span("n"), amount.span("q")])
    if spans != [m.span() for m in _FIGURE.finditer(s)]:
        return None  # another figure (a pan size, a time): not this form alone
    return f"{amount['q']} / {base['n']} * {target['n']}", unit


def _proportion(digits: str) -> re.Match[str] | None:
    """The proportion's match: a count of a thing, or an amount of a named ingredient."""
    text = digits.strip()
    m = _FORM.match(text) or _BY_INGREDIENT.match(text)
    if m is None or float(m["n"]) == 0 or m["n"] == m["m"]:
        return None
    return m


def amount_scaled_by_count(digits: str) -> tuple[str, str] | None:
    """``("600 * 5 / 3", "g")`` for the amount at the new count, or ``None``.

    Args:
        digits: The question with numerals as digits.
    """
    m = _proportion(digits)
    if m is None:
        return None
    unit = _UNITS[m["u"].lower()]
    if m["asked"] is not None and _UNITS[m["asked"].lower()] != unit:
        return None  # asked in another unit than said: not converted here
    return f"{m['x']} * {m['m']} / {m['n']}", unit


def asked_count_span(digits: str) -> tuple[int, int, str] | None:
    """Where the new count stands in a question of this form, and its counter, or ``None``.

    For a follow-up ("8포기는?") that says another count of the same thing.
    """
    m = _proportion(digits)
    if m is None or amount_scaled_by_count(digits) is None:
        return None
    return m.start("m"), m.end("m"), m["c"]


# English (opens55e, set 46): "recipe makes 24 cookies with 2.25 cups of flour, how much
# flour for 60 cookies" is 2.25 x 60 / 24 cups; "chicken has 31g protein per 100g, i ate
# 250g how much protein" is 31 x 250 / 100 g. The thing counted (or the weight) is said
# again with the new figure, and the ingredient asked is the one the amount was said of.
_UNIT_EN = {
    "cup": "cups",
    "cups": "cups",
    "g": "g",
    "gram": "g",
    "grams": "g",
    "mg": "mg",
    "kg": "kg",
    "ml": "ml",
    "l": "L",
    "oz": "oz",
    "ounces": "oz",
    "tbsp": "tbsp",
    "tablespoons": "tbsp",
    "tsp": "tsp",
    "teaspoons": "tsp",
    "lb": "lb",
    "lbs": "lb",
    "pounds": "lb",
    "eggs": "eggs",
    "sticks": "sticks",
}
_UNIT_EN_RE = "|".join(sorted(_UNIT_EN, key=len, reverse=True))
_MAKES_EN = LazyPattern(
    rf"^(?:(?:a|the|my|this|our)\s+)?(?:recipe|batch|batter|dough|mix)\s+(?:makes|yields|serves|is\s+for)\s+"
    rf"(?P<n>{_N})\s+(?P<c>[a-z]+?)\s+(?:with|using|and\s+(?:uses|needs|takes|calls\s+for))\s+"
    rf"(?P<x>{_N})\s*(?P<u>{_UNIT_EN_RE})\s+(?:of\s+)?(?P<i>[a-z]+)\s*[,.;]?\s*"
    r"how\s+(?:much|many)\s+(?P<asked>[a-z]+)?\s*(?:\w+\s+){0,3}?(?:for|to\s+make)\s+"
    rf"(?P<m>{_N})(?:\s+(?P<c2>[a-z]+))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_PER_100_EN = LazyPattern(
    rf"^(?:[a-z]+\s+){{0,3}}(?:has|have|is|contains|got)\s+(?P<x>{_N})\s*(?P<u>g|mg|grams)\s+"
    rf"(?:of\s+)?(?P<i>[a-z]+)\s+(?:per|in\s+(?:every|each)|in|a|for\s+every)\s+100\s*(?:g|grams)\s*[,.;]?\s*"
    rf"(?:and\s+|so\s+)?i\s+(?:ate|had|eat|am\s+eating|will\s+eat|just\s+ate)\s+(?P<m>{_N})\s*(?:g|grams)\s*"
    r"(?:of\s+it\s*)?[,.;]?\s*(?:so\s+)?how\s+much\s+(?P<asked>[a-z]+)\s*(?:\w+\s+){0,3}?\w*\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def _plural_same(a: str, b: str) -> bool:
    return a.rstrip("s") == b.rstrip("s")


def amount_scaled_by_count_en(digits: str) -> tuple[str, str] | None:
    """``("2.25 * 60 / 24", "cups")`` for a recipe scaled by what it makes, or per 100 g."""
    text = digits.strip()
    m = _MAKES_EN.match(text)
    if m is not None:
        if m["c2"] is not None and not _plural_same(m["c"], m["c2"]):
            return None  # another thing counted than the recipe makes
        if m["asked"] is not None and not _plural_same(m["asked"], m["i"]):
            return None  # another ingredient asked than the one said
        if float(m["n"]) == 0 or m["n"] == m["m"]:
            return None
        return f"{m['x']} * {m['m']} / {m['n']}", _UNIT_EN[m["u"].lower()]
    p = _PER_100_EN.match(text)
    if p is None or p["asked"].lower() != p["i"].lower():
        return None  # another nutrient asked than the one said per 100 g
    unit = "mg" if p["u"].lower() == "mg" else "g"
    return f"{p['x']} * {p['m']} / 100", unit


def asked_count_span_en(digits: str) -> tuple[int, int] | None:
    """Where the new count (or weight eaten) stands in an English question of this form."""
    if amount_scaled_by_count_en(digits) is None:
        return None
    m = _MAKES_EN.match(digits.strip()) or _PER_100_EN.match(digits.strip())
    assert m is not None
    return m.start("m"), m.end("m")


def scaled_item(digits: str) -> str | None:
    """The ingredient whose amount sets the proportion ("밀가루"), or ``None`` for a count."""
    m = _proportion(digits)
    return None if m is None else m.groupdict().get("a")
