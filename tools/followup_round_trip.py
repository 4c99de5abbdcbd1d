""" "왕복이면?", "and the round trip", "and back again?": the previous trip's cost, times two.

After "연비 12km/L 차로 360km 가는데 기름값 리터당 1650원이면 얼마 들어" (49,500원) or a fuel cost
by l/100km, "왕복이면?" / "and the round trip" asks the same trip both ways (blind set 34
sent both to the cloud). Read only when an earlier step prices a trip (a distance, a fare,
fuel or a toll) and none already said which way it went (편도/왕복, one way/round trip:
then the new figure is not simply double).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_both_ways_56t import said_both_ways
from tools.trip_ways import WAY_SAID

__all__ = ["round_trip_of_previous"]

_ROUND_TRIP = LazyPattern(
    r"^\s*(?:그럼|그러면|아|근데)?\s*왕복(?:으로)?\s*(?:이면|하면|은|는|가면|으로\s*하면)?\s*"
    r"(?:얼마\S*)?\s*[?？]*\s*$"
    r"|^\s*(?:and|so|what\s+about|how\s+about)?\s*(?:for\s+)?(?:the\s+|a\s+)?"
    r"(?:round\s*trip|return\s+trip|there\s+and\s+back)\s*[?？]*\s*$"
    # "and back again?" (set 35: answered from the expense policy's mileage sentence).
    r"|^\s*(?:and|so|what\s+about|how\s+about)?\s*(?:going\s+|driving\s+|coming\s+)?"
    r"back\s+again\s*(?:too)?\s*[?？]*\s*$",
    re.IGNORECASE,
)
_TRIP = LazyPattern(
    r"\d\s*(?:km|킬로|miles?|mi)\b|기름|주유|연비|톨비|통행료|택시|요금|\bfuel\b|\bgas\b|\bpetrol\b"
    r"|\btoll\b|\bfare\b|\bmpg\b",
    re.IGNORECASE,
)
_WAY_SAID = LazyPattern(WAY_SAID, re.I)


def round_trip_of_previous(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous trip's steps and one doubling them, or ``None``.

    Args:
        text: The follow-up ("왕복이면?", "and the round trip").
        steps: The conversation's steps so far.
    """
    if (_ROUND_TRIP.match(text) is None and not said_both_ways(text)) or not steps:  # set 48
        return None
    if not any(_TRIP.search(s) for s in steps) or any(_WAY_SAID.search(s) for s in steps):
        return None
    return [*steps, "그걸 2배 하면"], "there and back (× 2)"
