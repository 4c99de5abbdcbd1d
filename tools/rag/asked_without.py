"""A question asking whether a thing can be done *without* N is answered only where N is named.

"위례점도 발톱만 깎는거 예약없이 돼요?" asks whether nail trims need no booking at one branch.
The sentence that answers it ("…, 망원점에서는 예약 없이 바로 해 드립니다") names another
branch and is rightly screened (:mod:`tools.rag.sibling_places`); the next best was the
definition of a hygiene trim, which names 발톱 깎기 and nothing of booking, and it was quoted
(blind set 35). The asked condition, going without N (a booking, a guardian, a receipt),
is the whole question: a sentence silent on N, and on doing without anything, says nothing
about it. The rule, closed-class only: a question writing "N 없이" / "without (a) N" is not
answered by a sentence that names neither N nor an absence (없이, 없는, 없어도, without,
"no N"). Whether N is needed, or how to do without it, is left to the other checks.
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens

__all__ = ["misses_waived_need", "waived_needs"]

# "예약없이", "예약 없이", "보호자도 없이", "영수증 없이도"; "예약 안 하고".
_KO_WITHOUT = re.compile(
    r"(?P<noun>[가-힣]{2,}?)(?:도|은|는|이|가)?\s*(?:없이|안\s*하고|안하고|없어도)"
)
# "without a booking", "without an adult", "without booking".
_EN_WITHOUT = re.compile(
    r"\bwithout\s+(?:(?:a|an|the|any|my|your|our)\s+)?(?P<noun>[a-z][a-z-]+)", re.IGNORECASE
)
# A sentence writing an absence speaks of going without something.
_ABSENCE = re.compile(r"없이|없는|없어도|않고|안\s*해도|\bwithout\b|\bno\s+[a-z]+", re.IGNORECASE)


def waived_needs(question: str) -> list[str]:
    """What the question asks to do without: Korean nouns as written, English index tokens."""
    found = [m.group("noun") for m in _KO_WITHOUT.finditer(question)]
    for m in _EN_WITHOUT.finditer(question):
        found += english_tokens(m.group("noun"))
    return found


def misses_waived_need(question: str, sentence: str) -> bool:
    """Whether the question asks about doing without N and the sentence is silent on it.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the sentence is silent on what the question asks to do without.
    """
    needs = waived_needs(question)
    if not needs or _ABSENCE.search(sentence):
        return False
    words = set(english_tokens(sentence))
    return not any(n in sentence or n in words for n in needs)
