"""What a Korean what-question asks for: the noun before 뭐, or after 무슨/어떤.

"폐백 음식 메뉴 뭐 나와요?" asks for the menu. The wedding guide prices the 폐백 food
("폐백 음식과 수모 도우미는 250,000원입니다") and never names a menu; the lexical path
rightly declined ("not in the documents: 메뉴"), but the dense-confirmed path took 메뉴
for a word that only phrases the question and quoted the price (blind set 33). English
questions have this check already (:func:`tools.rag.dense_confirmed._asked_for`: "what's
the penalty if …"): the thing a what-question asks for is what the question is about, and
a sentence on the rest of its words is no answer when no document holds that thing.

Closed-class only: the Hangul word directly before 뭐/무엇/뭘/뭔 (with or without a
subject or topic particle), and the one directly after 무슨/어떤/어느.
"""

from __future__ import annotations

import re

from tools.rag.textutil import tokenize

__all__ = ["korean_asked_for"]

_BEFORE_WHAT = re.compile(r"([가-힣]+)\s*(?=뭐|무엇|뭘|뭔)")
_AFTER_WHICH = re.compile(r"(?:무슨|어떤|어느)\s+([가-힣]+)")


def korean_asked_for(question: str) -> set[str]:
    """Index tokens of the noun a Korean what-question asks for (empty if none).

    Args:
        question: The user's question.

    Returns:
        The noun's tokens ({"메뉴"} of "폐백 음식 메뉴 뭐 나와요?"); empty for a question
        with no Hangul what-word.
    """
    words = [m.group(1) for m in _BEFORE_WHAT.finditer(question)]
    words += [m.group(1) for m in _AFTER_WHICH.finditer(question)]
    # Only the word's first token: a particle or ending Kiwi cuts off is not the noun.
    return {tokens[0] for w in words if (tokens := tokenize(w))}
