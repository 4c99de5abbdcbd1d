"""Paying "by card" or "with my phone", as a payment rule writes it.

Why: "can I pay by card at the clinic" and "can I pay with my phone at the clinic" were
declined, though the payment FAQ states "We accept credit cards, debit cards and mobile
payments". Two closed readings of how people ask about paying:

- "by card" with no kind named is any payment card: a rule naming credit or debit
  (bank, contactless, cheque) cards rules on it. The permission reading
  (:mod:`tools.rag.act_objects`) took "credit" before "cards" for a narrowing word the
  question never says, as "ID card" narrows "card" for "can I bring my card";
- paying with a phone (a smartphone, a mobile) is what documents call a mobile payment.
  So before the search, "pay with my phone" is written "pay by mobile payment".

A card the question names a kind of ("my gift card", "a library card") is left to the
general reading: a rule on credit cards says nothing of it.
"""

from __future__ import annotations

import re

__all__ = ["rules_on_bare_payment_card", "with_phone_payment_worded"]

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
    r"(?:(?:a|my|your|the|our)\s+)?(?:smart\s?phone|cell\s?phone|mobile\s+phone|phone|mobile)\b",
    re.IGNORECASE,
)


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


def with_phone_payment_worded(question: str) -> str:
    """``question`` with "pay with my phone" written "pay by mobile payment"."""
    return _PAY_BY_PHONE.sub(lambda m: f"{m['verb']} by mobile payment", question)
