"""Paying "by card" or "with my phone", as a payment rule writes it.

Why: "can I pay by card at the clinic" and "can I pay with my phone at the clinic" were
declined, though the payment FAQ states "We accept credit cards, debit cards and mobile
payments". Two closed readings of how people ask about paying:

- "by card" with no kind named is any payment card: a rule naming credit or debit
  (bank, contactless, cheque) cards rules on it. The permission reading
  (:mod:`tools.rag.act_objects`) took "credit" before "cards" for a narrowing word the
  question never says, as "ID card" narrows "card" for "can I bring my card";
- paying with a phone (a smartphone, a mobile) is what documents call a mobile payment.
  So before the search, "pay with my phone" is written "pay by mobile payment";
- a phone wallet named by its brand (Samsung Pay, Apple Pay, 카카오페이) is a mobile
  payment too: "can i pay with samsung pay or apple pay" was declined as "not in the
  documents: samsung, apple". Each run of wallet names ("samsung pay or apple pay") is
  written "mobile payment" (모바일 결제 in a Korean question) before the search. Only the
  brand joined to "pay"/페이: an apple, a Samsung phone or a Kakao taxi stays as typed;
  and only when the documents never write the brand: a studio's "현금, 신용카드,
  카카오페이로 결제하실 수 있습니다" answers "카카오페이 되나요" in its own word (held-out 43).

A card the question names a kind of ("my gift card", "a library card") is left to the
general reading: a rule on credit cards says nothing of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from tools.rag.textutil import tokenize

__all__ = [
    "rules_on_bare_payment_card",
    "with_phone_payment_worded",
    "with_wallets_as_mobile_payment",
]

# "pay by card", "paying with a card", "pay using my cards": no kind named before "card".
_PAY_BY_CARD = re.compile(
    r"\bpay(?:s|ing)?\s+(?:by|with|using|via)\s+(?:(?:a|my|your|the|our)\s+)?cards?\b",
    re.IGNORECASE,
)
# A rule's card of a payment kind: "credit cards", "debit card", "contactless cards".
_PAYMENT_CARD = re.compile(
    r"\b(?:credit|debit|bank|contactless|cheque|check)\s+cards?\b", re.IGNORECASE
)
# "pay with my phone", "paying by smartphone": the asker's phone as the means of paying.
_PAY_BY_PHONE = re.compile(
    r"\b(?P<verb>pay(?:s|ing)?)\s+(?:by|with|using|via|on|through)\s+"
    r"(?:(?:a|my|your|the|our)\s+)?(?:smart\s?phone|cell\s?phone|mobile\s+phone|phone|mobile(?!\s+payment))\b",
    re.IGNORECASE,
)

# A phone wallet's brand name: the brand joined to "pay" (Samsung Pay, ApplePay, 카카오페이).
# "apple/google pay" shares one "pay" between two brands.
_BRAND = r"(?:samsung|apple|google|kakao|naver|toss)"
_WALLET = (
    rf"(?:\b(?:{_BRAND}\s*(?:/|\bor\b)\s*)*{_BRAND}[\s-]?pay\b|\bpayco\b"
    r"|(?:삼성|애플|구글|카카오|네이버|토스)\s?페이|페이코)"
)
# A run of them: "samsung pay or apple pay", "카카오페이나 네이버페이", "apple/google pay".
_WALLETS = re.compile(
    rf"{_WALLET}(?:\s*(?:,|/|\bor\b|\band\b|이나|나|랑|이랑|하고|or)\s*{_WALLET})*",
    re.IGNORECASE,
)
_KOREAN = re.compile(r"[가-힣]")
# The words of a run of wallet names that name no brand.
_PAY_WORDS = frozenset({"pay", "페이", "or", "and", "이나", "나", "랑", "이랑", "하고"})


def with_wallets_as_mobile_payment(
    question: str, unknown: Callable[[list[str]], Collection[str]] = lambda words: words
) -> str:
    """``question`` with each run of wallet brand names written "mobile payment" (모바일 결제).

    Args:
        question: The user's question.
        unknown: Of the given index words, those the collection never holds (by default
            every word: no documents to ask).

    Returns:
        The question, each run of wallet names the documents do not write all of replaced.
    """
    wording = "모바일 결제" if _KOREAN.search(question) else "mobile payment"

    def worded(match: re.Match[str]) -> str:
        words = [t for t in tokenize(match[0]) if t not in _PAY_WORDS]
        return wording if not words or unknown(words) else match[0]

    return _WALLETS.sub(worded, question)


def rules_on_bare_payment_card(sentence: str, objects: frozenset[str], question: str) -> bool:
    """Whether a rule naming a payment card's kind rules on the question's bare "card".

    Args:
        sentence: A sentence stating a rule (the caller checked its form).
        objects: The stems of the object the question's act names ("card").
        question: The question as typed.

    Returns:
        True when the question asks to pay by a card of no named kind and the sentence
        names credit, debit, bank, contactless or cheque cards.
    """
    if objects != frozenset({"card"}) or not _PAY_BY_CARD.search(question):
        return False
    return _PAYMENT_CARD.search(sentence) is not None


def with_phone_payment_worded(
    question: str, unknown: Callable[[list[str]], Collection[str]] = lambda words: words
) -> str:
    """``question`` with "pay with my phone" (or "with samsung pay") written "pay by mobile
    payment"; ``unknown`` as for :func:`with_wallets_as_mobile_payment`."""
    question = with_wallets_as_mobile_payment(question, unknown)
    return _PAY_BY_PHONE.sub(lambda m: f"{m['verb']} by mobile payment", question)
