"""A question whether a cost is paid back is answered only by a sentence that says so.

Why: "are parking fees covered too?", asked alone, was answered with the clinic's parking
fee ("1시간이 지나면 10분마다 500원의 요금이 붙습니다"): "fees" matched 요금, and the
sentence says what parking costs, not whether anyone pays it back. "covered" (like
reimbursed, refunded, paid back, claimable, 환급, 지원돼요) asks about a rule that repays a
cost; the expense policy states one ("Parking and tolls are reimbursed with a receipt").

Two readings, both keyed on the *role* of the question's words, not on a phrase:

- the relation asked: a question asking whether (or how much, or when) a cost is paid
  back (:func:`asks_paid_back`) is answered only by a sentence stating a rule of paying
  back (:func:`states_paid_back`: reimbursed, covered, claim, refund, allowance, 환급,
  지원, 청구, 정산 ...); any other sentence, however well it matches the item, is no
  answer and the documents decline;
- the cost word: in such a question "fees", "costs", "charges", 비용, 요금 only say the
  item costs money (:func:`paid_back_cost_terms`); they are left out of the sentence
  match so the item and the relation pick the sentence (a fee's price never outranks the
  rule that repays it).
"""

from __future__ import annotations

import functools
import re

from tools.rag.textutil import tokenize

__all__ = [
    "asks_paid_back",
    "paid_back_cost_terms",
    "paid_back_relation_terms",
    "states_paid_back",
]

# The relation a question asks: is a cost paid back (to the asker, by a policy or payer).
# Not a refund (환불, refunded) of one's own booking: a cancellation table states it in its
# header ("| 취소 시점 | 환불 |"), and its rows ("결제 금액의 50%") answer without the word
# (held-out set 39).
_EN_PAID_BACK = re.compile(
    r"\b(?:covered|covers?|reimburs\w*|claimable|compensat\w*"
    r"|paid\s+back|pay\s+(?:me\s+|us\s+|it\s+|that\s+|them\s+)?back"
    r"|claim(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?back|claim(?:s|ed)?\s+for|can\s+(?:i|we)\s+claim"
    r"|get\s+(?:that|it|this|them|the\s+money|my\s+money)\s+back"
    r"|(?:company|foundation|employer|they|policy|insurance)\s+(?:pays?|will\s+pay)\s+for"
    # "can i put the beer i had with dinner on the claim": put on an expense claim (set 52).
    r"|put\s+(?:[\w']+\s+){1,8}?on\s+(?:the|my|an?|our)\s+(?:expense\s+)?(?:claims?|expenses?"
    r"|expense\s+report))\b",
    re.IGNORECASE,
)


# The word sets below are index tokens, read on first use: tokenizing "비용 요금 경비 비" at
# import started the Korean analyser (Kiwi, seconds and some 300 MB) in every process that
# imports the graph (the CLI, the app, each MCP server), whether or not it ever reads Korean.
@functools.cache
def _relation_words() -> frozenset[str]:
    """The words of the relation itself ("get paid back", "put … on the claim"): the
    answering sentence must state the repaying (states_paid_back), in its own words."""
    return frozenset(tokenize("paid pay pays get got gets back put puts claim claims"))


# "what does the check-up cover": what a thing includes, no cost repaid.
_EN_WHAT_COVERS = re.compile(
    r"\bwhat\s+(?:all\s+)?(?:does|do|will|did)\s+(?:the\s+|a\s+|an\s+|my\s+|your\s+)?"
    r"[\w\s-]{0,30}?\bcover\b|\bwhat\s+(?:is|'s|are)\s+covered\s+(?:in|on|at)\b",
    re.IGNORECASE,
)
_KO_PAID_BACK = re.compile(
    r"환급|보상|정산\s*(?:돼|되|받|해\s*주|가능)|지원\s*(?:돼|되|받|해\s*주|가능)"
    r"|돌려\s*(?:받|줘|주)|청구\s*(?:돼|되|할\s*수|가능|해도)"
    r"|(?:회사|재단|회사에서|재단에서)\s*\S*\s*(?:내\s*줘|내\s*주|부담|대\s*줘|대\s*주)"
)
# A rule of paying a cost back, in the answering sentence.
_STATES_PAID_BACK = re.compile(
    r"\b(?:reimburs\w*|refund\w*|covered|covers?|claims?|claimed|allowances?|compensat\w*"
    r"|paid\s+(?:back|out|with)|pays?\s+back|expensed?)\b"
    r"|환급|환불|보상|정산|지원|청구|지급|돌려|부담",
    re.IGNORECASE,
)


@functools.cache
def _cost_words() -> frozenset[str]:
    """The words that only say the item costs money (as index tokens)."""
    return frozenset(
        tokenize("fee fees cost costs charge charges fare fares expense expenses bill bills price")
        + tokenize("비용 요금 경비 비")
    )


# Off only in the test that shows what the rule changes.
use_paid_back = True
use_paid_back_relation = True


def asks_paid_back(question: str) -> bool:
    """Whether the question asks if (how much, when) a cost is paid back, in either language.

    Args:
        question: The step text.

    Returns:
        True for "are parking fees covered too?", "do i get my tolls reimbursed", "주차비도
        환급돼요?"; False for "what does the check-up cover" and for questions that name
        no repaying at all ("how much is the parking fee").
    """
    if not use_paid_back:
        return False
    if _KO_PAID_BACK.search(question):
        return True
    return bool(_EN_PAID_BACK.search(question)) and not _EN_WHAT_COVERS.search(question)


def states_paid_back(sentence: str) -> bool:
    """Whether a quoted sentence states a rule of paying a cost back (or of not doing so)."""
    return bool(_STATES_PAID_BACK.search(sentence))


def paid_back_cost_terms(question: str, terms: tuple[str, ...] | list[str]) -> list[str]:
    """The question's terms that only say the item costs money, in a paid-back question.

    Args:
        question: The step text.
        terms: Its analysed terms (index tokens).

    Returns:
        "fee" of "are parking fees covered", "비" of "주차비도 환급돼요"; nothing for a
        question that does not ask about paying back, or whose only topic is the cost word.
    """
    if not asks_paid_back(question):
        return []
    cost_words = _cost_words()
    costs = [t for t in terms if t in cost_words]
    others = [t for t in terms if t not in cost_words]
    return costs if others else []


def paid_back_relation_terms(question: str, terms: tuple[str, ...] | list[str]) -> list[str]:
    """The question's terms that only say the repaying asked, in a paid-back question.

    "do highway tolls get paid back" asks what "Parking and tolls are reimbursed with a
    receipt" states: "paid" and "back" are the relation, which the answering sentence must
    state in its own words (checked by :func:`states_paid_back`), not terms it must hold
    (round 61: the sentence lacked "paid" and the question was declined). Likewise "put"
    and "claim" of "can i put the beer … on the claim". Only words inside the relation's
    own phrase count, and never all of the question's terms (then nothing is asked of).

    Args:
        question: The step text.
        terms: Its analysed terms (index tokens).

    Returns:
        ``["paid", "back"]`` for "do tolls get paid back"; nothing for a question that
        does not ask about paying back.
    """
    if not asks_paid_back(question) or not use_paid_back_relation:
        return []
    said = {
        token
        for found in _EN_PAID_BACK.finditer(question)
        for token in tokenize(found.group(0))
        if token in _relation_words()
    }
    relation = [t for t in terms if t in said]
    return relation if len(relation) < len(terms) else []
