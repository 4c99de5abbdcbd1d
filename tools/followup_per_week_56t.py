"""A count of days said per week ("주5일") is how often, never the span a week count replaces.

Blind set 48 (turns48): after "시급 10030 하루6시간 주5일 뛰면 일주일에 얼마" (300,900원),
"4주 꽉 채우면" was read by :func:`tools.followup_weeks_as_days.weeks_as_days` as the
request's count of days said in weeks: the 5 of "주5일" became 28 ("주28일") and the answer
was 1,685,040원, four weeks of every day at six hours. The 5 days are days *a week*; four
weeks of them is the week's pay four times (1,203,600원), which the readings after this
one give. A day count said per week ("주5일", "주 3일", "일주일에 4일", "5 days a week",
"3 days per week") is not a count of days to turn into weeks.
"""

from __future__ import annotations

import re

__all__ = ["said_per_week"]

_WEEK_BEFORE = re.compile(r"(?:(?<![가-힣])주|일주일에|한\s*주에|매주)\s*$")
_WEEK_AFTER = re.compile(
    r"\s*(?:days?|일)\s*(?:a|an|per|each|every|/)\s*(?:week|wk)\b|\s*(?:days?)\s*weekly\b",
    re.IGNORECASE,
)


def said_per_week(step: str, count: re.Match[str]) -> bool:
    """Whether ``count`` (a match of a day count in ``step``, group ``n``) is per week."""
    return (
        _WEEK_BEFORE.search(step[: count.start("n")]) is not None
        or _WEEK_AFTER.match(step, count.end("n")) is not None
    )
