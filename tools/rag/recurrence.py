"""How often something recurs: the question asking it, and the sentence stating it.

Why the interval check exists: "안경 렌즈 몇 년마다 바꿔야 돼요?" (every how many years
should lenses be replaced) was answered with "어린이 안경은 1년 안에 부러지거나 깨지면
렌즈를 1회 무료로 바꿔 드리고 …" (blind set 27): a count of times ("1회", once) passed
for a recurrence, and "1년 안에" (within a year) for the asked unit. A question for the
*interval* ("몇 년마다", "몇 달에 한 번", "every how many months") is answered only by a
sentence writing an interval: something per a period ("마다", "매년", "연 2회", "6개월에
한 번", "every", "once a year"), not by a single allowance counted in times.
"""

from __future__ import annotations

import re

__all__ = ["RECURRING_QUESTION", "states_recurrence"]

_RECURRENCE = re.compile(
    r"\bevery\b|\beach\b|\bper\b|\btimes? an?\b|\bonce\b|\btwice\b|"
    r"\b(?:hourly|daily|weekly|monthly|yearly|annually)\b|마다|매\s*(?:일|주|월|년|시간|달)|"
    r"\d+\s*회|주기",
    re.IGNORECASE,
)

_KO_PERIOD = r"(?:일|주|개월|달|년|시간|분)"
_EN_PERIOD = r"(?:days?|weeks?|months?|years?|hours?|minutes?)"
# "몇 년마다", "몇 달에 한 번", "몇 주 간격으로", "every how many days", "how many months
# between …": the length of the interval is asked, not only that it recurs.
_ASKS_INTERVAL = re.compile(
    rf"몇\s*{_KO_PERIOD}\s*(?:마다|에\s*한\s*번|간격)|"
    rf"\bevery how many {_EN_PERIOD}|\bhow many {_EN_PERIOD} (?:apart|between)\b",
    re.IGNORECASE,
)
# A question asking how often something recurs (its interval included), and what states
# a recurrence.
RECURRING_QUESTION = re.compile(
    rf"\bhow (?:often|frequently)\b|자주|마다|{_ASKS_INTERVAL.pattern}", re.IGNORECASE
)
# "하루 한 번", "6개월에 1회", "연 2회": a number of times per a period.
_PER_PERIOD = (
    rf"(?:연|월|주|하루|(?:\d+\s*)?{_KO_PERIOD}\s*에)\s*(?:\d+|한|두|세)\s*(?:회|번)|"
    r"\b(?:once|twice|\d+ times) (?:an?|per|every)\b"
)
_STATES_PER_PERIOD = re.compile(_PER_PERIOD, re.IGNORECASE)
# What writes an interval: per a period, every, a cycle. Not "1회" or "once" alone, which
# count the times something is given, and not "1년 안에", a window.
_STATES_INTERVAL = re.compile(
    rf"마다|매\s*{_KO_PERIOD}|매월|매년|주기|간격|{_PER_PERIOD}|\bevery\b|\bper\b|"
    r"\b(?:hourly|daily|weekly|monthly|yearly|annually)\b",
    re.IGNORECASE,
)


def states_recurrence(sentence: str, question: str = "") -> bool:
    """Whether ``sentence`` states how often something recurs, as ``question`` asks it.

    Args:
        sentence: A candidate answer sentence (the question asks how often).
        question: The question; when it asks the length of the interval ("몇 년마다"),
            only a sentence writing an interval answers it.
    """
    if _ASKS_INTERVAL.search(question):
        return bool(_STATES_INTERVAL.search(sentence))
    # "하루 한 번" recurs, though no "마다"; a bare "2~3주 간격" (the first doses' spacing)
    # is left out here, where measured it answered a booster's "how often" wrongly.
    return bool(_RECURRENCE.search(sentence) or _STATES_PER_PERIOD.search(sentence))
