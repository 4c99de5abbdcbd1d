"""A question whether an expense no document names can be claimed: no sentence answers it.

"출장중에 탄 택시비도 청구돼?" (blind set 54) asks whether a taxi fare is paid back. 택시비 is
in no document; the expense policy's meal sentence ("Staff travelling on business may claim
up to 30,000 won per day for meals.") was the closest in the other language and was quoted
as the answer. What a claiming question asks about is the object of its claiming verb
(청구돼, 환급돼, 정산돼, 돌려받아, 지원돼, 경비 처리; claim, expense, reimburse): when that
word holds a term the collection holds in neither language, the pick answers another
question (the rule of :mod:`tools.rag.unheld_goods_60m`, for a claim instead of a sale).
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["USE_UNHELD_CLAIM_ITEM", "asks_unheld_claim_item"]

#: Switch for tests (tests/tools/rag/test_blind54m_findings.py).
USE_UNHELD_CLAIM_ITEM = True

# The word before a claiming verb, with its particle: "택시비도 청구돼", "세탁비를 환급",
# "우버 요금 돌려받을 수", "노트북 경비처리".
_CLAIMED_KO = re.compile(
    r"(?P<object>[가-힣A-Za-z]{2,})\s*(?:을|를|은|는|도|이|가)?\s*"
    r"(?:청구|환급|정산|돌려\s*받|환불\s*받|지원\s*(?:돼|되|받|해)|경비\s*(?:로|처리)|비용\s*처리)"
)
# "can i claim a taxi", "expense my uber rides", "get reimbursed for the laundry".
_CLAIMED_EN = re.compile(
    r"\b(?:claim|expense|reimburse[ds]?|reimbursed\s+for|paid\s+back\s+for)\s+"
    r"(?:for\s+)?(?:(?:my|the|a|an|our|any)\s+)?(?P<object>[a-z]+(?:\s+[a-z]+){0,2})",
    re.IGNORECASE,
)


def asks_unheld_claim_item(question: str, unknown: Collection[str]) -> bool:
    """Whether the thing a claiming question names holds a term no document holds.

    Args:
        question: The user's question.
        unknown: The question's terms the collection holds in neither language.
    """
    if not USE_UNHELD_CLAIM_ITEM or not unknown:
        return False
    found = [m["object"] for m in _CLAIMED_KO.finditer(question)]
    found += [m["object"].lower() for m in _CLAIMED_EN.finditer(question)]
    return any(term.lower() in thing for thing in found for term in unknown)
