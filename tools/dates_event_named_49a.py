"""A countdown said with the event named after its date: "11월 25일이 발표회야 며칠 남았어".

The day-count reader knows "DATE NOUN까지 며칠 남았어" ("5월 22일 결혼식까지") and today stated
with "인데"/"이면". People also say the date first and then what happens on it as a clause
of its own ("11월 25일이 발표회야", "3월 2일이 개강이던데") before asking how many days are left,
and join today's date to the rest with "이고" ("오늘 2027년 9월 6일이고 …"). Both are put in
the reader's words; every date and figure is kept, and text of neither shape comes back
unchanged, so nothing else is read differently.
"""

from __future__ import annotations

import re

__all__ = ["event_named_after_date"]

_KO_DATE = r"(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일"
# "오늘 2027년 9월 6일이고": today stated and joined with "and", as "인데" says it.
_TODAY_AND = re.compile(rf"(?P<today>오늘(?:이|은)?\s*{_KO_DATE})\s*이고(?=[\s,])")
# "11월 25일이 발표회야 며칠 남았어": the event as a clause of its own, then the count asked.
_DATE_IS_EVENT = re.compile(
    rf"(?P<date>{_KO_DATE})\s*(?:이|은)?\s+(?P<event>[가-힣]{{1,8}}?)\s*"
    r"(?:이야|야|이래|래|이던데|이라던데|인데|이고|이니까|이거든|이라서)\s*,?\s*"
    r"(?=(?:며칠|몇\s*일|몇일)\s*남)"
)


def event_named_after_date(text: str) -> str:
    """``text`` with an event named after its date in the day-count reader's order.

    Args:
        text: A normalised, lower-cased date question.

    Returns:
        For example "오늘 2027년 9월 6일인데 11월 25일 발표회까지 며칠 남았어" for "오늘
        2027년 9월 6일이고 11월 25일이 발표회야 며칠 남았어"; other text unchanged.
    """
    said = _DATE_IS_EVENT.search(text)
    if said is None:
        return text
    s = f"{text[: said.start()]}{said['date']} {said['event']}까지 {text[said.end() :]}"
    return _TODAY_AND.sub(lambda m: f"{m['today']}인데", s)
