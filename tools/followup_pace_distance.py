"""The time a new distance takes at the pace the previous turn worked out.

"I ran 5 km in 27 minutes 30 seconds, what's my pace per km" then "and if I do 10k at
that pace how long": the same pace over 10 km, 55 minutes. The turn keeps the previous
result (the pace), so the rule that declines "at that pace" turns
(tools.followup_held_result) is right to refuse swapping a figure; here the time is the
run's time scaled by the distances, which needs the pace's own distance and time.

Only a turn that names the pace as the previous one ("at that pace", "at the same
pace"), one distance in the pace's unit (km or miles; "10k" is 10 km) and asks for a
time; anything else is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_pace import pace_expression
from tools.calculator_unread_cues_51w import race_k_as_km
from tools.followup_race_named_54e import race_named_as_distance
from tools.korean_numbers import normalize_numerals

__all__ = ["same_pace_over_distance"]

_N = r"\d+(?:\.\d+)?"
_FIGURE = LazyPattern(r"\d[\d,]*(?:\.\d+)?")
_SAME_PACE = LazyPattern(r"\bat\s+(?:that|the\s+same|this|my)\s+pace\b", re.IGNORECASE)
_ASKS_TIME = LazyPattern(
    r"\bhow\s+long\b|\bhow\s+much\s+time\b|\bwhat(?:'s|\s+is|\s+would\s+be)\s+(?:my|the)\s+"
    r"(?:time|finish(?:ing)?\s+time)\b|\bwhat\s+time\s+would\s+i\s+(?:get|finish|run)",
    re.IGNORECASE,
)
_DISTANCE = LazyPattern(
    rf"(?<![\d.])(?P<d>{_N})\s*(?P<u>k(?!g)|km|kilomet(?:er|re)s?|mi|miles?)\b", re.IGNORECASE
)
# The pace's reading: "(0 * 60 + 27 + 30 / 60) / 5", the run's minutes over its distance.
_PACE_PARTS = LazyPattern(rf"^(?P<time>\(.*\))\s*/\s*(?P<d>{_N})$")
_TIME_PARTS = LazyPattern(
    rf"^\((?P<h>{_N})\s*\*\s*60\s*\+\s*(?P<m>{_N})(?:\s*\+\s*(?P<s>{_N})\s*/\s*60)?\)$"
)


def _minutes(time: str) -> str | None:
    parts = _TIME_PARTS.match(time)
    if parts is None:
        return None
    seconds = float(parts["s"] or 0) / 60
    total = float(parts["h"]) * 60 + float(parts["m"]) + seconds
    shown = f"{total:.4f}".rstrip("0").rstrip(".")
    return shown if abs(float(shown) - total) < 1e-9 else None


def same_pace_over_distance(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "and if I do 10k at that pace how long": the run's time scaled to that distance.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        One step the calculator reads ("27.5 min / 5 * 10") and what changed, or None.
    """
    if not steps or not _SAME_PACE.search(text) or not _ASKS_TIME.search(text):
        return None
    # (A "10k" run is 10 km, as the calculator read the pace, never 10000: set 45.)
    pace = pace_expression(normalize_numerals(race_k_as_km(steps[-1])))
    if pace is None:
        return None
    expression, unit = pace
    text = race_named_as_distance(text, unit)  # "a half marathon": 21.0975 km (set 45)
    distances = list(_DISTANCE.finditer(text))
    if len(distances) != 1 or len(_FIGURE.findall(text)) != 1:
        return None
    asked_in_miles = distances[0]["u"].lower().startswith("mi")
    if asked_in_miles != (unit == "min/mi"):
        return None  # a pace per km for a distance in miles: not this rule's conversion
    parts = _PACE_PARTS.match(expression)
    minutes = _minutes(parts["time"]) if parts else None
    if parts is None or minutes is None or float(parts["d"]) == 0:
        return None
    distance = distances[0]["d"]
    step = f"{minutes} min / {parts['d']} * {distance}"
    return [step], f"{minutes} min over {parts['d']} → {distance}"
