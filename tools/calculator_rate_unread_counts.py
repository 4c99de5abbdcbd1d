"""A count the one-amount rate reading cannot see: a head count or a trip said in words.

Blind set 36: "KTX 서울 부산 편도 59,800원인데 부모님 두분 경로 30% 할인 받으면 왕복 얼마야" was
answered '41,860원', one one-way ticket at 30% off, for 167,440 (two people, both ways).
``tools.calculator_rates`` reads a request with exactly one amount and its rates; a count
spelled in words ("두분", "둘이", "세 명") or a trip there and back ("왕복", "round trip")
is no figure, so the one-amount test let it through and the count was silently dropped.
A reading that leaves a count out is a wrong figure, so the rate reading declines.
"""

from __future__ import annotations

import re

__all__ = ["count_unread_by_rates"]

# Korean native counts of people ("두분", "두 명", "세사람", "둘이서", "셋이서") and a trip both
# ways. (English groups, "two kids", are tools.calculator_group_size's and
# tools.calculator_part_discounted's: "the second kid gets 15% off" reads them.)
_UNREAD_COUNT = re.compile(
    r"(?<![가-힣])(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:분|명|사람|식구)(?![가-힣])"
    # ("둘이서", not "둘이": "형제 둘이 다니면 둘째는 20% 할인" is calculator_part_discounted's
    # reading of the rate, "둘이 합쳐서" two things together.)
    r"|(?<![가-힣])(?:둘|셋|넷|다섯|여섯)\s*이?서(?![가-힣])|왕복"
    r"|\bround[\s-]*trip\b|\bboth\s+ways\b",
    re.IGNORECASE,
)


# A monthly amount with its year said in words ("45 a month, paying the year upfront gets
# 15% off, how much do i save"): twelve months no figure states (turns36's own probe got
# 6.75, one month's saving, for 81).
_MONTHLY = re.compile(r"\b(?:a|per|each|every)\s+month\b|\bmonthly\b|월\s*\d|한\s*달", re.I)
_YEAR_IN_WORDS = re.compile(
    r"\b(?:the|a|whole|full)\s+year\b|\bannual(?:ly)?\b|\byearly\b|연납|1년치|일\s*년치", re.I
)


def count_unread_by_rates(text: str) -> bool:
    """Whether ``text`` holds a count in words or a trip both ways (the rate reading declines).

    Args:
        text: The request as the calculator normalised it (figures as digits).
    """
    if _MONTHLY.search(text) and _YEAR_IN_WORDS.search(text):
        return True
    return _UNREAD_COUNT.search(text) is not None
