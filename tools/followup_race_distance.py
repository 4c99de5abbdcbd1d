"""Another distance at the same pace: "and a half marathon?" after "5:40 per km … a 10k".

Blind set 37 asked the time of a 10k at a runner's pace (read by
:mod:`tools.calculator_time_at_pace`), then "and a half marathon?", which went to the cloud.
A turn that names only a distance (a race, or a figure in the pace's unit) asks the same
question of it: the distance is swapped in the previous step and the step re-run. Any other
turn, or a previous step that is no race at a pace, is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_time_at_pace import distance_swapped

__all__ = ["race_distance_changed"]

_ANOTHER_DISTANCE = re.compile(
    r"^\s*(?:and|what\s+about|how\s+about|ok\s+and)?\s*(?:for\s+)?(?:a|the)?\s*"
    r"(?P<d>half[\s-]marathon|marathon|\d+(?:\.\d+)?\s*(?:k|km|kilomet(?:er|re)s?|miles?|mi))"
    r"\s*(?:then)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def race_distance_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous race-at-a-pace step with the turn's distance, or ``None``.

    Args:
        text: The follow-up ("and a half marathon?").
        steps: The previous turn's step texts.
    """
    said = _ANOTHER_DISTANCE.match(text)
    if said is None or len(steps) != 1:
        return None
    changed = distance_swapped(steps[0], said["d"])
    if changed is None:
        return None
    return [changed], f"the same pace over {said['d']}"
