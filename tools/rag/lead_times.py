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

__all__ = ["states_only_lead_times"]

_ASKS_TIME_TAKEN = re.compile(
    r"걸리|걸려|걸립|\bhow\s+long\s+(?:does|do|did|will|would|is|are)\b.*\btake",
    re.IGNORECASE,
)
# A question that itself asks how early ("몇 일 전에", "how far in advance") wants the lead time.
_ASKS_LEAD_TIME = re.compile(
    r"\bin advance\b|\bahead\b|\bbeforehand\b|\bhow early\b|\bprior\b|전에|전까지|미리|앞서",
    re.IGNORECASE,
)
_UNIT = rf"(?:{KO_TIME_UNIT}|{EN_TIME_UNIT})"
_DURATION = re.compile(rf"\d+(?:[.,~\-]\d+)?\s*{_UNIT}", re.IGNORECASE)
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
    if not _ASKS_TIME_TAKEN.search(question) or _ASKS_LEAD_TIME.search(question):
        return False
    spans = list(_DURATION.finditer(sentence))
    if not spans:
        return False
    return all(_LEAD_AFTER.match(sentence, m.end()) for m in spans)
