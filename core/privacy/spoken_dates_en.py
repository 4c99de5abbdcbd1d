"""Dates said in English words: "the fourteenth of March nineteen eighty-seven" is 14 March 1987.

A birth date typed out in words hid from the birth-date detector, which reads digits. The
rule: an ordinal day in words (``first`` … ``thirty-first``) or digits (``14th``), an
optional ``of``, a month name, and a year in words (``nineteen eighty-seven``, ``two
thousand and four``, ``twenty twelve``) is rewritten to ``14 March 1987`` in the spoken
fold, where the numeric detectors look again. Only the whole day-month-year shape is
rewritten (the month-first order too: ``March the fourteenth, nineteen eighty-seven``), so
prose with a stray "first" or "twenty" is left alone.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_MONTHS

__all__ = ["ORDINAL_DAYS", "english_spoken_date_edits"]

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_TENS |= {"seventy": 70, "eighty": 80, "ninety": 90}
_CARDINAL = {w: i + 1 for i, w in enumerate(_UNITS)} | {
    w: i + 10 for i, w in enumerate(_TEENS.split())
}
_ORDINAL_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]
_ORDINAL_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
# Day ordinals in order, "first" to "twentieth" then "thirtieth" (the privacy corpus writes
# dates with them too).
ORDINAL_DAYS = {w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)}
ORDINAL_DAYS |= {w: i + 10 for i, w in enumerate(_ORDINAL_TEENS)}
ORDINAL_DAYS |= {"twentieth": 20, "thirtieth": 30}
_ORDINAL = ORDINAL_DAYS
_MONTHS = ENGLISH_MONTHS

_ORD_WORD = "|".join(sorted(_ORDINAL, key=len, reverse=True))
_DAY = rf"(?:(?:twenty|thirty)[ -]?(?:{_ORD_WORD})|{_ORD_WORD}|\d{{1,2}}(?:st|nd|rd|th))"
_TWO = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[ -]?(?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS.split())}"
    rf"|oh[ -]?(?:{'|'.join(_UNITS)}))"
)
# "nineteen eighty-seven", "two thousand (and) four", "twenty twelve", "nineteen oh five",
# and the year in digits after a day in words ("the fourteenth of March 1987"), which the
# birth-date detector's digit-only day would otherwise miss.
_YEAR = (
    rf"(?:[12][0-9]{{3}}"
    rf"|(?:two[ -]thousand|one[ -]thousand)(?:[ ,]+(?:and[ ]+)?(?:{_TWO}|{'|'.join(_UNITS)}))?"
    rf"|{_TWO}[ -]+(?:hundred|{_TWO}))"
)
_MONTH = "|".join(_MONTHS)
_DAY_FIRST = LazyPattern(
    rf"\b(?:the[ ]+)?(?P<d>{_DAY})(?:[ ]+of)?[ ]+(?P<m>{_MONTH}),?[ ]+(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)
_MONTH_FIRST = LazyPattern(
    rf"\b(?P<m>{_MONTH})[ ]+(?:the[ ]+)?(?P<d>{_DAY}),?[ ]+(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)


def _two(words: str) -> int:
    """``eighty-seven`` is 87, ``oh five`` is 5, ``twelve`` is 12."""
    parts = [p for p in re.split(r"[ -]+", words.lower()) if p]
    if parts[0] == "oh":
        return _CARDINAL[parts[1]]
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_CARDINAL[parts[1]] if len(parts) > 1 else 0)
    return _CARDINAL[parts[0]]


def _year(words: str) -> int:
    """``nineteen eighty-seven`` is 1987, ``two thousand and four`` 2004."""
    lowered = words.lower()
    if lowered.isdigit():
        return int(lowered)
    thousand = re.match(r"(two|one)[ -]thousand[ ,]*(?:and[ ]+)?(.*)", lowered)
    if thousand:
        rest = thousand.group(2).strip()
        return (2000 if thousand.group(1) == "two" else 1000) + (_two(rest) if rest else 0)
    tokens = [t for t in re.split(r"[ -]+", lowered) if t]
    cut = 2 if tokens[0] in _TENS and len(tokens) > 2 and tokens[1] in _CARDINAL else 1
    rest = tokens[cut:]
    low = 0 if rest == ["hundred"] else _two(" ".join(rest))
    return _two(" ".join(tokens[:cut])) * 100 + low


def _day(words: str) -> int:
    """``fourteenth`` is 14, ``twenty-first`` 21, ``3rd`` 3."""
    lowered = words.lower()
    if lowered[0].isdigit():
        return int(re.match(r"\d+", lowered).group(0))  # type: ignore[union-attr]
    tokens = [t for t in re.split(r"[ -]+", lowered) if t]
    if len(tokens) == 2:
        return _TENS[tokens[0]] + _ORDINAL[tokens[1]]
    word = tokens[0]
    if word not in _ORDINAL and word[:6] in ("twenty", "thirty"):
        return _TENS[word[:6]] + _ORDINAL[word[6:]]
    return _ORDINAL[word]


def english_spoken_date_edits(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "14 March 1987")`` for each date said in English words in ``text``."""
    if not any(month in text.lower() for month in _MONTHS):
        return []
    edits: list[tuple[int, int, str]] = []
    for rule in (_DAY_FIRST, _MONTH_FIRST):
        for m in rule.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in edits):
                continue
            try:
                day, year = _day(m["d"]), _year(m["y"])
            except (KeyError, IndexError):
                continue
            if 1 <= day <= 31 and 1000 <= year <= 2999:
                month = m["m"].capitalize()
                edits.append((m.start(), m.end(), f"{day} {month} {year}"))
    return sorted(edits)
