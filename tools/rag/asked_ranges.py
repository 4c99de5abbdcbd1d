"""A question asking from when until when is not answered by a single date or deadline.

Why this exists: "여름방학 특강 기간이 언제부터 언제까지에요?" (the summer course's period)
was answered with "특강 신청은 6월 30일(수)까지 받습니다." (blind set 34): the sentence holds
특강 and a date, the kind of answer asked, but only one end of a span, and that of
another act (applying). A question that writes both ends ("언제부터 언제까지", "몇 시부터
몇 시까지", "from when to when") asks for a span; a sentence that writes no span (X부터 …
까지, a figure, a dash or a tilde and a figure, "from … to/until", "between … and") does
not state it, however well its date matches.

Closed-class only: the two-ended question words and the ways a span is written.
"""

from __future__ import annotations

import re

__all__ = ["asks_span", "misses_asked_span"]

_KO_WHEN = r"(?:언제|몇\s*시|며칠|몇\s*일|몇\s*월|몇\s*년도?)"
# Both ends asked: "언제부터 언제까지", "몇시부터 몇시까지", "몇 월부터 몇 월까지".
_KO_SPAN_ASKED = re.compile(rf"{_KO_WHEN}\s*부터.{{0,12}}?{_KO_WHEN}\s*까지")
_EN_SPAN_ASKED = re.compile(
    r"\bfrom\s+when\b.{0,30}?\b(?:to|until|till)\s+when\b|"
    r"\bwhen\b.{0,40}?\b(?:start|begin|open)s?\s+and\s+(?:end|finish|close)s?\b",
    re.IGNORECASE,
)
# How a sentence writes a span: X부터 … 까지 (or 에서 … 까지), figure ~ figure, figure – figure,
# "from … to/until/till/through", "between … and".
_SPAN = re.compile(
    r"(?:부터|에서).{0,40}?까지|"
    r"\d\s*[~〜～–—-]\s*\d|"
    r"\bfrom\b.{1,40}?\b(?:to|until|till|through)\b|"
    r"\bbetween\b.{1,40}?\band\b",
    re.IGNORECASE,
)


def asks_span(question: str) -> bool:
    """Whether the question asks both ends of a span ("언제부터 언제까지", "from when to when")."""
    return bool(_KO_SPAN_ASKED.search(question) or _EN_SPAN_ASKED.search(question))


def misses_asked_span(question: str, sentence: str) -> bool:
    """Whether a span is asked and the sentence writes none.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks from when until when and the sentence states no span.
    """
    return asks_span(question) and _SPAN.search(sentence) is None
