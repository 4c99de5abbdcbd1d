"""After a countdown, another event's date: "상견례는 3월 13일이야 그건?" counts to that date.

"오늘 2027년 2월 10일인데 5월 22일 결혼식까지 며칠 남았어" answered, "상견례는 3월 13일이야
그건?", "잔금은 7월 30일에 치르는데 그건?", "리허설은 11월 11일이던데" name a second event
of the same plan and its date: the same count, from the same today, to that date. The
slot reader leaves these alone because the event's noun is new to the conversation, and
the turn has no reference word. Read only when the previous request counts days to
exactly one date other than today's (so which date gives way is never a guess) and the
turn is that clause alone: a noun with its topic particle, the date, a copula or
"DATE에 <verb>는데", and at most "그건?".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

# A date of a step, and today's date said before it: read as the date-setting rules read them.
from tools.followup_rerun import spliced, with_step
from tools.followup_slots_korean_dates import _STEP_DATE, _TODAY_BEFORE
from tools.followup_slots_korean_words import END, OPENER, Changed

__all__ = ["other_event_date"]

_NEW_DATE = LazyPattern(
    rf"{OPENER}(?P<event>[가-힣]{{1,8}}?)(?:은|는|이|가)\s*"
    r"(?:(?P<y>\d{4})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일\s*"
    r"(?:이야|야|이래|래|이던데|이라던데|인데|이에요|예요|이고|이거든|"
    r"에\s*[가-힣]{1,6}(?:는데|던데|거든|대|래))?\s*,?\s*"
    r"(?:그건|그거는|그거|그때는|그땐|그날은|그럼|거기까지는)?(?:요)?"
    rf"{END}"
)
# A count of days asked: "… 까지 며칠 남았어", "D-day 며칠이야".
_COUNTS_DAYS = re.compile(r"(?:며칠|몇\s*일|몇일)\s*(?:남|이|야|걸|\?|$)|d-?day|디데이", re.I)


def other_event_date(text: str, steps: Sequence[str]) -> Changed | None:
    """The previous countdown to another event's date, or ``None`` when not that turn.

    Args:
        text: The follow-up turn ("상견례는 3월 13일이야 그건?").
        steps: The step texts the previous turn amounted to.

    Returns:
        The steps with the one date counted to made the new one, and a line saying so.
    """
    said = _NEW_DATE.match(text)
    if said is None or said["event"] in ("오늘", "내일") or not steps:
        return None
    counting = [i for i, step in enumerate(steps) if _COUNTS_DAYS.search(step)]
    if len(counting) != 1:
        return None
    index = counting[0]
    step = steps[index]
    ends = [
        m
        for m in _STEP_DATE.finditer(step)
        if not _TODAY_BEFORE.search(step[: m.start()])
        and not re.match(r"\s*(?:부터|에서|기준)", step[m.end() :])
    ]
    if len(ends) != 1:
        return None
    end = ends[0]
    year = said["y"] or end["y"]
    new_date = f"{int(said['m'])}월 {int(said['d'])}일"
    new_date = f"{year}년 {new_date}" if year else new_date
    changed = spliced(step, [(end.span(), new_date)])
    return with_step(steps, index, changed), f"counted to {said['event']}'s date, {new_date}"
