"""A question asking for a deadline is answered by a limit, not a period counted from it.

"How long do I have to return the form?" asks when the form is due. "A reminder is sent
7 days after the due date" is about the same form and states a duration, but it counts
from the deadline asked for: it says what happens once the deadline has passed. And
"we check it again after 3 days" states a period but no limit ("due", "within", "까지").
"""

from __future__ import annotations

import re

from tools.rag.time_phrases import EN_LONG_UNIT

__all__ = ["misses_deadline", "misses_obliged_deadline"]

# "How long do I have to pay?", "며칠 안에 내야 해요?": the period one is allowed. "How long
# do I have to wait?" asks how long something lasts, not a deadline.
# Nor "how long do I have to not eat / avoid alcohol": how long to abstain, a length.
_ENDURING = (
    r"(?:wait|stay|keep|fast|remain|rest|wear|take|be|sit|hold|soak|cook|bake|let|use|not"
    r"|avoid)"
)
_ASKS_PERIOD_ALLOWED = re.compile(
    r"\bhow (?:long|many days|many weeks|much time) (?:do|does|will) (?:i|we|you|they|he|she) "
    rf"(?:have|get) (?:to (?!{_ENDURING}\b)[a-z]+|left|before|until)\b|"
    r"\bhow long have (?:i|we|you) got\b|며칠\s*(?:안|이내|내)에|몇\s*일\s*(?:안|이내|내)에",
    re.IGNORECASE,
)
# Also a question for the deadline as a date: "by when", "언제까지", "납부 기한".
_ASKS_DEADLINE = re.compile(
    rf"{_ASKS_PERIOD_ALLOWED.pattern}|\bby when\b|언제까지|기한", re.IGNORECASE
)
# What states a limit: "due", "within", "by", "until", "까지", "이내".
_STATES_LIMIT = re.compile(
    r"\bdue\b|\bwithin\b|\bby\b|\buntil\b|\bno later than\b|\bup to\b|\bdeadline\b|"
    r"\bexpires?\b|까지|이내|안에|내에|기한|마감|납기|"
    # A period one may do it for is the period allowed: "14일 동안 빌릴 수 있습니다",
    # "Books can be kept for 14 days" (a loan's length answers when it is due back).
    r"동안[^.?!]*수\s*있|\b(?:can|may)\b[^.?!]*\bfor\s+\d+\s+"
    rf"{EN_LONG_UNIT}\b|"
    # The period given to act is the limit: "you have 14 days to fix the problem".
    rf"\b(?:have|has|get|gets|are given|is given)\s+\d+\s+{EN_LONG_UNIT}\s+to\s+[a-z]",
    re.IGNORECASE,
)
# "도착하기까지 보통 2~4일 걸립니다": 까지 before a verb of taking time ends the span a
# process lasts (how long until it arrives), not a limit one must keep.
# Likewise a count's 까지 ("1인 5권까지") bounds how many, not by when.
_TAKES_UNTIL = re.compile(
    r"까지[^.?!,]*?걸(?:리|려|립|린|릴)|\d\s*(?!일|주|달|개월|년|시|분|월)[가-힣]까지"
)
# The deadline named as a point a period counts from: "5 days after its due date",
# "납부 기한이 지나고 7일", "마감일 3일 후".
_DEADLINE_WORD = r"(?:due date|deadline|due day|closing date)"
_COUNTS_FROM_DEADLINE = re.compile(
    rf"\b(?:after|past|following|beyond)\s+(?:the\s+|its\s+|your\s+|their\s+|a\s+)?{_DEADLINE_WORD}|"
    rf"\b(?:overdue|late)\s+(?:by|for)\b|"
    r"(?:납부\s*)?(?:기한|마감일|납기일?|만기일?)(?:이|을|가)?\s*(?:지나|넘|\d+\s*일\s*(?:후|뒤|이후))",
    re.IGNORECASE,
)
_NAMES_DEADLINE = re.compile(
    rf"{_DEADLINE_WORD}|\blate\b|\boverdue\b|연체|늦|지나|넘기|기한\s*(?:후|뒤|이후|지나)",
    re.IGNORECASE,
)


def misses_deadline(question: str, sentence: str) -> bool:
    """Whether the question asks for a deadline the sentence does not state.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks by when (or how long one has) to do something, and
        says nothing of being late, while the sentence counts its period from a due date
        or deadline, or, for a period allowed, states no limit at all.
    """
    if not _ASKS_DEADLINE.search(question) or _NAMES_DEADLINE.search(question):
        return False
    if _COUNTS_FROM_DEADLINE.search(sentence):
        return True
    limits = _STATES_LIMIT.search(_TAKES_UNTIL.sub(" ", sentence))
    return bool(_ASKS_PERIOD_ALLOWED.search(question)) and not limits


# "신청은 언제까지 해야 돼요?", "by when do I have to apply?": by when one must act. Not
# "약국 언제까지 해요?" (until when a place is open, answered by its hours).
_ASKS_OBLIGED_DATE = re.compile(
    r"언제까지[^?!.]*(?:해야|내야|야\s*(?:돼|되|해|하|함)|신청|제출|접수|알려|말(?:해|씀))|"
    r"(?:신청|제출|접수|등록)[^?!.]*언제까지|"
    r"\bby when\b[^?!.]*\b(?:must|have to|has to|need to|needs to|should)\b|"
    r"\bby when\b[^?!.]*\b(?:apply|register|submit|sign up|book|cancel|tell|notify)\b",
    re.IGNORECASE,
)
# A date range also bounds when to act: "2월 1일부터 10일까지", "1~10일", "March 1–10".
_STATES_RANGE = re.compile(
    r"\d\s*[~–-]\s*\d|부터|\bfrom\b[^.?!]*\b(?:to|through)\b|"
    r"\bclos(?:e|es|ing)\b|\bends?\b|\blast day\b|마지막\s*날|종료"
)


def misses_obliged_deadline(question: str, sentence: str) -> bool:
    """Whether the question asks by when one must act and the sentence states no limit.

    "여름 휴원 때 긴급보육 신청은 언제까지 해야 돼요?" asks for a deadline; "여름 휴원은 8월
    첫째 주 5일 동안이며, 이 기간에도 당번 교사가 긴급보육을 합니다" is about the same
    emergency care and states a period, but not by when to apply (blind set 16 was
    answered with it). A sentence answering such a question writes a limit (까지, 이내,
    마감, "by", "until", "within", "up to") or a range of dates.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks by when to do something (an obligation or an
        application with 언제까지 / "by when"), says nothing of being late, and the
        sentence states neither a limit nor a range.
    """
    if not _ASKS_OBLIGED_DATE.search(question) or _NAMES_DEADLINE.search(question):
        return False
    if _STATES_LIMIT.search(_TAKES_UNTIL.sub(" ", sentence)):
        return False
    return not _STATES_RANGE.search(sentence)
