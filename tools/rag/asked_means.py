"""A Korean question whether one may pay *by a means* is answered only where that means is named.

"주차 요금은 카드로 내도 돼요?" asks about paying by card. "1시간이 지나면 10분마다 500원의
요금이 붙습니다" is about the parking fee, and the question's other words (주차, 요금, 내다)
all match it, so the lexical reading quoted it (the twenty-first unseen set's wrong
answer): it says nothing of cards. The means is what such a question asks about, so a
sentence answers it only when it names the means (in either language: "We accept credit
cards" answers "진료비 카드로 내도 돼요?").

The rule is narrow on purpose: only a noun marked with 로/으로 right before a verb of
paying (내다, 결제, 계산, 지불, 납부), asked as a permission or a possibility (해도 돼요,
할 수 있어요, 되나요). A question word ("뭐로", "무엇으로") or an amount ("반으로", "얼마로")
is no means, nor "걸" of "카카오페이 같은 걸로". A compound means counts as named where its head
is ("체크카드로 계산해도 돼요?" is answered by "We accept … debit cards").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import tokenize

__all__ = ["english_paid_thing", "means_unstated", "paid_thing_terms", "paying_means"]

_PAYING_BY = re.compile(
    r"(?<![가-힣A-Za-z])(?P<noun>[가-힣]{1,6}?|[A-Za-z]{2,12})\s*(?:으로|로)\s*"
    r"(?:(?:다|전부|모두|같이|따로)\s*)?"
    r"(?:내|낼|결제|계산|지불|납부)(?:해|하|할|해서)?\s*"
    r"(?:도\s*(?:돼|되|괜찮|가능)|수\s*(?:있|없)|(?:가능|되나|돼요|되요|되죠))"
)
# Words before 로 that say how much, how, when or which, never by what.
_NOT_A_MEANS = frozenset(
    {"뭐", "뭘", "무엇", "무얼", "어떤", "어느", "얼마", "반", "절반", "따로", "나중", "대신"}
    | {"그걸", "그거", "이걸", "이거", "저걸", "한번", "한꺼번", "나눠", "분할", "현장"}
    # "카카오페이 같은 걸로": the means is the word before, said as an example.
    | {"걸", "것", "거"}
)

# What is paid, said before the means: a charge compound ("병원비", "진료비를", "약값은",
# "주차 요금"), one word of a stem and a charge suffix (faqdoc60).
_PAID_THING = re.compile(
    r"(?<![가-힣])(?P<thing>[가-힣]{1,6}?(?:비|료|값|요금|비용))(?=[^가-힣]|$|(?:은|는|이|가|을|를|도|만)(?![가-힣]))"
)
# Off only in the test that shows what the paid thing's excuse changes.
use_paid_thing = True


def paid_thing_terms(question: str, unknown: Iterable[str]) -> list[str]:
    """The unheld terms that only name what is paid, in a question asking to pay by a means.

    "병원비 카드로 결제돼요?" asks whether a card is taken: 병원비 (the hospital bill) is what
    any payment there pays, and a page that writes "We accept credit cards" need not name
    it. Only when :func:`paying_means` reads a means, and only a charge compound said in the
    question; the answer must still name the means (:func:`means_unstated`).

    Args:
        question: The question as asked.
        unknown: Its topic terms no document holds.
    """
    if not use_paid_thing or paying_means(question) is None:
        return []
    things = {m["thing"] for m in _PAID_THING.finditer(question)}
    return [t for t in unknown if t in things]


def paying_means(question: str) -> str | None:
    """The means a Korean question asks it may pay by ("카드로 내도 돼요?" -> 카드), or None."""
    found = _PAYING_BY.search(question)
    if found is None or found["noun"] in _NOT_A_MEANS:
        return None
    return found["noun"]


def means_unstated(question: str, sentences: Iterable[str]) -> bool:
    """Whether the question asks about paying by a means none of ``sentences`` names.

    Args:
        question: The question as asked.
        sentences: The sentences an answer would quote.
    """
    means = paying_means(question)
    if means is None:
        return False
    # A compound means is named by its head too ("체크카드" by "debit cards": 카드).
    pieces = tokenize(means) or [means]
    heads = {means, pieces[-1]}
    wanted = {t for head in heads for word in equivalents(head) for t in (tokenize(word) or [word])}
    held = {t for text in sentences for t in tokenize(text)}
    return not (wanted & held)


# "can i pay the annual berth fee by credit card", "pay for parking with cash": what is paid,
# between the verb of paying and the means (blind set 52).
_EN_PAY_FOR_BY = re.compile(
    r"\bpay(?:ing)?\s+(?:for\s+)?(?P<thing>(?:[a-z'-]+\s+){1,4}?)"
    r"(?:by|with|using|via|in)\s+(?:a\s+|an\s+|my\s+|the\s+)?"
    r"(?:card|credit|debit|cash|cheque|check|phone|mobile|apple|google|paypal|bank|"
    r"contactless|instal+ments?|transfer|coins?|notes?|voucher|gift)\b",
    re.IGNORECASE,
)
# Words of the paid phrase that say which or whose charge, never what is paid for.
_NOT_THE_THING = frozenset(
    {"the", "a", "an", "my", "our", "your", "his", "her", "their", "this", "that", "it"}
    | {"fee", "fees", "bill", "bills", "charge", "charges", "cost", "costs", "price", "amount"}
    | {"balance", "total", "sum", "money", "invoice", "payment", "everything", "all", "rest"}
    | {"annual", "monthly", "weekly", "yearly", "daily", "full", "whole", "remaining", "first"}
    | {"last", "extra", "entire", "late", "outstanding", "deposit", "there", "here", "online"}
    | {"hire", "rental"}
)
# Off only in the test that shows what naming the English paid thing changes.
use_english_paid_thing = True


def english_paid_thing(question: str) -> str | None:
    """What an English question asks to pay for by a means, as an index term, or ``None``.

    "can i pay the annual berth fee by credit card" asks whether a card is taken for the
    berth: the sample clinic's "We accept credit cards" answers for another place's bills
    (blind set 52). Like the owner named with "'s" (:func:`tools.rag.subjects.
    english_possessor`), the thing paid for says whose rule is asked: a document never
    writing it states another's. Its last word that is not a charge word ("fee", "bill"),
    a determiner or a word of which charge ("annual", "remaining") names it.
    """
    if not use_english_paid_thing:
        return None
    m = _EN_PAY_FOR_BY.search(question)
    if m is None:
        return None
    words = [w for w in m["thing"].lower().split() if w not in _NOT_THE_THING]
    terms = tokenize(words[-1]) if words else []
    return terms[0] if terms else None
