"""A follow-up's new serving count replaces the servings asked, never the servings a recipe is for.

Blind set 48 (turns48): after "팬케이크 4인분 반죽에 밀가루 240그램이면 6인분은 몇그램" (360 g),
"3인분만 하면" replaced the first 인분 of the step, the 4 servings the 240 g are for, and
answered 480 g (240 / 3 × 6) instead of 180 g; set 47's stew gave 333.33 g the same way. In a
question scaling an amount from one serving count to another, the first count is what the
amount is for (a condition of the sum, as "5개에 만원" is) and the last is the count asked;
a new count said alone ("3인분은?", "3인분만 하면") is the count asked. It replaces the first
only when the turn says it is the base ("4인분 기준", "레시피가 3인분이면").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.followup_candidates_61r import candidate_filter

__all__ = ["servings_asked_not_base"]

_SERVINGS_UNIT = re.compile(r"^\s*인분")
_BASE_SAID = re.compile(r"기준|레시피|원래|recipe", re.IGNORECASE)


def _is_servings(step: str, quantity: re.Match[str]) -> bool:
    return _SERVINGS_UNIT.match(step, quantity.end("num")) is not None or "인분" in quantity.group(
        0
    )


@candidate_filter
def servings_asked_not_base(
    step: str, candidates: Sequence[re.Match[str]], text: str
) -> list[re.Match[str]] | None:
    """The candidates of ``step`` less a base serving count a later one is scaled to: the
    first of two or more serving counts, unless the turn names the base."""
    servings = [q for q in candidates if _is_servings(step, q)]
    if len(servings) < 2 or _BASE_SAID.search(text):
        return None
    return [q for q in candidates if q is not servings[0]]
