"""Whether a follow-up names one operation on the previous result, with at most one figure.

The last resort of :func:`tools.followups.resolve_follow_up` applies a turn holding a
reference ("that", "그거") to the previous result as one more step. It used to take
every such turn no guard excluded, so a new subject with a figure ("that's for 2
adults", "그거 말고 내 커피값 4,500원은?") or a restated fact ("it was 90 last time")
became a step; only the handlers' failing to read it kept it from an answer. Now the
turn must name what to do ("divide it by 3", "거기서 2,000원 빼면?", "round that",
"and 3 weeks before that?") and give at most one figure to do it with (a span of hours
and minutes counts as one).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["names_one_operation"]

_OPERATION = LazyPattern(
    # English: the arithmetic verbs and words, a share, a rounding, a shift in time.
    r"\b(?:divide[sd]?|dividing|split|share|times|multipl\w*|add|added|adding|plus|minus"
    r"|subtract\w*|take\b[^.?!]{0,20}\b(?:off|away|out)|deduct\w*|less|off|percent|per\s*cent"
    r"|round\w*|double[sd]?|triple[sd]?|quadruple[sd]?|half|halve[sd]?|square[sd]?|cube[sd]?"
    r"|before|after|later|earlier|ago|increase[sd]?|decrease[sd]?|raise[sd]?|reduce[sd]?)\b"
    r"|%"
    # Korean: 나누면, 곱하면, 더하면, 빼면, 두 배, 반올림, 제곱, 절반, 오르면, 깎으면, 3일 뒤.
    r"|나누|나눠|나눈|곱하|곱해|곱한|더하|더해|더한|빼|뺀|퍼센트|프로|반올림|올림|내림|버림"
    r"|제곱|절반|반(?:은|만|으로)|오르|올라|올리|내리|내려|인상|인하|할인|깎|차감|합치|합하|합쳐"
    r"|추가|바꾸|바꿔|환전|분의|\bconvert\w*|\bexchange\w*"
    r"|(?:\d|두|세|네|다섯)\s*배(?:로|면|는|가|를|하|에서|$|\s|[?？])"
    r"|(?:일|주|주일|달|개월|년|시간|분)\s*(?:뒤|전|후)",
    re.IGNORECASE,
)
# "1시간 5분", "2 hours 10 minutes": one span, one figure.
_COMPOUND_SPAN = LazyPattern(
    r"\d+\s*(?:시간|hours?|hrs?|h)\s*(?:and\s+)?\d+\s*(?:분|minutes?|mins?|m\b)", re.IGNORECASE
)
_MOST_FIGURES = 2
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def names_one_operation(text: str) -> bool:
    """Whether ``text`` names an operation and gives it at most one figure."""
    if _OPERATION.search(text) is None:
        return False
    figures = _FIGURE.findall(_COMPOUND_SPAN.sub("1", text))
    # Two at most: "3분의 1", "3,000원짜리 노트 2권 추가하면", "달러로 바꾸면? 달러는 1,380원".
    return len(figures) <= _MOST_FIGURES
