"""Closed Korean follow-ups that move a date of the request.

"여행이 일주일 밀렸어", "출장이 사흘 당겨졌어" (the one date that is not today, moved),
"시험이 4월 27일로 밀렸어" (the date its noun names, set anew), "오늘이 3월 9일이면?"
(today's date). Two dates either of which could be meant: ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain
from tools.followup_slots_korean_words import (
    END,
    OPENER,
    SPAN_DAYS,
    Changed,
)

__all__ = ["date_moved", "date_set"]

# "여행이 일주일 밀렸어", "출장이 사흘 당겨졌어": the one date of that thing, moved.
_DATE_MOVED = LazyPattern(
    rf"{OPENER}(?:(?P<noun>[가-힣]{{1,6}}?)(?:이|가|은|는|도|을|를|날짜가|날짜를|일정이|일정을)?\s+)?"
    r"(?P<span>하루|이틀|사흘|나흘|닷새|일주일|보름|\d+\s*(?:일|주일|주))\s*(?:정도\s*|더\s*)?"
    r"(?P<way>밀렸|밀린|밀리|미뤄|미루|늦춰|늦추|연기|뒤로|당겨|당기|앞당겨|앞당기|빨라|늦게|일찍)[가-힣]*"
    r"(?:\s*(?:가면|하면|출발하면|떠나면|잡으면))?"
    r"(?:\s*(?:그럼|그러면)?\s*(?:며칠|몇\s*일|얼마)[가-힣]*)?"
    rf"{END}"
)
_STEP_DATE = re.compile(r"(?:(?P<y>\d{4})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")
_TODAY_BEFORE = re.compile(r"(?:오늘|today)[가-힣\s]{0,4}$", re.I)


def _days_of(span: str) -> int | None:
    if span in SPAN_DAYS:
        return SPAN_DAYS[span]
    number = int(re.match(r"\d+", span)[0])  # type: ignore[index]
    return number * 7 if "주" in span else number


def date_moved(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "여행이 일주일 밀렸어": the one date that is not today, later (or earlier) by that."""
    said = _DATE_MOVED.match(text)
    if said is None or not steps:
        return None
    days = _days_of(said["span"].replace(" ", ""))
    if days is None:
        return None
    if said["way"] in ("당겨", "당기", "앞당겨", "앞당기", "빨라", "일찍"):
        days = -days
    dates = [(i, m) for i, step in enumerate(steps) for m in _STEP_DATE.finditer(step)]
    moving = [(i, m) for i, m in dates if not _TODAY_BEFORE.search(steps[i][: m.start()])]
    noun = said["noun"]
    if noun and len(moving) > 1:
        moving = [(i, m) for i, m in moving if noun[:2] in steps[i][m.end() : m.end() + 12]]
    if len(moving) != 1:
        return None  # two dates that could have moved: which one is unsaid
    index, slot = moving[0]
    years = [int(m["y"]) for _, m in dates if m["y"]]
    year = int(slot["y"]) if slot["y"] else (years[0] if years else (now.year if now else None))
    if year is None:
        return None
    try:
        moved = date(year, int(slot["m"]), int(slot["d"])) + timedelta(days=days)
    except ValueError:
        return None
    # Into another year the year is written, so the step never counts back to January.
    said_year = f"{moved.year}년 " if slot["y"] or moved.year != year else ""
    new_text = f"{said_year}{moved.month}월 {moved.day}일"
    step = steps[index]
    new = list(steps)
    new[index] = f"{step[: slot.start()]}{new_text}{step[slot.end() :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"the date moved {days:+d} days to {new_text}"


# "여행이 7월 31일로 밀렸어", "오늘이 5월 10일이면?": one date of the request set anew.
_DATE_SET = LazyPattern(
    rf"{OPENER}(?P<noun>[가-힣]{{1,6}}?)(?:이|가|은|는|도|을|를|날짜가|일정이)\s*"
    r"(?:(?P<y>\d{4})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일\s*"
    r"(?:(?:로|으로)\s*(?:밀렸|밀리|미뤄|바뀌|바꾸|변경|당겨|옮겨|연기|늦춰|앞당겨)[가-힣]*|(?:이면|면|이라면))"
    r"(?:\s*(?:그럼|그러면)?\s*(?:며칠|몇\s*일|D-?\s*며칠)[가-힣]*)?"
    rf"{END}"
)


def date_set(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "여행이 7월 31일로 밀렸어": the date named by that noun (or today's) made the new one."""
    said = _DATE_SET.match(text)
    if said is None:
        return None
    dates = [(i, m) for i, step in enumerate(steps) for m in _STEP_DATE.finditer(step)]
    if said["noun"] == "오늘":
        fitting = [(i, m) for i, m in dates if _TODAY_BEFORE.search(steps[i][: m.start()])]
    else:
        fitting = [
            (i, m)
            for i, m in dates
            if not _TODAY_BEFORE.search(steps[i][: m.start()])
            and said["noun"][:2] in steps[i][m.end() : m.end() + 12]
        ]
    if len(fitting) != 1:
        return None
    index, slot = fitting[0]
    year = said["y"] or slot["y"]
    new_text = (
        f"{year}년 {int(said['m'])}월 {int(said['d'])}일"
        if year
        else (f"{int(said['m'])}월 {int(said['d'])}일")
    )
    step = steps[index]
    new = list(steps)
    new[index] = f"{step[: slot.start()]}{new_text}{step[slot.end() :]}"
    if run_chain(new, now) is None:
        return None
    return new, f"the date made {new_text}"
