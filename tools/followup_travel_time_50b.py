"""A new travel time after an average speed: "올때는 2시간 30분 걸렸어 그럼?", "the way back
took 4.5 hours".

Set 33: after "… 160km인데 2시간 걸렸으면 평균 시속" (80 km/h) and "we drove 225 miles in 3 hours
45 minutes, what was our average speed" (60 mph), a turn telling the time another leg took
went to the cloud. The distance is the same and the time is the new one: the previous
step with its one span replaced by the span said, as a whole. (Swapping one figure of a
compound span is wrong: "4.5 hours" put in place of the "3 hours" of "3 hours 45 minutes"
would keep the 45 minutes, 225 / 5.25 = 42.86 mph.)

Only when the previous steps hold exactly one span, in the one step that asks a speed, and
the turn says one span with a verb of taking time and no other figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.followup_rerun import spliced, with_step

__all__ = ["travel_time_changed"]

_NUM = r"\d+(?:\.\d+)?"
_SPAN_KO = rf"(?:{_NUM}\s*시간(?:\s*\d+\s*분)?|\d+\s*분)"
_SPAN_EN = (
    rf"(?:{_NUM}\s*(?:hours?|hrs?)(?:\s*(?:and\s+)?\d+\s*(?:minutes?|mins?))?"
    rf"|\d+\s*(?:minutes?|mins?))\b"
)
_SPAN = re.compile(rf"{_SPAN_KO}|{_SPAN_EN}", re.IGNORECASE)
_TAKEN = re.compile(r"걸렸|걸렷|걸린|걸리|걸려|\btook\b|\btakes?\b|\btaking\b", re.IGNORECASE)
_SPEED_ASKED = re.compile(r"시속|속도|속력|\bspeed\b|\bmph\b|km/h", re.IGNORECASE)
_FIGURE = re.compile(_NUM)


def _is_korean(text: str) -> bool:
    return re.search(r"[가-힣]", text) is not None


def travel_time_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The speed step with its time span replaced by the one this turn says, or ``None``.

    Args:
        text: The follow-up ("the way back took 4.5 hours").
        steps: The previous turn's steps.
    """
    said = list(_SPAN.finditer(text))
    if len(said) != 1 or not _TAKEN.search(text):
        return None
    if len(_FIGURE.findall(text)) != len(_FIGURE.findall(said[0].group(0))):
        return None  # another figure beside the span (a new distance, a stop): not this change
    spanned = [i for i, step in enumerate(steps) if _SPAN.search(step)]
    if len(spanned) != 1:
        return None
    index = spanned[0]
    step = steps[index]
    spans = list(_SPAN.finditer(step))
    if len(spans) != 1 or not _SPEED_ASKED.search(step):
        return None
    new_span = said[0].group(0)
    if _is_korean(new_span) != _is_korean(spans[0].group(0)):
        return None  # the span said in the other language's units: not placed by this rule
    old = spans[0]
    changed = spliced(step, [(old.span(), new_span)])
    return with_step(steps, index, changed), f"the time taken as {new_span}"
