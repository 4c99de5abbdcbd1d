"""A follow-up that prices the previous result at so much per unit of it.

After "1.8kW를 하루 8시간씩 30일 틀면 몇 kWh야" (432 kWh), the turn "kWh당 120원이면
전기요금 얼마" asks the cost of those 432 kWh at 120 won each; after "5 kg of flour a
week for 4 weeks, how many kg?", "at $3 per kg, what does it cost?" does the same. The
rule: the follow-up names a price per one unit, and the previous turn's result is a
measure in that very unit (read from its expression, not guessed); the answer is the
previous expression times the price, in the price's currency. A price per a unit the
previous result is not in ("리터당" after kWh) is no edit: the turn goes on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.units import unit_symbol

__all__ = ["price_per_unit_of_result"]

_PRICE = r"(?P<sign>\$)?(?P<price>\d[\d,]*(?:\.\d+)?)\s*(?P<cur>원|won\b|달러|dollars?\b)?"
# "kWh당 120원이면 전기요금 얼마", "1리터에 1,700원이면?", "kg당 8000원으로 치면 얼마야"
_PER_UNIT_KO = LazyPattern(
    r"^\s*(?:그럼|그러면|그리고)?\s*(?:1\s*)?(?P<unit>[A-Za-z가-힣²]{1,4})\s*(?:당|에)\s*"
    + _PRICE
    + r"\s*(?:이면|이라면|일\s*때|으로\s*(?:치면|계산하면)?|씩\s*(?:이면|치면))\s*"
    r"(?:[가-힣]{1,6}(?:은|는|이|가)?\s*)?(?:얼마|몇\s*원)?[가-힣]{0,4}\s*[?？]*\s*$",
    re.IGNORECASE,
)
# "at 120 won per kWh, how much?", "if it's $0.15 a kWh what's the bill"
_PER_UNIT_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+)?(?:at|if\s+(?:it(?:'s|\s+is)|they(?:'re|\s+are)|that(?:'s|\s+is))|"
    r"with)\s+" + _PRICE + r"\s*(?:per|a|an|each|/)\s*(?P<unit>[A-Za-z²]{1,5})\b[^\d]*$",
    re.IGNORECASE,
)


def _same_unit(named: str, result_unit: str) -> bool:
    """Whether the unit the price is per is the unit of the previous result."""
    symbol = unit_symbol(named) or named
    return symbol.lower() == result_unit.lower()


def price_per_unit_of_result(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous result priced at the follow-up's price per unit of it.

    Args:
        text: The follow-up ("kWh당 120원이면 전기요금 얼마", "at $3 per kg?").
        steps: The previous turn's step texts.

    Returns:
        The changed steps and one line for the trace, or ``None``.
    """
    asked = _PER_UNIT_KO.match(text) or _PER_UNIT_EN.match(text)
    if asked is None or not steps:
        return None
    # Imported here: the calculator's tables load only when a follow-up may need them.
    from tools.calculator import to_expression

    try:
        expression, unit = to_expression(steps[-1])
    except ToolInputError:
        return None  # the step before is no arithmetic the calculator reads
    if unit is None or not _same_unit(asked["unit"], unit):
        return None
    price = asked["price"].replace(",", "")
    currency = (asked["cur"] or "").lower()
    if asked["sign"] or currency.startswith(("달러", "dollar")):
        priced = f"({expression}) * ${price}"
    elif currency in ("원", "won"):
        priced = f"({expression}) * {price}원"
    else:
        return None  # a price with no currency may be no price at all
    return [*steps[:-1], priced], f"({expression}) {unit} at {price} a {unit}"
