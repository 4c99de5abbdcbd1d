"""A Korean question whether a thing no document names is sold: no sentence answers it.

"병원 주차장 한달 정기권 팔아요?" (probing set 52's "병원 건물 주차 월정기권 팔아요") asks
whether the building sells a monthly parking pass. 정기권 is in no document; the English
page's parking sentence ("Patients get one hour of free parking …") is the closest in the
other language and was quoted as the answer. What a selling question asks about is the
object of its selling verb (팔아요, 파나요, 팔아, 판매해요, 살 수 있어요): when that word
holds a term the collection holds in neither language, the pick answers another question.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["asks_unheld_goods"]

# The word before a selling verb, with its particle: "정기권 팔아요", "마스크를 파나요",
# "우산도 판매해요", "생수 살 수 있어요".
_SOLD = re.compile(
    r"(?P<object>[가-힣A-Za-z]{2,})\s*(?:을|를|은|는|도|이|가)?\s*"
    r"(?:팔[아어았고지나요]|파[나세니는]|판매|팝니까|살\s*수)"
)


def asks_unheld_goods(question: str, unknown: Collection[str]) -> bool:
    """Whether the thing a selling question names holds a term no document holds.

    Args:
        question: The user's question (Korean; English questions are not read).
        unknown: The question's terms the collection holds in neither language.
    """
    return any(term in found["object"] for found in _SOLD.finditer(question) for term in unknown)
