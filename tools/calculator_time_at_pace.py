"""The time a distance takes at a running pace: "if i run 5:40 per km how long's a 10k".

``tools.calculator_pace`` reads the pace asked of a distance and a time; blind set 37 asked
the other way round, the pace given as a runner says it (5:40 per km: 5 minutes 40 seconds)
and the time of a race asked, which went to the cloud. The time is the pace in minutes
times the distance in the pace's unit: 340 s × 10 = 56 min 40 s; a half marathon is
21.0975 km (13.1 miles), a marathon 42.195 km (26.2 miles). Read only with a pace, a
distance in the same unit (or a named race) and "how long" asked, and no other figure.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from core.lazy_regex import LazyPattern

__all__ = ["RACES", "distance_swapped", "race_time_words", "time_at_pace"]

_PACE = LazyPattern(
    r"(?P<m>\d{1,2}):(?P<s>[0-5]\d)\s*(?:min(?:ute)?s?\s*)?(?:per|a|/|each)\s*"
    r"(?P<u>km|kilomet(?:er|re)|mile|mi)\b",
    re.IGNORECASE,
)
#: Race distances in kilometres and in miles, by name (longest names first).
RACES = {"half marathon": ("21.0975", "13.1"), "marathon": ("42.195", "26.2")}
_DISTANCE = LazyPattern(
    r"(?<![\d.:])(?P<d>\d+(?:\.\d+)?)\s*(?:(?P<k>k)\b|(?P<du>km|kilomet(?:er|re)s?|miles?|mi)\b)"
    r"|\b(?P<race>half[\s-]marathon|marathon)\b",
    re.IGNORECASE,
)
_ASKS_TIME = LazyPattern(
    r"\bhow\s+long\b|\bwhat\s+time\b|\bhow\s+many\s+(?:minutes|hours)\b|\bfinish\s+time\b", re.I
)
_FIGURE = re.compile(r"(?<![\d.:])\d+(?:\.\d+)?(?![\d:])")


def _outside(pace: re.Match[str], found: re.Match[str]) -> bool:
    return not pace.start() <= found.start() < pace.end()


def _distances(question: str, pace: re.Match[str]) -> list[re.Match[str]]:
    """The distances said, the pace's own "per km" left out."""
    return [d for d in _DISTANCE.finditer(question) if _outside(pace, d)]


def _in_km(unit: str) -> bool:
    return unit.lower().startswith("k")


def time_at_pace(question: str) -> str | None:
    """The minutes ``question``'s distance takes at its pace, or None.

    Args:
        question: The question as asked ("if i run 5:40 per km how long's a 10k").
    """
    pace = _PACE.search(question)
    if pace is None or not _ASKS_TIME.search(question):
        return None
    distances = [
        d for d in _DISTANCE.finditer(question) if not (pace.start() <= d.start() < pace.end())
    ]
    if len(distances) != 1:
        return None
    found = distances[0]
    km = _in_km(pace["u"])
    if found["race"]:
        race = RACES["half marathon" if found["race"].lower().startswith("half") else "marathon"]
        distance = race[0] if km else race[1]
        placed: list[tuple[int, int]] = []
    else:
        unit = "km" if found["k"] else found["du"]
        if _in_km(unit) != km:
            return None  # a pace per km and a distance in miles: another conversion
        distance, placed = found["d"], [found.span("d")]
    # The pace's own figures are "5:40", not figures of the sum.
    others = [
        f.span() for f in _FIGURE.finditer(question) if not pace.start() <= f.start() < pace.end()
    ]
    if sorted(others) != placed:
        return None
    return f"({pace['m']} + {pace['s']} / 60) * {distance}"


def race_time_words(minutes: Decimal, question: str) -> str | None:
    """ "56 min 40 s", "1 h 59 min 33 s" for a race time read here; None for other minutes.

    Args:
        minutes: The time the calculator worked out, in minutes.
        question: The question as asked (only a race at a pace is said so).
    """
    if time_at_pace(question) is None:
        return None
    seconds = int((minutes * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    hours, rest = divmod(seconds, 3600)
    mins, secs = divmod(rest, 60)
    clock = f"{hours}:{mins:02d}:{secs:02d}" if hours else f"{mins}:{secs:02d}"
    said = f"{hours} h {mins} min {secs} s" if hours else f"{mins} min {secs} s"
    return f"{said}, {clock}"


def distance_swapped(question: str, distance: str) -> str | None:
    """``question`` with its one distance said as ``distance``, when it is a race at a pace."""
    if time_at_pace(question) is None:
        return None
    pace = _PACE.search(question)
    assert pace is not None
    found = _distances(question, pace)
    changed = f"{question[: found[0].start()]}{distance}{question[found[0].end() :]}"
    return changed if time_at_pace(changed) is not None else None
