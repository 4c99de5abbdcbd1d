"""A list of what will do ("A, B, C 가운데 하나면 됩니다") names what to bring.

Blind set 46: "신분증 뭐 가져가요? 학생증도되나" was quoted "신분증을 꼭 가져오세요" alone:
the next line, "주민등록증, 운전면허증, 학생증, 청소년증 가운데 하나면 됩니다", was set aside
by the what-to-bring screen (tools.rag.things_to_bring), since it writes no verb of
bringing. A sentence saying which one of a list is enough ("… 중 하나면 됩니다", "… 가운데
하나만 있으면 돼요", "any one of these will do", "either … is fine") names the things to
bring as surely as "bring" does. Closed-class: one of a list, and "is enough".
"""

from __future__ import annotations

import re

__all__ = ["names_what_will_do"]

_WILL_DO = re.compile(
    r"(?:가운데|중(?:에서?)?)\s*(?:하나|한\s*가지|한\s*개)(?:만)?\s*(?:면|만\s*있으면|있으면)\s*(?:됩|돼|되)"
    r"|\b(?:any|either)\s+(?:one\s+)?of\s+(?:these|them|the following)\s+"
    r"(?:will do|is fine|is enough)\b",
    re.IGNORECASE,
)


def names_what_will_do(sentence: str) -> bool:
    """Whether ``sentence`` says which one of a list is enough to bring or show.

    >>> names_what_will_do("주민등록증, 운전면허증, 학생증 가운데 하나면 됩니다.")
    True
    >>> names_what_will_do("신분증은 하나만 발급됩니다.")
    False
    """
    return bool(_WILL_DO.search(sentence))
