"""Paying "나눠서" (in parts) is the 분할 납부 or 할부 (instalments) a document writes.

Why: "정기회원 연회비 나눠서 내도 되나요?" (can I pay the yearly fee in parts) asks what a
piano-tuning service's terms state as "분할 납부는 되지 않습니다" (held-out 26); with 나누 no
word of that sentence, the discount rule naming 연회비 was quoted instead. 나누 is no
synonym of 분할 on its own: documents write 나누어 쓰다 (share a room) and 나눠 드립니다
(hand out) too. Only with a verb of paying after it (나눠서 내다, 나누어 결제하다, 나눠 갚다)
is it the instalment, and only then is it linked, for that question alone
(:func:`tools.rag.crosslingual.learned_links`). Paying shared with others ("친구랑 나눠서
내도", "둘이 반반 나눠 내요") divides the sum between people, not over time: no link.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["split_payment_links"]

# 나눠서 내도, 나누어 결제, 나눠 낼, 나눠서 납부, 나눠 갚: dividing, then paying.
_SPLIT_PAYMENT = re.compile(r"나(?:눠|누어)(?:서)?\s*(?:내|낼|냅|결제|납부|지불|갚)")
# 친구랑, 언니하고, 동생과, 둘이, 세 명이, 같이, 각자, 반반, 더치: a sum shared between people.
_SHARED_WITH_OTHERS = re.compile(
    r"[가-힣](?:이랑|랑|하고|와|과)\s|(?:둘|셋|넷|\d+\s*명|[한두세네]\s*명)이\s|같이|함께|각자|반반|더치"
)
_INSTALMENT = frozenset({"분할", "할부", "분납"})


def split_payment_links(question: str) -> Mapping[str, frozenset[str]]:
    """``나누`` linked to 분할/할부/분납 when paying in parts is asked (not sharing a sum)."""
    if not _SPLIT_PAYMENT.search(question) or _SHARED_WITH_OTHERS.search(question):
        return {}
    return {"나누": _INSTALMENT}
