"""A time-priced charge with a cap a day: "주차 30분에 1500원이고 하루 최대 2만원이면 3시간".

Set 33: the sentence went to the cloud, though without its cap ("주차 30분에 1500원이면 3시간
대면 얼마") it is read (9,000원). A cap a day is an upper bound, not a figure of the sum: the
charge is the reading of the rest of the sentence, or the cap when that reading is higher
(10시간 = 20 half-hours = 30,000원, capped at 20,000원).

Read only when the cap is said as the most a day (하루 최대, 일 최대, "max 20 a day", "capped at
20 a day"), the rest of the sentence is read by the calculator, and the time asked fits in
one day: a longer stay would owe the cap for each day begun, which this reading does not
count, so it declines.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.errors import ToolInputError

__all__ = ["capped_a_day"]

_NUM = r"\d+(?:\.\d+)?"
_CAP_KO = re.compile(
    rf"\s*,?\s*(?:하루|1일|일)\s*(?:최대|상한|맥스)\s*(?P<cap>{_NUM})\s*원\s*(?:이고|이면|인데|이래|이라|까지고|까지)?\s*,?"
)
_CAP_EN = re.compile(
    rf"\s*,?\s*(?:(?:and\s+)?(?:max(?:imum)?|capped\s+at|at\s+most|up\s+to)\s+\$?(?P<cap>{_NUM})"
    r"\s*(?:a|per)\s+day)\s*,?",
    re.IGNORECASE,
)
_HOURS = re.compile(rf"(?P<n>{_NUM})\s*(?:시간|(?:hours?|hrs?)\b)", re.IGNORECASE)
_DAY_WORDS = re.compile(r"\d+\s*(?:일|박|days?|nights?)\b|이틀|사흘", re.IGNORECASE)


def capped_a_day(digits: str) -> str | None:
    """``min(the rest of the sentence's arithmetic, the cap)``, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    caps = list(_CAP_KO.finditer(digits)) + list(_CAP_EN.finditer(digits))
    if len(caps) != 1:
        return None
    cap = caps[0]
    rest = f"{digits[: cap.start()]} {digits[cap.end() :]}".strip()
    if _DAY_WORDS.search(rest):
        return None  # days counted: the cap would be owed for each, not once
    hours = [Decimal(m["n"]) for m in _HOURS.finditer(rest)]
    if not hours or max(hours) > 24:
        return None
    # Imported here: the calculator imports this module's table.
    from tools.calculator import calculate

    try:
        uncapped = calculate(rest)
    except ToolInputError:
        return None
    return f"min({uncapped.expression}, {cap['cap']})"
