"""Yes/no questions about a rule, and the sentences that state one.

"열 살 딸이 헬스장에서 운동해도 되나요?" has no answer type of its own
(:mod:`tools.rag.answer_types`), yet it is answered only by a sentence stating a rule
about its subject ("만 13세 미만 어린이는 헬스장에 들어갈 수 없습니다"), not by any
sentence naming it.
"""

from __future__ import annotations

import re

from tools.rag.answer_types import answer_type

__all__ = ["asks_about_rule", "states_rule"]


# A yes/no question about a rule: whether something is allowed, required, possible or
# charged ("데려가도 돼요?", "챙겨 가야 하나요?", "Can I freeze …?", "Do I need …?").
_ASKS_RULE = re.compile(
    r"(?:도|면)\s*(?:되|돼|될|괜찮)|(?:야|야만)\s*(?:하|해|돼|되|할)|[을를ㄹ]?\s*수\s*있(?:나|어|을|습니까)|"
    r"가능(?:한가|할까|해요|하나|합니까)|"
    r"^\s*(?:can|may|must|should|do|does|is|are)\s+(?:i|we|you|my|our|he|she|they|it|there)\b|"
    r"\b(?:allowed|permitted|required|have to|need to)\b",
    re.IGNORECASE,
)
# What states such a rule: a modal of permission, obligation or prohibition, or that
# something is free (closed-class endings and markers, no content words).
_STATES_RULE = re.compile(
    r"수\s*(?:있|없)|(?:안|못)\s*(?:됩|돼|되)|마세요|마십시오|(?:해|내|가|와)야|하셔야|내셔야|"
    r"금지|불가|가능|무료|"
    r"\b(?:can(?:not|'t)?|may(?: not)?|must(?: not)?|not allowed|allowed|permitted|"
    r"prohibited|required|free of charge|free|no charge|only)\b",
    re.IGNORECASE,
)


def asks_about_rule(question: str) -> bool:
    """Whether a question asks if something is allowed, required, possible or charged.

    Such a yes/no question has no answer type of its own, yet it is answered only by a
    sentence stating a rule about its subject ("만 13세 미만 어린이는 헬스장에 들어갈 수
    없습니다" for "열 살 딸이 헬스장에서 운동해도 되나요?"), not by any sentence naming it.
    """
    return answer_type(question) is None and bool(_ASKS_RULE.search(question))


def states_rule(sentence: str) -> bool:
    """Whether a sentence states a permission, obligation, prohibition or that a thing is free."""
    return bool(_STATES_RULE.search(sentence))
