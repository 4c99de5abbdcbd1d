"""A new amount after a change from one amount to another, placed where the direction said
still holds (set 34).

"3680만원이었으면?" after "연봉 3200만원에서 3500만원으로 올랐으면 몇 퍼 오른거야": the
amount could stand for either end, but as the starting 3200만원 it would make the raise a
cut, so it is the new salary (15%). When both ends would keep the direction said (3300만원
after the same turn), which one changed is unsaid and the turn is left to the other rules,
which decline it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_reading_51a import Change, plain
from tools.followup_rerun import kept_if_read, spliced

__all__ = ["amount_where_direction_holds"]

_FROM_TO = LazyPattern(
    r"(?P<a>\d+)\s*원?\s*에서\s*(?P<b>\d+)\s*원?\s*(?:으로|로)\s*"
    r"(?:(?P<up>올랐|오르|올라|인상|늘었|늘어|뛰었)|(?P<down>내렸|내려|떨어|줄었|줄어|깎였|깎이|삭감|인하))"
)
_AMOUNT_ONLY = LazyPattern(
    r"^(?:그럼\s*|만약\s*|아\s*)?(?P<v>\d+)\s*원?\s*"
    r"(?:이었으면|였으면|이었다면|였다면|이면|면|이라면|라면)\s*[?？]?\s*$"
)


def amount_where_direction_holds(text: str, steps: Sequence[str]) -> Change | None:
    """The one end of the change the new amount can be without turning its direction."""
    told = _AMOUNT_ONLY.match(plain(text).strip())
    if told is None or len(steps) != 1:
        return None
    step = plain(steps[0])
    change = _FROM_TO.search(step)
    if change is None or len(re.findall(r"(?<![\d.])\d+", step)) != 2:
        return None
    a, b, v = int(change["a"]), int(change["b"]), int(told["v"])
    rose = change["up"] is not None

    def holds(start: int, end: int) -> bool:
        return end > start if rose else end < start

    ends = [name for name, (s, e) in (("a", (v, b)), ("b", (a, v))) if holds(s, e)]
    if len(ends) != 1:
        return None  # either end could be meant (or neither keeps the direction said)
    end = ends[0]
    note = "the new amount" if end == "b" else "the starting amount"
    return kept_if_read(spliced(step, [(change.span(end), told["v"])]), note)
