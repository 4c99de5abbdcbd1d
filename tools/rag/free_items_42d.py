"""A sentence that says only what else comes free does not price the thing asked.

Why this exists: "8명이서 가면 방 얼마임?" (blind set 42) was answered with "생일 당일에 …
4명 이상이 시간제 방을 이용하면 음료 4잔을 무료로 드립니다": the sentence names the room and
"무료" is a price to the amount reader, yet what is free is the drinks, which the asker
never mentioned. The rule, for a question asking an amount: when every sum a sentence
states is a "free" (무료, free, no charge) and each one is said of a thing the question
does not name ("음료 4잔을 무료로", "Punnets and trays are free", "free parking"), the
sentence states no price of what was asked. A sentence with a real sum (22,000원, £4) is
left to the other screens, and so is a free thing the question names ("주차 무료에요?" over
"주차는 무료").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tools.rag.prices import money_spans
from tools.rag.textutil import tokenize

__all__ = ["frees_only_unasked_things"]

# "음료 4잔을 무료로", "음료를 무료로": the thing given free is the object before 을/를,
# with an optional count ("4잔") between.
_KO_FREE_OBJECT = re.compile(
    r"(?P<thing>[가-힣A-Za-z]+)\s*(?:\d+\s*[가-힣]{1,2})?(?:을|를)\s*(?:모두\s*)?무료로"
)
# "Punnets and trays are free", "The car park is free": the subject of "is/are free".
_EN_FREE_SUBJECT = re.compile(
    r"(?P<thing>[A-Za-z][A-Za-z -]{0,40}?)\s+(?:is|are)\s+(?:always\s+)?free\b", re.IGNORECASE
)
# "one hour of free parking": the thing named right after "free".
_EN_FREE_NOUN = re.compile(
    r"\bfree\s+(?!of\b|at\b|for\b|to\b|on\b|in\b|with\b|and\b|or\b|if\b|when\b)"
    r"(?P<thing>[A-Za-z][A-Za-z-]+)",
    re.IGNORECASE,
)
_FREE_WORDS = re.compile(r"무료|free|no charge", re.IGNORECASE)


def frees_only_unasked_things(
    question: str, sentence: str, answer_type: str | None, asked: Collection[str]
) -> bool:
    """Whether ``sentence`` prices nothing asked: its only sums are things given free unasked.

    Args:
        question: The user's question.
        sentence: A candidate sentence.
        answer_type: The kind of answer the question asks (only ``"amount"`` is screened).
        asked: The question's terms with the words they are matched through.
    """
    if answer_type != "amount":
        return False
    spans = money_spans(sentence)
    if not spans or not all(_FREE_WORDS.search(sentence[s:e]) for s, e in spans):
        return False
    things = [m.group("thing") for m in _KO_FREE_OBJECT.finditer(sentence)]
    things += [m.group("thing") for m in _EN_FREE_SUBJECT.finditer(sentence)]
    things += [m.group("thing") for m in _EN_FREE_NOUN.finditer(sentence)]
    if not things:
        return False
    named = set(asked) | set(tokenize(question))
    return not any(set(tokenize(thing)) & named for thing in things)
