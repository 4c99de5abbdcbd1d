"""Follow-ups buying a multiple of the quantity asked ("반만 사면?", "twice as many?").

"쌀 1kg에 4,300원이면 20kg는 얼마야" then "반만 사면?" asks the price of 10kg, 43,000원;
"twice as many?" after "how much for 6 notebooks" asks for 12. The quantity is changed
in the step and the step re-run, so a price that is not proportional (a fee on top, a
bulk rate) still comes out as the user would have got it asking afresh.

Only a buying verb reads so ("사면", "주문하면", "buy", "order"): "반만 내면?" pays a
share of the result (``tools.followup_spoken_changes``), "반값이면?" halves the price.
The quantity is the one count of things in the previous step that is no rate's unit
("1kg에", "per kg") and no money; a step with none, or two, is left alone. A count of
whole things (개, 장, tickets) must stay whole: half of 5 tickets is no reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_quantities import QUANTITY, SAME_UNIT
from tools.followup_result_moved import moves_the_result
from tools.korean_numbers import decimal_to_str, normalize_numerals

__all__ = ["quantity_scaled"]

_KO_FACTORS = {"반": "0.5", "절반": "0.5", "두": "2", "2": "2", "세": "3", "3": "3", "네": "4"}
_EN_FACTORS = {"half": "0.5", "twice": "2", "double": "2", "three times": "3", "triple": "3"}
_KO_BUY = r"(?:사면|사서|산다면|주문하면|시키면|구매하면|구입하면|담으면|넣으면)"
_TURN_KO = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?:(?P<half>절반|반)\s*만|(?P<times>두|세|네|2|3)\s*배(?:로|를|만큼)?)"
    rf"\s*{_KO_BUY}\s*(?:얼마(?:야|예요|에요|지)?)?\s*[?？]?\s*$"
)
_TURN_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok(?:ay)?\s*,?\s*)?(?:what\s+(?:if|about)\s+)?"
    r"(?:(?:i|we)\s+(?:only\s+)?(?:buy|get|order|bought|got|ordered)\s+)?"
    r"(?P<en>half|twice|double|three\s+times|triple)\s+(?:as\s+many|as\s+much|that\s+many|that\s+much"
    r"|the\s+amount|the\s+quantity)(?:\s+then)?\s*\??\s*$",
    re.IGNORECASE,
)
# Kinds a quantity bought is not: money, a share, a time or a head count.
_NOT_BOUGHT = frozenset({"krw", "usd", "%", "percent", "퍼센트", "person", "minute"})
_NOT_BOUGHT_UNITS = frozenset(
    {"원", "달러", "엔", "유로", "%", "시간", "분", "초", "일", "주", "달"}
)
_NOT_BOUGHT_UNITS |= {"년", "개월", "살", "도", "배", "박", "won", "dollars", "dollar", "euros"}
# Counted things come whole: half of them must be a whole number.
_WHOLE_THINGS = LazyPattern(
    r"개|장|권|병|캔|판|잔|벌|켤레|마리|그릇|박스|상자|세트|봉지|송이|인분"
    r"|tickets?|box(?:es)?|books?|pizzas?|cups?|bottles?|pages?|pieces?|items?|rooms?",
    re.IGNORECASE,
)
# Right after a rate's quantity: "1kg에", "1kg당", "per kg" names the unit priced.
_RATE_AFTER = LazyPattern(r"\s*(?:에|당|씩|짜리)")
_RATE_BEFORE = LazyPattern(r"(?:\bper|\ba|\bevery|\beach)\s*$", re.IGNORECASE)
# "how much for 6", "6 of them": a count with no word after it, ending the step.
_BARE_COUNT = LazyPattern(r"\bfor\s+(?P<num>\d+)\s*[?.]?\s*$", re.IGNORECASE)


# The step prices by the unit ("1kg에 4,300원", "2,500 won each", "개당", "짜리"): only then
# does the quantity bought multiply the price. "고기 2kg 50,000원" is a total for 2kg:
# halving the 2kg in it would change nothing, a wrong figure.
_PRICED_BY_THE_UNIT = LazyPattern(
    r"\d\s*[a-z가-힣]{0,3}\s*(?:에|당)\s*\d|[가-힣]당\b|당\s*\d|짜리|\beach\b|\bapiece\b"
    r"|\bper\s+[a-z]+|\ba\s+(?:kg|kilo|pound|lb|liter|litre|box|bag|pack)\b",
    re.IGNORECASE,
)
_PEOPLE = LazyPattern(r"\d\s*(?:명|사람)|\bways\b|\bpeople\b|나누|나눠|\bsplit\b", re.IGNORECASE)


def _factor(text: str) -> Decimal | None:
    ko = _TURN_KO.match(normalize_numerals(text))
    if ko is not None:
        return Decimal(_KO_FACTORS[ko["half"] or ko["times"]])
    en = _TURN_EN.match(text)
    if en is not None:
        return Decimal(_EN_FACTORS[" ".join(en["en"].lower().split())])
    return None


def _bought(step: str) -> list[re.Match[str]]:
    """The counts of things bought in a step: no money, no rate's unit, no time."""
    found = []
    for quantity in QUANTITY.finditer(step):
        unit = quantity["unit"].lower()
        if SAME_UNIT.get(unit) in _NOT_BOUGHT or unit in _NOT_BOUGHT_UNITS:
            continue
        if _RATE_AFTER.match(step, quantity.end()) or _RATE_BEFORE.search(step[: quantity.start()]):
            continue
        found.append(quantity)
    return found or list(_BARE_COUNT.finditer(step))


def quantity_scaled(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``반만 사면?``: the previous step's quantity bought, times a half (or two, three).

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with that quantity scaled and a line for the trace, or ``None`` when
        the turn is no such request or the quantity bought is not plain.
    """
    factor = _factor(text)
    if factor is None or not steps:
        return None
    for index in range(len(steps) - 1, -1, -1):
        step = normalize_numerals(steps[index])
        bought = _bought(step)
        if not bought:
            continue
        if not _PRICED_BY_THE_UNIT.search(step) or _PEOPLE.search(step):
            return None  # a total for the quantity, or a share of it: no plain reading
        if len(bought) > 1:
            return None  # two quantities: which one is bought is not plain
        quantity = bought[0]
        old = Decimal(quantity["num"].replace(",", ""))
        new = old * factor
        unit = quantity.groupdict().get("unit") or ""
        whole = not unit or _WHOLE_THINGS.fullmatch(unit) is not None
        if whole and new != new.to_integral_value():
            return None  # half of 5 tickets: no whole count
        start, end = quantity.span("num")
        changed = list(steps)
        changed[index] = step[:start] + decimal_to_str(new) + step[end:]
        if not moves_the_result(steps, changed):
            return None  # the result does not hang on that count: a misreading
        return changed, f"{decimal_to_str(old)}{unit} × {decimal_to_str(factor)}"
    return None
