"""A question about how to pay is answered only by a sentence naming a way to pay.

"can i pay the locker deposit by card?" was answered with "Lockers need a 20.00
deposit.": the sentence names the deposit and a sum, the words the question shares
with it, yet says nothing of cards, cash or any other way of paying. Whether a means
is accepted is the question; a sentence naming none of them (cash, card, transfer, …)
cannot answer it, in either language.

Closed-class only: the ways to pay are everyday words, not a document's.
"""

from __future__ import annotations

import re

__all__ = ["asks_payment_means", "names_no_payment_means"]

_MEANS_EN = (
    r"cash|cards?|credit\s+cards?|debit\s+cards?|cheques?|checks?|bank\s+transfers?|"
    r"transfers?|paypal|apple\s+pay|google\s+pay|vouchers?|coupons?|"
    # Paying with a phone (docwrongs52): "results are not given over the phone" is no answer.
    r"(?:mobile\s+)?phones?|mobile(?:\s+(?:payments?|wallets?))?|contactless"
)
# "pay (the deposit) in cash", "paid by card", "do you take cards", "accept cash".
_ASKS_EN = re.compile(
    rf"\b(?:pay|pays|paid|paying|payment|settle)\b[^?.!]*?\b(?:in|by|with|using|via)\s+"
    rf"(?:a\s+|my\s+)?(?:{_MEANS_EN})\b|"
    rf"\b(?:take|takes|accept|accepts|accepted)\s+(?:{_MEANS_EN})\b|"
    # "can i pay cash", typed without the preposition.
    rf"\b(?:pay|pays|paying)\s+(?:{_MEANS_EN})\b",
    re.IGNORECASE,
)
_MEANS_KO = (
    r"현금|카드|신용카드|체크카드|계좌\s*이체|이체|무통장|송금|상품권|페이|휴대폰|핸드폰|모바일"
)
# "현금으로 내도 돼요", "카드 결제 돼요", "이체로 보내도".
_ASKS_KO = re.compile(
    rf"(?:{_MEANS_KO})\s*(?:으로|로|도|는|만)?\s*(?:내|결제|지불|계산|납부|보내|돼|되|가능)"
)
# An English sentence naming a means as a way to pay: "Cash is accepted", "we take cards",
# "cash is welcome", "cards only".
# One naming cash in another relation ("vouchers cannot be exchanged for cash") says
# nothing of paying with it. English only: Korean writes paying in too many conjugated
# forms (낼 수 있으며, 받지 않습니다) for a closed list to be safe.
_PAYING_EN = re.compile(
    r"\b(?:pay|pays|paid|paying|payments?|accept|accepts|accepted|accepting|take|takes|taken|"
    r"settle|settled|welcome|welcomed|only)\b",
    re.IGNORECASE,
)
_HANGUL = re.compile(r"[가-힣]")
_NAMES_MEANS = re.compile(
    rf"\b(?:{_MEANS_EN})\b|{_MEANS_KO}|계좌|결제\s*수단|지불\s*수단|payment\s+methods?",
    re.IGNORECASE,
)


def asks_payment_means(question: str) -> bool:
    """Whether the question asks if a way of paying (cash, card, transfer) is accepted."""
    return bool(_ASKS_EN.search(question) or _ASKS_KO.search(question))


def names_no_payment_means(question: str, sentence: str) -> bool:
    """Whether the question asks about a way to pay and the sentence names none.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when :func:`asks_payment_means` and the sentence names no way of paying, or
        names one without saying anything of paying ("exchanged for cash").
    """
    if not asks_payment_means(question):
        return False
    if _NAMES_MEANS.search(sentence) is None:
        return True
    return _HANGUL.search(sentence) is None and _PAYING_EN.search(sentence) is None
