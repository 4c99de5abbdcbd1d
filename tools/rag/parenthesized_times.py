"""Clock times a sentence names only in a parenthesis say which case its rule is for.

"라벤더홀 토요일 예식시간 몇시몇시 있어요?" asks the hall's ceremony times. "각 날짜의 첫
예식(그랜드볼룸 11:00, 라벤더홀 11:30)은 대관료를 30% 할인해 드립니다" names the hall, a
ceremony and a time, so it passed every check, and was quoted (blind set 33); it states a
discount, and its times only say which ceremony gets it. A sentence whose every clock time
sits inside parentheses while the rest of it states a sum or a share (원, £, %, 할인,
discount, off) answers a question about that sum, not one asking for a time.

Closed-class only: the question asks for a time (the datetime answer type) and names no
price or discount itself (then the sentence may well be its answer); a sentence with any
time outside its parentheses is left to the other checks.
"""

from __future__ import annotations

import re

from tools.rag.answer_types import answer_type
from tools.rag.prices import MONEY

__all__ = ["times_only_in_parentheses"]

_PARENTHESIS = re.compile(r"\([^()]*\)|（[^（）]*）")
_CLOCK = re.compile(
    r"\b\d{1,2}:\d{2}\b|(?:오전|오후)\s*\d{1,2}\s*시|\d{1,2}\s*시(?![간작])|"
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)(?![a-z])",
    re.IGNORECASE,
)
_SUM_OR_SHARE = re.compile(
    rf"{MONEY}|할인|할증|\bdiscounts?\b|\boff\b|\bsurcharges?\b", re.IGNORECASE
)
_ASKS_PRICE = re.compile(
    r"얼마|비용|가격|요금|금액|할인|할증|대관료|식대|\bhow much\b|\bcost|\bprices?\b|\bfees?\b|"
    r"\bdiscounts?\b|\bcheaper\b|\bsurcharges?\b",
    re.IGNORECASE,
)


def times_only_in_parentheses(question: str, sentence: str) -> bool:
    """Whether a time question meets a sum's sentence naming its times only in parentheses.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks for a time and no price, the sentence writes clock
        times only inside parentheses, and outside them it states a sum or a share.
    """
    if answer_type(question) != "datetime" or _ASKS_PRICE.search(question):
        return False
    inside = " ".join(m.group(0) for m in _PARENTHESIS.finditer(sentence))
    outside = _PARENTHESIS.sub(" ", sentence)
    if not _CLOCK.search(inside) or _CLOCK.search(outside):
        return False
    return _SUM_OR_SHARE.search(outside) is not None
