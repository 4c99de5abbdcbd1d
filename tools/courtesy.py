"""What a chat message says around its request: courtesy, a greeting, a self-introduction.

"70kg in pounds pls", "안녕 난 박지훈이야 월급 310만원이면 연봉으로 얼마야", "2027년 3월
14일 무슨 요일임": the readers of plain requests (units, dates, the calculator) expect
the message to be the request, and read none of these, though each holds one they
answer. A courtesy word at either end, a greeting and a self-introduction before the
request, and the chat ending "임" after a question word ("요일임" for "요일이야") are
left out before they read it; words inside the request are left as they are.
"""

from __future__ import annotations

import re

__all__ = ["without_courtesy"]

_WORDS = r"(?:please|pls|plz|pleasee+|thanks|thx|ty|thank\s+you|kindly)"
_AT_END = re.compile(rf"[\s,]*\b{_WORDS}\b[\s.!?~]*$", re.IGNORECASE)
_AT_START = re.compile(rf"^\s*\b{_WORDS}\b[\s,:]*", re.IGNORECASE)
# "안녕", "ㅎㅇ", "hi", "hey there," at the start of a message.
_GREETING = re.compile(
    r"^\s*(?:안녕하세요|안녕|ㅎㅇ|하이|hi|hello|hey)(?:\s+there)?(?![A-Za-z가-힣])[\s,.!~]*",
    re.IGNORECASE,
)
# "난 박지훈이야", "저는 김민수입니다.", "im Jane," before the request: who is asking.
_INTRODUCTION = re.compile(
    r"^\s*(?:난|나는|저는|전|나|저)\s+[가-힣]{2,4}?(?:이야|야|입니다|이에요|예요|에요)[\s,.!~]+"
    r"|^\s*(?:i'?m|i\s+am|this\s+is)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[,.!]\s*",
    re.IGNORECASE,
)
# "무슨 요일임", "며칠임?": chat's "임" for "이야" after a question word.
_CHAT_IM = re.compile(r"(요일|며칠|얼마|몇\s*[가-힣]{0,2}|언제)임(?=\s*[?？]?\s*$)")


def without_courtesy(text: str) -> str:
    """``text`` without courtesy, greeting or self-introduction around its request."""
    trimmed = _AT_START.sub("", _AT_END.sub("", text))
    # "?" kept: a question mark after the courtesy word still marks the question.
    if trimmed != text and text.rstrip().endswith("?") and not trimmed.endswith("?"):
        trimmed += "?"
    trimmed = _INTRODUCTION.sub("", _GREETING.sub("", trimmed), count=1)
    trimmed = _CHAT_IM.sub(r"\1이야", trimmed)
    return trimmed if trimmed.strip() else text
