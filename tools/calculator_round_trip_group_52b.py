"""A one-way fare, a group with a percent off, asked for the round trip (set 36).

"KTX 서울 부산 편도 59,800원인데 부모님 두분 경로 30% 할인 받으면 왕복 얼마야" is 59,800 x 0.7
x 2 people x 2 ways = 167,440원. The one-amount rate reading (41,860원) saw neither count, so
tools/calculator_rate_unread_counts.py declined it on purpose.

Read only in Korean with one fare said one way ("편도 59,800원"), one count of people ("두분",
"2명"), one percent off ("30% 할인"), the round trip asked ("왕복 얼마"), and no other figure.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.lazy_regex import LazyPattern

__all__ = ["RoundTripGroup", "round_trip_for_group", "round_trip_group"]

_N = r"\d+(?:\.\d+)?"
_FARE = LazyPattern(rf"편도\s*(?:요금|운임|가격|표)?\s*(?:이|은|는|가)?\s*(?P<f>{_N})\s*원")
_NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5}
_PEOPLE = LazyPattern(
    r"(?<![가-힣\d])(?:(?P<w>한|두|세|네|다섯)|(?P<d>\d+))\s*(?:분|명)(?![가-힣]*원)"
)
_OFF = LazyPattern(rf"(?P<r>{_N})\s*%\s*(?:할인|깎|싸)")
_ROUND_TRIP_ASKED = LazyPattern(r"왕복\s*(?:으로|이면|하면|은|는)?\s*(?:총\s*|다\s*해서\s*)?얼마")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


class RoundTripGroup(NamedTuple):
    """The one-way fare, the people at the discount and the percent off."""

    fare: str
    people: int
    off: str


def round_trip_group(digits: str) -> RoundTripGroup | None:
    """The fare, the people and the percent off of a round trip asked, or ``None``.

    Args:
        digits: The question with numerals as digits.
    """
    fares, people, offs = (list(p.finditer(digits)) for p in (_FARE, _PEOPLE, _OFF))
    if len(fares) != 1 or len(people) != 1 or len(offs) != 1:
        return None
    if not _ROUND_TRIP_ASKED.search(digits):
        return None
    said = people[0]
    count = _NATIVE[said["w"]] if said["w"] else int(said["d"])
    if len(_FIGURE.findall(digits)) != 2 + (said["d"] is not None) or count < 1:
        return None  # a figure more than the fare, the people and the percent
    return RoundTripGroup(fare=fares[0]["f"], people=count, off=offs[0]["r"])


def round_trip_for_group(digits: str) -> str | None:
    """ "59800 * (1 - 30 / 100) * 2 * 2" for the round trip of two at 30% off, or ``None``."""
    read = round_trip_group(digits)
    if read is None:
        return None
    return f"{read.fare} * (1 - {read.off} / 100) * {read.people} * 2"
