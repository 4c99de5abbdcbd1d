"""An average speed asked of a distance and the time it took, said in Korean chat.

Set 33: "서울에서 대전까지 160km인데 2시간 걸렷으면 평균 시속 몇이야" went to the cloud, while
"160km를 2시간에 가면 시속 몇 km" is read (80 km/h): the form knows a distance run in a time
("…에 가면"), not a distance told first and the time it took after it ("…인데 2시간 걸렸으면",
typed 걸렷 too). English already reads "we drove 225 miles in 3 hours 45 minutes, what was
our average speed".

The reading is the distance over the hours, and only when the sentence holds nothing else
to count: one distance in km, one span (hours, hours and minutes, or minutes) said with a
verb of taking time (걸리다), a speed asked (시속, 평균 속도/속력), and no other figure.
"""

from __future__ import annotations

import re

__all__ = ["average_speed_ko"]

_NUM = r"\d+(?:\.\d+)?"
_DISTANCE = re.compile(rf"(?P<d>{_NUM})\s*(?:km|킬로미터|킬로|키로)(?![a-z])", re.I)
# "2시간", "2시간 30분", "2.5시간", "90분", then a verb of taking time (typed 걸렷 too).
_SPAN_TAKEN = re.compile(
    rf"(?:(?P<h>{_NUM})\s*시간\s*(?:(?P<m>\d+)\s*분\s*)?|(?P<mo>\d+)\s*분\s*)(?:정도\s*|이나\s*|만에\s*)?"
    r"(?:걸렸|걸렷|걸린|걸리|걸려)"
)
_SPEED_ASKED = re.compile(r"시속|평균\s*(?:속도|속력)")
_FIGURE = re.compile(_NUM)


def average_speed_ko(digits: str) -> str | None:
    """``distance / hours`` for "…160km인데 2시간 걸렸으면 평균 시속 몇", or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    if not _SPEED_ASKED.search(digits):
        return None
    distances = list(_DISTANCE.finditer(digits))
    spans = list(_SPAN_TAKEN.finditer(digits))
    if len(distances) != 1 or len(spans) != 1:
        return None
    span = spans[0]
    figures = len(_FIGURE.findall(digits))
    used = 1 + sum(1 for g in ("h", "m", "mo") if span[g] is not None)
    if figures != used:
        return None  # another figure (a stop, a second leg) the distance over time leaves out
    distance = distances[0]["d"]
    if span["mo"] is not None:
        return f"{distance} / ({span['mo']} / 60)"
    if span["m"] is not None:
        return f"{distance} / ({span['h']} + {span['m']} / 60)"
    return f"{distance} / {span['h']}"
