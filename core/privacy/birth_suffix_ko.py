"""A birth date said with 생: ``92년 10월 3일생``, ``1988.4.17생``, ``880417생``.

:mod:`core.privacy.birth_dates` reads a date after its label (생년월일, 생일, born). In
Korean the label is often a suffix instead: ``저 92년 10월 3일생인데``, ``1988년생``
with the month and day, ``880417생``. 생 right after a whole date (year, month and day)
makes it the writer's (or someone's) birth date.

Rule: a year (two or four digits) with a month and a day, written with 년/월/일 or with
dots, dashes or slashes, or six digits, and right after it ``생`` or ``출생``, not followed
by a syllable that makes another word (``생활``, ``생산``, ``생각``, ``생긴``); 생 alone
must end there, before a particle, a space or punctuation (not ``생성``, ``생중계``). A year
alone (``92년생``) is an age group, not a date, and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_birth_suffix_ko"]

_YEAR = r"(?:19|20)?[0-9]{2}"
_DATE = (
    r"(?:" + _YEAR + r"[ \t]?년[ \t]?[01]?[0-9][ \t]?월[ \t]?[0-3]?[0-9][ \t]?일"
    r"|" + _YEAR + r"[./-][01]?[0-9][./-][0-3]?[0-9]\.?"
    r"|[0-9]{2}[01][0-9][0-3][0-9])"
)
# 생 alone is the suffix only when a particle, a space, punctuation or the end follows it
# (생이에요, 생인데, 생입니다, 생,): ``2024-03-15 생성``, ``생중계``, ``생방송`` are other words.
_SUFFIX_END = r"(?=$|[ \t\r\n,.!?~)\]\"'’”·/]|이|인|입|으로|임|은|의|도|까지|부터)"
_BIRTH_RE = LazyPattern(
    r"(?<![0-9])(?P<date>" + _DATE + r")[ \t]?"
    r"(?:출생(?![활산각기긴겼선명물수전존방략])|생" + _SUFFIX_END + r")"
)


def detect_birth_suffix_ko(text: str) -> Iterator[Hit]:
    """Whole dates with 생 or 출생 right after them (see the module)."""
    if "생" not in text:
        return
    for m in _BIRTH_RE.finditer(text):
        yield Hit("birth_date", m.start("date"), m.end(), 0.8, False)
