"""An hourly rate over a span on the clock, some days a week, asked by the week (set 36).

"childminder is 6.75 an hour and has my son from 8 till 5:30, 3 days a week. how much a
week?" is 6.75 x 9.5 hours x 3 days = 192.375. :func:`tools.calculator_rate_over_clock_span.
rate_over_clock_span` reads a rate over one clock span and declines any count besides it, so
the days a week left the turn unread. Here the days a week are taken out, the rest is read
by that reader (the rate and the span, nothing else), and its sum is times the days.

Read only with one "N days a week" ("주 3일", "일주일에 3번"), a week's amount asked ("a
week", "per week", "weekly", "일주일에 얼마", "주급"), and nothing else the rate reader does
not read.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_rate_over_clock_span import rate_over_clock_span

__all__ = ["clock_span_days_a_week"]

_DAYS_A_WEEK = LazyPattern(
    r"(?P<n>(?<![\d.])\d)\s+days?\s+(?:a|per|each|every)\s+week\b"
    r"|(?:주|일주일에|1주일에|한\s*주에)\s*(?P<k>(?<![\d.])\d)\s*(?:일|번|회)(?:씩)?",
    re.IGNORECASE,
)
_WEEK_ASKED = LazyPattern(
    r"\b(?:a|per|each|every)\s+week\b|\bweekly\b|일주일에\s*(?:총\s*)?얼마|한\s*주에\s*(?:총\s*)?얼마|주급",
    re.IGNORECASE,
)


def clock_span_days_a_week(digits: str) -> str | None:
    """ "6.75 * 570 / 60 * 3" for a rate over a clock span 3 days a week, or ``None``.

    Args:
        digits: The question with numerals as digits.
    """
    days = list(_DAYS_A_WEEK.finditer(digits))
    if len(days) != 1:
        return None
    said = days[0]
    rest = digits[: said.start()] + " " + digits[said.end() :]
    if not _WEEK_ASKED.search(rest):
        return None
    count = int(said["n"] or said["k"])
    if not 1 < count <= 7:
        return None
    # The asked "a week" is no figure; the rate reader sees the rate and the span alone.
    day = rate_over_clock_span(rest)
    return None if day is None else f"{day} * {count}"
