"""A question asking whether a thing is included in a price asks yes or no, not for a sum.

"PT 요금에 헬스장 이용권 포함돼요?" names a fee, and a fee word makes a question ask for an
amount (:mod:`tools.rag.answer_types`): only a sentence stating a sum could answer it, so
the sentence that does ("PT 요금에는 헬스장 이용권이 포함되어 있지 않으므로 …", which states
none) was passed over and a price row for two-person PT was quoted instead. The fee is
the container here; what is asked is whether the other thing is inside it. "does the
price include towels?" and "is breakfast included in the rate?" are the same question in
English. A question that also asks how much ("얼마", "how much") still asks for a sum.
"""

from __future__ import annotations

import re

__all__ = ["asks_inclusion"]

_FEE_KO = (
    r"(?:요금|비용|가격|금액|값|회비|수강료|이용료|입장료|숙박비|[가-힣]{1,4}비|[가-힣]{1,4}료)"
)
# "PT 요금에 … 포함돼요?", "숙박비엔 조식도 들어가나요?", "가격에 배송비 포함인가요".
_KO_INCLUDED = re.compile(
    _FEE_KO + r"\s*(?:에|에는|엔|에도)\s*\S*(?:\s+\S+){0,3}?\s*"
    r"(?:포함|들어가|들어가있|들어가\s*있|들어있|들어\s*있)"
)
# "does the price include towels", "is breakfast included in the rate", "included in the fee?"
_EN_INCLUDED = re.compile(
    r"\b(?:price|fee|cost|rate|charge|fare|ticket|membership)s?\s+(?:also\s+)?includ"
    r"|\binclud(?:ed|es)?\s+(?:in|with)\s+(?:the\s+|my\s+|your\s+)?"
    r"(?:price|fee|cost|rate|charge|fare|ticket|membership)s?\b",
    re.IGNORECASE,
)
_ASKS_SUM = re.compile(r"얼마|\bhow much\b|\bwhat (?:does|do|is)\b.*\bcost\b", re.IGNORECASE)


def asks_inclusion(question: str) -> bool:
    """Whether the question asks if something is included in a price, and not how much.

    Args:
        question: The user's question.

    Returns:
        True for "PT 요금에 헬스장 이용권 포함돼요?" and "does the fee include towels?";
        False for "조식 포함 가격이 얼마예요?" and questions naming no price.
    """
    if _ASKS_SUM.search(question):
        return False
    return bool(_KO_INCLUDED.search(question) or _EN_INCLUDED.search(question))
