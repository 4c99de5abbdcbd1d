"""A count spelled in words makes a question as narrow as one written in digits.

The paraphrase matcher (:mod:`tools.faq_match`) never serves a question that states a
figure: "차 2대 가져가도 되나요?" asks about two cars, which the parking entry ("1시간
무료") does not answer. The same question typed "차 두대 가져가도 되나요?" stated no digit,
so the entry's answer was served to it (held-out set 39: a campsite's second car). A count
in native Korean number words before a counter ("두 대", "세명", "다섯 번") or an English
number word before a noun ("two cars", "three nights") is a figure too.

Closed classes only, and the numbers from two up: "한 번", "한 명", "one" are phrasing
more often than a count ("한 번 물어볼게요", "one question"). Not an ordinal ("두 번째"),
and not a word that merely begins like a count ("세대" households, "세트" sets, "네" yes):
the counter must end the word or take a particle. This module imports nothing of
:mod:`tools.rag` (whose package import loads the search stack) so the FAQ stays cheap.
"""

from __future__ import annotations

import re

from core.text import KOREAN_COUNT_FORMS
from tools.followup_slot_kinds import ENGLISH_NUMBER_WORDS

__all__ = ["states_spelled_count"]

_KOREAN_NUMBERS = sorted(
    (w for w, d in KOREAN_COUNT_FORMS.items() if int(d) >= 2), key=len, reverse=True
)
# Counters a native number stands before; longer ones first so "마리" is not read as "마".
_KOREAN_COUNTERS = "마리|켤레|그릇|인분|시간|번|회|명|개|대|잔|장|벌|권|병|곳|박|달|살"
_KOREAN_COUNT = re.compile(
    rf"(?<![가-힣\d])(?:{'|'.join(_KOREAN_NUMBERS)})\s*(?:{_KOREAN_COUNTERS})"
    r"(?!째)(?=$|[^가-힣]|[이가은는을를도만씩에의요로과와랑당]|까지|짜리|정도)"
)
_ENGLISH_NUMBERS = sorted((w for w, n in ENGLISH_NUMBER_WORDS.items() if n >= 2), key=len)
# "two cars", "three nights", "a couple of bags": a number word before a noun.
_ENGLISH_COUNT = re.compile(
    rf"\b(?:{'|'.join(reversed(_ENGLISH_NUMBERS))}|a\s+couple\s+of)\s+(?!of\b|or\b|and\b|to\b)"
    r"[a-z]+",
    re.IGNORECASE,
)


def states_spelled_count(question: str) -> bool:
    """Whether the question states a count of two or more in number words.

    Args:
        question: The user's question.

    Returns:
        True for "차 두대 가져가도 되나요?", "세 명이 가도 돼요?", "can I bring two cars";
        False for "한 번 물어볼게요", "두 번째 방문인데요", "세대주만 돼요?", "one question".
    """
    return bool(_KOREAN_COUNT.search(question) or _ENGLISH_COUNT.search(question))
