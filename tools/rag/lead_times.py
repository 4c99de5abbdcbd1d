"""A span of notice given in advance does not say how long something takes.

"How long does a guided tour take?" asks the tour's length. "Groups must book at least
14 days in advance" is about the same tour and states a duration, but it is a lead time:
how early one must act before the event, not how long the event lasts (blind set 16 was
answered with it). Likewise "현장학습 3일 전까지 알려 주세요" does not say how long a
field trip takes. The rule, closed-class only: when a question asks how long something
takes (걸리다, "how long does … take") and every duration of the sentence is followed by a
word of advance notice ("in advance", "ahead", "before", "prior", 전, 앞서), the sentence
answers another question (how early, not how long).
"""

from __future__ import annotations

import re

from tools.rag.time_phrases import EN_TIME_UNIT, KO_TIME_UNIT

__all__ = ["keeps_nothing", "states_only_lead_times"]

_ASKS_TIME_TAKEN = re.compile(
    r"걸리|걸려|걸립|\bhow\s+long\s+(?:does|do|did|will|would|is|are)\b.*\btake",
    re.IGNORECASE,
)
# How long something is kept or lasts ("우체국에 며칠 맡아줘요?", "how long do you hold
# parcels?") is no lead time either: "방문 접수는 하루 전까지 신청" says how early to ask.
_ASKS_DURATION = re.compile(
    r"며칠|몇\s*(?:일|시간|주|달|개월)|얼마\s*(?:나|동안)|\bhow\s+(?:long|many\s+days)\b",
    re.IGNORECASE,
)
_KEPT = re.compile(
    r"맡아|맡겨|맡기|맡아\s*주|보관|보존|\b(?:keep|keeps|kept|hold|holds|held|store|stored)\b",
    re.IGNORECASE,
)
# What a passage may say keeping with: the asked words, and how long a thing stays valid.
_KEEPING_STATED = re.compile(
    rf"{_KEPT.pattern}|유효|만료|\b(?:valid|expires?|expiry|storage|lasts?)\b", re.IGNORECASE
)
# A question that itself asks how early ("몇 일 전에", "how far in advance") wants the lead time.
_ASKS_LEAD_TIME = re.compile(
    r"\bin advance\b|\bahead\b|\bbeforehand\b|\bhow early\b|\bprior\b|전에|전까지|미리|앞서",
    re.IGNORECASE,
)
_UNIT = rf"(?:{KO_TIME_UNIT}|{EN_TIME_UNIT})"
# A duration in figures, or a Korean one in words ("하루 전까지", "이틀 전"). A duration of
# two units is one span ("1시간 30분 전까지", "1 hour and 30 minutes before"): only its
# last unit is followed by the word of notice.
_FIGURE = rf"\d+(?:[.,~\-]\d+)?\s*{_UNIT}"
_DURATION = re.compile(
    rf"{_FIGURE}(?:\s*(?:and\s+)?{_FIGURE})*|"
    r"(?<![가-힣])(?:하루|이틀|사흘|나흘|닷새|보름|일주일)",
    re.IGNORECASE,
)
# What follows a duration that is a lead time: "14 days in advance", "2 weeks ahead",
# "24 hours before", "3일 전까지", "일주일 앞서".
_LEAD_AFTER = re.compile(
    r"\s*(?:in\s+advance|ahead|beforehand|before|prior|earlier)\b|"
    # 전 ending the word or taking a particle ("3일 전", "전까지"), not 전화 or 전체.
    r"\s*(?:이?전(?:에는|에|까지|부터|엔)?(?![가-힣])|앞서)",
    re.IGNORECASE,
)


def states_only_lead_times(question: str, sentence: str) -> bool:
    """Whether the question asks how long a thing takes and the sentence states only lead times.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the sentence states at least one duration and each is followed by a word
        of advance notice; False otherwise (including when the question itself asks how
        early: "예약은 며칠 전에 해야 돼요?" wants exactly that lead time).
    """
    kept = bool(_ASKS_DURATION.search(question) and _KEPT.search(question))
    if not (_ASKS_TIME_TAKEN.search(question) or kept) or _ASKS_LEAD_TIME.search(question):
        return False
    spans = list(_DURATION.finditer(sentence))
    if not spans:
        return False
    return all(_LEAD_AFTER.match(sentence, m.end()) for m in spans)


def keeps_nothing(question: str, passage: str) -> bool:
    """Whether the question asks how long a thing is kept and the passage keeps nothing.

    "우체국에 며칠 맡아줘요?" asks how long the post office holds a parcel: a home pick-up
    section ("같은 날 5개 이상을 보내면 …", "하루 전까지 신청") states days of other acts,
    and without a word of keeping (보관, 맡기다, 유효, keep, hold, valid) anywhere in it,
    none of its durations is how long something is kept.

    Args:
        question: The user's question.
        passage: The text the candidate sentence is from ('' when unknown: never True).

    Returns:
        True when the question asks a duration of keeping, not how early, and the passage
        names no keeping at all.
    """
    if not passage or not (_ASKS_DURATION.search(question) and _KEPT.search(question)):
        return False
    return not _ASKS_LEAD_TIME.search(question) and not _KEEPING_STATED.search(passage)
