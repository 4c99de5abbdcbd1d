"""The "number" of a phone number asked is what the answer is, not a word it must write.

Why this exists: "whats your phone number" (held-out 44, over an axe-throwing venue's
"- Phone: 0113 496 0724") was declined with "documents never mention: number": contact
lines write "Phone:", "Tel", "전화:" and then the digits, never the word "number". With
the curated FAQ yielding to the user's own documents for such a question
(graphs.faq_own_documents_54f), the decline let the sample clinic's number answer.

The rule: when the question asks for the phone number itself
(tools.rag.phone_asked_53h) and a retrieved passage holds a phone number, "number" (and
번호) frames the question; tools.rag.phone_asked_53h still lets only a line holding a
phone number answer it.
"""

from __future__ import annotations

from collections.abc import Iterable

from tools.rag.phone_asked_53h import asks_for_phone_number, misses_phone_number

__all__ = ["phone_number_words"]

_NUMBER_WORDS = frozenset({"number", "no", "번호"})


def phone_number_words(text: str, terms: Iterable[str], held: Iterable[str]) -> frozenset[str]:
    """The question's words naming the number of a phone number asked (see the module).

    Args:
        text: The question.
        terms: Its terms.
        held: The retrieved passages' (or quoted sentences') texts.
    """
    if not asks_for_phone_number(text):
        return frozenset()
    if all(misses_phone_number(text, one) for one in held):
        return frozenset()
    return frozenset(t for t in terms if t in _NUMBER_WORDS)
