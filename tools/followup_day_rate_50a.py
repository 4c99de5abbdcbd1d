"""One named day paid at time and a half (or double time): "sunday's time and a half though"
after "… 18.40 an hour and did 6 hours saturday and 7.5 hours sunday, what did I make".

The first turn must be read by :mod:`tools.calculator_hours_by_day_50a` and name the day
once; that day's hours are paid at the rate times 1.5 (or 2), the other days' as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_hours_by_day_50a import hours_by_day
from tools.followup_rerun import kept_if_read
from tools.korean_numbers import normalize_numerals

__all__ = ["day_paid_at_premium"]

_SAID = LazyPattern(
    r"^\s*(?:oh\s+|and\s+|but\s+)?(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s|s)?\s+"
    r"(?:is\s+|pays\s+|at\s+|was\s+)?(?P<what>time\s+and\s+a\s+half|double\s+time|double)"
    r"(?:\s+though|\s+tho|\s+remember)?\s*[.!?]*\s*$",
    re.I,
)
_FACTORS = {"time and a half": "1.5", "double time": "2", "double": "2"}


def day_paid_at_premium(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first request with that day's hours at the premium rate, or ``None``.

    Args:
        text: The follow-up ("sunday's time and a half though").
        steps: The previous turn's steps (one request of hours by day).
    """
    said = _SAID.match(text)
    if said is None or len(steps) != 1:
        return None
    read = hours_by_day(normalize_numerals(steps[0]))
    if read is None:
        return None
    per_hour, days = read
    day = said["day"].lower()
    if day not in {d for _h, d in days}:
        return None
    factor = _FACTORS[re.sub(r"\s+", " ", said["what"].lower())]
    # The pay as arithmetic, that day's hours at the rate times the factor.
    changed = " + ".join(
        f"{per_hour} * {factor} * {hours}" if named == day else f"{per_hour} * {hours}"
        for hours, named in days
    )
    return kept_if_read(changed, f"{day} at {factor} times the rate")
