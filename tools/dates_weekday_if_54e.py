"""A weekday worked out from another said as a supposition: "if tomorrow is saturday what
day was yesterday" is Thursday (set 45), "내일이 토요일이면 어제는 무슨 요일" too.

The question names no date, so no date reader read it, and it was declined as a document
question ("not in the documents: tomorrow"). The days named are fixed offsets from today
(the day before yesterday -2 … the day after tomorrow +2); the answer is the supposed
weekday moved by the difference. Read only when the whole question is of this shape.
"""

from __future__ import annotations

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
_EN_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_EN = LazyPattern(
    rf"^\s*(?:so\s+)?if\s+(?P<said>{_EN_REL})\s+(?:is|was|will\s+be|'s)\s+(?:a\s+)?{_EN_WD}\s*,?\s*"
    r"(?:then\s+)?what\s+(?:week\s*)?day\s+(?:is|was|will\s+be|would\s+be)\s+(?:it\s+)?"
    rf"(?P<asked>{_EN_REL})\s*[?.!]*\s*$"
)
_KO_REL = r"그저께|그제|어제|오늘|내일|모레"
_KO = LazyPattern(
    rf"^\s*(?:만약\s*)?(?P<said>{_KO_REL})\s*(?:이|가)?\s*(?P<wd>[월화수목금토일])요일\s*(?:이면|라면|이라면)"
    rf"\s*,?\s*(?P<asked>{_KO_REL})\s*(?:은|는)?\s*(?:무슨|몇)\s*요일\s*(?:이야|이었어|였어|이에요|이었나요|인가요|이지|일까)?"
    r"\s*[?？.!]*\s*$"
)


def weekday_supposed(s: str) -> tuple[str, str] | None:
    """(the weekday asked, how) for "if tomorrow is saturday what day was yesterday".

    Args:
        s: The question, normalised (NFKC, lower case).
    """
    m = _EN.match(s)
    if m is not None:
        said = _EN_OFFSET[" ".join(m["said"].split())]
        asked = _EN_OFFSET[" ".join(m["asked"].split())]
        day = (_EN_DAYS.index(m["wd"]) + asked - said) % 7
        how = f"{' '.join(m['said'].split())} = {m['wd'].capitalize()}, {asked - said:+d} days"
        return _EN_DAYS[day].capitalize(), how
    m = _KO.match(s)
    if m is not None:
        said, asked = _KO_OFFSET[m["said"]], _KO_OFFSET[m["asked"]]
        day = (_KO_DAYS.index(m["wd"]) + asked - said) % 7
        return f"{_KO_DAYS[day]}요일", f"{m['said']} = {m['wd']}요일, {asked - said:+d}일"
    return None
