"""Items listed each with its price (and a count typed "x3"), the total asked.

"영수증 계산좀 / 라떼 5,300 x3 / 크로플 7,900 / 쿠키 2,800 x2 / 합계?" is 29,400원; "milk 3.49
x2, bread 4.29, eggs 5.99 - whats the total" is 17.26 (unseen set 55: neither was read). The
rule reads by slots: the text is cut at its list marks ("/", ",", ";", a line break) into
parts; every part but a leading request with no figure and the closing question is one item,
a name (words, no figures) then its price then at most a count ("x2", "× 3", "2개"); the
closing question asks the total ("합계", "총 얼마", "whats the total", "sum"). Anything
else, a figure no slot places, a part with two prices, a discount, leaves it to the other
readings.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["itemized_total"]

_NUM = r"\d+(?:\.\d+)?"
_MARKS = LazyPattern(r"\s*(?:/|,|;|\n)\s*")
# One item: its name, its price, its count ("x3", "×2", "2개", "2 pcs").
_ITEM = LazyPattern(
    r"^(?P<name>[A-Za-z가-힣][A-Za-z가-힣'&\s]{0,24}?)\s*[:=]?\s*(?:\$|₩)?\s*(?P<p>" + _NUM + r")"
    r"\s*(?:원|won|dollars?|bucks)?"
    r"(?:\s*(?:[x×*]\s*(?P<n>\d{1,3})|(?P<n2>\d{1,3})\s*(?:개|잔|병|캔|팩|pcs|ea\b)))?\s*$",
    re.IGNORECASE,
)
# The total asked, closing the list (a part of its own, or after a dash ending the last item).
_TOTAL_ASKED = (
    r"(?:(?:so\s+)?(?:what(?:'s|s|\s+is|\s+does\s+it\s+come\s+to)\s+)?(?:the\s+|my\s+)?"
    r"(?:total|sum|grand\s+total)(?:\s+(?:is|comes\s+to))?|how\s+much\s+(?:is\s+)?(?:that|it)?\s*"
    r"(?:in\s+total|altogether|all\s+together|total)|합계(?:는|가)?|총\s*(?:얼마|합계|금액|액)(?:야|지|인가)?"
    r"|다\s*(?:해서|합치면)\s*얼마(?:야)?)\s*[?？!.]*"
)
_TOTAL_PART = LazyPattern(rf"^{_TOTAL_ASKED}\s*$", re.IGNORECASE)
_TOTAL_AFTER_DASH = LazyPattern(rf"\s+[-–—]\s*{_TOTAL_ASKED}\s*$", re.IGNORECASE)
# A leading request with no figure ("영수증 계산좀", "add these up").
_REQUEST = LazyPattern(
    r"^(?:[가-힣\s]{0,12}(?:계산|더해|합쳐)[가-힣\s]*|(?:pls\s+|please\s+)?(?:add\s+(?:these|this)\s+up"
    r"|quick\s+math|receipt(?:\s+check)?)[a-z\s]*)[:?!.]*$",
    re.IGNORECASE,
)
# Names that are no item: a cut, a tax, a tip (their figures are rates or amounts off).
_NOT_AN_ITEM = LazyPattern(
    r"\b(?:tax|tip|off|discount|coupon|minus|less|paid|change|split|each|per|total)\b"
    r"|할인|쿠폰|세금|팁|빼|나눠|각자|인당|합계",
    re.IGNORECASE,
)
# A part that says more than a name: a verb, a pronoun, a joining or measuring word ("one
# crate of lemons costs 14.40, and I'm buying 5" is a price and a count, not two items).
_SAYS_MORE = LazyPattern(
    r"\b(?:and|or|i|i'm|im|we|you|he|she|it|they|is|are|was|were|be|costs?|buy(?:ing)?|bought"
    r"|get|got|pay|paid|need|want|for|of|at|each|per|a|an|one|my|our)\b"
    r"|샀|사면|사고|주문|에서|인데|이고|이면",
    re.IGNORECASE,
)
#: Off only in this rule's switch-off test.
USE_ITEMIZED_TOTAL = True


def itemized_total(digits: str) -> str | None:
    """``"5300 * 3 + 7900 + 2800 * 2"`` for items priced in a list, the total asked.

    Args:
        digits: The question with its numerals as digits.
    """
    if not USE_ITEMIZED_TOTAL:
        return None
    text = digits.strip()
    dash = _TOTAL_AFTER_DASH.search(text)
    parts = [p for p in _MARKS.split(text[: dash.start()] if dash else text) if p.strip()]
    if not dash:
        if not parts or not _TOTAL_PART.match(parts[-1].strip()):
            return None
        parts = parts[:-1]
    if parts and _REQUEST.match(parts[0].strip()):
        parts = parts[1:]
    if len(parts) < 2:
        return None
    terms: list[str] = []
    for part in parts:
        item = _ITEM.match(part.strip().replace(",", ""))
        if item is None or _NOT_AN_ITEM.search(item["name"]) or _SAYS_MORE.search(item["name"]):
            return None
        count = item["n"] or item["n2"]
        terms.append(f"{item['p']} * {count}" if count else item["p"])
    return " + ".join(terms)
