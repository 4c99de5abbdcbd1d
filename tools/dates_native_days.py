"""Day counts in native Korean words: "열흘 뒤", "사흘 전", "보름 후".

"오늘이 2027년 5월 12일 수요일이면 열흘 뒤는 무슨 요일이야" is "10일 뒤" said the way people
say it; the date rules read digits with 일, so the twentieth unseen set's question went to
the cloud. The native words for a number of days (이틀 2 … 열흘 10, 보름 15) become that
many 일, only before an offset word (뒤, 후, 전, 있으면, 지나면): "하루 8시간" stays a day,
and "이틀" alone may be the duration asked about.
"""

from __future__ import annotations

import re

__all__ = ["NATIVE_DAYS", "native_day_counts"]

#: The native Korean words for a number of days, and that number.
NATIVE_DAYS = {
    "이틀": 2,
    "사흘": 3,
    "나흘": 4,
    "닷새": 5,
    "엿새": 6,
    "이레": 7,
    "여드레": 8,
    "아흐레": 9,
    "열흘": 10,
    "보름": 15,
}
_NATIVE_DAY_OFFSET = re.compile(
    r"(?<![가-힣])(?P<word>" + "|".join(NATIVE_DAYS) + r")(?=\s*(?:뒤|후|전|있으면|지나면))"
)


def native_day_counts(text: str) -> str:
    """``text`` with native day counts before an offset word written as digits ("10일")."""
    return _NATIVE_DAY_OFFSET.sub(lambda m: f"{NATIVE_DAYS[m['word']]}일", text)
