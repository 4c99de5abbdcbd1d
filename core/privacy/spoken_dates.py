"""Dates said in Sino-Korean number words: "천구백구십삼년 시월 이십일일" is 1993년 10월 21일.

A birth date written out this way hid from the birth-date detector, which reads digits.
The rule: a year in place-value number words (천, 백, 십 and the digit syllables) followed
by 년, then a month (with the spoken forms 유월 and 시월) and a day in the same words, is
rewritten to digits in the spoken fold, where the numeric detectors look again. Only the
whole year-month-day shape is rewritten, so prose with a stray 일 or 이 is left alone.
(blind55p) A year read digit by digit (``일구팔구 시월 이십칠``) with the month's 월.
(blind57p) A two-digit year when the birth suffix 생 follows the day (``팔십구년 유월 십사일생``).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from core.text import KOREAN_SINO_DIGITS

__all__ = ["place_value", "spoken_date_edits"]

_D = "[일이삼사오육칠팔구]"
_NUMBER = rf"(?:{_D}?천)?(?:{_D}?백)?(?:{_D}?십)?{_D}?"
_SPOKEN_DATE = LazyPattern(
    rf"(?P<y>{_NUMBER})\s*년\s*(?P<m>유월|시월|{_NUMBER})\s*월?\s*(?P<d>{_NUMBER})\s*일"
)
_PLACES = {"천": 1000, "백": 100, "십": 10}
_BIRTH_SUFFIX_AFTER = LazyPattern(r"[ \t]?(?:생|출생)")
# blind55p: the year read digit by digit ("일구팔구 시월 이십칠", "이공공삼년 유월 오일"): four
# digit syllables (공/영 for zero) starting 일 or 이, 년 optional, then a month said with 월 and
# a day in place-value words, 일 optional. The month's 월 is what makes it a date.
_DIGIT_YEAR_DATE = LazyPattern(
    r"(?<![가-힣])(?P<y>[일이][일이삼사오육칠팔구공영]{3})[ \t]*(?:년[ \t]*)?"
    rf"(?P<m>유월|시월|{_NUMBER}월)[ \t]*(?P<d>{_NUMBER})"
    # The day's 일 may take a particle or the copula ("십오일이에요"); a day said without it
    # must end the number ("이십칠'").
    r"(?:[ \t]*일|(?![가-힣]|[ \t]*[일이삼사오육칠팔구십]))"
)
_DIGIT_SYLLABLES = {"공": 0, "영": 0} | {ch: int(d) for ch, d in KOREAN_SINO_DIGITS.items()}


def place_value(words: str) -> int | None:
    """The number ``words`` say ("구십삼" is 93), or None when nothing is said."""
    if not words:
        return None
    total, digit = 0, None
    for ch in words:
        if ch in _PLACES:
            total += (digit or 1) * _PLACES[ch]
            digit = None
        else:
            digit = int(KOREAN_SINO_DIGITS[ch])
    return total + (digit or 0)


def spoken_date_edits(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, digits)`` for each date said in number words in ``text``."""
    edits = []
    for m in _SPOKEN_DATE.finditer(text):
        year = place_value(m["y"])
        month = {"유월": 6, "시월": 10}.get(m["m"]) or place_value(m["m"])
        day = place_value(m["d"])
        if year is None or month is None or day is None:
            continue
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        # blind57p: a two-digit year ("팔십구년 유월 십사일생") only with the birth suffix 생 or
        # 출생 right after the day: the date is then someone's birth date, which
        # core.privacy.birth_suffix_ko reads with a two-digit year; elsewhere "이십년 삼월 오일"
        # may be a span of years.
        if 10 <= year <= 99:
            if _BIRTH_SUFFIX_AFTER.match(text, m.end()) is None:
                continue
            edits.append((m.start(), m.end(), f"{year}년 {month}월 {day}일"))
            continue
        if not 1000 <= year <= 2999:
            continue
        if m["m"] not in ("유월", "시월") and not re.search(r"월", m.group(0)):
            continue
        edits.append((m.start(), m.end(), f"{year}년 {month}월 {day}일"))
    for m in _DIGIT_YEAR_DATE.finditer(text):
        if any(m.start() < e and s < m.end() for s, e, _ in edits):
            continue
        year = int("".join(str(_DIGIT_SYLLABLES[ch]) for ch in m["y"]))
        month = {"유월": 6, "시월": 10}.get(m["m"]) or place_value(m["m"][:-1])
        day = place_value(m["d"])
        if month is None or day is None:
            continue
        if 1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31:
            edits.append((m.start(), m.end(), f"{year}년 {month}월 {day}일"))
    edits.sort()
    return edits
