"""A race named instead of a distance after a pace: "so how long would a half marathon take
at that pace" after "ran a 10k in 52 min, whats my pace per km" (set 45).

The same-pace rule (:mod:`tools.followup_pace_distance`) reads one distance written as a
figure ("10k", "5 miles"); a race said by its name carries its distance in words. The name
is written as that distance in the pace's own unit (a half marathon is 21.0975 km or 13.1
miles), so the rule reads it like any figure. Only a text with no figure of its own and
exactly one race named is changed.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_time_at_pace import RACES

__all__ = ["race_named_as_distance"]

_RACE = LazyPattern(r"\b(?:a\s+|the\s+)?(?P<race>half[\s-]marathon|marathon)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d")


def race_named_as_distance(text: str, unit: str) -> str:
    """``text`` with its one race name as a distance in ``unit``'s measure, or unchanged.

    Args:
        text: The follow-up turn.
        unit: The pace's unit ("min/km" or "min/mi").
    """
    races = list(_RACE.finditer(text))
    if len(races) != 1 or _FIGURE.search(text):
        return text
    km, miles = RACES[
        "half marathon" if races[0]["race"].lower().startswith("half") else "marathon"
    ]
    distance = f"{miles} miles" if unit == "min/mi" else f"{km} km"
    return f"{text[: races[0].start()]}{distance}{text[races[0].end() :]}"
