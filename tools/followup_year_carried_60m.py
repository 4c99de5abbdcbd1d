"""A date said without a year after a turn that dated it: the conversation's year, said so.

After "2031년 6월1일부터 9월15일까지 며칠이야 (2031년)" (set 52), "9월15일은 무슨 요일이야" was
read alone, in the current year: "화요일" (2026-09-15) for the Monday asked about. A month
and a day with no year of their own, in a turn that asks their weekday and names nothing
relative to today, take
the year of the latest earlier turn that wrote a whole date ("2031년 6월 1일", "march 3
2031"), when that turn names one year only; the answer says the year it assumed. Earlier
turns of two years, a year-less date of its own ("오늘", "next year", "올해"), or no dated
earlier turn: nothing here (the turn is read alone, as before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from tools.followup_chain import FollowUp, run_chain

__all__ = ["year_carried"]

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_DAY_KO = re.compile(r"(?<![\d년])(?<!년\s)\d{1,2}\s*월\s*\d{1,2}\s*일")
_MONTH_DAY_EN = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b(?!\s*,?\s*\d{{4}})",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)")
# A whole date written in an earlier turn: "2031년 6월1일", "march 3 2031", "2031-06-01".
_WHOLE_DATE = re.compile(
    rf"(?<!\d)(?:19|20)\d{{2}}\s*년\s*\d{{1,2}}\s*월|(?<!\d)(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b",
    re.IGNORECASE,
)
# The turn dates itself from today, or names a year in words.
_OWN_YEAR = re.compile(
    r"오늘|내일|모레|어제|올해|금년|내년|작년|재작년|이번\s*달|다음\s*달|지난\s*달"
    r"|\b(?:today|tomorrow|yesterday|this\s+year|next\s+year|last\s+year|this\s+month"
    r"|next\s+month|last\s+month|ago|from\s+now)\b",
    re.IGNORECASE,
)


# The weekday asked: the one question a year-less date of the conversation answers alone.
_WEEKDAY_ASKED = re.compile(
    r"요일|\b(?:day\s+of\s+the\s+week|weekday|what\s+day|which\s+day)\b", re.IGNORECASE
)


def _year_of_conversation(earlier: Sequence[str]) -> str | None:
    for question in reversed(earlier):
        if _WHOLE_DATE.search(question):
            years = set(_YEAR.findall(question))
            return years.pop() if len(years) == 1 else None
    return None


def year_carried(earlier: Sequence[str], text: str, now: datetime | None) -> FollowUp | None:
    """``text`` read with the year of the conversation's last whole date, or ``None``.

    Args:
        earlier: The user's earlier turns, oldest first.
        text: This turn.
        now: The current time for date steps.
    """
    if _YEAR.search(text) or _OWN_YEAR.search(text) or not _WEEKDAY_ASKED.search(text):
        return None
    korean = list(_MONTH_DAY_KO.finditer(text))
    english = list(_MONTH_DAY_EN.finditer(text))
    if len(korean) + len(english) != 1:
        return None  # no date, or two (a span: its own readers place the year)
    year = _year_of_conversation(earlier)
    if year is None:
        return None
    said = (korean or english)[0]
    dated = f"{year}년 {said[0]}" if korean else f"{said[0]} {year}"
    restated = text[: said.start()] + dated + text[said.end() :]
    result = run_chain([restated], now)
    if result is None or result.handler != "dates":
        return None
    note = f"{year}년 기준" if korean else f"in {year}"
    answer = f"{result.answer} ({note})"
    return FollowUp(
        steps=(restated,),
        result=result.model_copy(update={"answer": answer}),
        how=f"the year {year} of the conversation",
    )
