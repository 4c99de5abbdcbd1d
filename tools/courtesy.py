"""What a chat message says around its request: courtesy, a greeting, a self-introduction.

"70kg in pounds pls", "안녕 난 박지훈이야 월급 310만원이면 연봉으로 얼마야", "2027년 3월
14일 무슨 요일임": the readers of plain requests (units, dates, the calculator) expect
the message to be the request, and read none of these, though each holds one they
answer. A courtesy word at either end, a greeting and a self-introduction before the
request, and the chat ending "임" after a question word ("요일임" for "요일이야") are
left out before they read it; a figure given as a premise with "인데" reads as "이면",
and who was born is left out before a birth date. Other words inside the request are
left as they are.
"""

from __future__ import annotations

import re

from tools.chat_adverbs_49a import without_lump_sum_adverbs

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
# "키 162cm인데 몇 피트야", "1962년 3월 5일생인데 …에 만 몇살이야": a figure stated as the
# premise with "인데" ("given that …") reads as the "이면" the readers know.
_PREMISE_INDE = re.compile(r"(?<=[0-9A-Za-z%°]|생)\s?인데(?=[\s,])")
# "우리 엄마 송미경씨 1962년 3월 5일생이면": who was born, before the birth date.
_WHO_WAS_BORN = re.compile(r"^\s*(?:[가-힣]+\s+){1,3}(?=(?:19|20)\d{2}\s*년[^?？]{0,20}생)")
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
    trimmed = without_lump_sum_adverbs(trimmed)  # "3개월 치 한꺼번에 내면": no figure
    trimmed = _WHO_WAS_BORN.sub("", _PREMISE_INDE.sub("이면", trimmed), count=1)
    return trimmed if trimmed.strip() else text
