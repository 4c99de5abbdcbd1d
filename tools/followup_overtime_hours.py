"""Other hours worked in a week with overtime: "and if id done 50 hours".

After "i get 18.50 an hour, overtime is time and a half after 40 hrs, worked 46 this week"
(read by :mod:`tools.calculator_overtime_en`), blind set 37's "and if id done 50 hours" names
the hours worked by another verb ("done" for "worked") and in chat spelling ("id"), so the
verb rule could not place it. A turn saying only a number of hours is the week's hours anew;
the first turn is re-run with them, the rate and the threshold kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_overtime_en import with_hours_worked
from tools.korean_numbers import normalize_numerals

__all__ = ["overtime_hours_changed"]

_HOURS = re.compile(
    r"^\s*(?:and|so|ok|what)?\s*(?:what\s+)?(?:if|about|say)?\s*"
    r"(?:(?:i'?d|id|i\s+had|i\s+have|i|we'?d|we)\s+)?(?:done|worked|did|do|work|put\s+in|pulled)?\s*"
    r"(?P<h>\d+(?:\.\d+)?)\s*(?:hours|hrs|h)\b(?:\s+(?:this|that|a|the)\s+week)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def overtime_hours_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The overtime step with the turn's hours worked, or ``None``.

    Args:
        text: The follow-up ("and if id done 50 hours").
        steps: The previous turn's step texts.
    """
    said = _HOURS.match(text)
    if said is None or len(steps) != 1:
        return None
    changed = with_hours_worked(normalize_numerals(steps[0]), said["h"])
    if changed is None:
        return None
    return [changed], f"{said['h']} hours worked"
