"""A follow-up that states a condition with a figure asks something new, not a sum (docwrongs56).

After "예약 어떻게 해요?" was answered from the clinic guide with its citation, "10분
늦으면?" went to a model with the previous turn in its prompt and no passage. Its figure
made :mod:`graphs.cited_followups` read it as arithmetic on the cited answer ("4일이면?"),
so the reply carried no general-knowledge notice and read as the guide's own next
sentence. A figure that measures an act or a state the asker puts as a condition ("10분
늦으면", "사흘 넘게 쉬면", "if i'm 10 minutes late") is no operand: nothing asks for a
result (얼마, 몇, 계산, how much), no operation is named, and the figure is not itself the
substituted value ("4명이면": the copula right after the counter). Such a follow-up asks
what the documents' rule says in that case, which the cited answer did not quote.
"""

from __future__ import annotations

import re

from tools.references import OPERATION_RES

__all__ = ["states_condition_not_sum"]

# A figure (digits or a native count word), an optional counter, then later a verb in the
# conditional (-면/-으면) that is not the copula right after the counter ("4명이면").
_KO_CONDITION = re.compile(
    r"(?:\d+|한|두|세|네|다섯|하루|이틀|사흘|나흘)\s*[가-힣]{0,2}\s+"
    r"(?:[가-힣]+\s+)?(?P<verb>[가-힣]+?)(?:으면|면)(?:요)?"
    # ...and what then: "어떻게 돼요?", "어떡해요?".
    r"(?:\s*(?:어떻게\s*(?:돼|되)[가-힣]*|어떡해[가-힣]*))?\s*[?？.!~]*\s*$"
)
# Verbs and words that make the figure an operand: dividing, adding, converting, or more.
_KO_ARITHMETIC = re.compile(
    r"얼마|몇|계산|합계|총|평균|나누|곱하|더하|빼|합치|늘리|줄이|바꾸|환산|(?:^|\s)더\s|(?:^|\s)덜\s"
)
# "if i'm 10 minutes late", "what if we arrive 2 days early", "if it runs 3 hours over".
_EN_CONDITION = re.compile(
    r"\bif\b[^?]*?\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+"
    r"(?:late|early|over|overdue|longer|past)\b",
    re.IGNORECASE,
)
# A person named by age ("for my 6 year old", "a 9-year-old", "6살 딸", "여섯 살 아이"):
# the figure says whom the documents' rule is asked for, never an operand (set 50: "and
# for my 6 year old" after the adult maximum dose went to a model with no notice).
_AGE = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s*[- ]?\s*(?:years?|yrs?|months?|mos?)[- ]?\s*old\b"
    r"|(?:\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:살|세(?=\s|$|[?？은는도이가의요]))"
    r"(?![가-힣]*(?:이면|라면)\s*(?:얼마|몇))",
    re.IGNORECASE,
)
_EN_ARITHMETIC = re.compile(
    r"\bhow\s+(?:much|many)\b|\bcalculat|\btotal\b|\btimes\b|\bdivid|\bper\b|\bsum\b",
    re.IGNORECASE,
)


def states_condition_not_sum(text: str) -> bool:
    """Whether a follow-up's figure measures a stated condition rather than asks a sum.

    Args:
        text: The follow-up ("10분 늦으면?").

    Returns:
        True for "10분 늦으면?", "사흘 넘게 쉬면요?", "what if i'm 10 minutes late?", "and
        for my 6 year old";
        False for "4명이면?", "3으로 나누면?", "10분 늦으면 얼마 내요?", "and for 4 days?".
    """
    if any(pattern.search(text) for pattern in OPERATION_RES.values()):
        return False
    if _AGE.search(text):
        return True
    if _EN_CONDITION.search(text):
        return not _EN_ARITHMETIC.search(text)
    found = _KO_CONDITION.search(text)
    if found is None or _KO_ARITHMETIC.search(text):
        return False
    # "4명이면", "두 사람이면": the figure itself is the condition (a substituted value,
    # the copula after its noun), no act.
    return not found["verb"].endswith("이")
