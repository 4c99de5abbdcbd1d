"""A Korean yes/no question asking whether an act no document names is done.

"새 자전거 판매하나요?" asks whether the workshop sells bikes. 판매 (selling) is in no
document, nor do the word lists translate it; the English page's opening sentence ("…is a
fictional bicycle repair shop") names the bicycle and nothing else, and the dense model
finds it closest. For a typed question the answer type holds the quoted sentence to the
kind of fact asked; a yes/no question has only its words, and the one it asks about is the
verbal noun its predicate is made of (판매 + 하나요, 선물 + 하기 가능한가요, 배달 + 되나요).
When the collection holds that noun in neither language, no sentence can say whether the
act is done: the other-language pick answers another question.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["asks_unheld_act"]

# A verbal noun written as the question's predicate: 하다/되다 and their chat forms, or
# 가능 after the nominalised 하기 ("선물하기 가능한가요"), closing the question.
_PREDICATE = re.compile(
    r"(?P<noun>[가-힣]{2,}?)\s*(?:하기\s*가능|해\s*주|하|해|되|돼|할|될|가능)"
    r"[가-힣]{0,6}\s*[?？.!~ㅠㅜ]*\s*$"
)


def asks_unheld_act(question: str, unknown: Collection[str]) -> bool:
    """Whether the question's closing predicate is a verbal noun no document holds.

    Args:
        question: The user's question (Korean; English questions are not read).
        unknown: The question's terms the collection holds in neither language.

    Returns:
        True when the noun of the question's last predicate ("판매" of "판매하나요") is one
        of ``unknown``.
    """
    found = _PREDICATE.search(question.strip())
    return found is not None and found["noun"] in unknown
