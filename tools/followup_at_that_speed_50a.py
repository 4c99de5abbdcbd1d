"""A distance at the speed just worked out: "at that speed how long would 60 km take" after
"I biked 42 km in 1 hour 45 minutes, what was my average speed" (24 km/h): 2.5 hours.

The previous result must be a speed in km/h or mph; the turn points at it ("at that speed",
"at that pace", "at the same speed"), asks how long, and says one distance in the same
unit. The new step asks the time for that distance at the speed found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain

__all__ = ["distance_at_that_speed"]

_SAID = LazyPattern(
    r"\bat\s+(?:that|this|the\s+same)\s+(?:speed|pace|rate)\b.*\bhow\s+long\b"
    r"|\bhow\s+long\b.*\bat\s+(?:that|this|the\s+same)\s+(?:speed|pace|rate)\b",
    re.I,
)
_DISTANCE = LazyPattern(
    r"(?<![\d.])(?P<d>\d+(?:\.\d+)?)\s*(?P<u>km|kilomet(?:er|re)s|miles?|mi)\b", re.I
)
_UNITS = {"km/h": "km", "mph": "mile"}


def distance_at_that_speed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """A step asking the time for the turn's distance at the previous speed, or ``None``.

    Args:
        text: The follow-up ("at that speed how long would 60 km take").
        steps: The conversation's steps so far; the last result is a speed.
    """
    if not _SAID.search(text) or not steps:
        return None
    distances = list(_DISTANCE.finditer(text))
    if len(distances) != 1 or len(re.findall(r"\d+(?:\.\d+)?", text)) != 1:
        return None
    previous = run_chain(steps)
    if previous is None or not isinstance(previous.value, float) or previous.unit not in _UNITS:
        return None
    unit = _UNITS[previous.unit]
    said = distances[0]["u"].lower()
    if ("km" if said.startswith("k") else "mile") != unit:
        return None  # another unit: not converted here
    speed = f"{previous.value:g}"
    name = "km" if unit == "km" else "miles"
    step = f"how long to ride {distances[0]['d']} {name} at {speed} {previous.unit}"
    if run_chain([step]) is None:
        return None
    return [step], f"{distances[0]['d']} {name} at {speed} {previous.unit}"
