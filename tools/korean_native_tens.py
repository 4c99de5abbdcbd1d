"""Native Korean counts of twenty and more before a counter: "스물두 명" is 22명.

normalize_numerals turned "스무 명" and "열두 포기" into digits but left "스물두 명" or
"서른다섯 개" as words (only an age, before 살, was read), so "대관료 66만 원인데 스물두 명
오면 한 사람당 얼마씩이야" had no count of people for any reader. A native tens word, with
or without its ones word, right before a counter of people or things is that number.
"""

from __future__ import annotations

import re

from core.text import KOREAN_NATIVE_TENS

__all__ = ["native_tens_counts_as_digits"]

_TENS = KOREAN_NATIVE_TENS
_ONES = {
    "한": 1,
    "하나": 1,
    "두": 2,
    "둘": 2,
    "세": 3,
    "셋": 3,
    "네": 4,
    "넷": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
}
_COUNTER = (
    r"(?:명|사람|개|잔|장|병|권|대|마리|판|그릇|봉지|상자|켤레|캔|팩|박스|세트|인분|시간"
    r"|달|벌|채|통|줄|송이|포기|롤|게임|번|군데|곳"
    # ("서른 곡 불렀네", "스물다섯 포대": set 30's songs were left in words.)
    r"|곡|포대|회|접시|조각|쪽|페이지|가지|개월)"
)
_COUNT = re.compile(
    rf"(?<![가-힣])(?P<tens>{'|'.join(_TENS)})"
    rf"(?P<ones>{'|'.join(sorted(_ONES, key=len, reverse=True))})?\s*(?={_COUNTER})"
)


def native_tens_counts_as_digits(text: str) -> str:
    """``text`` with "스물두 명", "서른다섯 개" written "22명", "35개".

    Args:
        text: A request as typed.

    Returns:
        The request with each native count of twenty or more before a counter in digits.
    """

    def digits(m: re.Match[str]) -> str:
        return str(_TENS[m["tens"]] + (_ONES[m["ones"]] if m["ones"] else 0))

    return _COUNT.sub(digits, text)
