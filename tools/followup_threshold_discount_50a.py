"""A discount for ordering at least N, told after the total: "20개 이상이면 10% 빼준다네"
after "도시락 하나 8,500원 25개면 총 얼마야".

The first turn counts the things once with 개; when that count reaches the threshold the
discount comes off the total; when it does not, the turn changes nothing this rule can say
and is left to the others (never answered as if the discount applied).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["threshold_discount"]

_SAID = LazyPattern(
    r"(?P<n>\d+)\s*개\s*(?:이상|넘으면|넘게)\S*\s*(?:이면|면)?\s*(?P<p>\d+(?:\.\d+)?)\s*(?:%|프로)\s*"
    r"(?:빼|할인|깎|디씨|DC)"
)
_COUNT = re.compile(r"(?<![\d.,])(?P<c>\d+)\s*개")


def threshold_discount(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The steps with the discount taken off the last total, or ``None``.

    Args:
        text: The follow-up ("20개 이상이면 10% 빼준다네").
        steps: The conversation's steps so far; the first counts the things with 개 once.
    """
    said = _SAID.search(text)
    if said is None or not steps:
        return None
    counts = [m for step in steps for m in _COUNT.finditer(step)]
    if len(counts) != 1 or int(counts[0]["c"]) < int(said["n"]):
        return None
    return [*steps, f"거기서 {said['p']}% 빼면"], f"{said['p']}% off at {said['n']} or more"
