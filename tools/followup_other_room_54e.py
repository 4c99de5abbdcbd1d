"""Another room at the same price per square foot: "other bedroom is 15 by 14" after
"carpet is 3.25 a sq ft and the room is 12 by 14 ft, how much" (set 45) is 15 x 14 x 3.25.

The turn is only a room (a few words naming it, or none) and its two sides; the previous
turn's one step must be read by :func:`tools.calculator_priced_area_54e.priced_area_cost`.
The sides are swapped into that step and it is read again, so the price and its unit stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_priced_area_54e import sides_swapped

__all__ = ["other_room_sides"]

_ROOM = LazyPattern(
    r"^\s*(?:ok\s+|and\s+|oh\s+|so\s+)*(?:what\s+about\s+|how\s+about\s+|and\s+)?"
    r"(?:(?:the|my|our|a|an)\s+)?(?:[a-z]+,?\s+){0,2}?(?:(?:is|are|that'?s|at)\s+)?"
    r"\d+(?:\.\d+)?\s*(?:ft|feet|'|m|meters?|metres?)?\s*(?:by|x|×)\s*\d+(?:\.\d+)?"
    r"\s*(?:ft|feet|'|m|meters?|metres?)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def other_room_sides(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous priced-area step with the turn's sides, or ``None``.

    Args:
        text: The follow-up ("other bedroom is 15 by 14").
        steps: The previous turn's steps.
    """
    if _ROOM.match(text) is None or len(steps) != 1:
        return None
    changed = sides_swapped(steps[0], text)
    return None if changed is None else ([changed], "the same price over the new sides")
