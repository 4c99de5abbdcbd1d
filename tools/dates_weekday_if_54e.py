"""A weekday worked out from another said as a supposition: "if tomorrow is saturday what
day was yesterday" is Thursday (set 45), "내일이 토요일이면 어제는 무슨 요일" too.

The question names no date, so no date reader read it, and it was declined as a document
question ("not in the documents: tomorrow"). The days named are fixed offsets from today
(the day before yesterday -2 … the day after tomorrow +2); the answer is the supposed
weekday moved by the difference. Read only when the whole question is of this shape.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["weekday_supposed"]

_EN_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_KO_DAYS = ("월", "화", "수", "목", "금", "토", "일")
_EN_OFFSET = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}
_KO_OFFSET = {"그저께": -2, "그제": -2, "어제": -1, "오늘": 0, "내일": 1, "모레": 2}
_EN_REL = r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow"
# A day counted from one of those (opens55e, set 46): "a week from tomorrow", "3 days
# after today", "two weeks before yesterday".
_EN_SHIFT = (
    r"(?:(?P<{0}k>a|an|one|two|three|four|five|six|\d+)\s+(?P<{0}u>days?|weeks?)\s+"
    r"(?P<{0}d>from|after|before)\s+)?"
)
_EN_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_EN_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_EN = LazyPattern(
    rf"^\s*(?:so\s+)?if\s+{_EN_SHIFT.format('s')}(?P<said>{_EN_REL})\s+(?:is|was|will\s+be|'s)\s+(?:a\s+)?{_EN_WD}\s*,?\s*"
    r"(?:then\s+)?what\s+(?:week\s*)?day\s+(?:is|was|will\s+be|would\s+be)\s+(?:it\s+)?"
    rf"{_EN_SHIFT.format('a')}(?P<asked>{_EN_REL})\s*[?.!]*\s*$"
)


def _en_offset(m: re.Match[str], key: str) -> int:
    """The offset from today of the day ``key`` names, with its shift if one is said."""
    base = _EN_OFFSET[" ".join(m.group(key).split())]
    prefix = "s" if key == "said" else "a"
    count = m.group(f"{prefix}k")
    if count is None:
        return base
    n = _EN_COUNTS.get(count) or int(count)
    days = n * (7 if m.group(f"{prefix}u").startswith("week") else 1)
    return base - days if m.group(f"{prefix}d") == "before" else base + days


_KO_REL = r"그저께|그제|어제|오늘|내일|모레"
# "내일부터 일주일 뒤가 금요일이면" (opens55e): a day counted from one of those.
_KO_SHIFT = (
    r"(?:\s*(?:로)?(?:부터|에서)\s*(?P<sk>\d+|일|이|삼|한|두|세)"
    r"\s*(?P<su>주일|주|일)\s*(?P<sd>뒤|후|전))?"
)
_KO_COUNTS = {"일": 1, "한": 1, "이": 2, "두": 2, "삼": 3, "세": 3}
_KO = LazyPattern(
    rf"^\s*(?:만약\s*)?(?P<said>{_KO_REL}){_KO_SHIFT}\s*(?:이|가)?\s*(?P<wd>[월화수목금토일])요일\s*(?:이면|라면|이라면)"
    rf"\s*,?\s*(?P<asked>{_KO_REL})\s*(?:은|는)?\s*(?:무슨|몇)\s*요일\s*(?:이야|이었어|였어|이에요|이었나요|인가요|이지|일까)?"
    r"\s*[?？.!]*\s*$"
)


def _ko_offset(m: re.Match[str]) -> int:
    """The offset from today of the supposed day, with its shift if one is said."""
    base = _KO_OFFSET[m["said"]]
    if m["sk"] is None:
        return base
    n = _KO_COUNTS.get(m["sk"]) or int(m["sk"])
    days = n * (7 if m["su"].startswith("주") else 1)
    return base - days if m["sd"] == "전" else base + days


def weekday_supposed(s: str) -> tuple[str, str] | None:
    """(the weekday asked, how) for "if tomorrow is saturday what day was yesterday".

    Args:
        s: The question, normalised (NFKC, lower case).
    """
    m = _EN.match(s)
    if m is not None:
        said, asked = _en_offset(m, "said"), _en_offset(m, "asked")
        day = (_EN_DAYS.index(m["wd"]) + asked - said) % 7
        how = f"{' '.join(m['said'].split())} = {m['wd'].capitalize()}, {asked - said:+d} days"
        return _EN_DAYS[day].capitalize(), how
    m = _KO.match(s)
    if m is not None:
        said, asked = _ko_offset(m), _KO_OFFSET[m["asked"]]
        day = (_KO_DAYS.index(m["wd"]) + asked - said) % 7
        return f"{_KO_DAYS[day]}요일", f"{m['said']} = {m['wd']}요일, {asked - said:+d}일"
    return None
