"""'Can I get both discounts together?' is answered only by a sentence on combining them.

Blind set 47: "국가유공자 할인이랑 주민할인 같이 받을 수 있어요?" quoted the two discount rules
("주민등록등본 1부를 내 주세요.", "국가유공자와 … 50% 할인받습니다.") and left out the one
sentence that answers it ("두 할인은 함께 받을 수 없습니다."): each rule names the discounts
asked about, and neither says whether they combine. A question asking whether two things
may be had, used or applied together ("같이/함께/동시에/중복으로 받을 수 있어요?", "can I
combine …", "do the discounts stack", "on top of") is answered only by a sentence that
speaks of combining (함께, 같이, 동시에, 중복, 겹쳐, together, combined, stack, on top of,
in addition to, with any other …); the rules of each thing alone are no answer.

Closed classes only: the words of combining and the verbs of having a benefit.
"""

from __future__ import annotations

import re

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import english_tokens, tokenize

__all__ = ["adds_another_thing", "asks_combined", "misses_combination"]

_KO_TOGETHER = r"(?:같이|함께|동시에|중복\s*(?:으로|해서)?|겹쳐(?:서)?|한꺼번에|둘\s*다)"
# "… 같이 받을 수 있어요", "중복 적용 되나요", "함께 쓸 수 있나요": a benefit had together.
_ASKS = re.compile(
    rf"{_KO_TOGETHER}\s*(?:받|적용|쓰|쓸|사용|할인|돼|되|가능)|"
    r"\b(?:combine[ds]?|combining|stack(?:s|ed|able)?)\b|\bon\s+top\s+of\b|"
    r"\b(?:use|get|have|claim|apply)\s+(?:both|the\s+two|two|them)(?:\s+[a-z]+)?\s+"
    r"(?:together|at\s+once|at\s+the\s+same\s+time)\b",
    re.IGNORECASE,
)
_STATES = re.compile(
    r"함께|같이|동시에|중복|겹쳐|겹치|한꺼번에|둘\s*중|하나만|"
    r"\b(?:together|combined?|combination|stack(?:s|ed)?|both|in\s+addition\s+to|on\s+top\s+of|"
    r"with\s+(?:any\s+)?other|one\s+(?:offer|discount)\s+(?:only|at\s+a\s+time))\b",
    re.IGNORECASE,
)


def asks_combined(question: str) -> bool:
    """Whether the question asks if two benefits may be had together.

    >>> asks_combined("학생 할인이랑 조조 할인 같이 받을 수 있어요?")
    True
    >>> asks_combined("친구랑 같이 가도 돼요?")
    False
    """
    return bool(_ASKS.search(question))


def misses_combination(question: str, sentence: str) -> bool:
    """Whether the question asks about combining and the sentence says nothing of it.

    >>> misses_combination("can i combine the two discounts", "Students get 10% off.")
    True
    >>> misses_combination("can i combine the two discounts", "Discounts cannot be combined.")
    False
    """
    if not asks_combined(question):
        return False
    return not _STATES.search(sentence) or adds_another_thing(question, sentence)


# "£8 a month on top of the rent", "in addition to the deposit": one named charge added to
# another. Said of other things than the question's, it answers nothing about them.
_ADDED_TO = re.compile(r"\b(?:on\s+top\s+of|in\s+addition\s+to)\b", re.IGNORECASE)
_NOT_ASKED_THINGS = frozenset(
    english_tokens(
        "is are was were do does did can could will would i we you it they my our your the "
        "a an get use have claim apply both two them together also still added extra"
    )
)


def adds_another_thing(question: str, sentence: str) -> bool:
    """Whether the sentence adds a thing to another, naming none of the asked things.

    Blind set 51: "is vat on top of the price" was answered "Business Plus costs £8 a month
    on top of the rent.": it speaks of adding, but of the Business Plus fee to the rent,
    while "All prices include VAT." is the answer.

    >>> adds_another_thing("is vat on top of the price", "Parking is £8 on top of the rent.")
    True
    >>> adds_another_thing("is vat on top of the price", "VAT is added on top of the price.")
    False
    """
    if not _ADDED_TO.search(sentence):
        return False
    asked = {t for t in tokenize(_ASKS.sub(" ", question)) if t not in _NOT_ASKED_THINGS}
    if not asked:
        return False
    held = set(tokenize(sentence))
    return not any(equivalents(t) & held for t in asked)
