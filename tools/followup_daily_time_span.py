"""Another span for a daily time: "and over a 30 day month?" after "45 mins … every day … a week".

Blind set 38: the turn was read alone and answered from a policy's "within 30 days"
sentence. After a question :mod:`tools.calculator_daily_time_span` reads, a turn naming
only a new span (a week, a fortnight, a number of days) is that question over the new span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_daily_time_span import daily_time_over_span

__all__ = ["daily_time_over_new_span"]

_NEW_SPAN = re.compile(
    r"^\s*(?:and|so|what\s+about|how\s+about|ok)?\s*(?:over|in|for|across)\s+(?:a|one|the)?\s*"
    r"(?:(?P<n>\d+)[\s-]*days?(?:\s+month)?|(?P<week>week|fortnight))\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def daily_time_over_new_span(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous daily-time step over the turn's span, or ``None``.

    Args:
        text: The follow-up ("and over a 30 day month?").
        steps: The previous turn's step texts.
    """
    said = _NEW_SPAN.match(text)
    if said is None or len(steps) != 1:
        return None
    found = daily_time_over_span(steps[0])
    if found is None:
        return None
    span = f"over {said['n']} days" if said["n"] else f"a {said['week'].lower()}"
    changed = f"{steps[0][: found.span_start]}{span}{steps[0][found.span_end :]}"
    return [changed], f"the same daily time {span}"
