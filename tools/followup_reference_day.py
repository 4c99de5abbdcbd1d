"""A follow-up that moves the day a count is taken on ("하루 뒤면?" after an age on a day).

Found by the ninth unseen set: after "1990년 12월 25일생이면 2027년 12월 24일 기준 만나이
몇살", "하루 뒤면?" asks the same age a day later; after "… 2027년 4월 20일 기준으로 며칠
남았어", "일주일 뒤면?" the same count from a week later. The step names the day it is
counted on with 기준 ("as of"); that day, moved by the span, replaces it, and the rest of
the question stays. A turn about a date *answer* ("거기서 2주 뒤는") is
``tools.followup_dates``'s; a step with no 기준 day gives ``None`` here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from core.lazy_regex import LazyPattern

__all__ = ["reference_day_moved"]

Change = tuple[list[str], str]

# "하루 뒤면?", "이틀 후면", "3일 뒤에는?", "일주일 전이면", "a day later?", "2 days earlier?"
_DAY_WORDS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "일주일": 7, "열흘": 10}
_MOVED_KO = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?:(?P<word>하루|이틀|사흘|나흘|일주일|열흘)|(?P<n>\d{1,3})\s*(?P<u>일|주))"
    r"\s*(?P<d>뒤|후|지나|전|앞)\s*(?:이면|면|에는|엔|는|라면|이라면)?\s*[?？]?\s*$"
)
_MOVED_EN = LazyPattern(
    r"^\s*(?:and\s+|what\s+about\s+|how\s+about\s+)?(?:(?P<a>a|one)|(?P<n>\d{1,3}))\s+"
    r"(?P<u>day|week)s?\s+(?P<d>later|after|earlier|before)\s*\??\s*$"
    r"|^\s*(?:and\s+|what\s+about\s+)?(?:on\s+)?the\s+(?P<next>next|previous)\s+day\s*\??\s*$",
    re.IGNORECASE,
)
# The day the step is counted on: "2027년 12월 24일 기준".
_REFERENCE_DAY = LazyPattern(
    r"(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일\s*(?=기준)"
)


def _days_moved(text: str) -> int | None:
    korean = _MOVED_KO.match(text)
    if korean is not None:
        if korean["word"]:
            days = _DAY_WORDS[korean["word"]]
        else:
            days = int(korean["n"]) * (7 if korean["u"] == "주" else 1)
        return -days if korean["d"] in ("전", "앞") else days
    english = _MOVED_EN.match(text)
    if english is None:
        return None
    if english["next"]:
        return 1 if english["next"].lower() == "next" else -1
    days = 1 if english["a"] else int(english["n"])
    days *= 7 if english["u"].lower() == "week" else 1
    return -days if english["d"].lower() in ("earlier", "before") else days


def reference_day_moved(text: str, steps: Sequence[str]) -> Change | None:
    """``하루 뒤면?``: the last step asked again on its 기준 day moved by the span."""
    days = _days_moved(text)
    if days is None or not steps:
        return None
    found = list(_REFERENCE_DAY.finditer(steps[-1]))
    if len(found) != 1:
        return None  # no day the count is taken on, or several: which one moves is unclear
    old = found[0]
    try:
        moved = date(int(old["y"]), int(old["m"]), int(old["d"])) + timedelta(days=days)
    except ValueError:
        return None  # "2월 30일": no such day to move
    new = f"{moved.year}년 {moved.month}월 {moved.day}일 "
    changed = steps[-1][: old.start()] + new + steps[-1][old.end() :]
    return [*steps[:-1], changed], f"{old.group(0).strip()} → {new.strip()}"
