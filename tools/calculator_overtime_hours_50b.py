"""Gross pay of regular hours plus overtime hours said as such: "I make 22 an hour, worked 40
hours plus 6 hours overtime at time and a half, what's my gross".

Set 31: the sentence went to the cloud. :mod:`tools.calculator_overtime_en` reads overtime
past a threshold ("time and a half after 40 hrs, worked 46"); here the overtime hours are
counted apart, so the pay is the regular hours at the rate plus the overtime hours at the
rate times the multiple: 40 x 22 + 6 x 22 x 1.5 = 1,078.

Read only when the sentence holds exactly the rate, the regular hours and the overtime
hours (one figure each), and says the multiple in words (time and a half, double time,
time and a quarter).
"""

from __future__ import annotations

import re

__all__ = ["overtime_hours_pay", "with_overtime_hours"]

_NUM = r"\d+(?:\.\d+)?"
_RATE = re.compile(rf"\$?(?P<r>{_NUM})\s*(?:an|a|per|/)\s*(?:hour|hr)\b", re.IGNORECASE)
_HOURS = re.compile(
    rf"\b(?:worked|did|done|put\s+in|work)\s+(?P<b>{_NUM})\s*(?:hours|hrs|h)\b\s*,?\s*"
    rf"(?:plus|and|with|\+)\s+(?P<o>{_NUM})\s*(?:hours|hrs|h)?\s*(?:of\s+)?overtime\b",
    re.IGNORECASE,
)
_MULTIPLE = {"time and a half": "1.5", "double time": "2", "time and a quarter": "1.25"}
_MULTIPLE_SAID = re.compile(
    r"\b(?:at|paid\s+at|is)\s+(?P<m>time\s+and\s+a\s+half|double\s+time|time\s+and\s+a\s+quarter)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(_NUM)


def overtime_hours_pay(digits: str) -> str | None:
    """``rate x regular + rate x multiple x overtime``, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = digits.replace(",", "")
    rates = list(_RATE.finditer(text))
    hours = list(_HOURS.finditer(text))
    multiples = list(_MULTIPLE_SAID.finditer(text))
    if len(rates) != 1 or len(hours) != 1 or len(multiples) != 1:
        return None
    if len(_FIGURE.findall(text)) != 3:
        return None  # a threshold, a second rate, a bonus: figures this reading leaves out
    rate, worked = rates[0]["r"], hours[0]
    multiple = _MULTIPLE[" ".join(multiples[0]["m"].lower().split())]
    return f"{rate} * {worked['b']} + {rate} * {multiple} * {worked['o']}"


def with_overtime_hours(digits: str, hours: str) -> str | None:
    """``digits`` (read by :func:`overtime_hours_pay`) with its overtime hours set to ``hours``."""
    if overtime_hours_pay(digits) is None:
        return None
    worked = _HOURS.search(digits.replace(",", ""))
    if worked is None:
        return None
    text = digits.replace(",", "")
    return f"{text[: worked.start('o')]}{hours}{text[worked.end('o') :]}"
