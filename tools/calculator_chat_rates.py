"""A rate stated first, then the question about it, in the words people type in chat.

Found on the fourteenth unseen set, where each of these went to a model (and a follow-up
changing one figure then had no deterministic steps to re-run). Each form matches a whole
normalised request (numerals as digits, currency and speed units removed) and gives an
expression over its two figures; a figure the form does not place makes it no match:

- an hourly charge, then "how much for N hours" ("i charge 60000 an hour, how much for
  2.5 hours");
- a speed, then "how far do i get in N hours" ("driving at 80 km/h, how far …"): a
  distance, in the speed's length unit;
- a total and the people sharing it, then what each pays ("rent is 1150000 and there are
  3 of us, how much does each pay");
- a one-way fare, then the round trip ("택시비 편도 13400원인데 왕복이면 얼마"): twice it.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_forms import OPERAND_A as _A
from tools.calculator_forms import OPERAND_B as _B

__all__ = ["chat_rate_expression"]

_PERSON = r"(?:i|we|she|he|they)"
_HOURS = r"(?:hours?|hrs?|h)"
_HOURLY_THEN_HOW_MUCH_FOR = LazyPattern(
    rf"^{_PERSON}\s+(?:charges?|bills?|earns?|makes?|gets?)\s+{_A}\s+(?:an|a|per)\s+(?:hour|hr)"
    r"\s*[,.]?\s*(?:so\s+)?how\s+much\s+(?:is\s+(?:it|that)\s+|would\s+(?:it|that)\s+be\s+"
    rf"|do\s+i\s+(?:get|make)\s+)?for\s+{_B}\s+{_HOURS}\s*[?.]?\s*$",
    re.IGNORECASE,
)
_SPEED_THEN_HOW_FAR = LazyPattern(
    r"^(?:(?:driving|going|riding|cycling|travell?ing|running|walking|flying)\s+)?(?:at\s+)?"
    rf"{_A}\s*,?\s*how\s+far\s+(?:do|can|will|would|did|could)\s+(?:i|we|you|it)\s+"
    rf"(?:get|go|drive|travel|ride|cover|run|walk|fly)\s+in\s+{_B}\s+{_HOURS}\s*[?.]?\s*$",
    re.IGNORECASE,
)
# The distance unit of a speed unit ``tools.units`` reported.
_DISTANCE_OF_SPEED = {"km/h": "km", "mph": "mi"}
_SHARERS_THEN_EACH = LazyPattern(
    rf"^(?:[a-z]+\s+){{1,4}}(?:is|costs?|comes\s+to|came\s+to)\s+{_A}\s*,?\s*(?:and\s+)?"
    rf"(?:there\s+are|there're|we\s+are|we're)\s+{_B}\s+(?:of\s+us|people|roommates|flatmates"
    r"|friends|housemates)\s*,?\s*how\s+much\s+(?:does|do|should|would|will)\s+each"
    r"(?:\s+(?:one|person|of\s+us))?\s+(?:pay|owe|chip\s+in|put\s+in)\s*[?.]?\s*$",
    re.IGNORECASE,
)
_ONE_WAY_THEN_ROUND_TRIP = LazyPattern(
    rf"^(?:[가-힣A-Za-z]{{1,8}}\s*)?편도\s*(?:요금\s*)?(?:이|은|는|가)?\s*{_A}\s*(?:인데|이고|이면|이니까)?\s*,?\s*"
    r"왕복(?:이면|은|으로는|으로|하면)?\s*$"
)


def chat_rate_expression(text: str, asked: str, unit: str | None) -> tuple[str, str | None] | None:
    """The expression and unit for ``text`` when a form above reads it, else None.

    Args:
        text: The normalised request.
        asked: The request as the user wrote it.
        unit: The unit the request's figures were written in (``"원"``, ``"km/h"``…).
    """
    hourly = _HOURLY_THEN_HOW_MUCH_FOR.match(text)
    if hourly is not None and unit not in _DISTANCE_OF_SPEED:
        return f"{hourly['a']} * {hourly['b']}", unit
    speed = _SPEED_THEN_HOW_FAR.match(text)
    if speed is not None and unit in _DISTANCE_OF_SPEED:
        return f"{speed['a']} * {speed['b']}", _DISTANCE_OF_SPEED[unit]
    shared = _SHARERS_THEN_EACH.match(text)
    if shared is not None:
        return f"{shared['a']} / {shared['b']}", unit
    trip = _ONE_WAY_THEN_ROUND_TRIP.match(text)
    if trip is not None:
        return f"{trip['a']} * 2", unit
    return None
