"""A span of time a sentence sets as a condition does not say how long something takes.

"세탁이 끝난 뒤 20분이 지나도 빨래를 꺼내지 않으면 …" states a duration, and a question
asking how long a wash takes ("세탁기 한 번 돌리면 몇 분 걸려요?") asks for one, but the
sentence's 20 minutes is a waiting threshold (once 20 minutes have passed, a rule
applies), not the length of any activity (blind set 9 was answered with it). The rule,
closed-class only: when a question asks how long something takes (걸리다, "how long
does … take") and every duration of the sentence is the subject of 지나다/넘다/경과하다
("20분이 지나면", "3일 넘게") or of "have passed", the sentence answers another question.
"""

from __future__ import annotations

import re

from tools.rag.time_phrases import EN_TIME_UNIT, KO_TIME_UNIT

__all__ = ["states_only_waiting_thresholds"]

_ASKS_TIME_TAKEN = re.compile(
    r"걸리|걸려|걸립|\bhow\s+long\s+(?:does|do|did|will|would|is|are)\b.*\btake",
    re.IGNORECASE,
)
_UNIT = rf"(?:{KO_TIME_UNIT}|{EN_TIME_UNIT})"
_DURATION = re.compile(rf"\d+(?:[.,~\-]\d+)?\s*{_UNIT}", re.IGNORECASE)
# What follows a duration that is a threshold: "20분이 지나도", "3일 넘게", "경과하면",
# "20 minutes have passed".
_THRESHOLD_AFTER = re.compile(
    r"\s*(?:이|가|을|를)?\s*(?:지나|지난|넘|경과)|\s+(?:have|has)\s+(?:passed|elapsed|gone\s+by)",
    re.IGNORECASE,
)


def states_only_waiting_thresholds(question: str, sentence: str) -> bool:
    """Whether the question asks how long a thing takes and the sentence states only thresholds.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the sentence states at least one duration and each is followed by
        지나다/넘다/경과 or "have passed"; False otherwise (including when the question
        itself speaks of time passing: "며칠 지나면 취소돼요?" asks for that threshold).
    """
    if not _ASKS_TIME_TAKEN.search(question) or _THRESHOLD_AFTER.search(question):
        return False
    spans = list(_DURATION.finditer(sentence))
    if not spans:
        return False
    return all(_THRESHOLD_AFTER.match(sentence, m.end()) for m in spans)


# The results of something, said as the subject of a wait ("결과는 2~3일 안에 나옵니다",
# "Results are ready in 2 to 3 days").
_RESULT_WORD = re.compile(r"결과|\bresults?\b", re.IGNORECASE)


def states_only_result_waits(question: str, sentence: str) -> bool:
    """Whether the question asks how long a thing takes and the sentence only says when its
    results come.

    "How long does the blood test take?" asks for the test's own length; "혈액 검사 결과는
    2~3일 안에 나옵니다" says how long its results take (a wrong answer in blind set 9 of
    the workload). Closed-class: every duration of the sentence follows a word for results
    (결과, result), and the question names no result itself ("피검사 결과는 며칠 걸려요?"
    asks exactly that wait).
    """
    if not _ASKS_TIME_TAKEN.search(question) or _RESULT_WORD.search(question):
        return False
    spans = list(_DURATION.finditer(sentence))
    if not spans:
        return False
    first_result = _RESULT_WORD.search(sentence)
    return first_result is not None and all(first_result.end() <= m.start() for m in spans)
