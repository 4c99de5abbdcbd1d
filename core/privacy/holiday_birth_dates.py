"""A birth date named by its holiday: ``I was born on Christmas Eve 1979``, ``born on New
Year's Day '92``, ``a Halloween 1988 baby`` (redteam28).

A date of birth is personal however it is written; a holiday with a year is a whole date
("Christmas Eve 1979" is 24 December 1979). The holiday and the year alone are a public
date ("Christmas Day 2026 falls on a Friday"), so the phrase counts only after a word of
birth (``born``, ``birthday``, ``baby``, ``태어났``). Reported as ``birth_date``.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_holiday_birth_dates"]

# Holidays on a fixed day of the year (a moving feast names no single day across years).
_HOLIDAYS = (
    r"Christmas[ \t]+(?:Eve|Day)|Christmas|Boxing[ \t]+Day|New[ \t]+Year'?s[ \t]+(?:Eve|Day)|"
    r"Hogmanay|Valentine'?s[ \t]+Day|St\.?[ \t]+Patrick'?s[ \t]+Day|Halloween|"
    r"Bonfire[ \t]+Night|Guy[ \t]+Fawkes[ \t]+Night|Independence[ \t]+Day|"
    r"the[ \t]+Fourth[ \t]+of[ \t]+July|Canada[ \t]+Day|Bastille[ \t]+Day|"
    r"April[ \t]+Fools'?[ \t]+Day|Leap[ \t]+Day"
)
_YEAR = r"(?:19|20)[0-9]{2}|'[0-9]{2}"
_BORN_RE = LazyPattern(
    r"(?i:\bborn|\bbirthday[ \t]+(?:is|was|falls[ \t]+on)|\bbirth[ \t]+date[ \t]+is)"
    r"[ \t]+(?:(?i:on|at)[ \t]+)?(?P<date>(?i:" + _HOLIDAYS + r"),?[ \t]+(?:" + _YEAR + r"))"
    r"(?![0-9])"
)
_BABY_RE = LazyPattern(
    r"(?P<date>(?i:" + _HOLIDAYS + r"),?[ \t]+(?:" + _YEAR + r"))[ \t]+(?i:baby|birthday)\b"
)


def detect_holiday_birth_dates(text: str) -> Iterator[Hit]:
    """Holiday-named dates of birth with their year (see the module)."""
    lowered = text.lower()
    if "born" not in lowered and "birth" not in lowered and "baby" not in lowered:
        return
    for pattern in (_BORN_RE, _BABY_RE):
        for m in pattern.finditer(text):
            yield Hit("birth_date", m.start("date"), m.end("date"), 0.8, False)
