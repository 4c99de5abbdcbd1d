"""In a Korean "X는 무료", the nothing-to-pay is X's.

"판금 도색 비용 대충 얼마나 나와요" (a repair shop's guide that prices no body work) was
answered with "수리 견적은 무료이며 차를 보여 주시면 20분 안팎으로 알려 드립니다." (blind set
30): 무료 states a sum (nothing) and the sentence before names 판금·도색, so the line
passed as the price of the work asked about. Yet what is free is the estimate (견적), a
thing the question never names. The Korean mirror of :mod:`tools.rag.free_subject`: in
"<noun>은/는/이/가 무료", when that noun (the topic's head) shares no form with any term of
the question, and the sentence states no sum of money besides, it prices another thing.
Closed-class only: the particles and 무료.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import tokenize

__all__ = ["frees_unnamed_topic"]

# "<noun>은 무료", "<noun>가 모두 무료": the word before the particle is what goes free.
_FREE_TOPIC = re.compile(r"(?P<noun>[가-힣]+?)(?:은|는|이|가)\s+(?:모두\s+|전부\s+|항상\s+)?무료")
# A sum of money besides the free one: then the sentence may price the asked thing too.
_SUM = re.compile(r"\d[\d,.]*\s*(?:만\s*)?원|[$₩€£]\s*\d|\d\s*(?:dollars?|won)\b")


def frees_unnamed_topic(groups: Sequence[frozenset[str]], sentence: str) -> bool:
    """Whether a Korean sentence says that something the question never names is free.

    Args:
        groups: The question's terms, each with its equivalents in either language.
        sentence: A candidate answer sentence.

    Returns:
        True when the sentence reads "X는 무료" (은, 이, 가; 모두/전부 무료), states no
        other sum, and the head noun of X, in none of its forms, is a term of the question.
    """
    freed = _FREE_TOPIC.search(sentence)
    if freed is None or _SUM.search(sentence):
        return False
    pieces = tokenize(freed["noun"])
    if not pieces:
        return False
    head = pieces[-1]
    asked = set().union(*groups) if groups else set()
    return not ({head, freed["noun"]} | equivalents(head)) & asked
