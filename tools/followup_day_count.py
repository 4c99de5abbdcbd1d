"""A day count asked again of a step that already counts its days.

"4,500원짜리 커피를 하루 2잔씩 30일 마시면" then "주말 빼고 22일이면?": the step's figure
is for 30 days already, so 22 days replaces the 30 (198,000원). Multiplying it by 22, as
"5일이면?" rightly does after "하루 8시간 일하면" (a figure for one day), gave 5,940,000원
in the seventeenth unseen set's checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["replace_counted_days"]

# "30일", "30 days"; not "1일" (one day, the rate's own) nor a weekday's "일" (월요일).
_DAY_COUNT = LazyPattern(r"(?<![\d.,])(?P<n>\d+)\s*(?:일(?!요일)|days?\b)", re.IGNORECASE)


def replace_counted_days(
    steps: Sequence[str], count: str
) -> tuple[list[str], str] | tuple[()] | None:
    """The steps with the last step's day count made ``count``.

    Returns:
        The changed steps and a line for the trace; ``()`` when the step counts days more
        than once (which count is meant is a guess); ``None`` when it counts none.
    """
    last = steps[-1]
    counted = [m for m in _DAY_COUNT.finditer(last) if m["n"] != "1"]
    if not counted:
        return None
    if len(counted) > 1:
        return ()
    old = counted[0]
    changed = last[: old.start("n")] + count + last[old.end("n") :]
    return [*steps[:-1], changed], f"{old['n']} days → {count} days"
