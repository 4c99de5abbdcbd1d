"""Korean chat follow-ups that name another target: a date to count to, a distance to drive.

"6월 3일 모평은?" after "오늘 … 11월 18일 수능까지 며칠 남았어?" counts to the new date;
"광주는 300km래" after "부산까지 400km 시속 100km로 달리면 몇 시간" drives the new
distance. The turn is only the new figure with what it is the figure of; it stands only
where the previous request has exactly one figure of that role (the one date counted
to, the one distance not a speed). Anything else: ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain
from tools.followup_korean_chat_counts import chat_words
from tools.followup_slots_korean_words import Changed

__all__ = ["CHAT_TARGET_RULES"]

_NUM = r"\d+(?:\.\d+)?"
# "6월 3일 모평은?", "5월 20일 중간고사는?", "12월 24일은?": a date and what falls on it.
_DATE_TOLD = LazyPattern(
    r"^(?:(?P<y>\d{4})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일\s*"
    r"(?:(?P<noun>[가-힣]{1,8}?)\s*)?(?:은|는|까지는|까지|이면|면)\s*(?:며칠[가-힣]*)?\s*[?？.!~]*$"
)
# The date a request counts to: a month and day, what falls on it, then 까지.
_DATE_COUNTED_TO = re.compile(
    r"(?:(?P<y>\d{4})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일\s*(?:[가-힣]{1,8}?\s*)?까지"
)
_ASKS_DAYS = re.compile(r"며칠|몇\s*일|D\s*-?\s*day|디데이", re.IGNORECASE)


def date_counted_to(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "6월 3일 모평은?" after "… 11월 18일 수능까지 며칠 남았어?": days to June 3."""
    said = _DATE_TOLD.match(chat_words(text))
    if said is None or len(steps) != 1 or not _ASKS_DAYS.search(steps[0]):
        return None
    if not said["noun"] or said["noun"] in ("오늘", "내일", "어제"):
        return None  # "5월 3일은?": today moved or the date counted to, unsaid
    targets = list(_DATE_COUNTED_TO.finditer(steps[0]))
    if len(targets) != 1:
        return None  # no date counted to, or two: which one the new date stands for is unsaid
    slot = targets[0]
    year = said["y"] or slot["y"]
    new_text = f"{year + '년 ' if year else ''}{int(said['m'])}월 {int(said['d'])}일"
    new_text += f" {said['noun']}까지" if said["noun"] else "까지"
    step = steps[0]
    new = [f"{step[: slot.start()]}{new_text}{step[slot.end() :]}"]
    if new == list(steps) or run_chain(new, now) is None:
        return None
    return new, f"counted to {new_text}"


# "광주는 300km래", "대구까지는 250km면?": another place, its distance.
_DISTANCE_TOLD = LazyPattern(
    rf"^(?:[가-힣]{{1,8}}?\s*(?:은|는|까지는|까지|도)\s*)?(?P<km>{_NUM})\s*(?:km|킬로미터|킬로)\s*"
    r"(?:래|이래|라는데|이라는데|라던데|야|이야|면|이면|인데|정도래|쯤이래)?\s*(?:그럼\s*)?"
    r"(?:몇\s*시간[가-힣]*|얼마나\s*걸려[가-힣]*)?\s*[?？.!~]*$"
)
# A distance in a step: km not after 시속 and not per hour.
_DISTANCE = re.compile(rf"(?<!시속)(?<!시속\s)(?<![\d.])(?P<km>{_NUM})\s*km(?!\s*/\s*h)")


def distance_told(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "광주는 300km래" after "부산까지 400km 시속 100km로 달리면 몇 시간": 3 hours."""
    said = _DISTANCE_TOLD.match(chat_words(text))
    if said is None or len(steps) != 1 or "시속" not in steps[0]:
        return None
    slots = list(_DISTANCE.finditer(steps[0]))
    if len(slots) != 1:
        return None
    slot, step = slots[0], steps[0]
    new = [f"{step[: slot.start('km')]}{said['km']}{step[slot.end('km') :]}"]
    if new == list(steps) or run_chain(new, now) is None:
        return None
    return new, f"{slot['km']} km → {said['km']} km"


CHAT_TARGET_RULES = (date_counted_to, distance_told)
